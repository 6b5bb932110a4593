// Renders the glossary page from src/data/glossary.yml at build time: one
// heading per term (its id is the term's id, so /docs/glossary#pmc links to
// it), the definition, the other names it goes by, and the pages that use it.
// docs/glossary.md holds only the introduction.
//
// Try: npm start, then open /docs/glossary
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

import {
  entryMatchers,
  mentionsAny,
  mentionText,
  namesOf,
  readGlossary,
  type GlossaryEntry,
  type MentionMatcher,
} from './glossary.ts';
import { docUrl, readHandbookPages, type HandbookPage } from '../../../content/handbook-pages.ts';
import { readableText } from '../../../content/plain-text.ts';
import { memoizeInProcess } from '../../../content/process-memo.ts';
import { searchPagePath } from '../../handbook-search/shared/search-paths.ts';

export type GlossaryPageOptions = { siteDir: string };

type PageRef = { title: string; url: string };

/**
 * The most pages an entry lists under "Used on". A term a large handbook uses
 * on hundreds of pages gets the first ones and a link to search for the rest:
 * a list of 2,000 links helps no reader, and it made the glossary page
 * megabytes long in the benchmark. The handbook's own terms stay under it.
 */
export const USED_ON_LIMIT = 12;

/** A doc's text as mentions are looked for in it, made once per body and process. */
const mentionTextOf = memoizeInProcess('glossary-mention-text', (body) => mentionText(readableText(body)));

/**
 * Per doc text, whether it mentions a set of names (keyed by the names): under
 * `npm start` every save asks again for every doc and entry, and only the
 * saved text is new (design/dev-loop.md).
 */
const mentionsByText = memoizeInProcess('glossary-mentions-by-text', (): Map<string, boolean> => new Map());

function mentions(namesKey: string, names: readonly MentionMatcher[], body: string): boolean {
  const known = mentionsByText(body);
  let found = known.get(namesKey);
  if (found === undefined) {
    found = mentionsAny(names, mentionTextOf(body));
    known.set(namesKey, found);
  }
  return found;
}

/** The docs that mention an entry by any of its names, plus the pages the entry names itself. */
function pagesUsing(entry: GlossaryEntry, pages: readonly HandbookPage[]) {
  const names = entryMatchers(entry);
  const namesKey = JSON.stringify(namesOf(entry));
  const using = pages.filter(
    (page) =>
      page.kind === 'doc' &&
      page.id !== 'glossary' &&
      (entry.pages.includes(page.id) || mentions(namesKey, names, page.body)),
  );
  // The pages the entry names itself come first, so they survive the limit.
  const named = (page: HandbookPage) => (entry.pages.includes(page.id) ? 0 : 1);
  return using.sort((a, b) => named(a) - named(b));
}

/** What each entry's "Used on" shows: the pages listed (title and URL) and how many more there are. */
export type GlossaryUsedOn = Record<string, { shown: PageRef[]; more: number }>;

function usedOn(using: readonly HandbookPage[]): { shown: PageRef[]; more: number } {
  // Titles and URLs come from front matter, so only the pages listed are asked for them.
  const shown = using
    .slice(0, USED_ON_LIMIT)
    .map((page) => ({ title: String(page.frontMatter.title ?? page.id), url: docUrl(page) }));
  return { shown, more: using.length - shown.length };
}

/** Every entry's "Used on", as the glossary page shows it. */
export function glossaryUsedOn(entries: readonly GlossaryEntry[], pages: readonly HandbookPage[]): GlossaryUsedOn {
  return Object.fromEntries(entries.map((entry) => [entry.id, usedOn(pagesUsing(entry, pages))]));
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function entryNodes(entry: GlossaryEntry, { shown, more }: { shown: PageRef[]; more: number }): RootContent[] {
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [text(entry.term)],
    data: { hProperties: { id: entry.id } },
  };
  const nodes: RootContent[] = [heading];
  if (entry.expansion) {
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(entry.expansion)] }] });
  }
  nodes.push({ type: 'paragraph', children: [text(entry.definition)] });
  if (entry.synonyms.length > 0) {
    nodes.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [text('Also called:')] }, text(` ${entry.synonyms.join(', ')}`)],
    });
  }
  if (shown.length > 0) {
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [text('Used on:')] }] };
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: shown.map((ref) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'link', url: ref.url, children: [text(ref.title)] }] }],
      })),
    };
    nodes.push(label, list);
  }
  if (more > 0) {
    nodes.push({
      type: 'paragraph',
      children: [
        text(`…and ${more.toLocaleString('en')} more ${more === 1 ? 'page' : 'pages'}: `),
        {
          type: 'link',
          url: searchPagePath(entry.term),
          children: [text(`search for ${entry.term}`)],
        },
      ],
    });
  }
  return nodes;
}

export function buildGlossaryNodes(entries: readonly GlossaryEntry[], pages: readonly HandbookPage[]): RootContent[] {
  const used = glossaryUsedOn(entries, pages);
  return entries.flatMap((entry) => entryNodes(entry, used[entry.id] ?? { shown: [], more: 0 }));
}

/**
 * Read afresh each time the glossary page compiles: once in a build, and
 * under `npm start` whenever a save changes a "Used on" list (the glossary
 * plugin makes the page depend on them; design/dev-loop.md). Unchanged pages
 * are not read or scanned again (process caches).
 */
export default function remarkGlossaryPage({ siteDir }: GlossaryPageOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path?.replace(/\\/g, '/').endsWith('docs/glossary.md')) return;
    tree.children.push(...buildGlossaryNodes(readGlossary(siteDir), readHandbookPages(siteDir)));
  };
}
