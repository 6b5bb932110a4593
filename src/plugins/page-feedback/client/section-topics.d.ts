// The module the page-feedback plugin maps to its section-topics.json.
declare module '@handbook/section-topics' {
  import type { SectionTopics } from '../shared/types.ts';

  /** Each docs section's label, likeliest owner and the words its pages are about. */
  const topics: readonly SectionTopics[];
  export default topics;
}
