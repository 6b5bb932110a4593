import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';

import { parseGlossary } from '../glossary.ts';
import type { HandbookPage } from '../../../../content/handbook-pages.ts';
import { buildGlossaryNodes, glossaryUsedOn, USED_ON_LIMIT } from '../glossary-page.ts';

const pmc = parseGlossary(`
- id: pmc
  term: PMC
  expansion: performance monitoring counter
  definition: A processor register that counts hardware events.
  pages: [work-updates/pmcs-in-the-cloud]
`);

function doc(id: string, body: string): HandbookPage {
  return { kind: 'doc', id, file: `docs/${id}.md`, frontMatter: { title: id }, body, bodyStartLine: 1 };
}

function usedOn(pageCount: number) {
  const pages = Array.from({ length: pageCount }, (_, index) =>
    doc(`generated/page-${String(index).padStart(4, '0')}`, 'We read a PMC here.'),
  );
  pages.push(doc('work-updates/pmcs-in-the-cloud', 'Counters in EC2.'));
  const root: Root = { type: 'root', children: buildGlossaryNodes(pmc, pages) };
  const list = root.children.find((node) => node.type === 'list');
  return {
    items: list?.type === 'list' ? list.children.map((item) => toString(item)) : [],
    text: toString(root),
    links: root.children.flatMap((node) =>
      node.type === 'paragraph' ? node.children.flatMap((child) => (child.type === 'link' ? [child.url] : [])) : [],
    ),
  };
}

describe('glossary "Used on" lists', () => {
  test.each([
    [0, 1, ''],
    [USED_ON_LIMIT - 1, USED_ON_LIMIT, ''],
    [USED_ON_LIMIT, USED_ON_LIMIT, '…and 1 more page: search for PMC'],
    [1999, USED_ON_LIMIT, '…and 1,988 more pages: search for PMC'],
  ])('%s mentions plus the named page: %s listed', (mentions, listed, moreText) => {
    const result = usedOn(mentions);
    expect(result.items).toHaveLength(listed);
    if (moreText) {
      expect(result.text).toContain(moreText);
      expect(result.links).toEqual(['/search?q=PMC']);
    } else {
      expect(result.text).not.toContain('more page');
    }
  });

  test('the page an entry names itself is listed first, so the limit never hides it', () => {
    expect(usedOn(50).items[0]).toBe('work-updates/pmcs-in-the-cloud');
  });

  test('a text seen before is answered again for an entry whose names changed (npm start remembers texts)', () => {
    const page = doc('culture/counters', 'We read a hardware counter here.');
    const renamed = parseGlossary(`
- id: pmc
  term: PMC
  synonyms: [hardware counter]
  definition: A processor register that counts hardware events.
`);
    expect(glossaryUsedOn(pmc, [page]).pmc?.shown).toEqual([]);
    expect(glossaryUsedOn(renamed, [page]).pmc?.shown.map((ref) => ref.title)).toEqual(['culture/counters']);
    expect(glossaryUsedOn(pmc, [page]).pmc?.shown).toEqual([]);
  });
});
