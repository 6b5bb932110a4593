// The docs and the blog of a content load: what the classic preset's two
// content plugins loaded, as every plugin's allContentLoaded receives it.
// Docusaurus types each plugin's content as `unknown`; the two casts live here.
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { AllContent } from '@docusaurus/types';

export type { AllContent, BlogContent, DocsContent };

/** The default docs instance's content, or undefined when the site has no docs. */
export function docsContentOf(allContent: AllContent): DocsContent | undefined {
  return allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
}

/** The default blog instance's content, or undefined when the site has no blog. */
export function blogContentOf(allContent: AllContent): BlogContent | undefined {
  return allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
}
