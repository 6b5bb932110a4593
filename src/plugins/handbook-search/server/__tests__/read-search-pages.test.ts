import { describe, expect, test } from 'vitest';

import type { AllContent } from '../../../../content/all-content.ts';
import { useTempDirs } from '../../../../../tests/support/temp-site.ts';
import { loadedSearchPages, readSearchPages } from '../read-search-pages.ts';

const tempDir = useTempDirs();

/** Three docs and two posts on disk: one of each kind kept from readers by its front matter. */
function fixtureSite(): string {
  return tempDir('search-pages-', {
    'docs/culture/culture-deck.md': '---\ntitle: Culture deck\n---\nWe measure first.\n',
    'docs/culture/next-year.md': '---\ntitle: Next year\ndraft: true\n---\nNot written yet.\n',
    'docs/culture/old-notes.md': '---\ntitle: Old notes\nunlisted: true\n---\nKept for links.\n',
    'blog/2017-05-16-retro.md': '---\ntitle: Retro\n---\nThree years.\n',
    'blog/2018-01-01-plans.md': '---\ntitle: Plans\ndraft: true\n---\nSoon.\n',
  });
}

/** What the docs and blog plugins hand allContentLoaded under `npm start`, where drafts are loaded too. */
function devContent(): AllContent {
  const doc = (file: string, title: string, flags: { draft?: boolean; unlisted?: boolean } = {}) => ({
    source: `@site/docs/culture/${file}`,
    permalink: `/handbook/docs/culture/${file.replace(/\.md$/, '')}`,
    title,
    draft: flags.draft ?? false,
    unlisted: flags.unlisted ?? false,
  });
  const post = (file: string, title: string, draft: boolean) => ({
    metadata: {
      source: `@site/blog/${file}`,
      permalink: `/handbook/blog/${file.slice(0, 10).replace(/-/g, '/')}/${file.slice(11, -3)}`,
      title,
      unlisted: false,
      frontMatter: draft ? { draft } : {},
    },
  });
  return {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          {
            docs: [
              doc('culture-deck.md', 'Culture deck (loaded)'),
              doc('next-year.md', 'Next year', { draft: true }),
              doc('old-notes.md', 'Old notes', { unlisted: true }),
            ],
          },
        ],
      },
    },
    'docusaurus-plugin-content-blog': {
      default: { blogPosts: [post('2017-05-16-retro.md', 'Retro', false), post('2018-01-01-plans.md', 'Plans', true)] },
    },
  } as unknown as AllContent;
}

describe('the pages search indexes', () => {
  test('inside a build: the loaded pages, under their loaded titles and URLs, without drafts or unlisted pages', () => {
    const loaded = loadedSearchPages(devContent(), '/handbook/');
    expect([...loaded.pages.keys()]).toEqual(['docs/culture/culture-deck.md', 'blog/2017-05-16-retro.md']);
    const pages = readSearchPages(fixtureSite(), loaded).filter((page) => page.kind !== 'category');
    expect(pages.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: 'Culture deck (loaded)', url: '/docs/culture/culture-deck' },
      { title: 'Retro', url: '/blog/2017/05/16/retro' },
    ]);
  });

  test('outside a build (the Algolia script): the same pages, found by their front matter', () => {
    const pages = readSearchPages(fixtureSite()).filter((page) => page.kind !== 'category');
    expect(pages.map((page) => page.title)).toEqual(['Culture deck', 'Retro']);
  });
});
