// The golden pages (golden/<case>/input.md or input.mdx, with the copy made
// of it in output.md) and the site their links point into, shared by the
// tests of the copy's two paths: parsing a page (clean-markdown.test.ts)
// and printing the bundler's tree (bundled-bodies.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GOLDEN_DIR = join(__dirname, 'golden');

/** Where each golden page sits on the site. */
export const GOLDEN_PAGE = { file: 'docs/work-updates/page.md', permalink: '/handbook/docs/work-updates/page' };

export const GOLDEN_LINKS = {
  siteUrl: 'https://handbook.example.org',
  baseUrl: '/handbook/',
  permalinkByFile: new Map([
    ['docs/culture/culture-deck.md', '/handbook/docs/culture/culture-deck'],
    ['docs/glossary.md', '/handbook/docs/glossary'],
    ['docs/work-updates/day-in-the-life/meetings.md', '/handbook/docs/day-in-the-life/meetings'],
  ]),
  assetPathOf: (file: string) =>
    file === 'docs/work-updates/img/growth.svg' ? '/handbook/assets/images/growth-0123abcd.svg' : undefined,
};

export type GoldenPage = { name: string; inputName: string; mdx: boolean; body: string };

export function goldenPages(): GoldenPage[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => {
      const inputName = readdirSync(join(GOLDEN_DIR, name)).find((file) => file.startsWith('input.')) ?? 'input.md';
      const body = readFileSync(join(GOLDEN_DIR, name, inputName), 'utf8');
      return { name, inputName, mdx: inputName.endsWith('.mdx'), body };
    });
}
