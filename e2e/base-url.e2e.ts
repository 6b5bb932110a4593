import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { buildVariant } from './support/variant-build.ts';

// The handbook can be served under a path instead of a domain's root:
// BASE_URL (src/config/site.ts) moves every page and link under it. This
// builds it that way, into a folder of its own, and reads the pages.
// Try: BASE_URL=/handbook/ npm run build -- --out-dir build-under-path
const BASE = '/handbook/';
const BUILD_MINUTES = 10;

let buildDir = '';

beforeAll(async () => {
  buildDir = join(mkdtempSync(join(tmpdir(), 'handbook-base-url-')), 'build');
  await buildVariant({
    name: 'base-url',
    outDir: buildDir,
    env: { BASE_URL: BASE },
    minutes: BUILD_MINUTES,
    withBuildScript: true,
  });
}, BUILD_MINUTES * 60_000);

afterAll(() => {
  if (buildDir) rmSync(resolve(buildDir, '..'), { recursive: true, force: true });
});

/** Every href of a built page (the HTML is minified: attributes may be unquoted). */
function hrefs(page: string): string[] {
  const html = readFileSync(join(buildDir, `${page}.html`), 'utf8');
  return [...html.matchAll(/\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

describe(`the handbook built under ${BASE}`, () => {
  test.each(['docs/work-updates/pmcs-in-the-cloud', 'docs/glossary', 'index'])(
    '%s links only inside the base path',
    (page) => {
      const outside = hrefs(page).filter((href) => href.startsWith('/') && !href.startsWith(BASE));
      expect(outside).toEqual([]);
    },
  );

  test('a glossary mark links to its entry under the base path', () => {
    expect(hrefs('docs/work-updates/pmcs-in-the-cloud')).toContain(`${BASE}docs/glossary#pmc`);
  });
});
