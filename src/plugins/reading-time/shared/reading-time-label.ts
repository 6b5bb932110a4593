/** "1 min read", "7 min read": minutes rounded up, for docs and blog posts alike. */
export function readingTimeLabel(minutes: number): string {
  return `${Math.ceil(minutes)} min read`;
}
