// Marks the first mention of each glossary term on a doc page with a link to
// its glossary entry and the definition as a tooltip, all in the HTML the
// build writes: no script runs to show it. Terms and definitions come from
// src/data/glossary.yml, the same file the glossary page is built from.
//
// The plugin writes one compact element per mark, holding only the entry's id:
//   <glossary-term entry="pmc">PMCs</glossary-term>
// and the `glossary-term` MDX component (src/plugins/glossary/client/GlossaryTerm) adds
// the definition, which renders, for the first "PMCs" on a page (styled in
// src/plugins/glossary/glossary.css):
//   <span class="glossary-term">
//     <a href="/docs/glossary#pmc" aria-describedby="glossary-tip-pmc">PMCs</a>
//     <span role="tooltip" id="glossary-tip-pmc" class="glossary-term__tip">PMC (…): A counter…</span>
//   </span>
// The tooltip shows on hover and on keyboard focus; screen readers hear the
// definition as the link's description.
//
// Try: npx vitest run src/plugins/glossary (golden files in src/plugins/glossary/server/__tests__/glossary-terms/)
import type { Emphasis, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

import { GLOSSARY_TERM_ELEMENT } from '../shared/glossary-names.ts';

import {
  entryMatchers,
  findMention,
  mentionText,
  readGlossary,
  type GlossaryEntry,
  type MentionMatcher,
} from './glossary.ts';

export type GlossaryTermsOptions = {
  /** Where src/data/glossary.yml is read from; ignored when `entries` is given. */
  siteDir?: string;
  entries?: readonly GlossaryEntry[];
  /** Names that stand for a term in the glossary but mostly mean something else in running text. */
  ignoredNames?: readonly string[];
};

/**
 * Synonyms in glossary.yml that help search but would mislabel ordinary
 * prose: "this page" is not about paging, "stack" is often a pile of work.
 */
const AMBIGUOUS_NAMES: readonly string[] = [
  'page',
  'pager',
  'alert',
  'stack',
  'scale',
  'scaling',
  'rotation',
  'Node',
  'outlier',
  'debugger',
  'metrics',
  'dashboards',
  'Patch',
  'patches',
];

/** Content a definition must not be put inside: headings, links, code and raw HTML or JSX. */
const SKIPPED_TYPES = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'code',
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/**
 * Raw HTML that a mark must not land in. Inline HTML reaches remark as
 * separate opening and closing tags around ordinary text, so a paragraph that
 * opens one of these is left alone as a whole.
 */
const RAW_LINK_OR_CODE = /^<(a|code|kbd|pre|abbr|dfn)[\s>]/i;

function holdsRawLinkOrCode(parent: Parent): boolean {
  return parent.children.some((child) => child.type === 'html' && RAW_LINK_OR_CODE.test(child.value));
}

type Matcher = MentionMatcher & { entry: GlossaryEntry };

/**
 * Every name's matcher, filed under its first word, so a text is tried only
 * against the names whose first word it contains, instead of trying every
 * name on every text (design/glossary-marks.md).
 */
export type GlossaryMatchers = ReadonlyMap<string, readonly Matcher[]>;

export function glossaryMatchers(entries: readonly GlossaryEntry[], ignoredNames: readonly string[]): GlossaryMatchers {
  const ignored = new Set(ignoredNames.map((name) => name.toLowerCase()));
  const byFirstWord = new Map<string, Matcher[]>();
  for (const entry of entries) {
    for (const nameMatcher of entryMatchers(entry, ignored)) {
      const matcher = { entry, ...nameMatcher };
      const filed = byFirstWord.get(matcher.firstWord) ?? [];
      filed.push(matcher);
      byFirstWord.set(matcher.firstWord, filed);
    }
  }
  return byFirstWord;
}

type Mention = { entry: GlossaryEntry; start: number; end: number };

/** The earliest mention in `text` of an entry not yet marked; the longest name wins a tie ("Linux 4.9" over "Linux"). */
export function firstMention(text: string, matchers: GlossaryMatchers, marked: ReadonlySet<string>) {
  let best: Mention | undefined;
  const prepared = mentionText(text);
  // A name that matches as a whole word brings its first word along; names
  // without one are filed under ''.
  for (const word of ['', ...prepared.words]) {
    for (const matcher of matchers.get(word) ?? []) {
      const { entry } = matcher;
      if (marked.has(entry.id)) continue;
      const match = findMention(matcher, prepared);
      if (!match) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (!best || start < best.start || (start === best.start && end > best.end)) best = { entry, start, end };
    }
  }
  return best;
}

function markedTerm(entry: GlossaryEntry, shownText: string): Emphasis {
  // An emphasis node renamed through hName: mdast has no neutral inline container.
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: shownText }],
    data: { hName: GLOSSARY_TERM_ELEMENT, hProperties: { entry: entry.id } },
  };
}

/** Marks, in document order, the first mention of each entry in the tree. Returns the ids it marked. */
function markFirstMentions(tree: Root, matchers: GlossaryMatchers): Set<string> {
  const marked = new Set<string>();
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (SKIPPED_TYPES.has(node.type)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || holdsRawLinkOrCode(parent)) return undefined;
    const mention = firstMention(node.value, matchers, marked);
    if (!mention) return undefined;
    marked.add(mention.entry.id);
    const before: Text = { type: 'text', value: node.value.slice(0, mention.start) };
    const after: Text = { type: 'text', value: node.value.slice(mention.end) };
    const replacement: PhrasingContent[] = [
      ...(before.value ? [before] : []),
      markedTerm(mention.entry, node.value.slice(mention.start, mention.end)),
      ...(after.value ? [after] : []),
    ];
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    // Carry on with the rest of this text, where other terms may start.
    const nextIndex = index + replacement.length - (after.value ? 1 : 0);
    return [SKIP, nextIndex];
  });
  return marked;
}

function isGlossaryPage(file: VFile): boolean {
  return /(^|\/)docs\/glossary\.mdx?$/.test((file.path ?? '').replace(/\\/g, '/'));
}

export default function remarkGlossaryTerms(options: GlossaryTermsOptions = {}) {
  let matchers: GlossaryMatchers | undefined;
  return (tree: Root, file: VFile) => {
    if (isGlossaryPage(file)) return;
    matchers ??= glossaryMatchers(
      options.entries ?? readGlossary(options.siteDir ?? process.cwd()),
      options.ignoredNames ?? AMBIGUOUS_NAMES,
    );
    markFirstMentions(tree, matchers);
  };
}
