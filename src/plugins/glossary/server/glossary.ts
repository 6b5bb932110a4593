// The glossary's one data source: src/data/glossary.yml. The glossary page,
// search synonyms and the content checks all read it through here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';

import { memoizeInProcess } from '../../../content/process-memo.ts';

export const GLOSSARY_FILE = 'src/data/glossary.yml';

const GlossaryEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case, e.g. flame-graph'),
    term: z.string().min(1),
    expansion: z.string().min(1).optional(),
    synonyms: z.array(z.string().min(1)).default([]),
    definition: z.string().min(1),
    pages: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export function parseGlossary(yamlText: string, file = GLOSSARY_FILE): GlossaryEntry[] {
  const result = z.array(GlossaryEntry).safeParse(parseYaml(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: entry ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(problems.join('\n'));
  }
  const seen = new Set<string>();
  for (const entry of result.data) {
    if (seen.has(entry.id)) throw new Error(`${file}: id "${entry.id}" is used twice; give each term its own id.`);
    seen.add(entry.id);
  }
  return result.data.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * Parsed once per text and process: under `npm start` the glossary is read on
 * every save, and parsing and checking the YAML was most of a save's own work
 * (design/dev-loop.md). The entries are shared: treat them as read-only.
 */
const parseGlossaryOnce = memoizeInProcess('glossary-entries', (yamlText) => parseGlossary(yamlText));

export function readGlossary(siteDir: string): GlossaryEntry[] {
  return parseGlossaryOnce(readFileSync(join(siteDir, GLOSSARY_FILE), 'utf8'));
}

/** What a marked term's tooltip says: "Term (expansion): definition". */
function tooltipText(entry: GlossaryEntry): string {
  const name = entry.expansion ? `${entry.term} (${entry.expansion})` : entry.term;
  return `${name}: ${entry.definition}`;
}

/** Every entry's tooltip by id: the one copy the browser loads for marks (src/plugins/glossary/client/GlossaryTerm). */
export function glossaryTips(entries: readonly GlossaryEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((entry) => [entry.id, tooltipText(entry)]));
}

/** The words that stand for an entry in running text: the term, its expansion and its synonyms. */
export function namesOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.synonyms];
}

/** A matcher for each name of the entry, leaving out the names in `ignored` (lower-cased). */
export function entryMatchers(entry: GlossaryEntry, ignored: ReadonlySet<string> = new Set()): MentionMatcher[] {
  return namesOf(entry)
    .filter((name) => !ignored.has(name.toLowerCase()))
    .map(mentionMatcher);
}

/**
 * A pattern that finds one of the names as a whole word. Acronyms (all
 * capitals) match case-sensitively, so "CORE" does not match "core"; other
 * names match in any case.
 */
export function mentionPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const isAcronym = /^[A-Z0-9/&-]{2,}s?$/.test(name) && /[A-Z]/.test(name);
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, isAcronym ? 'u' : 'iu');
}

/** Runs of letters and digits in lower-cased text: the words `MentionMatcher.firstWord` is one of. */
const LOWER_CASE_WORDS = /[a-z0-9]+/g;

/**
 * A name's whole-word pattern, the name lower-cased, and the first word of
 * that. A text whose lower-cased form lacks the word or the needle cannot
 * match, so callers check those first and run the pattern only when it may
 * (most text mentions no term). `firstWord` is '' for a name without letters
 * or digits, which must always be tried.
 */
export type MentionMatcher = { pattern: RegExp; needle: string; firstWord: string };

function mentionMatcher(name: string): MentionMatcher {
  const needle = name.toLowerCase();
  return { pattern: mentionPattern(name), needle, firstWord: needle.match(LOWER_CASE_WORDS)?.[0] ?? '' };
}

/** A text with its lower-cased form and words, for the checks that rule most names out before a pattern runs. */
export type MentionText = { text: string; lower: string; words: ReadonlySet<string> };

export function mentionText(text: string): MentionText {
  const lower = text.toLowerCase();
  return { text, lower, words: new Set(lower.match(LOWER_CASE_WORDS)) };
}

/** The name's first whole-word match in the text, or null; the word and substring checks come first. */
export function findMention(matcher: MentionMatcher, { text, lower, words }: MentionText): RegExpExecArray | null {
  const { pattern, needle, firstWord } = matcher;
  if ((firstWord !== '' && !words.has(firstWord)) || !lower.includes(needle)) return null;
  return pattern.exec(text);
}

/** Whether the text mentions any of the names (an absent text mentions none). */
export function mentionsAny(matchers: readonly MentionMatcher[], text: MentionText | undefined): boolean {
  return !!text && matchers.some((matcher) => findMention(matcher, text) !== null);
}
