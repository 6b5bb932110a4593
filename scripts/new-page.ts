// Scaffolds a handbook page with valid front matter, so a contributor starts
// from a page that passes the checks instead of guessing the fields.
//
// Try: npm run new                       (asks, in a terminal)
//      npm run new -- --section culture --title "Giving feedback" --owner culture-guides --tags culture
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Document, isSeq } from 'yaml';

import { BASE_URL } from '../src/config/site.ts';
import { readHandbookPages } from '../src/content/handbook-pages.ts';
import { readSections } from '../src/content/sections.ts';
import { todayIso } from '../src/plugins/review-status/shared/review.ts';
import {
  DESCRIPTION_MAX_LENGTH,
  formatProblem,
  readContentVocabulary,
  validateFrontMatter,
  type ContentVocabulary,
} from '../src/content/schema.ts';
import { CODEOWNERS_FILE, renderCodeowners } from './check-content/codeowners.ts';
import { readSourcePages } from './check-content/pages.ts';

export const USAGE = `usage: npm run new -- --section <section> --title "<title>" [--description "<one sentence>"] [--owner <owner id>] [--tags a,b]

In a terminal, npm run new asks for anything you leave out.
  --section      a folder under docs/ (e.g. culture)
  --title        the page title; the file name is made from it
  --description  one sentence, at most ${DESCRIPTION_MAX_LENGTH} characters (default: a TODO to fill in)
  --owner        an id from src/data/owners.yml (default: the section's usual owner)
  --tags         ids from docs/tags.yml, comma-separated (default: the section's name, if it is a tag)`;

export type NewPageRequest = {
  section: string;
  title: string;
  description?: string;
  owner?: string;
  tags?: string[];
};

export type NewPageResult = { file: string; previewUrl: string };

/** An error the contributor can fix by changing what they typed; printed without a stack. */
export class UsageError extends Error {}

/** "Giving feedback: the 5 rules!" → "giving-feedback-the-5-rules". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The docs sections: folders under docs/ with a _category_.json. */
export function listSections(siteDir: string): string[] {
  return readSections(siteDir)
    .map((section) => section.folder)
    .sort();
}

/** The owner most of the section's pages already have, so a new page joins the same review queue. */
export function usualOwner(siteDir: string, section: string, vocabulary: ContentVocabulary): string | undefined {
  const counts = new Map<string, number>();
  for (const page of readHandbookPages(siteDir)) {
    const owner = page.frontMatter.owner;
    if (page.kind === 'doc' && page.id.startsWith(`${section}/`) && typeof owner === 'string') {
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  }
  const [mostCommon] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return mostCommon?.[0] ?? vocabulary.owners.find((owner) => owner.id === 'handbook-maintainers')?.id;
}

function defaultTags(section: string, vocabulary: ContentVocabulary): string[] | undefined {
  return vocabulary.docTags.includes(section) ? [section] : undefined;
}

export type PageFields = { title: string; description: string; owner: string; tags?: string[] };

export function renderPage(request: PageFields, today: string) {
  const frontMatter: Record<string, unknown> = {
    title: request.title,
    description: request.description,
    ...(request.tags && request.tags.length > 0 ? { tags: request.tags } : {}),
    owner: request.owner,
    last_reviewed: today,
  };
  // Tags on one line, as every existing page writes them: tags: [culture, meetings].
  const document = new Document(frontMatter);
  const tags = document.get('tags', true);
  if (isSeq(tags)) tags.flow = true;
  const yaml = document.toString({ flowCollectionPadding: false, lineWidth: 0 });
  return `---
${yaml}---

Start with a sentence or two that tells the reader what this page is for and when they will need it.

## A heading a reader could search for

Short paragraphs, plain words, one idea per page. Link related pages by their files, e.g. \`[Meetings](../day-in-the-life/meetings.md)\`, so the checks notice when a page moves.
`;
}

/** Writes the page; refuses to overwrite, and refuses a page that would fail the schema. */
export function createPage(siteDir: string, request: NewPageRequest, today = todayIso()): NewPageResult {
  const sections = listSections(siteDir);
  if (!sections.includes(request.section)) {
    throw new UsageError(`--section "${request.section}" is not a docs section; use one of ${sections.join(', ')}`);
  }
  const title = request.title.trim();
  if (title === '') throw new UsageError('--title is empty; give the page a title, e.g. --title "Giving feedback"');
  const slug = slugFromTitle(title);
  if (slug === '') {
    throw new UsageError(`--title "${title}" has no letters or digits to make a file name from; use a plainer title`);
  }
  const { vocabulary } = readContentVocabulary(siteDir);
  const owner = request.owner ?? usualOwner(siteDir, request.section, vocabulary);
  if (owner === undefined) throw new UsageError('--owner is needed: this section has no pages to take it from');
  const file = `docs/${request.section}/${slug}.md`;
  if (existsSync(join(siteDir, file))) {
    throw new UsageError(`${file} already exists; edit it, or choose another title`);
  }

  const source = renderPage(
    {
      title,
      description: request.description?.trim() || 'TODO: say in one sentence what a reader learns from this page.',
      owner,
      tags: request.tags ?? defaultTags(request.section, vocabulary),
    },
    today,
  );
  const problems = validateFrontMatter({ kind: 'doc', file, source }, vocabulary);
  if (problems.length > 0) {
    throw new UsageError(`${problems.map(formatProblem).join('\n')}\nnothing was written; fix the values above`);
  }
  writeFileSync(join(siteDir, file), source, { flag: 'wx' });
  return { file, previewUrl: `http://localhost:3000${BASE_URL.replace(/\/$/, '')}/docs/${request.section}/${slug}` };
}

async function askForMissing(siteDir: string, given: Partial<NewPageRequest>): Promise<NewPageRequest> {
  // Loaded only in a terminal: the flags path stays free of the prompt library.
  const { checkbox, input, select } = await import('@inquirer/prompts');
  const { vocabulary } = readContentVocabulary(siteDir);
  const section =
    given.section ??
    (await select({
      message: 'Section',
      choices: listSections(siteDir).map((name) => ({ value: name, name })),
    }));
  const title =
    given.title ??
    (await input({
      message: 'Title',
      validate: (value) => value.trim() !== '' || 'A page needs a title',
    }));
  const description =
    given.description ??
    (await input({
      message: `Description (one sentence, at most ${DESCRIPTION_MAX_LENGTH} characters)`,
      validate: (value) =>
        (value.trim() !== '' && value.length <= DESCRIPTION_MAX_LENGTH) ||
        `Write one sentence of 1 to ${DESCRIPTION_MAX_LENGTH} characters (now ${value.length})`,
    }));
  const owner =
    given.owner ??
    (await select({
      message: 'Owner (the team that answers questions about it)',
      default: usualOwner(siteDir, section, vocabulary),
      choices: vocabulary.owners.map((entry) => ({ value: entry.id, name: `${entry.name} (${entry.id})` })),
    }));
  const sectionTags = defaultTags(section, vocabulary) ?? [];
  const tags =
    given.tags ??
    (await checkbox({
      message: 'Tags',
      choices: vocabulary.docTags.map((tag) => ({ value: tag, checked: sectionTags.includes(tag) })),
    }));
  return { section, title, description, owner, tags };
}

async function main() {
  const { values } = parseArgs({
    options: {
      section: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      owner: { type: 'string' },
      tags: { type: 'string' },
      'site-dir': { type: 'string', default: '.' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const siteDir = resolve(values['site-dir']);
  const given: Partial<NewPageRequest> = {
    section: values.section,
    title: values.title,
    description: values.description,
    owner: values.owner,
    tags: values.tags
      ?.split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
  let request: NewPageRequest;
  if (given.section !== undefined && given.title !== undefined) {
    request = { ...given, section: given.section, title: given.title };
  } else if (process.stdin.isTTY && process.stdout.isTTY) {
    request = await askForMissing(siteDir, given);
  } else {
    const missing = (['section', 'title'] as const).filter((flag) => given[flag] === undefined);
    throw new UsageError(
      `${missing.map((flag) => `--${flag}`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required when not in a terminal\n${USAGE}`,
    );
  }
  const result = createPage(siteDir, request);
  const written = readFileSync(join(siteDir, result.file), 'utf8');
  console.log(`Created ${result.file}\n\n${written.split('\n---\n')[0]}\n---\n`);
  // The new page needs its line in CODEOWNERS; writing it now saves a failed check later.
  const { vocabulary } = readContentVocabulary(siteDir);
  writeFileSync(join(siteDir, CODEOWNERS_FILE), renderCodeowners(readSourcePages(siteDir), vocabulary.owners));
  console.log(`Updated ${CODEOWNERS_FILE}: ${result.file} is reviewed by its owner's team`);
  console.log(`Preview it: npm start, then open ${result.previewUrl}`);
  console.log('Before the pull request: npm run check:content');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`new: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    // Ctrl+C at a prompt: leave quietly, nothing was written.
    if ((error as Error).name === 'ExitPromptError') {
      process.exitCode = 130;
      return;
    }
    console.error(`new: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  });
}
