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

/**
 * Per doc text, which entries it mentions (one byte per entry), and for which
 * glossary (its names, as a key): under `npm start` every save asks again for
 * every doc, and only the saved text is new (design/dev-loop.md). Only these
 * answers are kept: the text prepared for matching is made for one page at a
 * time and dropped, so a 10,000-page build does not hold a lower-cased copy
 * and a word set of every page.
 */
const mentionsByText = memoizeInProcess('glossary-mentions-by-text', () => ({
  namesKey: '',
  mentioned: new Uint8Array(0),
}));

type GlossaryNames = { entries: readonly GlossaryEntry[]; names: readonly (readonly MentionMatcher[])[]; key: string };

/** The entries that `page` uses: those naming it, and those it mentions by any of their names. */
function entriesUsedBy(page: HandbookPage, glossary: GlossaryNames): GlossaryEntry[] {
  const known = mentionsByText(page.body);
  if (known.namesKey !== glossary.key) {
    const text = mentionText(readableText(page.body));
    known.mentioned = Uint8Array.from(glossary.names, (names) => (mentionsAny(names, text) ? 1 : 0));
    known.namesKey = glossary.key;
  }
  return glossary.entries.filter((entry, index) => entry.pages.includes(page.id) || known.mentioned[index] === 1);
}

/** Per entry id, the docs that use it, in page order with the pages the entry names itself first. */
function pagesUsing(entries: readonly GlossaryEntry[], pages: readonly HandbookPage[]): Map<string, HandbookPage[]> {
  const glossary = {
    entries,
    names: entries.map((entry) => entryMatchers(entry)),
    key: JSON.stringify(entries.map(namesOf)),
  };
  const using = new Map(entries.map((entry) => [entry.id, [] as HandbookPage[]]));
  for (const page of pages) {
    if (page.kind !== 'doc' || page.id === 'glossary') continue;
    for (const entry of entriesUsedBy(page, glossary)) using.get(entry.id)?.push(page);
  }
  for (const entry of entries) {
    // The pages the entry names itself come first, so they survive the limit.
    const named = (page: HandbookPage) => (entry.pages.includes(page.id) ? 0 : 1);
    using.get(entry.id)?.sort((a, b) => named(a) - named(b));
  }
  return using;
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
  const using = pagesUsing(entries, pages);
  return Object.fromEntries(entries.map((entry) => [entry.id, usedOn(using.get(entry.id) ?? [])]));
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
