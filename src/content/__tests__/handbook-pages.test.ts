import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { docUrl, readHandbookPages, type HandbookPage } from '../handbook-pages.ts';

const page = (id: string, frontMatter: Record<string, unknown> = {}): HandbookPage => ({
  kind: 'doc',
  id,
  file: `docs/${id}.md`,
  frontMatter,
  body: '',
  bodyStartLine: 1,
});

describe('docUrl', () => {
  test.each([
    [page('culture/culture-deck'), '/docs/culture/culture-deck'],
    [page('start-here', { slug: '/start-here' }), '/docs/start-here'],
    [page('culture/index'), '/docs/culture'],
    [page('culture/deck', { slug: 'the-deck' }), '/docs/culture/the-deck'],
  ])('%o is served at %s', (input, expected) => {
    expect(docUrl(input)).toBe(expected);
  });
});

describe('readHandbookPages', () => {
  test('gives each page its front matter, parsed once however often it is read', () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'handbook-pages-'));
    try {
      mkdirSync(join(siteDir, 'docs', 'culture'), { recursive: true });
      writeFileSync(
        join(siteDir, 'docs', 'culture', 'deck.md'),
        '---\ntitle: The deck\nslug: the-deck\n---\n\nBody.\n',
      );
      const [deck] = readHandbookPages(siteDir);
      expect(deck?.id).toBe('culture/deck');
      expect(deck?.frontMatter).toEqual({ title: 'The deck', slug: 'the-deck' });
      expect(deck?.frontMatter).toBe(deck?.frontMatter);
      expect(deck && docUrl(deck)).toBe('/docs/culture/the-deck');
    } finally {
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});
