import { usePluginData } from '@docusaurus/useGlobalData';

import type { BacklinksGlobalData, LinkingPage } from '../shared/types.ts';

/** The pages that link to a doc, in title order; empty when the plugin is not loaded. */
export function useBacklinks(permalink: string): LinkingPage[] {
  const data = usePluginData('backlinks') as BacklinksGlobalData | undefined;
  if (!data) return [];
  return (data.backlinks[permalink] ?? []).flatMap((index) => {
    const page = data.linkingPages[index];
    return page ? [page] : [];
  });
}
