/** "One min read", "7 min read": the classic theme's English wording, minutes rounded up. */
export function readingTimeLabel(minutes: number): string {
  const whole = Math.ceil(minutes);
  return whole === 1 ? 'One min read' : `${whole} min read`;
}
