// The bodies the bundler prints (server/bundled-bodies.ts) run the remark
// step inside @mdx-js/mdx, the compiler Docusaurus' MDX loader uses, with
// the parser extensions Docusaurus adds (front matter, directives, GFM). A
// copy made from them must be the copy the worker makes by parsing the page.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import remarkBundledBodies, { expectBundledBodies, readBundledBodies } from '../server/bundled-bodies.ts';
import { cleanMarkdownBody, printCleanBody, withTitle } from '../server/clean-markdown.ts';
import { urlResolverFor } from '../server/site-urls.ts';
import { GOLDEN_LINKS, GOLDEN_PAGE, goldenPages } from './golden-pages.ts';
const FRONT_MATTER = '---\ntitle: Golden\ndescription: Front matter the copy leaves out\n---\n\n';

/** A site folder holding one page, and the bodies file the bundling process would write. */
function siteWith(file: string, source: string) {
  const siteDir = mkdtempSync(join(tmpdir(), 'bundled-bodies-'));
  const path = join(siteDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  const bodiesFile = join(siteDir, '.docusaurus', 'markdown-copies', 'bodies.txt');
  expectBundledBodies({
    file: bodiesFile,
    links: GOLDEN_LINKS,
    pages: new Map([[path, { file, permalink: GOLDEN_PAGE.permalink }]]),
  });
  const printed = (page: string) => readBundledBodies(bodiesFile, siteDir)(page);
  return { path, printed };
}

/** Compiles a page as Docusaurus' MDX loader does, with the step first. */
async function compile(path: string, source: string) {
  const processor = createProcessor({
    format: path.endsWith('.mdx') ? 'mdx' : 'md',
    remarkPlugins: [remarkBundledBodies, remarkFrontmatter, remarkDirective, remarkGfm],
  });
  await processor.process(new VFile({ value: source, path }));
}

const cases = goldenPages();

describe('bodies printed from the bundler’s syntax tree', () => {
  const printable = cases.filter(({ body }) => !body.includes('./img/'));

  test.each(printable.map((entry) => [entry.name, entry]))(
    '%s: the same copy as parsing the page',
    async (_name, { mdx, body }) => {
      const file = mdx ? GOLDEN_PAGE.file.replace(/\.md$/, '.mdx') : GOLDEN_PAGE.file;
      const { path, printed } = siteWith(file, FRONT_MATTER + body);
      await compile(path, FRONT_MATTER + body);
      const parsed = cleanMarkdownBody({
        body,
        mdx,
        title: 'Golden',
        resolveUrl: urlResolverFor(GOLDEN_LINKS, file, GOLDEN_PAGE.permalink),
      });
      const bundled = printed(file);
      expect(bundled).toBeDefined();
      expect(withTitle('Golden', bundled ?? '')).toBe(parsed);
    },
  );

  test('a page that embeds a file of its own is left to the worker, which knows the published names', async () => {
    const source = `${FRONT_MATTER}Text.\n\n![Growth](./img/growth.svg)\n`;
    const { path, printed } = siteWith('docs/work-updates/page.md', source);
    await compile(path, source);
    expect(printed('docs/work-updates/page.md')).toBeUndefined();
  });

  test('a body is not used once its page has changed, nor for a page the build did not list', async () => {
    const source = `${FRONT_MATTER}Before the edit.\n`;
    const { path, printed } = siteWith('docs/work-updates/page.md', source);
    await compile(path, source);
    expect(printed('docs/work-updates/page.md')).toBe('Before the edit.\n');
    writeFileSync(path, `${FRONT_MATTER}After the edit.\n`);
    expect(printed('docs/work-updates/page.md')).toBeUndefined();

    const other = join(path, '..', 'other.md');
    writeFileSync(other, source);
    await compile(other, source);
    expect(printed('docs/work-updates/other.md')).toBeUndefined();
  });

  test('several pages share the file: each body comes back whole, characters outside ASCII included, and a record cut short is left out', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'bundled-bodies-'));
    const bodiesFile = join(siteDir, '.docusaurus', 'markdown-copies', 'bodies.txt');
    const pages = {
      'docs/a.md': `${FRONT_MATTER}Naïve “quotes” — 🚀 and a line\n\nthen another paragraph.\n`,
      'docs/b.md': `${FRONT_MATTER}# Second\n\n- 1 2 3\n- four\n`,
    };
    mkdirSync(join(siteDir, 'docs'));
    for (const [file, source] of Object.entries(pages)) writeFileSync(join(siteDir, file), source);
    expectBundledBodies({
      file: bodiesFile,
      links: GOLDEN_LINKS,
      pages: new Map(Object.keys(pages).map((file) => [join(siteDir, file), { file, permalink: `/handbook/${file}` }])),
    });
    for (const [file, source] of Object.entries(pages)) await compile(join(siteDir, file), source);
    const printed = readBundledBodies(bodiesFile, siteDir);
    expect(printed('docs/a.md')).toBe('Naïve “quotes” — 🚀 and a line\n\nthen another paragraph.\n');
    expect(printed('docs/b.md')).toBe('# Second\n\n- 1 2 3\n- four\n');

    // Cut short in the second record's body, as a process stopped while writing would leave it.
    const whole = readFileSync(bodiesFile, 'utf8');
    writeFileSync(bodiesFile, whole.slice(0, -3));
    const cut = readBundledBodies(bodiesFile, siteDir);
    expect(cut('docs/a.md')).toBe('Naïve “quotes” — 🚀 and a line\n\nthen another paragraph.\n');
    expect(cut('docs/b.md')).toBeUndefined();
  });

  test('printing leaves the tree as it was, for the bundler to go on compiling', () => {
    const body = cases.find(({ name }) => name === 'admonitions')?.body ?? '';
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body);
    const before = JSON.stringify(tree);
    printCleanBody(tree, (url) => `https://elsewhere.example${url}`);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
