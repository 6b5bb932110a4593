// Every link to another site in docs and blog, with the line it is on and the
// team that owns the page. Links come from the page's syntax tree (the same
// remark grammar the content checks use), so code samples are never taken
// for links, and from string values in the front matter (a blog post's
// `based_on.url`).
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { isScalar, visit as visitYaml } from 'yaml';

import { parseFrontMatterYaml, splitFrontMatter } from '../../src/content/front-matter.ts';
import { MAINTAINERS_OWNER_ID } from '../check-content/codeowners.ts';
import { parseMarkdown } from '../check-content/parse-markdown.ts';
import type { SourcePage } from '../check-content/pages.ts';

export type PageLink = {
  /** The page's source file, relative to the site root. */
  file: string;
  line: number;
  url: string;
  /** Owner id: the doc's `owner`; blog posts (and docs without one) go to the maintainers, as in CODEOWNERS. */
  owner: string;
};

const OUTSIDE_URL = /^https?:\/\//i;

function ownerOf(page: SourcePage): string {
  const owner = page.kind === 'doc' ? page.frontMatter.owner : undefined;
  return typeof owner === 'string' && owner !== '' ? owner : MAINTAINERS_OWNER_ID;
}

function lineAtOffset(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === '\n') line++;
  return line;
}

function frontMatterLinks(page: SourcePage): Omit<PageLink, 'owner'>[] {
  const { yamlText, yamlStartLine } = splitFrontMatter(page.source);
  if (yamlText === '') return [];
  const links: Omit<PageLink, 'owner'>[] = [];
  visitYaml(parseFrontMatterYaml(yamlText), {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && OUTSIDE_URL.test(node.value)) {
        links.push({
          file: page.file,
          line: lineAtOffset(yamlText, node.range?.[0] ?? 0, yamlStartLine),
          url: node.value,
        });
      }
    },
  });
  return links;
}

function bodyLinks(page: SourcePage): Omit<PageLink, 'owner'>[] {
  const links: Omit<PageLink, 'owner'>[] = [];
  visit(parseMarkdown(page.body), (node) => {
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
    const { url, position } = node as Link | Definition | Image;
    if (!OUTSIDE_URL.test(url)) return;
    links.push({ file: page.file, line: (position?.start.line ?? 1) + page.bodyStartLine - 1, url });
  });
  return links;
}

/** The outside links of every page, in page order then line order. */
export function findExternalLinks(pages: readonly SourcePage[]): PageLink[] {
  return pages.flatMap((page) => {
    const owner = ownerOf(page);
    return [...frontMatterLinks(page), ...bodyLinks(page)]
      .sort((a, b) => a.line - b.line)
      .map((link) => ({ ...link, owner }));
  });
}
