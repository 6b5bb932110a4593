// Renders Mermaid diagrams to SVG in Debian's Chromium (through
// playwright-core), with Mermaid's own browser bundle: Mermaid lays text out
// with the browser's fonts, so it needs a real page. Only diagrams missing
// from rendered/ get here; a machine without Chromium builds every committed
// diagram from those files. See design/diagrams-at-build-time.md.
import { createRequire } from 'node:module';

import { CHROMIUM_ARGS, chromiumPath } from '../../../config/chromium.ts';
import { diagramId, diagramKey, MERMAID_THEME, THEMES, type DiagramTheme } from '../shared/diagram-key.ts';
import { sanitizeSvg } from './sanitize-svg.ts';

export type RenderResult = { ok: true; svg: Record<DiagramTheme, string> } | { ok: false; error: string };

function chromiumExecutable(): string {
  try {
    return chromiumPath();
  } catch (error) {
    throw new Error(
      `${(error as Error).message.replace(/\.$/, '')} to render new Mermaid diagrams. Diagrams already in src/plugins/diagrams/rendered/ need no browser.`,
    );
  }
}

type MermaidApi = {
  initialize: (config: Record<string, unknown>) => void;
  parse: (text: string) => Promise<unknown>;
  render: (id: string, text: string) => Promise<{ svg: string }>;
};

/** Renders each source in both themes; a source Mermaid cannot parse gets Mermaid's own message. */
export async function renderMermaid(sources: readonly string[]): Promise<RenderResult[]> {
  if (sources.length === 0) return [];
  const bundle = createRequire(__filename).resolve('mermaid/dist/mermaid.min.js');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: bundle });
    const results: RenderResult[] = [];
    for (const source of sources) {
      const key = diagramKey(source);
      const rendered = await page.evaluate(
        async ({ text, jobs }) => {
          const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid;
          try {
            const svgs: string[] = [];
            for (const job of jobs) {
              mermaid.initialize({
                startOnLoad: false,
                securityLevel: 'strict',
                theme: job.theme,
                htmlLabels: false,
                flowchart: { htmlLabels: false },
                deterministicIds: true,
                deterministicIDSeed: job.id,
              });
              await mermaid.parse(text);
              svgs.push((await mermaid.render(job.id, text)).svg);
            }
            return { ok: true as const, svgs };
          } catch (error) {
            return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
          }
        },
        { text: source, jobs: THEMES.map((theme) => ({ theme: MERMAID_THEME[theme], id: diagramId(key, theme) })) },
      );
      if (!rendered.ok) {
        results.push({ ok: false, error: rendered.error.replace(/\s+$/, '') });
        continue;
      }
      const [light = '', dark = ''] = rendered.svgs;
      results.push({ ok: true, svg: { light: sanitizeSvg(light), dark: sanitizeSvg(dark) } });
    }
    return results;
  } finally {
    await browser.close();
  }
}
