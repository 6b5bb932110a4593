import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../tests/support/temp-site.ts';
import { formatProblem } from '../../../src/content/schema.ts';
import { checkParagraphEvidence, findUnevidencedProse } from '../paragraph-evidence.ts';
import { readSourcePages } from '../pages.ts';

// The page's fact-map evidence in these cases: two phrases of its own wording.
const EVIDENCE = ['every other week', 'about one hour a day'];

function problemsFor(body: string, file = 'docs/team/meetings.md'): string[] {
  const page = { id: 'team/meetings', file, body, bodyStartLine: 5 };
  return findUnevidencedProse(page, EVIDENCE).map(formatProblem);
}

describe('prose that passes', () => {
  test.each([
    ['a paragraph with a phrase of the map', 'The team meets every other week.'],
    ['the phrase across a line break and in another case', 'Meetings take About one\nhour a day.'],
    ['the phrase inside emphasis', 'Meetings take **about one hour a day**.'],
    ['a list whose every item has evidence', '- every other week\n- about one hour a day'],
    ['advice in a suggestion block', ':::suggestion\n\nBlock an hour for reading.\n\n:::'],
    ['advice with a title', ':::suggestion[Your first week]\n\nBlock an hour.\n\n- Say hello.\n\n:::'],
    ['a note about the handbook, marked', '<!-- handbook-note -->\nThe diagram reads from left to right.'],
    ['a marked list of links', '<!-- handbook-note -->\n\n- [A](./a.md)\n- [B](./b.md)'],
    ['headings and code are not prose', '## Anything at all\n\n```sh\nnpm start\n```'],
    ['HTML comments are not prose', '<!-- truncate -->'],
    ['an image whose alt text carries a phrase', '![Meetings every other week](./img/a.svg)'],
  ])('%s', (_name, body) => {
    expect(problemsFor(body)).toEqual([]);
  });

  test('an MDX page: its import and its comment marker', () => {
    const body = "import X from '@site/src/x';\n\n{/*handbook-note*/}\n\nRead the list in order.";
    expect(problemsFor(body, 'docs/team/meetings.mdx')).toEqual([]);
    expect(problemsFor('{/* handbook-note */}\n\n- [A](./a.md)', 'docs/team/meetings.mdx')).toEqual([]);
  });
});

describe('prose that fails, with the line and both ways out', () => {
  test.each([
    ['a paragraph without evidence', 'Everyone loves meetings.', 5, 'paragraph "Everyone loves meetings."'],
    ['the second paragraph, on its own line', 'The team meets every other week.\n\nIt is fun.', 7, '"It is fun."'],
    ['one list item without evidence', '- every other week\n- bring snacks', 6, '"bring snacks"'],
    ['a table without evidence', '| a | b |\n| - | - |\n| c | d |', 5, 'table "a b c d"'],
    ['a note box is still prose', ':::note\n\nBring snacks.\n\n:::', 7, '"Bring snacks."'],
    ['a marker covers only the next block', '<!-- handbook-note -->\nA.\n\nB.', 8, '"B."'],
    ['an image whose alt text has no evidence', '![A chart of snacks](./img/a.svg)', 5, '"A chart of snacks"'],
    [
      'a long paragraph is named by its first words',
      'One two three four five six seven eight nine ten.',
      5,
      '"One two three four five six seven eight…"',
    ],
  ])('%s', (_name, body, line, named) => {
    const [problem, ...rest] = problemsFor(body);
    expect(rest).toEqual([]);
    expect(problem).toContain(`docs/team/meetings.md:${line}: paragraph: `);
    expect(problem).toContain(named);
    expect(problem).toContain('fix: map it to a fact');
    expect(problem).toContain('src/data/source-facts.yml');
    expect(problem).toContain(':::suggestion block');
    expect(problem).toContain('put <!-- handbook-note --> on the line before it');
  });

  test('an MDX page is told the MDX form of the marker', () => {
    const [problem] = problemsFor('Everyone loves meetings.', 'docs/team/meetings.mdx');
    expect(problem).toContain('put {/*handbook-note*/} on the line before it');
  });
});

describe('checkParagraphEvidence on a site', () => {
  const tempDir = useTempDirs();
  const site = (files: Record<string, string>) => tempDir('handbook-evidence-', files);
  const run = (siteDir: string) => checkParagraphEvidence(siteDir, readSourcePages(siteDir)).map(formatProblem);
  const PAGE = '---\ntitle: T\n---\n\nThe team meets every other week.\n\nIt is fun.\n';

  test('a site without a fact map is not checked', () => {
    expect(run(site({ 'docs/a.md': PAGE }))).toEqual([]);
  });

  test('evidence listed under `also` counts for that page', () => {
    const map =
      '- fact: F\n  page: b\n  evidence: [elsewhere]\n  also:\n    - page: a\n      evidence: [every other week, is fun]\n';
    const siteDir = site({
      'docs/a.md': PAGE,
      'docs/b.md': '---\ntitle: B\n---\n\nSaid elsewhere.\n',
      'src/data/source-facts.yml': map,
    });
    expect(run(siteDir)).toEqual([]);
  });

  test('a paragraph is checked against its own page only', () => {
    const map = '- fact: F\n  page: b\n  evidence: [is fun]\n- fact: G\n  page: a\n  evidence: [every other week]\n';
    const siteDir = site({
      'docs/a.md': PAGE,
      'docs/b.md': '---\ntitle: B\n---\n\nIt is fun.\n',
      'src/data/source-facts.yml': map,
    });
    expect(run(siteDir)).toEqual([expect.stringMatching(/^docs\/a\.md:7: paragraph: paragraph "It is fun\."/)]);
  });

  test.each([
    [
      'a phrase the page does not say',
      '[is not there]',
      /^src\/data\/source-facts\.yml:3: evidence: "is not there" is not on docs\/a\.md/,
    ],
    [
      'a sentence rather than a phrase',
      '[the team meets every other week and it is fun]',
      /^src\/data\/source-facts\.yml:3: evidence: "the team meets every other week and it is fun" is 10 words; keep evidence to a phrase of at most 7 words/,
    ],
  ])('the map names %s', (_name, evidence, expected) => {
    const map = `- fact: F\n  page: a\n  evidence: ${evidence}\n`;
    const problems = run(site({ 'docs/a.md': PAGE, 'src/data/source-facts.yml': map }));
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });

  test('the map names a page that does not exist', () => {
    const map = '- fact: F\n  page: nowhere\n  evidence: [x]\n';
    expect(run(site({ 'docs/a.md': PAGE, 'src/data/source-facts.yml': map }))).toContainEqual(
      expect.stringMatching(/^src\/data\/source-facts\.yml:2: page: "nowhere" is not a handbook page/),
    );
  });
});
