import { usePluginData } from '@docusaurus/useGlobalData';

import type { IssueOwner } from '../shared/issue-url.ts';
import { PLUGIN_NAME, type PageFeedbackGlobalData } from '../shared/types.ts';

/** What the page-feedback plugin computed at build time; undefined when it is not loaded. */
export function usePageFeedbackData(): PageFeedbackGlobalData | undefined {
  return usePluginData(PLUGIN_NAME) as PageFeedbackGlobalData | undefined;
}

/** An owner by id, falling back to the handbook maintainers (and to the bare id if owners.yml lacks both). */
export function ownerOf(data: PageFeedbackGlobalData, id: unknown): IssueOwner {
  const known = typeof id === 'string' ? data.owners[id] : undefined;
  return known ?? data.owners[data.fallbackOwner] ?? { name: data.fallbackOwner, github: '' };
}
