import { describe, expect, test } from 'vitest';

import { headingIds } from '../heading-ids.ts';

describe('headingIds matches the ids Docusaurus gives headings', () => {
  test.each([
    ['## How it works', ['how-it-works']],
    ['## SRE and on-call', ['sre-and-on-call']],
    ['## PMCs in the cloud: a history', ['pmcs-in-the-cloud-a-history']],
    ['## The `perf` tool', ['the-perf-tool']],
    ['## Why it matters\n\n## Why it matters', ['why-it-matters', 'why-it-matters-1']],
    ['## Stated values {#values}', ['values']],
    ['## Café culture', ['café-culture']],
    ['```md\n## not a heading\n```', []],
    ['Setext heading\n---', ['setext-heading']],
  ])('%j → %j', (markdown, expected) => {
    expect(headingIds(markdown)).toEqual(expected);
  });
});
