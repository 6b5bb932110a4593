// What a rendered diagram depends on: its source and the renderer's
// settings. The key names its files in rendered/, so a change to either
// renders the diagram again and an unchanged one is never rendered twice.
import { createHash } from 'node:crypto';

/**
 * The Mermaid version and the settings every diagram is rendered with. Bump
 * it with the mermaid package (a unit test compares it with the installed
 * version): every committed SVG is then rendered again.
 */
export const RENDERER = 'mermaid@12.3.0 themes=default,dark htmlLabels=false securityLevel=strict';

export const THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof THEMES)[number];

/** Mermaid's own theme for each colour mode of the site. */
export const MERMAID_THEME: Readonly<Record<DiagramTheme, string>> = { light: 'default', dark: 'dark' };

export function diagramKey(source: string): string {
  return createHash('sha256').update(`${RENDERER}\n${source.trim()}\n`).digest('hex').slice(0, 16);
}

/** The element id of one theme's SVG; Mermaid scopes the diagram's styles under it. */
export function diagramId(key: string, theme: DiagramTheme): string {
  return `diagram-${key}-${theme}`;
}

export function renderedFileName(key: string, theme: DiagramTheme): string {
  return `${key}.${theme}.svg`;
}
