import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import { FIELD, FIELD_LENGTH_NORMALIZATION, FIELD_NAMES, FIELD_WEIGHT, type FieldName } from '../shared/fields.ts';
import { shardForTerm } from '../shared/shards-for-term.ts';
import { compoundTokens, tokenize } from '../shared/tokenize.ts';
import {
  INDEX_FORMAT_VERSION,
  PAGE_ROWS,
  type PageRows,
  type IndexManifest,
  type IndexPack,
  type IndexShard,
  type SectionRecord,
  type Vocabulary,
} from '../shared/types.ts';
import { PACKS_REACHABLE_BYTES } from '../client/preload.ts';
import type { SearchSection } from './collect-sections.ts';

/** A shard bigger than this (uncompressed JSON) is split by one more letter of prefix. */
export const MAX_SHARD_BYTES = 40_000;
/** Prefixes stop growing here; a single huge term cannot be split anyway. */
const MAX_PREFIX_LENGTH = 4;
/**
 * Section metadata is cut into chunks of about this size, at page boundaries
 * where possible: a result page then costs one small request, not one per
 * section (bench: 23 requests and 80 KB for 8 pages with 12 KB chunks cut
 * anywhere, far fewer with page-aligned ones).
 */
const CHUNK_BYTES = 6_000;
/** A page bigger than this is split across chunks. */
const MAX_CHUNK_BYTES = 16_000;
/**
 * The background packs are cut at about this size (uncompressed JSON): small
 * enough that parsing one holds a keystroke's query up by a few milliseconds
 * at most, and that the browser's byte allowance for them
 * (client/preload.ts) stops close to its limit, large enough that the
 * index is a few dozen requests, not a thousand.
 */
export const PACK_BYTES = 256_000;
/** Section text kept for snippets; the index itself covers the whole section. */
const EXCERPT_LENGTH = 700;

export type BuiltSearchIndex = {
  manifest: IndexManifest;
  /** File contents by path relative to search-index/ (manifest.json included). */
  files: Map<string, string>;
};

type FieldCounts = Map<string, number[]>;

/** What tokenizing one section gives on its own: its terms' counts per field, its field lengths, the forms each term was written in. */
type SectionTerms = { counts: FieldCounts; lengths: number[]; forms: Map<string, Map<string, number>> };

/**
 * What one build can hand the next, kept by the index of `npm start`
 * (dev-index-worker.mjs): each section's terms by its text, so a rebuild
 * after a save tokenizes only the sections whose text changed, and each
 * pack's compressed size by its content, so only changed packs are
 * compressed. Entries the last build did not use are dropped, so it holds
 * one index's worth.
 */
export type IndexBuildCache = { terms: Map<string, SectionTerms>; packBytes: Map<string, number> };

export function createIndexBuildCache(): IndexBuildCache {
  return { terms: new Map(), packBytes: new Map() };
}

/**
 * Tokenizes one section. Without a cache to keep its forms for, they are
 * added straight to the whole index's `formsInto`, which saves a map per
 * section and term on a full build.
 */
function tokenizeSection(section: SearchSection, formsInto?: Map<string, Map<string, number>>): SectionTerms {
  const counts: FieldCounts = new Map();
  const forms = formsInto ?? new Map<string, Map<string, number>>();
  const lengths = FIELD_NAMES.map((field, fieldIndex) => {
    const text = fieldText(section, field);
    const tokens = tokenize(text);
    // Compounds count as words of the section but not towards its length:
    // "on-call" is still two words long.
    for (const token of [...tokens, ...compoundTokens(text)]) {
      const perField = counts.get(token.term) ?? FIELD_NAMES.map(() => 0);
      perField[fieldIndex] = (perField[fieldIndex] ?? 0) + 1;
      counts.set(token.term, perField);
      const termForms = forms.get(token.term) ?? new Map<string, number>();
      termForms.set(token.raw, (termForms.get(token.raw) ?? 0) + 1);
      forms.set(token.term, termForms);
    }
    return tokens.length;
  });
  return { counts, lengths, forms: formsInto ? new Map() : forms };
}

/** The key a section's terms are remembered by: every text they are made from. */
function sectionTextKey(section: SearchSection): string {
  return FIELD_NAMES.map((field) => fieldText(section, field)).join('\u0000');
}

/**
 * Builds the static search index: an inverted index over sections, sharded
 * by term prefix, plus section metadata chunks, a vocabulary for typo
 * correction and a small manifest. Term frequencies are stored already
 * weighted by field and normalized by field length (BM25F), so the browser
 * needs only document frequencies to score. With a cache, sections whose
 * text it holds are not tokenized again, nor packs it holds compressed; the
 * index is the same either way.
 */
export function buildSearchIndex(
  sections: readonly SearchSection[],
  synonyms: readonly string[][],
  cache?: IndexBuildCache,
  reachableBytes = PACKS_REACHABLE_BYTES,
): BuiltSearchIndex {
  const postings = new Map<string, number[]>();
  const documentFrequency = new Map<string, number>();
  const formCounts = new Map<string, Map<string, number>>();
  const perSection: SectionTerms[] = [];
  const lengthTotals = FIELD_NAMES.map(() => 0);
  const used = new Map<string, SectionTerms>();

  sections.forEach((section) => {
    const key = cache ? sectionTextKey(section) : undefined;
    const terms =
      key === undefined
        ? tokenizeSection(section, formCounts)
        : (used.get(key) ?? cache?.terms.get(key) ?? tokenizeSection(section));
    if (key !== undefined) used.set(key, terms);
    for (const [term, termForms] of terms.forms) {
      const forms = formCounts.get(term) ?? new Map<string, number>();
      for (const [raw, count] of termForms) forms.set(raw, (forms.get(raw) ?? 0) + count);
      formCounts.set(term, forms);
    }
    terms.lengths.forEach((length, index) => (lengthTotals[index] = (lengthTotals[index] ?? 0) + length));
    perSection.push(terms);
  });
  if (cache) cache.terms = used;

  const sectionCount = sections.length;
  const lastSection = new Map<string, number>();
  const averages = lengthTotals.map((total) => Math.max(1, total / Math.max(1, sectionCount)));
  perSection.forEach(({ counts, lengths }, sectionId) => {
    for (const [term, perField] of counts) {
      let mask = 0;
      let weighted = 0;
      FIELD_NAMES.forEach((field, index) => {
        const frequency = perField[index] ?? 0;
        if (frequency === 0) return;
        mask |= FIELD[field];
        const b = FIELD_LENGTH_NORMALIZATION[field];
        weighted += (FIELD_WEIGHT[field] * frequency) / (1 - b + (b * (lengths[index] ?? 0)) / (averages[index] ?? 1));
      });
      const list = postings.get(term) ?? [];
      list.push(sectionId - (lastSection.get(term) ?? 0), mask, Math.max(1, Math.round(weighted * 100)));
      lastSection.set(term, sectionId);
      postings.set(term, list);
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  });

  const terms = [...postings.keys()].sort();
  const termEntries = new Map(
    terms.map((term) => [term, [documentFrequency.get(term) ?? 0, ...(postings.get(term) ?? [])]]),
  );
  const forms = new Map<string, string>();
  const commonestForm = new Map<string, string>();
  for (const [term, counts] of formCounts) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (ranked[0] && ranked[0][0] !== term) commonestForm.set(term, ranked[0][0]);
    for (const [raw] of ranked) if (raw !== term) forms.set(raw, term);
  }

  const sizes = new Map<string, number>();
  for (const [term, entry] of termEntries) sizes.set(term, term.length + 4 + JSON.stringify(entry).length);
  for (const [raw, term] of forms) sizes.set(raw, (sizes.get(raw) ?? 0) + raw.length + term.length + 6);
  const shardPrefixes = choosePrefixes(sizes);
  const shards: IndexShard[] = shardPrefixes.map(() => ({ terms: {}, forms: {} }));
  for (const [term, entry] of termEntries) {
    const shard = shards[shardForTerm(shardPrefixes, term)];
    if (shard) shard.terms[term] = entry;
  }
  for (const [raw, term] of [...forms].sort((a, b) => a[0].localeCompare(b[0]))) {
    const shard = shards[shardForTerm(shardPrefixes, raw)];
    if (shard) shard.forms[raw] = term;
  }

  const { chunks, chunkStarts } = chunkSections(sections);
  const { pageStartDeltas, pageLabels, labels, pageBoosts, pageRows } = describePages(sections);
  const vocabulary: Vocabulary = terms.map((term) => {
    const form = commonestForm.get(term);
    const df = documentFrequency.get(term) ?? 0;
    return form ? [term, df, form] : [term, df];
  });

  const contents = new Map<string, string>();
  const packEntries: string[] = [];
  // Each file once as JSON, under its own name and as its pack entry
  // (IndexPack: kind, number, content), so the two cannot drift apart.
  const addFile = (kind: IndexPack[number][0], number: number, content: unknown, name = `${kind}-${number}.json`) => {
    const json = JSON.stringify(content);
    contents.set(name, json);
    packEntries.push(`["${kind}",${number},${json}]`);
  };
  // Pack order is what a reader is likeliest to need next, because the
  // browser stops at a byte allowance (design/search-prefetch-allowance.md):
  // the vocabulary (typo correction, run-together words), the page rows (any
  // answer can then list its pages before their snippets are in,
  // design/search-titles-first.md), then the shards by how many sections
  // their words occur in (the words of a Zipf vocabulary a reader types
  // most), then the section chunks in page order.
  addFile('vocabulary', 0, vocabulary, 'vocabulary.json');
  for (let first = 0; first < pageRows.length; first += PAGE_ROWS) {
    addFile('pages', first / PAGE_ROWS, pageRows.slice(first, first + PAGE_ROWS));
  }
  const shardMass = shards.map((shard) => Object.values(shard.terms).reduce((sum, entry) => sum + (entry[0] ?? 0), 0));
  shards
    .map((shard, number) => ({ shard, number }))
    .sort((a, b) => (shardMass[b.number] ?? 0) - (shardMass[a.number] ?? 0) || a.number - b.number)
    .forEach(({ shard, number }) => addFile('shard', number, shard));
  chunks.forEach((chunk, number) => addFile('sections', number, chunk));
  const hash = createHash('sha256');
  for (const [name, content] of contents) hash.update(name).update(content);
  const version = hash.digest('hex').slice(0, 12);
  // What each pack costs on the wire, so the browser can stop at its allowance. No pack
  // after the one that takes the total past reachableBytes is made: the browser never
  // fetches one (client/preload.ts), and on long pages they were most of the index.
  const packs: string[] = [];
  const packBytes: number[] = [];
  let packTotal = 0;
  for (const pack of cutPacks(packEntries)) {
    const bytes = cache?.packBytes.get(pack) ?? gzipSync(pack).length;
    packs.push(pack);
    packBytes.push(bytes);
    packTotal += bytes;
    if (packTotal > reachableBytes) break;
  }
  packs.forEach((pack, number) => contents.set(`pack-${number}.json`, pack));
  if (cache) cache.packBytes = new Map(packs.map((pack, number) => [pack, packBytes[number] ?? 0]));

  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    version,
    sectionCount,
    pageCount: pageLabels.length,
    averageFieldLength: Object.fromEntries(
      FIELD_NAMES.map((field, index) => [field, Math.round((averages[index] ?? 0) * 10) / 10]),
    ) as IndexManifest['averageFieldLength'],
    labels,
    shardPrefixes,
    pageStartDeltas,
    pageLabels,
    chunkStarts,
    pageBoosts,
    synonyms: synonyms.map((group) => [...group]).filter((group) => group.length > 1),
    packCount: packs.length,
    packBytes,
  };
  const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
  for (const [name, content] of contents) files.set(`${version}/${name}`, content);
  return { manifest, files };
}

/** Pack entries (already JSON) joined into arrays of about PACK_BYTES each, in order, as they are asked for. */
function* cutPacks(entries: readonly string[]): Generator<string> {
  let current: string[] = [];
  let size = 0;
  for (const entry of entries) {
    if (current.length > 0 && size + entry.length > PACK_BYTES) {
      yield `[${current.join(',')}]`;
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry.length + 1;
  }
  if (current.length > 0) yield `[${current.join(',')}]`;
}

function fieldText(section: SearchSection, field: FieldName): string {
  switch (field) {
    case 'title':
      return section.pageTitle;
    case 'heading':
      return section.heading;
    case 'body':
      return section.text;
    case 'label':
      return section.label;
  }
}

/**
 * Adaptive sharding: start with one shard per first letter and split any
 * shard above MAX_SHARD_BYTES by the next letter, so "p" may become "pa",
 * "pe", "pr"... while "q" stays whole. Keys shorter than the new prefix stay
 * in the parent shard.
 */
export function choosePrefixes(sizes: ReadonlyMap<string, number>): string[] {
  const prefixes: string[] = [];
  const visit = (prefix: string, keys: string[]) => {
    const total = keys.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0);
    if (prefix !== '' && (total <= MAX_SHARD_BYTES || prefix.length >= MAX_PREFIX_LENGTH)) {
      prefixes.push(prefix);
      return;
    }
    const children = new Map<string, string[]>();
    const stay: string[] = [];
    for (const key of keys) {
      if (key.length <= prefix.length) {
        stay.push(key);
        continue;
      }
      const child = key.slice(0, prefix.length + 1);
      children.set(child, [...(children.get(child) ?? []), key]);
    }
    if (stay.length > 0) prefixes.push(prefix);
    for (const [child, childKeys] of [...children].sort((a, b) => a[0].localeCompare(b[0]))) visit(child, childKeys);
  };
  visit('', [...sizes.keys()]);
  return prefixes;
}

function chunkSections(sections: readonly SearchSection[]) {
  const chunks: SectionRecord[][] = [];
  const chunkStarts: number[] = [];
  let bytes = Infinity;
  sections.forEach((section, sectionId) => {
    const record: SectionRecord = [
      section.pageUrl,
      section.anchor,
      section.pageTitle,
      section.heading,
      -1,
      section.text.length > EXCERPT_LENGTH ? `${section.text.slice(0, EXCERPT_LENGTH)}…` : section.text,
    ];
    const size = JSON.stringify(record).length;
    const startsPage = sections[sectionId - 1]?.pageUrl !== section.pageUrl;
    if ((startsPage && bytes + size > CHUNK_BYTES) || bytes + size > MAX_CHUNK_BYTES) {
      chunks.push([]);
      chunkStarts.push(sectionId);
      bytes = 0;
    }
    chunks[chunks.length - 1]?.push(record);
    bytes += size;
  });
  const labels = labelList(sections);
  let index = 0;
  for (const chunk of chunks) {
    for (const record of chunk) record[4] = labels.indexOf(sections[index++]?.label ?? '');
  }
  return { chunks, chunkStarts };
}

function labelList(sections: readonly SearchSection[]): string[] {
  return [...new Set(sections.map((section) => section.label))];
}

function describePages(sections: readonly SearchSection[]) {
  const labels = labelList(sections);
  const pageStartDeltas: number[] = [];
  const pageLabels: number[] = [];
  const pageBoosts: Record<number, number> = {};
  const pageRows: PageRows = [];
  let previousStart = 0;
  sections.forEach((section, sectionId) => {
    if (sectionId > 0 && sections[sectionId - 1]?.pageUrl === section.pageUrl) return;
    pageStartDeltas.push(sectionId - previousStart);
    previousStart = sectionId;
    if (section.boost !== 1) pageBoosts[pageLabels.length] = section.boost;
    pageLabels.push(labels.indexOf(section.label));
    pageRows.push([section.pageUrl, section.pageTitle]);
  });
  return { pageStartDeltas, pageLabels, labels, pageBoosts, pageRows };
}
