import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { readSections } from '../sections.ts';

describe('readSections', () => {
  test('lists the handbook sections in sidebar order, with their index pages', () => {
    expect(readSections(process.cwd()).map(({ label, to }) => ({ label, to }))).toEqual([
      { label: 'Day in the Life', to: '/docs/day-in-the-life' },
      { label: 'Culture', to: '/docs/culture' },
      { label: 'Mission', to: '/docs/mission' },
      { label: 'Work Updates', to: '/docs/work-updates' },
    ]);
  });

  test('a new folder with a _category_.json is a section; one without is not', () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'sections-'));
    try {
      mkdirSync(join(siteDir, 'docs', 'guides'), { recursive: true });
      mkdirSync(join(siteDir, 'docs', 'img'), { recursive: true });
      writeFileSync(
        join(siteDir, 'docs', 'guides', '_category_.json'),
        JSON.stringify({ label: 'Guides', link: { type: 'generated-index', description: 'How-tos.' } }),
      );
      expect(readSections(siteDir)).toEqual([
        { folder: 'guides', label: 'Guides', to: '/docs/category/guides', summary: 'How-tos.' },
      ]);
    } finally {
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});
