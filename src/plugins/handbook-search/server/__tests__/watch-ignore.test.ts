import { describe, expect, it } from 'vitest';

import { ignoreInWatch } from '../watch-ignore.ts';

describe('ignoreInWatch', () => {
  const dir = '/site/.docusaurus/handbook-search-static';

  it('keeps Docusaurus’ node_modules rule and adds the index folder and its files', () => {
    const ignored = ignoreInWatch(/node_modules\/(?!@docusaurus)/, dir) as RegExp;
    expect(ignored).toBeInstanceOf(RegExp);
    expect(ignored.test('/site/node_modules/react/index.js')).toBe(true);
    expect(ignored.test('/site/node_modules/@docusaurus/core/lib/client/App.js')).toBe(false);
    expect(ignored.test(dir)).toBe(true);
    expect(ignored.test(`${dir}/search-index/manifest.json`)).toBe(true);
  });

  it('still watches the pages, the generated files and a sibling folder with a longer name', () => {
    const ignored = ignoreInWatch(/node_modules\/(?!@docusaurus)/, dir) as RegExp;
    expect(ignored.test('/site/docs/culture/culture-deck.md')).toBe(false);
    expect(ignored.test('/site/.docusaurus/globalData.json')).toBe(false);
    expect(ignored.test('/site/.docusaurus/handbook-search-static-other/a.json')).toBe(false);
  });

  it('adds globs to globs, and starts a list when nothing was ignored', () => {
    expect(ignoreInWatch('**/node_modules', dir)).toEqual(['**/node_modules', dir, `${dir}/**`]);
    expect(ignoreInWatch(undefined, `${dir}/`)).toEqual([dir, `${dir}/**`]);
  });
});
