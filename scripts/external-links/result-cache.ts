// Answers from the last day, so running the check again while fixing links
// asks no site twice. One JSON file under node_modules/.cache (ignored by
// git, and gone with a fresh install), keyed by URL, each with the time it
// was checked. Only settled answers are kept (see isSettled): a timeout or a
// 5xx is asked again next time.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { UrlAnswer } from './check-url.ts';

const CACHE_FILE = 'node_modules/.cache/external-links/answers.json';
const CACHE_LIFETIME_MS = 24 * 60 * 60 * 1000;

type CacheFile = { version: 1; answers: Record<string, { checkedAt: string; answer: UrlAnswer }> };

export type AnswerCache = {
  get(url: string): UrlAnswer | undefined;
  set(url: string, answer: UrlAnswer): void;
  save(): void;
};

/** A 2xx, a redirect or a 4xx other than 429 will say the same tomorrow; the rest may not. */
export function isSettled(answer: UrlAnswer): boolean {
  if (answer.status === null || answer.error !== undefined) return false;
  return answer.status < 500 && answer.status !== 429 && answer.status !== 408;
}

export function openAnswerCache(siteDir: string, now: number): AnswerCache {
  const path = join(siteDir, CACHE_FILE);
  let answers: CacheFile['answers'] = {};
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (file.version === 1 && file.answers) answers = file.answers;
  } catch {
    // No cache yet, or one this version cannot read: check everything.
  }
  const fresh = (checkedAt: string) => now - Date.parse(checkedAt) < CACHE_LIFETIME_MS;
  answers = Object.fromEntries(Object.entries(answers).filter(([, entry]) => fresh(entry.checkedAt)));

  return {
    get: (url) => answers[url]?.answer,
    set(url, answer) {
      if (isSettled(answer)) answers[url] = { checkedAt: new Date(now).toISOString(), answer };
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const file: CacheFile = { version: 1, answers };
      // Written aside and renamed, so an interrupted run never leaves half a file.
      writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 1)}\n`);
      renameSync(`${path}.tmp`, path);
    },
  };
}
