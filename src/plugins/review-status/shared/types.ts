// The data the review-status plugin computes at build time and the theme
// components read in the browser. Kept small on purpose: global data ships
// with every page, so it holds only owner names and the ids of due pages.

type OwnerSummary = { name: string };

type DueEntry = { lastReviewed: string; dueDate: string };

export type ReviewStatusGlobalData = {
  /** Owner id → what a reader needs to know about the owner. */
  owners: Record<string, OwnerSummary>;
  /** Doc id → its review dates, only for docs past their review date. */
  due: Record<string, DueEntry>;
  /** Where a reader reports a wrong page: the "This page is wrong" issue form. */
  reportIssueUrl: string;
};

/** One row of the Due for review page (route props: only that page loads them). */
export type DuePage = {
  id: string;
  title: string;
  permalink: string;
  ownerId: string;
  ownerName: string;
  lastReviewed: string;
  dueDate: string;
  daysOverdue: number;
};

export type DueForReviewProps = {
  duePages: DuePage[];
  reviewDate: string;
  /** The site default interval, in words (e.g. "180 days"). */
  defaultReviewEvery: string;
};

export const PLUGIN_NAME = 'review-status';

/** Where the list of due pages lives. */
export const DUE_FOR_REVIEW_PATH = '/due-for-review';
