import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../tests/support/temp-site.ts';
import {
  closestMatch,
  formatProblem,
  readContentVocabulary,
  validateFrontMatter,
  type ContentVocabulary,
} from '../schema.ts';

const vocabulary: ContentVocabulary = {
  owners: [
    { id: 'perf-eng', name: 'Performance Engineering', description: 'd', github: '@perf-eng/perf-eng' },
    { id: 'handbook-maintainers', name: 'Handbook maintainers', description: 'd', github: '@perf-eng/hm' },
  ],
  docTags: ['culture', 'meetings'],
  blogTags: ['retrospective'],
  blogAuthors: ['brendan-gregg'],
};

const VALID_DOC = {
  title: 'Meetings',
  description: 'The meeting rhythm on the team.',
  tags: '[meetings]',
  owner: 'perf-eng',
  last_reviewed: '2026-11-25',
};

/** A doc whose front matter is VALID_DOC with some lines changed (undefined drops a line). */
function doc(changes: Record<string, string | undefined> = {}, extraLines: string[] = []): string {
  const fields = { ...VALID_DOC, ...changes };
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${[...lines, ...extraLines].join('\n')}\n---\n\nBody.\n`;
}

function problemsOf(source: string, kind: 'doc' | 'blog' = 'doc'): string[] {
  return validateFrontMatter({ kind, file: 'docs/x.md', source }, vocabulary).map(formatProblem);
}

describe('validateFrontMatter: a valid page', () => {
  test.each([
    ['the minimal doc', doc()],
    ['every optional field', doc({}, ['review_every: 1y', 'sidebar_position: 2', 'sidebar_label: Short', 'slug: /x'])],
    ['no tags', doc({ tags: undefined })],
    ['a quoted date', doc({ last_reviewed: '"2026-11-25"' })],
  ])('%s has no problems', (_, source) => {
    expect(problemsOf(source)).toEqual([]);
  });

  test('a valid blog post has no problems', () => {
    const post =
      '---\ntitle: T\ndescription: D.\nauthors: [brendan-gregg]\ntags: [retrospective]\ndate: 2026-11-25\n---\n';
    expect(problemsOf(post, 'blog')).toEqual([]);
  });

  test('a blog post that retells another names it under based_on', () => {
    const post =
      '---\ntitle: T\ndescription: D.\nauthors: [brendan-gregg]\ntags: [retrospective]\ndate: 2026-11-25\n' +
      'based_on:\n  title: A post\n  url: https://example.com/post\n  author: Jane\n  author_title: Engineer\n---\n';
    expect(problemsOf(post, 'blog')).toEqual([]);
  });
});

describe('validateFrontMatter: each problem names the line, the field and the fix', () => {
  test.each([
    ['YAML syntax error', doc({ title: 'Culture: an overview' }), /^docs\/x\.md:2: YAML: .*quote a value/],
    [
      'unknown key near miss',
      doc({}, ['sidebar_postion: 3']),
      /^docs\/x\.md:7: sidebar_postion: .*did you mean "sidebar_position"\?/,
    ],
    [
      'unknown key far from any',
      doc({}, ['colour: red']),
      /^docs\/x\.md:7: colour: is not a front matter field we use; remove it/,
    ],
    [
      'missing owner',
      doc({ owner: undefined }),
      /^docs\/x\.md:1: owner: is missing; add the team .* e\.g\. owner: perf-eng/,
    ],
    [
      'unknown owner',
      doc({ owner: 'perf' }),
      /^docs\/x\.md:5: owner: "perf" is not a known owner \(did you mean "perf-eng"\?\); use one of perf-eng, handbook-maintainers \(listed in src\/data\/owners\.yml\)/,
    ],
    [
      'not a calendar date',
      doc({ last_reviewed: '2026-02-30' }),
      /^docs\/x\.md:6: last_reviewed: "2026-02-30" is not a real calendar date; write it as YYYY-MM-DD/,
    ],
    [
      'a date in another format',
      doc({ last_reviewed: '25/11/2026' }),
      /last_reviewed: "25\/11\/2026" is not a real calendar date/,
    ],
    [
      'tag not in the list',
      doc({ tags: '[meetings, meeting]' }),
      /^docs\/x\.md:4: tags: "meeting" is not a known tag \(did you mean "meetings"\?\).*docs\/tags\.yml/,
    ],
    [
      'wrong type: tags as text',
      doc({ tags: 'meetings' }),
      /^docs\/x\.md:4: tags: must be a list of tag ids, not the text "meetings"/,
    ],
    [
      'wrong type: position as text',
      doc({}, ['sidebar_position: two']),
      /sidebar_position: must be a number, not the text "two"/,
    ],
    ['empty title', doc({ title: '""' }), /^docs\/x\.md:2: title: is empty/],
    [
      'too-long description',
      doc({ description: 'x'.repeat(161) }),
      /description: is 161 characters long; keep it to one sentence of at most 160/,
    ],
    ['bad review_every', doc({}, ['review_every: 6 months']), /review_every: must be a whole number followed by d/],
    ['no front matter at all', 'Just a body.\n', /^docs\/x\.md:1: front matter: is missing/],
    ['front matter that is a list', '---\n- a\n- b\n---\n', /front matter: is a list/],
  ])('%s', (_, source, expected) => {
    const problems = problemsOf(source);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  const post = (lines: string) => `---\ntitle: T\ndescription: D.\n${lines}\n---\n`;
  test.each([
    [
      'unknown author',
      post('authors: [bob]\ntags: [retrospective]\ndate: 2026-11-25'),
      /^docs\/x\.md:4: authors: "bob" is not a known author; use one of brendan-gregg \(listed in blog\/authors\.yml\)/,
    ],
    [
      'one author as text must be known too',
      post('authors: bob\ntags: [retrospective]\ndate: 2026-11-25'),
      /authors: "bob" is not a known author/,
    ],
    [
      'a docs tag on a post',
      post('authors: brendan-gregg\ntags: [culture]\ndate: 2026-11-25'),
      /tags: "culture" is not a known tag.*blog\/tags\.yml/,
    ],
    [
      'missing date',
      post('authors: brendan-gregg\ntags: [retrospective]'),
      /date: is missing; add it, e\.g\. date: 2026-11-25/,
    ],
    [
      'a based_on without its author',
      post(
        'authors: brendan-gregg\ntags: [retrospective]\ndate: 2026-11-25\nbased_on:\n  title: A\n  url: https://a.example\n  author_title: E',
      ),
      /based_on: is missing; add it, e\.g\. based_on\.author: Brendan Gregg/,
    ],
    [
      'a based_on whose url is not a web address',
      post(
        'authors: brendan-gregg\ntags: [retrospective]\ndate: 2026-11-25\nbased_on:\n  title: A\n  url: example.com\n  author: J\n  author_title: E',
      ),
      /based_on: based_on\.url "example\.com" is not a web address; write the source post's full address/,
    ],
    [
      'based_on as text',
      post('authors: brendan-gregg\ntags: [retrospective]\ndate: 2026-11-25\nbased_on: Gregg'),
      /based_on: must be a mapping with title, url, author and author_title, not the text "Gregg"/,
    ],
  ])('blog post: %s', (_, source, expected) => {
    const problems = problemsOf(source, 'blog');
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('closestMatch', () => {
  test.each([
    ['sidebar_postion', ['sidebar_position', 'sidebar_label'], 'sidebar_position'],
    ['lastreviewed', ['last_reviewed', 'title'], 'last_reviewed'],
    ['perf', ['perf-eng', 'culture-guides'], 'perf-eng'],
    ['colour', ['title', 'owner'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });
});

describe('readContentVocabulary reports problems in owners.yml with their line', () => {
  const tempDir = useTempDirs();

  function problemsWithOwners(ownersYaml: string): string[] {
    const siteDir = tempDir('handbook-owners-', {
      'src/data/owners.yml': ownersYaml,
      'docs/tags.yml': 'culture:\n  label: Culture\n',
      'blog/tags.yml': 'news:\n  label: News\n',
      'blog/authors.yml': 'jane:\n  name: Jane\n',
    });
    return readContentVocabulary(siteDir).problems.map(formatProblem);
  }

  const entry = (id: string, github = `"@org/${id}"`) =>
    `- id: ${id}\n  name: Team ${id}\n  description: Answers for ${id}.\n  github: ${github}\n`;

  test.each([
    ['a valid list', entry('a') + entry('b'), []],
    [
      'a missing github handle',
      entry('a') + '- id: b\n  name: B\n  description: D.\n',
      [/^src\/data\/owners\.yml:5: github: is missing; add it, e\.g\. github: "@perf-eng\/perf-eng"/],
    ],
    [
      'a handle without @',
      entry('a', 'org/a'),
      [/^src\/data\/owners\.yml:4: github: must be a GitHub team or user handle/],
    ],
    ['an id listed twice', entry('a') + entry('a'), [/^src\/data\/owners\.yml:5: id: "a" is listed twice/]],
    ['a mapping instead of a list', 'a:\n  name: A\n', [/owners: must be a list of owners/]],
    ['broken YAML', '- id: [a\n', [/^src\/data\/owners\.yml:\d+: YAML: .*; fix the YAML syntax/]],
  ])('%s', (_, yaml, expected) => {
    const problems = problemsWithOwners(yaml);
    expect(problems, problems.join('\n')).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});
