// `npm run bench -- --dev`: the contributor's edit loop, ours next to stock
// Docusaurus on the same content. For each site: `docusaurus start` (what
// `npm start` runs), the time until a doc page renders its title in Chromium,
// then edits of that page's Markdown, each timed from the file write until the
// new sentence shows in the open tab by hot reload (no manual reload).
// See design/dev-loop.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../src/config/chromium.ts';
import { openWhenReady, sleep, startDevServer } from '../scripts/lib/dev-server.ts';
import { alternatingOrder, median } from './stats.ts';

export type DevVariant = 'ours' | 'stock';
export const DEV_VARIANTS: readonly DevVariant[] = ['ours', 'stock'];

/** The page the loop opens and edits: plain Markdown in both sites. */
export const DEV_PAGE = {
  file: 'docs/culture/culture-deck.md',
  path: '/docs/culture/culture-deck',
  title: 'The culture deck',
};

export type DevSession = {
  /** From spawning `docusaurus start` to the doc page's title in the browser. */
  readySeconds: number;
  /** Each edit, from the file write to its sentence in the open tab. */
  editSeconds: number[];
};

export type DevLoopVariantResult = {
  readySeconds: number[];
  readyMedianSeconds: number;
  editSeconds: number[];
  editMedianSeconds: number;
};

export type DevLoopSize = { extraPages: number; variants: Partial<Record<DevVariant, DevLoopVariantResult>> };

export type DevLoopResults = { editsPerSession: number; sessions: number; sizes: DevLoopSize[] };

/** Medians over the sessions of one variant at one size. */
export function combineDevSessions(sessions: readonly DevSession[]): DevLoopVariantResult {
  const readySeconds = sessions.map((session) => session.readySeconds);
  const editSeconds = sessions.flatMap((session) => session.editSeconds);
  return {
    readySeconds,
    readyMedianSeconds: median(readySeconds),
    editSeconds,
    editMedianSeconds: median(editSeconds),
  };
}

/**
 * Writes `text` into the Markdown file and resolves with the milliseconds
 * until the open tab shows it. The page reports the moment it first sees the
 * text (checked every animation frame), so the figure holds no round trip.
 */
export async function timeEdit(page: Page, file: string, original: string, text: string): Promise<number> {
  const seen = page.waitForFunction(
    (needle) => (document.querySelector('article')?.textContent?.includes(needle) ? Date.now() : false),
    text,
    { polling: 'raf', timeout: 120_000 },
  );
  const written = Date.now();
  writeFileSync(file, `${original.trimEnd()}\n\n${text}\n`);
  const shownAt = (await (await seen).jsonValue()) as number;
  return shownAt - written;
}

/** One session: start, open the doc, `edits` edits; the file is left as it was. */
export async function measureDevSession(
  siteDir: string,
  edits: number,
  log: (message: string) => void = () => {},
): Promise<DevSession> {
  const file = join(siteDir, DEV_PAGE.file);
  const original = readFileSync(file, 'utf8');
  const started = performance.now();
  const server = await startDevServer(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await openWhenReady(page, server, `${server.url}${DEV_PAGE.path}`, DEV_PAGE.title);
    const readySeconds = (performance.now() - started) / 1000;
    log(`ready in ${readySeconds.toFixed(1)} s`);
    // The first compile's late work (type checks, watchers settling) is not part of an edit.
    await sleep(2000);
    const editSeconds: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const sentence = `Dev loop check ${edit} ${Math.random().toString(36).slice(2, 10)} reads here.`;
      const ms = await timeEdit(page, file, original, sentence);
      editSeconds.push(ms / 1000);
      log(`edit ${edit}/${edits}: ${(ms / 1000).toFixed(2)} s`);
      // Saves a second apart, not merged by the watchers' debounce.
      await sleep(1500);
    }
    return { readySeconds, editSeconds };
  } finally {
    writeFileSync(file, original);
    await browser.close();
    await server.stop();
  }
}

/**
 * Every size, `sessions` sessions per variant, the variants' order
 * alternating from one session to the next (and from one size to the next).
 */
export async function benchDevLoop(options: {
  sizes: readonly number[];
  sessions: number;
  edits: number;
  prepare: (variant: DevVariant, extraPages: number) => string;
  progress: (message: string) => void;
}): Promise<DevLoopResults> {
  const results: DevLoopResults = { editsPerSession: options.edits, sessions: options.sessions, sizes: [] };
  let turn = 0;
  for (const extraPages of options.sizes) {
    const dirs = Object.fromEntries(
      DEV_VARIANTS.map((variant) => [variant, options.prepare(variant, extraPages)]),
    ) as Record<DevVariant, string>;
    const sessions = Object.fromEntries(DEV_VARIANTS.map((variant) => [variant, [] as DevSession[]])) as Record<
      DevVariant,
      DevSession[]
    >;
    for (let session = 0; session < options.sessions; session++, turn++) {
      for (const variant of alternatingOrder(DEV_VARIANTS, turn)) {
        const say = (message: string) =>
          options.progress(
            `+${extraPages} pages, dev session ${session + 1}/${options.sessions}, ${variant}: ${message}`,
          );
        say('docusaurus start');
        sessions[variant].push(await measureDevSession(dirs[variant], options.edits, say));
      }
    }
    results.sizes.push({
      extraPages,
      variants: Object.fromEntries(DEV_VARIANTS.map((variant) => [variant, combineDevSessions(sessions[variant])])),
    });
  }
  return results;
}
