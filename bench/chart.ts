// An SVG chart of the latest bench run, for the README: search bytes before
// the first result and build time, against page count, ours and the peers.
// Colours read on light and dark backgrounds; each line is also labelled.
import type { BenchResults } from './run.ts';
import type { Variant } from './sites.ts';

const COLOURS: Record<Variant, string> = { ours: '#1a9bc7', stock: '#8a8a8a', easyops: '#d9822b' };
const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { left: 56, right: 70, top: 30, bottom: 36 };

type Point = { x: number; y: number };

function panel(title: string, unit: string, series: Partial<Record<Variant, Point[]>>, offsetX: number): string {
  const points = Object.values(series).flat();
  const largest = Math.max(0, ...points.map((point) => point.x));
  const maxX = Math.max(1, largest);
  const maxY = Math.max(1, ...points.map((point) => point.y));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => offsetX + MARGIN.left + (x / maxX) * plotWidth;
  const sy = (y: number) => MARGIN.top + plotHeight - (y / maxY) * plotHeight;
  const parts = [
    `<text x="${offsetX + MARGIN.left}" y="18" class="title">${title}</text>`,
    `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(maxX)}" y2="${sy(0)}" class="axis"/>`,
    `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(0)}" y2="${sy(maxY)}" class="axis"/>`,
    `<text x="${sx(0) - 6}" y="${sy(maxY) + 4}" class="tick" text-anchor="end">${maxY.toFixed(maxY < 10 ? 1 : 0)}</text>`,
    `<text x="${sx(0) - 6}" y="${sy(0) + 4}" class="tick" text-anchor="end">0</text>`,
    `<text x="${sx(0) - 6}" y="${MARGIN.top - 6}" class="tick" text-anchor="end">${unit}</text>`,
    `<text x="${sx(maxX)}" y="${sy(0) + 16}" class="tick" text-anchor="end">${largest === 0 ? 'the handbook alone' : `+${largest} generated pages`}</text>`,
  ];
  for (const [variant, line] of Object.entries(series) as [Variant, Point[]][]) {
    if (line.length === 0) continue;
    const path = line
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${sx(point.x).toFixed(1)},${sy(point.y).toFixed(1)}`)
      .join(' ');
    const last = line.at(-1) as Point;
    parts.push(`<path d="${path}" fill="none" stroke="${COLOURS[variant]}" stroke-width="2.5"/>`);
    parts.push(
      ...line.map(
        (point) =>
          `<circle cx="${sx(point.x).toFixed(1)}" cy="${sy(point.y).toFixed(1)}" r="3" fill="${COLOURS[variant]}"/>`,
      ),
    );
    parts.push(
      `<text x="${sx(last.x) + 6}" y="${sy(last.y) + 4}" class="label" fill="${COLOURS[variant]}">${variant}</text>`,
    );
  }
  return parts.join('\n  ');
}

export function renderChart(results: BenchResults): string {
  const series = (pick: (size: BenchResults['sizes'][number], variant: Variant) => number | null | undefined) => {
    const out: Partial<Record<Variant, Point[]>> = {};
    for (const variant of ['ours', 'stock', 'easyops'] as const) {
      const line = results.sizes.flatMap((size) => {
        const value = pick(size, variant);
        return value == null ? [] : [{ x: size.extraPages, y: value }];
      });
      if (line.length > 0) out[variant] = line;
    }
    return out;
  };
  const bytes = series((size, variant) => {
    const value = size.variants[variant]?.search?.bytesBeforeFirstResult;
    return value == null ? null : value / 1024;
  });
  const build = series((size, variant) => size.variants[variant]?.buildMedianSeconds);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH * 2} ${HEIGHT}" role="img" aria-labelledby="bench-title">
  <title id="bench-title">Search bytes before the first result and build time against extra generated pages, for ours, stock Docusaurus and easyops (${results.date.slice(0, 10)})</title>
  <style>
    .title { font: 600 13px system-ui, sans-serif; fill: #555; }
    .tick { font: 11px system-ui, sans-serif; fill: #666; }
    .label { font: 600 11px system-ui, sans-serif; }
    .axis { stroke: #888; stroke-width: 1; }
    @media (prefers-color-scheme: dark) { .title { fill: #ccc; } .tick { fill: #aaa; } }
  </style>
  ${panel('Search: KB before first result', 'KB', bytes, 0)}
  ${panel('Build time', 's', build, WIDTH)}
</svg>
`;
}
