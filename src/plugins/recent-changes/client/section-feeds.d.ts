// The module the recent-changes plugin maps to its section-feeds.json.
declare module '@handbook/section-feeds' {
  import type { SectionFeeds } from '../shared/types.ts';

  const sectionFeeds: SectionFeeds;
  export default sectionFeeds;
}
