// The front matter every handbook page must have, checked strictly.
// Docusaurus lets unknown keys and free-form values through; a typo there
// silently does nothing (a `sidebar_postion` never moves the page), so the
// content checks, the page scaffolder and the review-status plugin all read
// pages through this one schema.
//
// Try: npm run check:content
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import leven from 'leven';
import * as z from 'zod';

import { parseFrontMatterYaml, splitFrontMatter } from './front-matter.ts';
import { memoizeInProcess } from './process-memo.ts';
import { parseIsoDate, REVIEW_EVERY_PATTERN } from '../plugins/review-status/shared/review.ts';

const OWNERS_FILE = 'src/data/owners.yml';
const DOC_TAGS_FILE = 'docs/tags.yml';
const BLOG_TAGS_FILE = 'blog/tags.yml';
const BLOG_AUTHORS_FILE = 'blog/authors.yml';

export const DESCRIPTION_MAX_LENGTH = 160;

/** One thing wrong in one file, printed as `file:line: field: message`. */
export type ContentProblem = { file: string; line: number; field: string; message: string };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

// ---------------------------------------------------------------------------
// The closed lists pages may draw from

const OwnerEntry = z.strictObject({
  id: z
    .string({ error: missingOrWrongType('id', 'text', 'perf-eng') })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case, e.g. id: perf-eng'),
  name: text('name', 'Performance Engineering'),
  description: text('description', 'The team that answers questions about performance work.'),
  // The team CODEOWNERS asks for review (npm run owners).
  github: z
    .string({ error: missingOrWrongType('github', 'a GitHub handle', '"@perf-eng/perf-eng"') })
    .regex(
      /^@[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/,
      'must be a GitHub team or user handle in quotes, e.g. github: "@perf-eng/perf-eng"',
    ),
});
export type Owner = z.infer<typeof OwnerEntry>;

export type ContentVocabulary = {
  owners: Owner[];
  docTags: string[];
  blogTags: string[];
  blogAuthors: string[];
};

type YamlFile = { value: unknown; lineOf: (path: readonly PropertyKey[]) => number };

/** Owners, tags and authors are read on every `npm start` save: each text is parsed once per process (read-only). */
const parseYamlOnce = memoizeInProcess('yaml-documents', parseFrontMatterYaml);

function readYamlFile(siteDir: string, file: string, problems: ContentProblem[]): YamlFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(siteDir, file), 'utf8');
  } catch {
    problems.push({ file, line: 1, field: 'file', message: 'is missing; restore it from the main branch' });
    return undefined;
  }
  const document = parseYamlOnce(text);
  const [error] = document.errors;
  if (error) {
    const line = lineAtOffset(text, error.pos[0], 1);
    problems.push({ file, line, field: 'YAML', message: `${firstLine(error.message)}; fix the YAML syntax` });
    return undefined;
  }
  return { value: document.toJS(), lineOf: (path) => lineOfPath(document, path, text, 1) };
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

/** Reads owners.yml, the two tags.yml files and authors.yml; problems in them are reported, not thrown. */
export function readContentVocabulary(siteDir: string): { vocabulary: ContentVocabulary; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const ownersYaml = readYamlFile(siteDir, OWNERS_FILE, problems);
  const owners: Owner[] = [];
  if (ownersYaml !== undefined) {
    if (!Array.isArray(ownersYaml.value)) {
      problems.push({
        file: OWNERS_FILE,
        line: 1,
        field: 'owners',
        message: 'must be a list of owners, each "- id: ...", "name: ...", "description: ...", "github: ..."',
      });
    } else {
      // Entry by entry, so one broken owner does not hide the others from every page.
      ownersYaml.value.forEach((entry: unknown, index) => {
        const parsed = OwnerEntry.safeParse(entry);
        if (parsed.success && owners.some((owner) => owner.id === parsed.data.id)) {
          problems.push({
            file: OWNERS_FILE,
            line: ownersYaml.lineOf([index, 'id']),
            field: 'id',
            message: `"${parsed.data.id}" is listed twice; keep one entry per owner`,
          });
          return;
        }
        if (parsed.success) {
          owners.push(parsed.data);
          return;
        }
        for (const issue of parsed.error.issues) {
          problems.push({
            file: OWNERS_FILE,
            line: ownersYaml.lineOf([index, ...issue.path]),
            field: issue.path.map(String).join('.') || `entry ${index + 1}`,
            message: issue.message,
          });
        }
      });
    }
  }
  return {
    vocabulary: {
      owners,
      docTags: keysOf(readYamlFile(siteDir, DOC_TAGS_FILE, problems)?.value),
      blogTags: keysOf(readYamlFile(siteDir, BLOG_TAGS_FILE, problems)?.value),
      blogAuthors: keysOf(readYamlFile(siteDir, BLOG_AUTHORS_FILE, problems)?.value),
    },
    problems,
  };
}

export function readOwners(siteDir: string): Owner[] {
  const { vocabulary, problems } = readContentVocabulary(siteDir);
  const ownerProblems = problems.filter((problem) => problem.file === OWNERS_FILE);
  if (ownerProblems.length > 0) throw new Error(ownerProblems.map(formatProblem).join('\n'));
  return vocabulary.owners;
}

// ---------------------------------------------------------------------------
// Field schemas, each with a message that says how to fix it

type Example = string;

function missingOrWrongType(field: string, expected: string, example: Example) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is missing; add it, e.g. ${field}: ${example}`
      : `must be ${expected}, not ${describeValue(issue.input)}; e.g. ${field}: ${example}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a nested mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

function oneOf(values: readonly string[]): string {
  return values.length === 0 ? '(the list is empty)' : values.join(', ');
}

function text(field: string, example: Example) {
  return z
    .string({ error: missingOrWrongType(field, 'text', example) })
    .refine((value) => value.trim().length > 0, `is empty; write it out, e.g. ${field}: ${example}`);
}

const Title = text('title', 'Asking for help');

const Description = text('description', 'How to reach the team when you are stuck.').refine(
  (value) => value.length <= DESCRIPTION_MAX_LENGTH,
  {
    error: (issue) =>
      `is ${String(issue.input).length} characters long; keep it to one sentence of at most ${DESCRIPTION_MAX_LENGTH} characters (search results and link previews cut it there)`,
  },
);

/** Today in UTC, as YYYY-MM-DD. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A review date: a real date, and not after today (a future one would silence the review banner for years). */
const ReviewDate = z
  .string({ error: missingOrWrongType('last_reviewed', 'a date', '2026-11-25') })
  .superRefine((value, context) => {
    if (!parseIsoDate(value)) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a real calendar date; write it as YYYY-MM-DD, e.g. last_reviewed: 2026-11-25`,
      });
    } else if (value > todayUtc()) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is in the future; set it to the day the page was last reviewed, today (${todayUtc()}) at the latest`,
      });
    }
  });

/** Blog dates may carry a time, as Docusaurus allows (2026-11-25T09:00:00Z). */
const BlogDate = z.string({ error: missingOrWrongType('date', 'a date', '2026-11-25') }).refine(
  (value) => {
    const day = parseIsoDate(value.slice(0, 10));
    const time = value.slice(10);
    return day !== null && (time === '' || /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(time));
  },
  {
    error: (issue) =>
      `"${String(issue.input)}" is not a real calendar date; write it as YYYY-MM-DD, e.g. date: 2026-11-25`,
  },
);

const ReviewEvery = z
  .string({ error: missingOrWrongType('review_every', 'an interval', '180d') })
  .regex(
    REVIEW_EVERY_PATTERN,
    'must be a whole number followed by d (days), w (weeks), m (months) or y (years), e.g. review_every: 180d; leave it out to use the site default',
  );

function fromList(field: string, list: readonly string[], listFile: string, example: Example) {
  return z.string({ error: missingOrWrongType(field, 'text', example) }).refine((value) => list.includes(value), {
    error: (issue) =>
      `"${String(issue.input)}" is not a known ${field}${suggestion(String(issue.input), list)}; use one of ${oneOf(list)} (listed in ${listFile})`,
  });
}

function tagList(list: readonly string[], listFile: string) {
  return z
    .array(fromList('tag', list, listFile, list[0] ?? 'culture'), {
      error: missingOrWrongType('tags', 'a list of tag ids', `[${list[0] ?? 'culture'}]`),
    })
    .min(1, `is an empty list; leave it out or name at least one tag from ${listFile}`);
}

function ownerField(owners: readonly Owner[]) {
  const ids = owners.map((owner) => owner.id);
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing; add the team that answers questions about this page, e.g. owner: ${ids[0] ?? 'perf-eng'} (one of ${oneOf(ids)}, listed in ${OWNERS_FILE})`
          : `must be one owner id, not ${describeValue(issue.input)}; e.g. owner: ${ids[0] ?? 'perf-eng'}`,
    })
    .refine((value) => ids.includes(value), {
      error: (issue) =>
        `"${String(issue.input)}" is not a known owner${suggestion(String(issue.input), ids)}; use one of ${oneOf(ids)} (listed in ${OWNERS_FILE})`,
    });
}

const Position = z.number({ error: missingOrWrongType('sidebar_position', 'a number', '3') });
const Flag = (field: string) => z.boolean({ error: missingOrWrongType(field, 'true or false', 'true') });
const OptionalText = (field: string, example: Example) => text(field, example).optional();
const Keywords = z.array(z.string(), { error: missingOrWrongType('keywords', 'a list of words', '[tracing, BPF]') });
const PageLink = (field: string) =>
  z.union([z.string(), z.null()], { error: missingOrWrongType(field, 'a doc id or null', 'null') }).optional();

/** Docusaurus's own keys that a handbook page may use besides ours. */
const sharedDocusaurusFields = {
  slug: OptionalText('slug', '/start-here'),
  image: OptionalText('image', './img/diagram.png'),
  keywords: Keywords.optional(),
  hide_table_of_contents: Flag('hide_table_of_contents').optional(),
  draft: Flag('draft').optional(),
  unlisted: Flag('unlisted').optional(),
};

function docFrontMatterSchema(vocabulary: ContentVocabulary) {
  return z.object({
    title: Title,
    description: Description,
    owner: ownerField(vocabulary.owners),
    last_reviewed: ReviewDate,
    review_every: ReviewEvery.optional(),
    tags: tagList(vocabulary.docTags, DOC_TAGS_FILE).optional(),
    sidebar_position: Position.optional(),
    sidebar_label: OptionalText('sidebar_label', 'SRE and on-call'),
    pagination_prev: PageLink('pagination_prev'),
    pagination_next: PageLink('pagination_next'),
    ...sharedDocusaurusFields,
  });
}

/** The post a blog post retells, credited as its source (src/plugins/source-credit). */
const BasedOn = z.strictObject(
  {
    title: text('based_on.title', 'Working at Netflix 2017'),
    url: text('based_on.url', 'https://example.com/blog/post').refine((value) => /^https?:\/\//.test(value), {
      error: (issue) =>
        `based_on.url "${String(issue.input)}" is not a web address; write the source post's full address, starting with https:// or http://`,
    }),
    author: text('based_on.author', 'Brendan Gregg'),
    author_title: text('based_on.author_title', 'Performance engineer at Netflix'),
  },
  {
    error: missingOrWrongType(
      'based_on',
      'a mapping with title, url, author and author_title',
      '{ title: ..., url: ..., author: ..., author_title: ... }',
    ),
  },
);

function blogFrontMatterSchema(vocabulary: ContentVocabulary) {
  const author = fromList('author', vocabulary.blogAuthors, BLOG_AUTHORS_FILE, vocabulary.blogAuthors[0] ?? 'jane');
  return z.object({
    title: Title,
    description: Description,
    // Docusaurus takes one author or a list; one is read as a list of one.
    authors: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : value),
      z
        .array(author, {
          error: missingOrWrongType('authors', 'a list of author keys', `[${vocabulary.blogAuthors[0] ?? 'jane'}]`),
        })
        .min(1, `is an empty list; name at least one key from ${BLOG_AUTHORS_FILE}`),
    ),
    tags: tagList(vocabulary.blogTags, BLOG_TAGS_FILE),
    date: BlogDate,
    based_on: BasedOn.optional(),
    ...sharedDocusaurusFields,
  });
}

// ---------------------------------------------------------------------------
// "Did you mean"

/** The closest candidate when it is close enough to be a typo (a third of the word, at least 2 edits). */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // A truncated id ("perf" for "perf-eng") is a near miss however many letters are missing.
    if (word.length >= 3 && candidate.toLowerCase().startsWith(word.toLowerCase())) return candidate;
    const distance = leven(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match ? ` (did you mean "${match}"?)` : '';
}

// ---------------------------------------------------------------------------
// Validating one page

export type PageKind = 'doc' | 'blog';

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The 1-based line of a character offset in `text`, counting from `firstLineNumber`. */
function lineAtOffset(text: string, offset: number, firstLineNumber: number): number {
  let line = firstLineNumber;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === '\n') line++;
  return line;
}

function lineOfPath(document: Document, path: readonly PropertyKey[], yamlText: string, yamlStartLine: number) {
  // The value's own line, else its key's, else the opening fence.
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lineAtOffset(yamlText, node.range[0], yamlStartLine);
  }
  return Math.max(1, yamlStartLine - 1);
}

function lineOfKey(document: Document, key: string, yamlText: string, yamlStartLine: number): number {
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const keyNode = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (keyNode?.value === key && keyNode.range) return lineAtOffset(yamlText, keyNode.range[0], yamlStartLine);
    }
  }
  return yamlStartLine;
}

const EXAMPLE_FRONT_MATTER: Record<PageKind, string> = {
  doc: '---\ntitle: ...\ndescription: ...\nowner: perf-eng\nlast_reviewed: 2026-11-25\n---',
  blog: '---\ntitle: ...\ndescription: ...\nauthors: [...]\ntags: [...]\ndate: 2026-11-25\n---',
};

/**
 * Every front matter problem of one page: YAML syntax, unknown keys (with a
 * suggestion for near misses), missing fields, wrong types and values not in
 * the closed lists, each with the line it is on.
 */
export function validateFrontMatter(
  page: { kind: PageKind; file: string; source: string },
  vocabulary: ContentVocabulary,
): ContentProblem[] {
  const { kind, file } = page;
  const split = splitFrontMatter(page.source);
  if (!/^---[ \t]*\r?\n/.test(page.source)) {
    return [
      {
        file,
        line: 1,
        field: 'front matter',
        message: `is missing; start the file with a front matter block such as\n${EXAMPLE_FRONT_MATTER[kind]}`,
      },
    ];
  }
  const { yamlText, yamlStartLine } = split;
  const document = parseFrontMatterYaml(yamlText);
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      line: lineAtOffset(yamlText, error.pos[0], yamlStartLine),
      field: 'YAML',
      message: `${firstLine(error.message)}; fix the front matter syntax (quote a value that contains ": " or starts with a special character, e.g. title: "Culture: an overview")`,
    }));
  }
  if (!isMap(document.contents)) {
    const shape = isSeq(document.contents) ? 'is a list' : 'is empty or a single value';
    return [
      {
        file,
        line: yamlStartLine,
        field: 'front matter',
        message: `${shape}; write one "key: value" per line, e.g.\n${EXAMPLE_FRONT_MATTER[kind]}`,
      },
    ];
  }

  const schema = kind === 'doc' ? docFrontMatterSchema(vocabulary) : blogFrontMatterSchema(vocabulary);
  const knownKeys = Object.keys(schema.shape);
  const data = document.toJS() as Record<string, unknown>;
  const problems: ContentProblem[] = [];

  for (const key of Object.keys(data)) {
    if (knownKeys.includes(key)) continue;
    const match = closestMatch(key, knownKeys);
    problems.push({
      file,
      line: lineOfKey(document, key, yamlText, yamlStartLine),
      field: key,
      message: match
        ? `is not a front matter field we use; did you mean "${match}"?`
        : `is not a front matter field we use; remove it, or use one of ${knownKeys.join(', ')} (see CONTRIBUTING.md#front-matter-reference)`,
    });
  }

  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : 'front matter';
      problems.push({
        file,
        line: lineOfPath(document, issue.path, yamlText, yamlStartLine),
        field,
        message: issue.message,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
