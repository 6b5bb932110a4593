// Which links count as links to another site, the line each is reported on,
// and whose page it is.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { readSourcePages } from '../../check-content/pages.ts';
import { findExternalLinks } from '../find-links.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..', '..');
const siteDir = mkdtempSync(join(tmpdir(), 'handbook-find-links-'));
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));
cpSync(join(REPO_DIR, 'tests', 'fixtures', 'mini-site'), siteDir, { recursive: true });

writeFileSync(
  join(siteDir, 'docs', 'guide.md'),
  `---
title: Guide
owner: perf-eng
see_also:
  - https://example.org/in-front-matter
---

An [inline link](https://example.org/inline), a [reference][ref] and ![an image](https://example.org/chart.png).

A bare address: https://example.org/bare and <https://example.org/angle>.

Not these: [a page](./other.md), [a doc](/docs/other), [mail](mailto:team@example.org), \`https://example.org/code\`.

\`\`\`sh
curl https://example.org/in-a-code-block
\`\`\`

[ref]: http://example.org/reference
`,
);
writeFileSync(join(siteDir, 'docs', 'other.md'), '---\ntitle: Other\n---\n\nNo owner: [x](https://example.org/x).\n');
writeFileSync(
  join(siteDir, 'blog', '2026-11-01-hello', 'index.md'),
  '---\ntitle: Hello\nbased_on:\n  url: https://example.org/source\n---\n\nHi.\n',
);

describe('findExternalLinks', () => {
  test('links, definitions, images, autolinks and front matter URLs, with their lines; never code', () => {
    const links = findExternalLinks(readSourcePages(siteDir));
    expect(links.map((link) => `${link.owner} ${link.file}:${link.line} ${link.url}`)).toEqual([
      'perf-eng docs/guide.md:5 https://example.org/in-front-matter',
      'perf-eng docs/guide.md:8 https://example.org/inline',
      'perf-eng docs/guide.md:8 https://example.org/chart.png',
      'perf-eng docs/guide.md:10 https://example.org/bare',
      'perf-eng docs/guide.md:10 https://example.org/angle',
      'perf-eng docs/guide.md:18 http://example.org/reference',
      // A doc without an owner, and every blog post, go to the maintainers, as in CODEOWNERS.
      'handbook-maintainers docs/other.md:5 https://example.org/x',
      'handbook-maintainers blog/2026-11-01-hello/index.md:4 https://example.org/source',
    ]);
  });
});
