import { usePluginData } from '@docusaurus/useGlobalData';

import type { HomePageGlobalData } from '../shared/types.ts';

/** The home-page plugin's data: the latest post and the section cards. */
export function useHomePageData(): HomePageGlobalData {
  return usePluginData('home-page') as HomePageGlobalData;
}
