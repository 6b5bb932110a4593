// A deterministic corpus of generated handbook pages, for measuring how the
// site and its search behave at 10x and 100x the real handbook. Same seed,
// same pages, byte for byte: runs on different days compare like with like.
//
// Each page has realistic structure (front matter, h2/h3 headings, prose,
// lists, a table, a code block). Twenty "needle" words, made up so they occur
// nowhere else, are planted in the body of exactly one page each; half of
// those pages also carry very common words in their headings, so a search
// that lets a common heading word beat a rare body word ranks them wrong.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { longPageWriter } from './long-corpus.ts';

export type Needle = { word: string; docId: string; url: string };
export type Corpus = { pages: number; needles: Needle[] };
/**
 * `short`: ~150-word pages built from a few dozen phrases (the bench's first
 * corpus). `long`: ~1,100-word pages over a vocabulary of ~4,000 words with
 * Zipf-like frequencies (long-corpus.ts), the size a real handbook page has.
 */
export type CorpusProfile = 'short' | 'long';
export const CORPUS_PROFILES: readonly CorpusProfile[] = ['short', 'long'];

/** mulberry32: a tiny seeded PRNG; good enough to vary prose, fully repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'the on-call engineer',
  'a new hire',
  'the service owner',
  'the capacity planner',
  'our tracing tool',
  'the load balancer',
  'the kernel scheduler',
  'the JVM',
  'a canary cluster',
  'the storage tier',
  'the build pipeline',
  'the metrics dashboard',
  'the incident commander',
  'a noisy neighbour',
  'the cache layer',
];
const VERBS = [
  'measures',
  'reviews',
  'profiles',
  'samples',
  'throttles',
  'replays',
  'documents',
  'compares',
  'retires',
  'tunes',
  'instruments',
  'summarises',
  'escalates',
  'benchmarks',
  'traces',
];
const OBJECTS = [
  'tail latency',
  'CPU saturation',
  'garbage collection pauses',
  'disk queue depth',
  'memory growth',
  'cold start time',
  'thread contention',
  'network retransmits',
  'cache hit ratio',
  'error budgets',
  'request fan-out',
  'page faults',
  'lock hold times',
  'context switches',
  'heap fragmentation',
];
const CLAUSES = [
  'before the weekly review',
  'after every deploy',
  'when the alert fires',
  'during the quarterly plan',
  'once the change is rolled back',
  'while the canary runs',
  'with a flame graph open',
  'for the status doc',
  'before anyone pages the owner',
  'as part of the postmortem',
];
const TOPICS = [
  'Capacity',
  'Latency',
  'Tracing',
  'Profiling',
  'Rollouts',
  'Incidents',
  'Dashboards',
  'Caching',
  'Storage',
  'Scheduling',
  'Networking',
  'Observability',
  'Budgets',
  'Reviews',
  'Onboarding',
  'Runbooks',
];
/** The words every handbook heading uses; the needle pages put them in headings on purpose. */
const COMMON_HEADINGS = ['Overview', 'Performance', 'How we work', 'Getting started', 'Team practices'];
const SECTIONS = ['day-in-the-life', 'culture', 'mission', 'work-updates'];

const NEEDLE_SYLLABLES = ['zor', 'vex', 'quil', 'brak', 'thyn', 'plo', 'gryx', 'mav', 'trel', 'snoq'];

export function needleWords(count = 20): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = NEEDLE_SYLLABLES[i % 10] ?? 'zor';
    const b = NEEDLE_SYLLABLES[(i * 3 + 7) % 10] ?? 'vex';
    words.push(`${a}${b}ium${String.fromCharCode(97 + i)}`);
  }
  return words;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number): string {
  const text = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, CLAUSES)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, extra?: string): string {
  const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random));
  if (extra) sentences.splice(1, 0, extra);
  return sentences.join(' ');
}

function page(index: number, random: () => number, needle: string | undefined): string {
  const topic = pick(random, TOPICS);
  const title = `${topic} notes ${index + 1}`;
  const headings =
    needle && index % 2 === 0
      ? [...COMMON_HEADINGS.slice(0, 3)]
      : [`${topic} in practice`, `Measuring ${pick(random, OBJECTS)}`, 'Checklist'];
  const lines = [
    '---',
    `title: ${title}`,
    `description: Generated page ${index + 1} about ${topic.toLowerCase()} for the benchmark corpus.`,
    'tags: [benchmark]',
    'owner: handbook-maintainers',
    'last_reviewed: 2026-11-25',
    '---',
    '',
    paragraph(random),
    '',
    `## ${headings[0]}`,
    '',
    paragraph(random, needle ? `The ${needle} procedure is documented only on this page.` : undefined),
    '',
    paragraph(random),
    '',
    `### ${pick(random, TOPICS)} details`,
    '',
    ...Array.from({ length: 4 }, () => `- ${sentence(random)}`),
    '',
    `## ${headings[1]}`,
    '',
    '| Signal | Threshold | Owner |',
    '| --- | --- | --- |',
    ...Array.from(
      { length: 3 },
      () => `| ${pick(random, OBJECTS)} | ${Math.floor(random() * 900) + 100} ms | ${pick(random, SUBJECTS)} |`,
    ),
    '',
    paragraph(random),
    '',
    '```sh',
    `perf record -F ${Math.floor(random() * 90) + 49} -a -g -- sleep ${Math.floor(random() * 20) + 5}`,
    '```',
    '',
    `## ${headings[2]}`,
    '',
    paragraph(random),
    '',
  ];
  return lines.join('\n');
}

/**
 * Pages per folder. A handbook of thousands of pages nests them; with four
 * flat folders each page's sidebar would list a quarter of the site, and its
 * HTML (and every build's render work) would grow with pages squared.
 */
export const PAGES_PER_FOLDER = 50;

/**
 * Writes `pages` generated docs into `<docsDir>/generated/<section>/part-NN/`,
 * PAGES_PER_FOLDER to a folder, and returns where each needle went. The
 * needle pages are spread evenly through the corpus.
 */
export function generateCorpus(docsDir: string, pages: number, seed = 2017, profile: CorpusProfile = 'short'): Corpus {
  const random = seededRandom(seed);
  const writePage = profile === 'long' ? longPageWriter(seededRandom(seed ^ 0x5eed), COMMON_HEADINGS) : page;
  const words = needleWords(Math.min(20, pages));
  const stride = Math.max(1, Math.floor(pages / Math.max(1, words.length)));
  const needles: Needle[] = [];
  const root = join(docsDir, 'generated');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, '_category_.json'),
    JSON.stringify({ label: 'Generated', position: 50, link: { type: 'generated-index', slug: '/generated' } }),
  );
  for (let index = 0; index < pages; index++) {
    const needleIndex = index % stride === 0 ? index / stride : -1;
    const needle = needleIndex >= 0 ? words[needleIndex] : undefined;
    const section = SECTIONS[index % SECTIONS.length] ?? 'culture';
    const inSection = Math.floor(index / SECTIONS.length);
    const part = Math.floor(inSection / PAGES_PER_FOLDER) + 1;
    const folder = `${section}/part-${String(part).padStart(2, '0')}`;
    if (inSection % PAGES_PER_FOLDER === 0) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, '_category_.json'), JSON.stringify({ label: `Part ${part}`, position: part }));
    }
    const slug = `page-${String(index + 1).padStart(4, '0')}`;
    writeFileSync(join(root, folder, `${slug}.md`), writePage(index, random, needle));
    if (needle) {
      const docId = `generated/${folder}/${slug}`;
      needles.push({ word: needle, docId, url: `/docs/${docId}` });
    }
  }
  return { pages, needles };
}
