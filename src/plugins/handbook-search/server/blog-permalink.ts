import type { HandbookPage } from '../../../content/handbook-pages.ts';

// Docusaurus's default blog permalink: /blog/<slug>, where the slug is the
// front matter slug or, for a dated file or folder name (2017-05-16-title),
// 2017/05/16/title. Used only outside a build (the Algolia script); inside a
// build the plugin reads the blog plugin's own permalinks.
const DATED_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

export function blogPermalink(page: HandbookPage): string {
  const slug = page.frontMatter.slug;
  if (typeof slug === 'string') return `/blog/${slug.replace(/^\//, '')}`;
  const name = page.id.replace(/^blog\//, '');
  const dated = DATED_NAME.exec(name);
  return dated ? `/blog/${dated[1]}/${dated[2]}/${dated[3]}/${dated[4]}` : `/blog/${name}`;
}
