import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../tests/support/temp-site.ts';
import { formatProblem } from '../../../src/content/schema.ts';
import { checkLinks } from '../links.ts';
import { readSourcePages } from '../pages.ts';

const FRONT_MATTER = '---\ntitle: T\n---\n';

const tempDir = useTempDirs();

/** A site with docs/a/page.md holding `body`, plus a target page, an image and a slugged page. */
function problemsFor(body: string): string[] {
  const siteDir = tempDir('handbook-links-', {
    'docs/a/page.md': `${FRONT_MATTER}\n${body}\n`,
    'docs/a/target.md': `${FRONT_MATTER}\n## First section\n\n## Custom {#custom-id}\n`,
    'docs/a/img/figure.svg': '<svg/>',
    'docs/start.md': '---\ntitle: Start\nslug: /start-here\n---\n\n## Welcome\n',
    'static/img/logo.svg': '<svg/>',
  });
  return checkLinks(siteDir, readSourcePages(siteDir))
    .filter((problem) => problem.file === 'docs/a/page.md')
    .map(formatProblem);
}

describe('checkLinks accepts links that work', () => {
  test.each([
    ['a relative link to a page', '[t](./target.md)'],
    ['a link without ./', '[t](target.md)'],
    ['a link up and down', '[t](../a/target.md)'],
    ['an anchor to a heading', '[t](./target.md#first-section)'],
    ['an anchor to a custom id', '[t](./target.md#custom-id)'],
    ['an anchor on the same page', '## Here\n\n[t](#here)'],
    ['a doc URL with its slug', '[t](/docs/start-here#welcome)'],
    ['an external link', '[t](https://example.com/missing.md#nowhere)'],
    ['a mail link', '[t](mailto:team@example.com)'],
    ['a route the build checks', '[t](/blog/some-post)'],
    ['an image beside the page', '![alt](./img/figure.svg)'],
    ['a static image', '![alt](/img/logo.svg)'],
    ['a reference definition', '[t][ref]\n\n[ref]: ./target.md'],
    ['a link inside code is not a link', '`[t](./missing.md)`\n\n```md\n[t](./missing.md)\n```'],
  ])('%s', (_, body) => {
    expect(problemsFor(body)).toEqual([]);
  });
});

describe('checkLinks reports broken ones with line and fix', () => {
  test.each([
    [
      'a missing page',
      '[t](./targt.md)',
      /^docs\/a\/page\.md:5: link: "\.\/targt\.md" points to docs\/a\/targt\.md, which does not exist \(did you mean \.\/target\.md\?\); fix the path/,
    ],
    [
      'a missing anchor',
      '[t](./target.md#frist-section)',
      /^docs\/a\/page\.md:5: anchor: .*not a heading on docs\/a\/target\.md \(did you mean #first-section\?\); link to one of its headings: #first-section, #custom-id/,
    ],
    [
      'a missing anchor on this page',
      '[t](#nowhere)',
      /anchor: "#nowhere" points to #nowhere, which is not a heading on this page/,
    ],
    [
      'an unknown doc URL',
      '[t](/docs/start-her)',
      /link: "\/docs\/start-her" is not the address of any doc \(did you mean \/docs\/start-here\?\); link to the page's file instead/,
    ],
    [
      'a missing image',
      '\n\n![alt](./img/figur.svg)',
      /^docs\/a\/page\.md:7: image: "\.\/img\/figur\.svg" does not exist \(looked for docs\/a\/img\/figur\.svg\)/,
    ],
    [
      'a missing static image',
      '![alt](/img/nope.svg)',
      /image: "\/img\/nope\.svg" does not exist \(looked for static\/img\/nope\.svg\)/,
    ],
    ['a broken reference definition', '[t][ref]\n\n[ref]: ./gone.md', /^docs\/a\/page\.md:7: link: "\.\/gone\.md"/],
  ])('%s', (_, body, expected) => {
    const problems = problemsFor(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});
