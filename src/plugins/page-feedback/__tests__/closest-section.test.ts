import { describe, expect, test } from 'vitest';

import { closestSection } from '../shared/closest-section.ts';
import { sectionTopics, type TopicPage } from '../server/section-topics.ts';

const PAGES: TopicPage[] = [
  {
    id: 'culture/culture-deck',
    title: 'The culture deck',
    description: 'Stated values and actual values.',
    tags: ['culture'],
    owner: 'culture-guides',
  },
  {
    id: 'work-updates/linux-tracing',
    title: 'Linux tracing',
    description: 'Tracing tools and flame graphs.',
    tags: ['tools'],
    owner: 'perf-eng',
  },
  {
    id: 'work-updates/sre-rotation',
    title: 'The SRE rotation',
    description: 'Being on call for the site.',
    tags: ['on-call'],
    owner: 'perf-eng',
  },
  { id: 'start-here', title: 'Start here', description: 'The reading path.', tags: [], owner: 'handbook-maintainers' },
];

const LABELS: Record<string, string> = { culture: 'Culture', 'work-updates': 'Work updates' };
const SECTIONS = sectionTopics(PAGES, (section) => LABELS[section] ?? section, 'handbook-maintainers');

describe('sectionTopics', () => {
  test('one entry per docs folder, with its label and the owner of most of its pages', () => {
    expect(SECTIONS.map(({ label, owner }) => ({ label, owner }))).toEqual([
      { label: 'Culture', owner: 'culture-guides' },
      { label: 'Work updates', owner: 'perf-eng' },
    ]);
  });

  test('keeps topic words and drops stop words', () => {
    expect(SECTIONS[0]?.words).toContain('values');
    expect(SECTIONS[0]?.words).not.toContain('the');
  });
});

describe('closestSection', () => {
  test.each([
    ['a word from a title', 'kernel tracing', 'Work updates'],
    ['a word sharing its first five letters', 'cultural norms', 'Culture'],
    ['the section with more shared words wins', 'values of the culture and tracing', 'Culture'],
    ['stop words alone match nothing', 'the and of', null],
    ['an unrelated query matches nothing', 'parking garage', null],
    ['an empty query matches nothing', '', null],
  ])('%s: "%s"', (_name, query, label) => {
    expect(closestSection(query, SECTIONS)?.label ?? null).toBe(label);
  });
});
