import type { PrismTheme } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

import { darkCodeTheme, lightCodeTheme } from '../code-themes.ts';

/** sRGB channels of a #rrggbb or rgb()/rgba() colour. */
function channels(color: string): number[] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((at) => parseInt((hex[1] ?? '').slice(at, at + 2), 16));
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color);
  if (rgb) return (rgb[1] ?? '').split(',').slice(0, 3).map(Number);
  throw new Error(`unreadable colour ${color}`);
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function shortfalls(theme: PrismTheme): string[] {
  const background = theme.plain.backgroundColor ?? '';
  const colours: [string, string | undefined][] = [
    ['plain', theme.plain.color],
    ...theme.styles.map((style): [string, string | undefined] => [style.types.join(','), style.style.color]),
  ];
  return colours
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([types, colour]) => ({ types, colour, ratio: contrast(colour, background) }))
    .filter(({ ratio }) => ratio < 4.5)
    .map(({ types, colour, ratio }) => `${types} ${colour} on ${background}: ${ratio.toFixed(2)}:1`);
}

describe('code themes', () => {
  test('the contrast formula gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test.each([
    ['light', lightCodeTheme],
    ['dark', darkCodeTheme],
  ])('every token colour of the %s theme reaches 4.5:1 on its background', (_name, theme) => {
    expect(shortfalls(theme)).toEqual([]);
  });
});
