import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { openPage, useBrowser, watchPage } from './browser.ts';

// Diagrams written as ```mermaid blocks, as a reader sees them: drawn into
// the page at build time, in the colours of the reader's mode, named for a
// screen reader, and with no Mermaid code shipped to the browser. The
// screenshots are kept in the temp folder for a person to look at.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/diagrams
const DIAGRAMS = [
  {
    path: '/docs/day-in-the-life/meetings',
    name: "Gregg's meeting cadence, from most to least frequent",
    label: 'average',
  },
  {
    path: '/docs/day-in-the-life/proactive-and-reactive-work',
    name: "Gregg's working day, half proactive and half reactive",
    label: 'Proactive projects',
  },
];
const MODES = ['light', 'dark'] as const;
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

/** Mean relative luminance (0 black to 1 white) of a PNG, decoded by the browser itself. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let total = 0;
      for (let index = 0; index < data.length; index += 4) {
        total +=
          (0.2126 * (data[index] ?? 0) + 0.7152 * (data[index + 1] ?? 0) + 0.0722 * (data[index + 2] ?? 0)) / 255;
      }
      return total / (data.length / 4);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/** WCAG contrast ratio between a label's text and the shape it sits on, from their computed colours. */
async function labelContrast(page: Page, label: string): Promise<number> {
  return page.evaluate((text) => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('figure.handbook-diagram svg')].find(
      (candidate) => getComputedStyle(candidate).display !== 'none',
    );
    const textElement = [...(svg?.querySelectorAll('text, tspan') ?? [])].find((element) =>
      element.textContent?.includes(text),
    );
    if (!svg || !textElement) throw new Error(`no visible diagram text "${text}"`);
    const group = textElement.closest('g.node, g.slice, g') ?? svg;
    const shape =
      group.querySelector('rect, path, circle, polygon') ??
      textElement.closest('g')?.parentElement?.querySelector('path');
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (value: string) => {
      const [r = 0, g = 0, b = 0] = rgb(value);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const textFill = getComputedStyle(textElement).fill;
    const shapeFill = shape ? getComputedStyle(shape).fill : getComputedStyle(document.body).backgroundColor;
    const [lighter, darker] = [luminance(textFill), luminance(shapeFill)].sort((a, b) => b - a);
    return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
  }, label);
}

describe.each(MODES)('diagrams in %s mode', (mode) => {
  const browser = useBrowser();

  test.each(DIAGRAMS)('$path shows its diagram in the $name colours of the mode', async ({ path, name, label }) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: mode });
    const problems = watchPage(page);
    await openPage(page, path);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(mode);

    const visible = page.locator('figure.handbook-diagram svg:visible');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.getAttribute('id')).resolves.toMatch(new RegExp(`^diagram-[0-9a-f]{16}-${mode}$`));
    // Its accessible name is the diagram's accTitle.
    const labelledBy = (await visible.getAttribute('aria-labelledby')) ?? '';
    await expect(page.locator(`[id="${labelledBy}"]`).textContent()).resolves.toBe(name);
    await expect(visible.textContent()).resolves.toContain(label);

    const shot = await page.locator('figure.handbook-diagram').screenshot();
    writeFileSync(join(tmpdir(), `handbook-diagram-${path.split('/').pop()}-${mode}.png`), shot);
    const brightness = await meanLuminance(page, shot);
    if (mode === 'light') expect(brightness).toBeGreaterThan(0.6);
    else expect(brightness).toBeLessThan(0.4);
    expect(await labelContrast(page, label)).toBeGreaterThanOrEqual(4.5);

    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });
});

describe('no Mermaid in the browser', () => {
  test('no script the build wrote holds Mermaid: the diagrams arrive drawn', () => {
    const jsDir = join(BUILD_DIR, 'assets', 'js');
    const withMermaid = readdirSync(jsDir).filter((file) => {
      const code = readFileSync(join(jsDir, file), 'utf8');
      // Names only Mermaid's own code contains (a drawn diagram's markup has neither).
      return code.includes('mermaidAPI') || code.includes('securityLevel');
    });
    expect(readdirSync(jsDir).length).toBeGreaterThan(5);
    expect(withMermaid).toEqual([]);
  });
});
