import { describe, expect, test } from 'vitest';

import { compoundTokens, queryCompounds, tokenize } from '../tokenize.ts';

const terms = (text: string) => tokenize(text).map((token) => token.term);
const raws = (text: string) => tokenize(text).map((token) => token.raw);

describe('tokenize', () => {
  test.each([
    ['lower case and stems', 'Tracing Traces traced', ['trace', 'trace', 'trace']],
    ['drops stop words', 'who do I ask for help', ['ask', 'help']],
    ['strips accents', 'Café naïve résumé', ['cafe', 'naiv', 'resum']],
    ['unpacks ligatures', 'ﬁle', ['file']],
    ['keeps version numbers whole', 'Linux 4.9 and 10.2.1', ['linux', '4.9', '10.2.1']],
    ['a sentence-ending dot is not part of a number', 'kernel 4.', ['kernel', '4']],
    ['keeps letter-digit words', 'f2 x86 bcc', ['f2', 'x86', 'bcc']],
    ['hyphens and slashes separate words', 'bi-weekly on-call I/O', ['bi', 'weekli', 'call', 'o']],
    ['apostrophes join letters', "don't Gregg's", ['dont', 'gregg']],
    ['curly apostrophes and capitals too', 'DON’T Gregg’s', ['dont', 'gregg']],
    ['markup is just words', '<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['emoji and punctuation are not words', '🔥 .*+?^${}()|[]\\', []],
    ['non-Latin letters are words', 'Grüße 東京', ['gruße', '東京']],
  ])('%s', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('keeps the unstemmed form for prefix matching', () => {
    expect(raws('Microservices tracing')).toEqual(['microservices', 'tracing']);
  });

  test('offsets point into the original text, accents and all', () => {
    const text = 'See the Café menu';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(['See', 'Café', 'menu']);
  });

  test('skips absurdly long "words"', () => {
    expect(tokenize(`${'x'.repeat(41)} flame`).map((token) => token.raw)).toEqual(['flame']);
  });

  test('can keep stop words when asked', () => {
    expect(raws('how often')).toEqual(['often']);
    expect(tokenize('how often', { keepStopWords: true }).map((token) => token.raw)).toEqual(['how', 'often']);
  });
});

describe('compounds', () => {
  test.each<[string, string, string[]]>([
    ['a hyphenated pair is closed up', 'the on-call rota', ['oncall']],
    ['a stop word part counts', 'a bi-weekly note', ['biweekly']],
    ['non-breaking hyphens too', 'front‑end code', ['frontend']],
    ['a longer chain gives nothing', 'end-to-end tests', []],
    ['words apart are not joined in a text', 'front end', []],
    ['digits are not compounds', 'x86-64 and 4-core', []],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(compoundTokens(text).map((token) => token.raw)).toEqual(expected);
  });

  test('a compound spans both parts in the original text', () => {
    const text = 'Join the On-Call rota';
    expect(compoundTokens(text).map((token) => text.slice(token.start, token.end))).toEqual(['On-Call']);
  });

  test('a query also joins words typed apart, one pair at a time', () => {
    expect(queryCompounds('on call-rota x86 y').map((pair) => pair.compound.raw)).toEqual(['oncall', 'callrota']);
  });
});
