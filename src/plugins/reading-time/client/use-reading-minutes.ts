import { usePluginData } from '@docusaurus/useGlobalData';

import type { ReadingTimeGlobalData } from '../shared/types.ts';

/** Minutes to read a doc, computed at build time; undefined when unknown. */
export function useReadingMinutes(permalink: string): number | undefined {
  return (usePluginData('reading-time') as ReadingTimeGlobalData | undefined)?.readingMinutes[permalink];
}
