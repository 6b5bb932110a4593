import { describe, expect, test } from 'vitest';

import { compareBuilds, textChanges } from '../compare-builds.ts';
import { readBuiltPage } from '../read-built-pages.ts';

const html = (body: string, extra = '') =>
  `<!doctype html><html class="docs-wrapper docs-doc-page"><head><title>Deck | Handbook</title>` +
  `<meta name="description" content="About the deck.">${extra}</head><body><nav>Menu</nav><article>${body}</article></body></html>`;

describe('readBuiltPage', () => {
  test('reads the article text a reader sees, without page chrome', () => {
    const page = readBuiltPage(
      html(
        '<nav class="theme-doc-breadcrumbs">Home</nav><h1>Deck</h1><p>First <em>line</em>.</p>' +
          '<h2>Values<a class="hash-link" href="#values">\u200b</a></h2><aside aria-label="Page owner"><strong>Culture guides</strong></aside>' +
          '<footer><a href="/docs/tags/culture">culture</a></footer>',
      ),
      '/docs/deck',
    );
    expect(page).toEqual({
      url: '/docs/deck',
      title: 'Deck | Handbook',
      description: 'About the deck.',
      owner: 'Culture guides',
      tags: ['culture'],
      text: 'Deck\nFirst line.\nValues',
    });
  });

  test.each([
    ['a page of another kind', '<!doctype html><html class="blog-list-page"><body><article>x</article></body></html>'],
    [
      'a client redirect page',
      '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/docs/b"></head></html>',
    ],
  ])('%s is not a page to review', (_name, source) => {
    expect(readBuiltPage(source, '/x')).toBeUndefined();
  });
});

describe('textChanges', () => {
  test.each([
    [
      'a replaced word',
      'We meet on Monday to plan.',
      'We meet on Tuesday to plan.',
      [{ removed: 'Monday', added: 'Tuesday' }],
    ],
    ['an added sentence', 'One.', 'One. Two more words.', [{ removed: '', added: 'Two more words.' }]],
    ['a removed word', 'A very long day.', 'A long day.', [{ removed: 'very', added: '' }]],
    ['no change', 'Same text.', 'Same text.', []],
  ])('%s', (_name, before, after, expected) => {
    expect(textChanges(before, after).map(({ removed, added }) => ({ removed, added }))).toEqual(expected);
  });

  test('keeps a few words of context on each side', () => {
    const [change] = textChanges(
      'one two three four five six seven eight nine ten eleven twelve',
      'one two three four five six seven eight NINE ten eleven twelve',
    );
    expect(change?.before).toBe('one two three four five six seven eight');
    expect(change?.after).toBe('ten eleven twelve');
  });
});

describe('compareBuilds', () => {
  const page = (url: string, text: string) => ({ url, title: 'Title', description: '', owner: '', tags: [], text });
  test('sorts pages into added, removed, moved and changed', () => {
    const before = new Map([
      ['/docs/a', page('/docs/a', 'A')],
      ['/docs/old', page('/docs/old', 'Old')],
      ['/docs/gone', page('/docs/gone', 'Gone')],
      ['/docs/same', page('/docs/same', 'Same')],
    ]);
    const after = new Map([
      ['/docs/a', page('/docs/a', 'A changed')],
      ['/docs/new-home', page('/docs/new-home', 'Old')],
      ['/docs/fresh', page('/docs/fresh', 'Fresh')],
      ['/docs/same', page('/docs/same', 'Same')],
    ]);
    const result = compareBuilds(before, after, new Map([['/docs/old', '/docs/new-home']]));
    expect(result.added.map((p) => p.url)).toEqual(['/docs/fresh']);
    expect(result.removed.map((r) => [r.page.url, r.redirectTo])).toEqual([['/docs/gone', undefined]]);
    expect(result.moved).toEqual([{ from: '/docs/old', to: '/docs/new-home', change: undefined }]);
    expect(result.changed.map((c) => c.url)).toEqual(['/docs/a']);
  });
});
