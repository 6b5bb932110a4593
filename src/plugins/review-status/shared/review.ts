// When a page is due for another review: its `last_reviewed` date plus its
// `review_every` interval (or the site default). Dates are calendar days in
// UTC, so a page becomes due on the same day for a contributor in Sydney, a
// CI runner and the production build.

/** How often a page is reviewed when its front matter does not say. */
export const DEFAULT_REVIEW_EVERY = '180d';

type ReviewUnit = 'd' | 'w' | 'm' | 'y';
export type ReviewInterval = { amount: number; unit: ReviewUnit };

/** `180d`, `6w`, `6m`, `1y`: a whole number of days, weeks, months or years. */
export const REVIEW_EVERY_PATTERN = /^([1-9][0-9]{0,3})([dwmy])$/;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function parseReviewEvery(text: string): ReviewInterval | null {
  const match = REVIEW_EVERY_PATTERN.exec(text);
  if (!match) return null;
  return { amount: Number(match[1]), unit: match[2] as ReviewUnit };
}

const UNIT_NAMES: Record<ReviewUnit, string> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/** `180d` → `180 days`, `1y` → `1 year`, for text a reader sees. */
export function describeReviewEvery(text: string): string {
  const interval = parseReviewEvery(text);
  if (!interval) return text;
  return `${interval.amount} ${UNIT_NAMES[interval.unit]}${interval.amount === 1 ? '' : 's'}`;
}

/** A `YYYY-MM-DD` that names a real day (not 2026-02-30), as midnight UTC; otherwise null. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isRealDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isRealDay ? date : null;
}

function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date a front matter value stands for, as YYYY-MM-DD.
 * Docusaurus's YAML reader turns an unquoted 2026-11-25 into a Date at
 * midnight UTC (serialized to the browser as "2026-11-25T00:00:00.000Z"),
 * our own reader keeps it as text; both must mean the same day, on the server
 * and in the browser alike.
 */
export function calendarDateOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : formatIsoDate(value);
  if (typeof value !== 'string') return undefined;
  const day = value.slice(0, 10);
  const rest = value.slice(10);
  return parseIsoDate(day) && (rest === '' || rest === 'T00:00:00.000Z') ? day : undefined;
}

/** Today's calendar date in UTC, e.g. 2026-11-25. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate(now);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Adds an interval to a date. Months and years keep the day of the month and
 * fall back to the month's last day when it is shorter (31 Jan + 1m = 28 Feb),
 * the way people count "in a month".
 */
export function addInterval(date: Date, interval: ReviewInterval): Date {
  const { amount, unit } = interval;
  if (unit === 'd' || unit === 'w') {
    return new Date(date.getTime() + amount * (unit === 'w' ? 7 : 1) * DAY_MS);
  }
  const months = unit === 'm' ? amount : amount * 12;
  const target = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(target / 12);
  const monthIndex = ((target % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export type ReviewStatus = {
  lastReviewed: string;
  reviewEvery: string;
  /** The first day on which the page counts as due. */
  dueDate: string;
  isDue: boolean;
  /** Days since the due date (0 on the due date itself); negative while the page is fresh. */
  daysOverdue: number;
};

/**
 * The review status of a page from its front matter, or null when the dates
 * cannot be read (the content checks report those with the file and line).
 */
export function reviewStatus(
  frontMatter: { last_reviewed?: unknown; review_every?: unknown },
  today: string,
): ReviewStatus | null {
  const lastReviewed = calendarDateOf(frontMatter.last_reviewed);
  const reviewEvery = frontMatter.review_every ?? DEFAULT_REVIEW_EVERY;
  if (lastReviewed === undefined || typeof reviewEvery !== 'string') return null;
  const reviewedOn = parseIsoDate(lastReviewed);
  const interval = parseReviewEvery(reviewEvery);
  const todayDate = parseIsoDate(today);
  if (!reviewedOn || !interval || !todayDate) return null;
  const due = addInterval(reviewedOn, interval);
  const daysOverdue = daysBetween(due, todayDate);
  return { lastReviewed, reviewEvery, dueDate: formatIsoDate(due), isDue: daysOverdue >= 0, daysOverdue };
}

/**
 * The date the build treats as today. HANDBOOK_TODAY pins it, so tests and
 * previews can show what will be due later.
 * Try: HANDBOOK_TODAY=2027-12-01 npm run report:stale
 */
export function reviewDate(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.HANDBOOK_TODAY;
  if (pinned !== undefined && pinned !== '') {
    if (!parseIsoDate(pinned)) {
      throw new Error(`HANDBOOK_TODAY="${pinned}" is not a date; use YYYY-MM-DD, e.g. HANDBOOK_TODAY=2027-12-01`);
    }
    return pinned;
  }
  return todayIso();
}
