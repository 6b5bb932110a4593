import { usePluginData } from '@docusaurus/useGlobalData';

import { PLUGIN_NAME, type ReviewStatusGlobalData } from '../shared/types.ts';

/** The owners and due pages the review-status plugin computed at build time. */
export function useReviewStatus(): ReviewStatusGlobalData {
  return usePluginData(PLUGIN_NAME) as ReviewStatusGlobalData;
}
