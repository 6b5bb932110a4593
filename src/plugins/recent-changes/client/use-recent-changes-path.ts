import { usePluginData } from '@docusaurus/useGlobalData';

import type { RecentChangesGlobalData } from '../shared/types.ts';

/** The recent-changes page's path (with the baseUrl), or undefined when the plugin is not loaded. */
export function useRecentChangesPath(): string | undefined {
  return (usePluginData('recent-changes') as RecentChangesGlobalData | undefined)?.recentChangesPath;
}
