// What one search session downloads, worked out without a browser: builds
// the search index of a generated corpus (no site build), then runs the
// browser's engine in Node over it the way the bench's Chromium session
// does: the first query, the background prefetch, then every prefix of the
// typed phrases, each followed by the worker's search one key ahead. It
// counts each index file's gzip bytes once, and the keys that had to wait on
// a file (a browser's guess may still be in flight when the next key comes,
// so this is the best case), and the engine's own time per key (files in
// memory: no network, no worker messages, no rendering). Quicker than
// `npm run bench` for trying a prefetch policy or a change to the engine
// (design/search-prefetch-allowance.md, design/search-engine-per-key.md); the
// budgets are still checked on the Chromium figures.
//
// Try: npm run bench:search-session -- --profile long --pages 2000
//      npm run bench:search-session -- --profile long --pages 2000 --allowance 1500000
//      npm run bench:search-session -- --profile short --pages 10000
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { prefetchNextQuery } from '../src/plugins/handbook-search/client/next-query.ts';
import { preloadPacks, QueryTracker } from '../src/plugins/handbook-search/client/preload.ts';
import type { BuiltSearchIndex } from '../src/plugins/handbook-search/server/build-search-index.ts';
import { buildSiteSearchIndex } from '../src/plugins/handbook-search/server/index.ts';
import { memoryIndexLoader } from '../src/plugins/handbook-search/server/memory-index-loader.ts';
import { IndexReader } from '../src/plugins/handbook-search/shared/engine/index-reader.ts';
import { search } from '../src/plugins/handbook-search/shared/engine/search.ts';
import { CORPUS_PROFILES, type CorpusProfile } from './corpus.ts';
import { FIRST_QUERY, TYPED_PHRASES } from './search-latency.ts';
import { prepareSite } from './sites.ts';
import { percentile } from './stats.ts';

/** What a request costs beyond its body (status line and headers), as the Chromium bench counts it. */
const REQUEST_OVERHEAD_BYTES = 300;
const RESULTS_SHOWN = 8;

export type SessionBytes = {
  firstAnswerBytes: number;
  prefetchBytes: number;
  /** Typing and the guesses searched between keys. */
  typingBytes: number;
  wholeSessionBytes: number;
  keys: number;
  keysWaitingOnAFile: number;
  filesFetchedWhileTyping: Record<string, number>;
  /** The engine's time per typed key in Node, ms: its median, p95, and the slowest key. */
  engineKeyMs: { p50: number; p95: number; slowest: { query: string; ms: number } };
};

/** Replays the bench's search session over a built index, counting what it fetches. */
export async function replaySession(built: BuiltSearchIndex, allowance?: number): Promise<SessionBytes> {
  const load = memoryIndexLoader(built);
  const fetched = new Set<string>();
  const whileTyping: string[] = [];
  let phase: 'opening' | 'typing' | 'guessing' = 'opening';
  let bytes = 0;
  const reader = new IndexReader(async (path) => {
    if (!fetched.has(path)) {
      fetched.add(path);
      bytes += gzipSync(built.files.get(path) ?? '').length + REQUEST_OVERHEAD_BYTES;
      if (phase === 'typing') whileTyping.push(path);
    }
    return load(path);
  });
  await search(reader, { query: FIRST_QUERY, limit: RESULTS_SHOWN });
  const firstAnswerBytes = bytes;
  await preloadPacks(reader, new QueryTracker(), () => true, allowance);
  const prefetchBytes = bytes - firstAnswerBytes;
  phase = 'typing';
  let keys = 0;
  let keysWaitingOnAFile = 0;
  const keyTimes: Array<{ query: string; ms: number }> = [];
  for (const phrase of TYPED_PHRASES) {
    for (let length = 1; length <= phrase.length; length++) {
      const before = whileTyping.length;
      const request = { query: phrase.slice(0, length), limit: RESULTS_SHOWN };
      const started = performance.now();
      await search(reader, request);
      keyTimes.push({ query: request.query, ms: performance.now() - started });
      keys++;
      if (whileTyping.length > before) keysWaitingOnAFile++;
      // What the worker does between keys: it searches the likeliest next query, and those files wait on nobody.
      phase = 'guessing';
      await prefetchNextQuery(reader, request, () => false);
      phase = 'typing';
    }
  }
  const keyMs = keyTimes.map((key) => key.ms);
  const filesFetchedWhileTyping: Record<string, number> = {};
  for (const path of whileTyping) {
    const kind = /([a-z]+)-\d+\.json$/.exec(path)?.[1] ?? path;
    filesFetchedWhileTyping[kind] = (filesFetchedWhileTyping[kind] ?? 0) + 1;
  }
  return {
    firstAnswerBytes,
    prefetchBytes,
    typingBytes: bytes - firstAnswerBytes - prefetchBytes,
    wholeSessionBytes: bytes,
    keys,
    keysWaitingOnAFile,
    filesFetchedWhileTyping,
    engineKeyMs: {
      p50: percentile(keyMs, 50),
      p95: percentile(keyMs, 95),
      slowest: keyTimes.reduce((slowest, key) => (key.ms > slowest.ms ? key : slowest), { query: '', ms: 0 }),
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'long' },
      pages: { type: 'string', default: '2000' },
      allowance: { type: 'string' },
    },
  });
  const profile = values.profile as CorpusProfile;
  if (!CORPUS_PROFILES.includes(profile)) throw new Error(`--profile takes ${CORPUS_PROFILES.join(' or ')}`);
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0) throw new Error('--pages needs a whole number');
  const allowance = values.allowance === undefined ? undefined : Number(values.allowance);
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-session-'));
  try {
    prepareSite(resolve(fileURLToPath(new URL('.', import.meta.url)), '..'), dir, 'ours', pages, profile);
    const session = await replaySession(buildSiteSearchIndex(dir), allowance);
    console.log(JSON.stringify({ profile, pages, allowance: allowance ?? 'default', ...session }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
