// What the page-feedback plugin hands to the browser as global data: a few
// hundred bytes, since global data ships with every page.
import type { IssueOwner } from './issue-url.ts';

export const PLUGIN_NAME = 'page-feedback';

export type PageFeedbackGlobalData = {
  /** `<repository>/issues/new`, where the prefilled forms open. */
  issuesNewUrl: string;
  /** The commit the site was built from (git rev-parse HEAD); null outside git. */
  commit: string | null;
  /** Owner id → name and GitHub handle, from src/data/owners.yml. */
  owners: Record<string, IssueOwner>;
  /** Who gets a request nobody else is likelier to answer. */
  fallbackOwner: string;
};

/** A section of the handbook and the words its pages are about, for matching a failed search. */
export type SectionTopics = { label: string; owner: string; words: string[] };
