import { usePluginData } from '@docusaurus/useGlobalData';

import type { LinkingPage, WikiLinksGlobalData } from '../shared/types.ts';

function wikiLinksData(data: unknown): WikiLinksGlobalData | undefined {
  return data as WikiLinksGlobalData | undefined;
}

/** The pages that link to a doc, in title order; empty when the plugin is not loaded. */
export function useBacklinks(permalink: string): LinkingPage[] {
  const data = wikiLinksData(usePluginData('wiki-links'));
  if (!data) return [];
  return (data.backlinks[permalink] ?? []).flatMap((index) => {
    const page = data.linkingPages[index];
    return page ? [page] : [];
  });
}

/** Minutes to read a doc, computed at build time; undefined when unknown. */
export function useReadingMinutes(permalink: string): number | undefined {
  return wikiLinksData(usePluginData('wiki-links'))?.readingMinutes[permalink];
}

/** The recent-changes page's path (with the baseUrl), or undefined when the plugin is not loaded. */
export function useRecentChangesPath(): string | undefined {
  return wikiLinksData(usePluginData('wiki-links'))?.recentChangesPath;
}
