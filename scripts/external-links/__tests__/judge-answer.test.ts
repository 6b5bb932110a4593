// What each answer means for the page that links to it, what is kept in the
// cache, and how a Retry-After header is read.
import { describe, expect, test } from 'vitest';

import { retryAfterMs, type UrlAnswer } from '../check-url.ts';
import { judgeAnswer } from '../report.ts';
import { isSettled } from '../result-cache.ts';

const URL = 'https://example.org/page';
const RETRY_LATER = 'retry later; if it still fails, remove or replace the link';

function answer(fields: Partial<UrlAnswer>): UrlAnswer {
  return { url: URL, status: 200, redirects: [], retries: 0, ...fields };
}

describe('judgeAnswer', () => {
  test.each([
    ['200: nothing to say', URL, answer({}), undefined],
    [
      'a temporary redirect to a page that answers: nothing to say',
      URL,
      answer({ redirects: [{ status: 302, to: 'https://example.org/login' }] }),
      undefined,
    ],
    [
      '301: a warning naming the new URL',
      URL,
      answer({ redirects: [{ status: 301, to: 'https://example.org/new' }] }),
      {
        severity: 'warning',
        status: '301 Moved Permanently to https://example.org/new',
        fix: 'update to https://example.org/new',
        newUrl: 'https://example.org/new',
      },
    ],
    [
      '308 keeps the fragment of the link',
      `${URL}#part`,
      answer({ redirects: [{ status: 308, to: 'https://example.org/new' }] }),
      {
        severity: 'warning',
        status: '308 Permanent Redirect to https://example.org/new#part',
        fix: 'update to https://example.org/new#part',
        newUrl: 'https://example.org/new#part',
      },
    ],
    [
      'permanent, then temporary: the new URL is where the permanent moves end',
      URL,
      answer({
        redirects: [
          { status: 301, to: 'https://www.example.org/page' },
          { status: 302, to: 'https://www.example.org/login?next=page' },
        ],
      }),
      {
        severity: 'warning',
        status: '301 Moved Permanently to https://www.example.org/page',
        fix: 'update to https://www.example.org/page',
        newUrl: 'https://www.example.org/page',
      },
    ],
    [
      '404 after a redirect says where',
      URL,
      answer({ status: 404, redirects: [{ status: 301, to: 'https://example.org/new' }] }),
      { severity: 'broken', status: '404 Not Found at https://example.org/new', fix: 'remove or replace the link' },
    ],
    [
      '410',
      URL,
      answer({ status: 410 }),
      { severity: 'broken', status: '410 Gone', fix: 'remove or replace the link' },
    ],
    [
      '503 after retries',
      URL,
      answer({ status: 503, retries: 1 }),
      { severity: 'broken', status: '503 Service Unavailable after 1 retry', fix: RETRY_LATER },
    ],
    [
      '429 still, after retries: a warning, not broken',
      URL,
      answer({ status: 429, retries: 2 }),
      { severity: 'warning', status: '429 Too Many Requests after 2 retries', fix: 'retry later' },
    ],
    [
      '429 asking for a longer wait than we give',
      URL,
      answer({ status: 429, retryAfterSeconds: 3600 }),
      { severity: 'warning', status: '429 Too Many Requests, asked to wait 3600 s', fix: 'retry later' },
    ],
    [
      '403: the site may refuse robots, so a warning',
      URL,
      answer({ status: 403 }),
      {
        severity: 'warning',
        status: '403 Forbidden',
        fix: 'open it in a browser: the site may refuse automated checks; if the page is gone, remove or replace the link',
      },
    ],
    [
      'no answer in time',
      URL,
      answer({ status: null, error: 'timeout', retries: 2 }),
      { severity: 'broken', status: 'timed out after 2 retries', fix: RETRY_LATER },
    ],
    [
      'no such host',
      URL,
      answer({ status: null, error: 'ENOTFOUND' }),
      { severity: 'broken', status: 'ENOTFOUND (no such host)', fix: RETRY_LATER },
    ],
    [
      'a redirect loop',
      URL,
      answer({
        status: 301,
        error: 'too many redirects',
        redirects: Array.from({ length: 5 }, (_, index) => ({ status: 301, to: `${URL}/${index}` })),
      }),
      { severity: 'broken', status: 'more than 5 redirects', fix: 'remove or replace the link' },
    ],
    [
      'a link that is no URL',
      'https://exa mple.org/',
      answer({ url: 'https://exa mple.org/', status: null, error: 'invalid URL' }),
      { severity: 'broken', status: 'not a valid URL', fix: 'fix the address (a space or a stray character?)' },
    ],
    [
      'a redirect to no URL',
      URL,
      answer({ status: 302, error: 'bad redirect' }),
      { severity: 'broken', status: '302 Found to an address that is no URL', fix: 'remove or replace the link' },
    ],
  ])('%s', (_name, linkUrl, given, expected) => {
    expect(judgeAnswer(given, linkUrl)).toEqual(expected);
  });
});

describe('isSettled: what the cache keeps for a day', () => {
  test.each([
    ['200', answer({}), true],
    ['a redirect', answer({ redirects: [{ status: 301, to: URL }] }), true],
    ['404', answer({ status: 404 }), true],
    ['429', answer({ status: 429 }), false],
    ['500', answer({ status: 500 }), false],
    ['a timeout', answer({ status: null, error: 'timeout' }), false],
    ['too many redirects', answer({ status: 301, error: 'too many redirects' }), false],
  ])('%s', (_name, given, expected) => {
    expect(isSettled(given)).toBe(expected);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-02T10:00:00Z');
  test.each([
    ['seconds', '3', 3000],
    ['seconds with spaces', ' 0 ', 0],
    ['an HTTP date', 'Wed, 02 Dec 2026 10:00:02 GMT', 2000],
    ['an HTTP date already past', 'Wed, 02 Dec 2026 09:59:00 GMT', 0],
    ['the first of repeated headers', ['5', '9'], 5000],
    ['not a delay', 'soon', undefined],
    ['absent', undefined, undefined],
  ])('%s', (_name, header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});
