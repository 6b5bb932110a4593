import { describe, expect, test } from 'vitest';

import { buildSearchIndex } from '../../src/plugins/handbook-search/server/build-search-index.ts';
import type { SearchSection } from '../../src/plugins/handbook-search/server/collect-sections.ts';
import { TYPED_PHRASES } from '../search-latency.ts';
import { replaySession } from '../search-session.ts';

const TYPED_PREFIXES = TYPED_PHRASES.flatMap((phrase) => [...phrase].map((_, index) => phrase.slice(0, index + 1)));

// Pages that hold the words the bench types, each with a word of its own so the index has many shards.
const BUILT = buildSearchIndex(
  Array.from({ length: 400 }, (_, number): SearchSection => ({
    pageUrl: `/p${number}`,
    anchor: '',
    pageTitle: `Page ${number}`,
    heading: '',
    label: 'Culture',
    text: `word${number} capacity planning review tracing tail latency incident runbooks cache hit ratio`,
    boost: 1,
  })),
  [],
);

describe('replaySession', () => {
  test('an index prefetched whole: typing fetches nothing and no key waits', async () => {
    const session = await replaySession(BUILT);
    expect(session.keys).toBe(76);
    expect(session.prefetchBytes).toBeGreaterThan(0);
    expect(session.typingBytes).toBe(0);
    expect(session.keysWaitingOnAFile).toBe(0);
    expect(session.wholeSessionBytes).toBe(session.firstAnswerBytes + session.prefetchBytes);
    expect(TYPED_PREFIXES).toContain(session.engineKeyMs.slowest.query);
    expect(session.engineKeyMs.p95).toBeGreaterThanOrEqual(session.engineKeyMs.p50);
    expect(session.engineKeyMs.slowest.ms).toBeGreaterThanOrEqual(session.engineKeyMs.p95);
  });

  test('with no prefetch, the keys that need a shard or a page snippet wait on it and count its bytes', async () => {
    const session = await replaySession(BUILT, 0);
    expect(session.prefetchBytes).toBe(0);
    expect(session.keysWaitingOnAFile).toBeGreaterThan(0);
    expect(session.typingBytes).toBeGreaterThan(0);
    expect(Object.keys(session.filesFetchedWhileTyping)).toEqual(expect.arrayContaining(['shard']));
  });
});
