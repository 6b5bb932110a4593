// Renders real diagrams in Debian's Chromium: slow-ish (a browser start per
// call), so the cases share calls where they can.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { diagramKey, RENDERER } from '../shared/diagram-key.ts';
import { renderMissing } from '../server/diagram-store.ts';
import { renderMermaid, type RenderResult } from '../server/render-mermaid.ts';

const FLOW = 'flowchart LR\n  accTitle: Two steps\n  accDescr: A leads to B.\n  a[Start] --> b[Finish]';
const HOSTILE =
  'flowchart LR\n  accTitle: Hostile <script>alert(1)</script>\n  a["<script>alert(2)</script>"] --> b["<img src=x onerror=alert(3)>"]\n  click a href "javascript:alert(4)"';
const BROKEN = 'flowchart LR\n  accTitle: Broken\n  a --> --> b';
const MANY_NODES = `flowchart TB\n  accTitle: Five hundred steps\n${Array.from({ length: 499 }, (_, i) => `  n${i} --> n${i + 1}`).join('\n')}`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('the renderer key names the installed Mermaid version, so an upgrade renders every diagram again', () => {
  const installed = (createRequire(__filename)('mermaid/package.json') as { version: string }).version;
  expect(RENDERER).toContain(`mermaid@${installed} `);
});

describe('renderMermaid', () => {
  let flow: RenderResult | undefined;
  let hostile: RenderResult | undefined;
  let broken: RenderResult | undefined;
  beforeAll(async () => {
    [flow, hostile, broken] = await renderMermaid([FLOW, HOSTILE, BROKEN]);
  }, 120_000);

  test('draws a diagram as SVG in a light and a dark version, named by its accTitle', () => {
    expect(flow?.ok).toBe(true);
    if (!flow?.ok) return;
    const key = diagramKey(FLOW);
    expect(flow.svg.light).toMatch(new RegExp(`^<svg[^>]* id="diagram-${key}-light"`));
    expect(flow.svg.dark).toMatch(new RegExp(`^<svg[^>]* id="diagram-${key}-dark"`));
    for (const svg of [flow.svg.light, flow.svg.dark]) {
      expect(svg).toMatch(/<title[^>]*>Two steps<\/title>/);
      expect(svg).toMatch(/<desc[^>]*>A leads to B\.<\/desc>/);
      // Text is drawn as SVG text, not HTML in a foreignObject: it prints as vectors.
      expect(svg).toContain('Start');
      expect(svg).not.toMatch(/foreignObject/i);
    }
    expect(flow.svg.light).not.toBe(flow.svg.dark.replaceAll('-dark', '-light'));
  });

  test('labels with <script> and onerror come out as text, with no script or event attribute', () => {
    expect(hostile?.ok).toBe(true);
    if (!hostile?.ok) return;
    for (const svg of [hostile.svg.light, hostile.svg.dark]) {
      expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:|<img/i);
    }
  });

  test("a diagram Mermaid cannot parse gets Mermaid's own message", () => {
    expect(broken).toEqual({ ok: false, error: expect.stringMatching(/Parse error on line 3/) });
  });
});

test('a 500-node diagram renders', async () => {
  const [result] = await renderMermaid([MANY_NODES]);
  expect(result?.ok).toBe(true);
  // Layout of 500 nodes takes Mermaid most of a minute on a busy two-core machine.
}, 300_000);

describe('renderMissing keeps rendered diagrams and renders each one once', () => {
  test('writes both SVGs, then finds them without a browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    dirs.push(dir);
    const block = { file: 'docs/a.md', line: 7, source: FLOW };
    expect(await renderMissing([block], dir)).toEqual([]);
    const key = diagramKey(FLOW);
    expect(readdirSync(dir).sort()).toEqual([`${key}.dark.svg`, `${key}.light.svg`]);
    const before = readFileSync(join(dir, `${key}.light.svg`), 'utf8');
    // A second run needs no Chromium: with none to be found, it still succeeds.
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      expect(await renderMissing([block], dir)).toEqual([]);
      expect(await renderMissing([{ ...block, source: `${FLOW}\n  b --> c` }], dir)).toEqual([
        expect.objectContaining({
          file: 'docs/a.md',
          line: 7,
          message: expect.stringContaining('No Chromium at /nonexistent/chromium'),
        }),
      ]);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
    expect(readFileSync(join(dir, `${key}.light.svg`), 'utf8')).toBe(before);
  }, 120_000);

  test("reports a broken diagram at its file and line with Mermaid's message", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    dirs.push(dir);
    const problems = await renderMissing([{ file: 'docs/b.md', line: 12, source: BROKEN }], dir);
    expect(problems).toEqual([
      {
        file: 'docs/b.md',
        line: 12,
        field: 'mermaid',
        message: expect.stringMatching(/^Mermaid cannot draw this diagram: Parse error on line 3/),
      },
    ]);
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});
