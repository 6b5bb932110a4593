// Dates as the handbook prints them, in UTC: "Nov 26, 2026" (medium) and
// "November 26, 2026" (long), the forms Intl.DateTimeFormat gives for English.
// Written out instead of asking Intl because a page's first
// Intl.DateTimeFormat loads the browser's locale data while the page hydrates
// (design/dates-without-intl.md). The site is English only; the tests hold
// both forms to Intl's own output.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DateStyle = 'medium' | 'long';

export function formatDate(value: Date | string | number, style: DateStyle): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const name = style === 'long' ? month : month.slice(0, 3);
  return `${name} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
