// Internal links and images, found by parsing each page with remark (the
// same Markdown grammar the site uses), never by pattern-matching the text:
//   - a relative link to a .md/.mdx file that does not exist,
//   - a /docs/... link to a page no doc has,
//   - a #anchor that is not a heading on the target page,
//   - an image file that does not exist.
// The Docusaurus build checks the rest (blog and generated routes); this
// check exists so the contributor hears about it in seconds, with a line.
//
// Try: npm run check:content
import { existsSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';

import { readGlossary } from '../../src/plugins/glossary/server/glossary.ts';
import { docUrl } from '../../src/content/handbook-pages.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { closestMatch, type ContentProblem } from '../../src/content/schema.ts';
import { headingIds } from './heading-ids.ts';
import type { SourcePage } from './pages.ts';

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const MARKDOWN_FILE = /\.mdx?$/;

type Target = { path: string; hash: string };

function splitUrl(url: string): Target {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  return {
    path: safeDecode(queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt)),
    hash: hashAt === -1 ? '' : safeDecode(url.slice(hashAt + 1)),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export function checkLinks(siteDir: string, pages: readonly SourcePage[]): ContentProblem[] {
  const pageByFile = new Map(pages.map((page) => [page.file, page]));
  const docByUrl = new Map(pages.filter((page) => page.kind === 'doc').map((page) => [docUrl(page), page]));
  const idsByFile = new Map<string, string[]>();
  const anchorsOf = (page: SourcePage): string[] => {
    let ids = idsByFile.get(page.file);
    if (!ids) {
      ids = headingIds(page.body);
      // The glossary's entries are added at build time from src/data/glossary.yml (src/plugins/glossary/server/glossary-page.ts).
      if (page.file === 'docs/glossary.md') ids.push(...glossaryIds(siteDir));
      idsByFile.set(page.file, ids);
    }
    return ids;
  };

  const problems: ContentProblem[] = [];
  for (const page of pages) {
    const pageDir = posix.dirname(page.file);
    const lineOf = (node: Link | Image | Definition) => (node.position?.start.line ?? 1) + page.bodyStartLine - 1;
    const report = (node: Link | Image | Definition, field: string, message: string) =>
      problems.push({ file: page.file, line: lineOf(node), field, message });

    const checkAnchor = (node: Link | Definition, url: string, target: SourcePage) => {
      const { hash } = splitUrl(url);
      if (hash === '') return;
      const ids = anchorsOf(target);
      if (ids.includes(hash)) return;
      const where = target === page ? 'this page' : target.file;
      const match = closestMatch(hash, ids);
      report(
        node,
        'anchor',
        `"${url}" points to #${hash}, which is not a heading on ${where}` +
          (match ? ` (did you mean #${match}?)` : '') +
          (ids.length > 0
            ? `; link to one of its headings: ${ids.map((id) => `#${id}`).join(', ')}`
            : '; that page has no headings, so link to the page itself') +
          ' (an id is the heading text in lower case with dashes; "## Heading {#id}" sets one)',
      );
    };

    const checkLink = (node: Link | Definition) => {
      const url = node.url;
      if (url === '' || EXTERNAL.test(url)) return;
      const { path } = splitUrl(url);
      if (path === '') {
        checkAnchor(node, url, page);
        return;
      }
      if (path.startsWith('/')) {
        if (!path.startsWith('/docs/') && path !== '/docs') return;
        const target = docByUrl.get(path.replace(/\/$/, ''));
        if (target) {
          checkAnchor(node, url, target);
          return;
        }
        const match = closestMatch(path, [...docByUrl.keys()]);
        report(
          node,
          'link',
          `"${url}" is not the address of any doc` +
            (match ? ` (did you mean ${match}?)` : '') +
            "; link to the page's file instead, e.g. [Meetings](../day-in-the-life/meetings.md), so the checks follow renames",
        );
        return;
      }
      if (!MARKDOWN_FILE.test(path)) return;
      const targetFile = posix.normalize(posix.join(pageDir, path));
      const target = pageByFile.get(targetFile);
      if (target) {
        checkAnchor(node, url, target);
        return;
      }
      if (isFile(join(siteDir, targetFile))) return;
      const siblings = pages.map((candidate) => posix.relative(pageDir, candidate.file));
      const match = closestMatch(path.replace(/^\.\//, ''), siblings);
      report(
        node,
        'link',
        `"${url}" points to ${targetFile}, which does not exist` +
          (match ? ` (did you mean ${match.startsWith('.') ? match : `./${match}`}?)` : '') +
          '; fix the path (it is relative to this file) or create the page with npm run new',
      );
    };

    const checkImage = (node: Image) => {
      const url = node.url;
      if (url === '' || EXTERNAL.test(url)) return;
      const { path } = splitUrl(url);
      const file = path.startsWith('/') ? join('static', path) : posix.normalize(posix.join(pageDir, path));
      if (isFile(join(siteDir, file))) return;
      report(
        node,
        'image',
        `"${url}" does not exist (looked for ${relative(siteDir, join(siteDir, file)) || file}); add the file or fix the path (relative to this file, or /img/... for static/img)`,
      );
    };

    visit(parseMarkdown(page.body), (node) => {
      if (node.type === 'link' || node.type === 'definition') checkLink(node);
      else if (node.type === 'image') checkImage(node);
    });
  }
  return problems;
}

function glossaryIds(siteDir: string): string[] {
  try {
    return readGlossary(siteDir).map((entry) => entry.id);
  } catch {
    // A broken glossary.yml fails its own tests and the build, with its own message.
    return [];
  }
}
