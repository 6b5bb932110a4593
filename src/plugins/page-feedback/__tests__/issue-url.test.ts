import { describe, expect, test } from 'vitest';

import {
  capEncoded,
  ENCODED_CAPS,
  missingTopicUrl,
  pageReportUrl,
  problemText,
  type PageReport,
} from '../shared/issue-url.ts';

const ISSUES = 'https://github.com/perf-eng/engineering-handbook/issues/new';
const OWNER = { name: 'Culture guides', github: '@perf-eng/culture-guides' };
const REPORT: PageReport = {
  page: '/docs/culture/culture-deck',
  title: 'The culture deck',
  owner: OWNER,
  commit: '0123456789abcdef0123456789abcdef01234567',
};

function fields(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('pageReportUrl', () => {
  test('fills every field of the page-is-wrong form by its id', () => {
    const url = pageReportUrl(ISSUES, { ...REPORT, kind: 'It is out of date', text: 'The deck moved.' });
    expect(url.startsWith(`${ISSUES}?template=page-is-wrong.yml&`)).toBe(true);
    expect(fields(url)).toEqual({
      template: 'page-is-wrong.yml',
      title: 'Page is wrong: The culture deck',
      page: '/docs/culture/culture-deck',
      owner: 'Culture guides (@perf-eng/culture-guides)',
      version: '0123456789abcdef0123456789abcdef01234567',
      kind: 'It is out of date',
      problem: 'The deck moved.',
    });
  });

  test('leaves out what is not known: no commit outside git, no kind, no text', () => {
    expect(fields(pageReportUrl(ISSUES, { ...REPORT, commit: null }))).toEqual({
      template: 'page-is-wrong.yml',
      title: 'Page is wrong: The culture deck',
      page: '/docs/culture/culture-deck',
      owner: 'Culture guides (@perf-eng/culture-guides)',
    });
  });

  test('quotes selected text line by line before the reader’s words', () => {
    expect(problemText('Says 2016.', 'first line\nsecond line')).toBe('> first line\n> second line\n\nSays 2016.');
    expect(problemText('', '  only a quote ')).toBe('> only a quote');
  });

  test.each([
    ['quotes', 'He said "stop" and \'go\''],
    ['angle brackets and ampersands', '<script>alert(1)</script> & <img src=x onerror=alert(2)>'],
    ['newlines', 'one\ntwo\r\nthree'],
    ['right-to-left marks', '\u202Eevil\u202C \u200F שלום'],
    ['5,000 characters', 'x'.repeat(5000)],
    ['5,000 emoji', '🙂'.repeat(5000)],
    ['a cut surrogate pair', `abc${'🙂'.slice(0, 1)}def`],
  ])('%s stay inside a valid URL of bounded length', (_name, hostile) => {
    const url = pageReportUrl(ISSUES, { ...REPORT, title: hostile, text: hostile, quote: hostile });
    expect(() => new URL(url)).not.toThrow();
    // Only URL-safe characters: nothing a reader typed reaches the URL unencoded.
    expect(url).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/);
    expect(url.length).toBeLessThan(6000);
    const title = fields(url).title ?? '';
    expect(title).not.toMatch(/[\r\n]/);
    expect(title.startsWith('Page is wrong: ')).toBe(true);
  });

  test('a long title is cut at the cap with "…"', () => {
    const title = fields(pageReportUrl(ISSUES, { ...REPORT, title: 'word '.repeat(1000) })).title ?? '';
    expect(title.endsWith('…')).toBe(true);
    expect(encodeURIComponent(title).length).toBeLessThanOrEqual(ENCODED_CAPS.title);
  });
});

describe('capEncoded', () => {
  test.each([
    ['short text is kept whole', 'hello', 100, 'hello'],
    ['long text is cut with an ellipsis', 'abcdefghijklmnopqrstuvwxyz', 6 + 9, 'abcdef…'],
    ['a cut never splits an emoji', '🙂🙂🙂', 12 + 9, '🙂…'],
    ['a lone surrogate becomes a replacement character', '\uD83D', 100, '\uFFFD'],
  ])('%s', (_name, text, max, expected) => {
    expect(capEncoded(text, max)).toBe(expected);
  });
});

describe('missingTopicUrl', () => {
  test('fills the missing-topic form with the query, the page and the owner', () => {
    const url = missingTopicUrl(ISSUES, { query: 'on-call hand-over', from: '/docs/culture', owner: OWNER });
    expect(url).toBe(
      `${ISSUES}?template=missing-topic.yml&title=Missing%20topic%3A%20on-call%20hand-over&query=on-call%20hand-over&from=%2Fdocs%2Fculture&owner=Culture%20guides%20(%40perf-eng%2Fculture-guides)`,
    );
  });

  test('a query with a newline stays on one line', () => {
    expect(fields(missingTopicUrl(ISSUES, { query: 'a\nb', from: '/', owner: OWNER })).query).toBe('a b');
  });
});
