import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { baseUrl, launchBrowser, watchPage } from './browser.ts';
import { startNginx } from './support/nginx.ts';
import { buildVariant } from './support/variant-build.ts';

// The first-week packet as a reader gets it: a PDF read back with Debian's
// poppler-utils (pdfinfo, pdftotext, pdftohtml), from a build that prints it
// (HANDBOOK_PDF=1) into its own folder; and the ordinary build, which neither
// prints it nor links to it.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/print-packet
const SITE_DIR = resolve(__dirname, '..');
const BUILD_MINUTES = 15;
const SITE_URL = 'https://handbook.example.com';

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The handbook's reading order as llms-full.txt publishes it: each page's title and address. */
function readingOrder(outDir: string): { title: string; path: string }[] {
  const text = readFileSync(join(outDir, 'llms-full.txt'), 'utf8');
  return [...text.matchAll(/^# (.+)\n\nSource: <([^>]+)>/gm)].map((match) => ({
    title: match[1] ?? '',
    path: new URL(match[2] ?? '').pathname,
  }));
}

/** The name the PDF gives a page's destination: its address without slashes (docs/culture/x → docs-culture-x). */
const destinationOf = (path: string) => path.replace(/^\//, '').replace(/\//g, '-');

function pageText(pdf: string, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
}

type OutlineItem = { title: string; page: number; children: OutlineItem[] };

/** The PDF's outline (bookmarks), as pdftohtml -xml writes it. */
function outline(pdf: string): OutlineItem[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf]);
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const stack: OutlineItem[][] = [];
  let top: OutlineItem[] = [];
  for (const token of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') {
      const parent = stack.length === 0 ? undefined : stack[stack.length - 1]?.at(-1);
      const level: OutlineItem[] = parent ? parent.children : top;
      if (stack.length === 0) top = level;
      stack.push(level);
    } else if (token[0] === '</outline>') {
      stack.pop();
      if (stack.length === 0) break;
    } else {
      stack[stack.length - 1]?.push({
        title: (token[2] ?? '')
          .replace(/&amp;/g, '&')
          .replace(/&#39;|&apos;/g, "'")
          .trim(),
        page: Number(token[1]),
        children: [],
      });
    }
  }
  return top;
}

describe('a build that prints the packet (HANDBOOK_PDF=1)', () => {
  let outDir: string;
  let pdf: string;
  let order: { title: string; path: string }[];
  let destinations: Map<string, number>;

  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'handbook-pdf-build-')), 'build');
    await buildVariant({
      name: 'print-packet',
      outDir,
      env: { HANDBOOK_PDF: '1' },
      minutes: BUILD_MINUTES,
      withBuildScript: true,
    });
    pdf = join(outDir, 'handbook.pdf');
    order = readingOrder(outDir);
    destinations = new Map(
      [...run('pdfinfo', ['-dests', pdf]).matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm)].map((match) => [
        match[2] ?? '',
        Number(match[1]),
      ]),
    );
  }, BUILD_MINUTES * 60_000);
  afterAll(() => rmSync(resolve(outDir, '..'), { recursive: true, force: true }));

  test('the start-here page links to the packet, and the packet is there', () => {
    const html = readFileSync(join(outDir, 'docs/start-here.html'), 'utf8');
    expect(html).toMatch(/<a href="?\/handbook\.pdf"?[^>]*>Download the first-week packet<\/a>/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the packet is a tagged PDF with a page count that fits the handbook', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(order.length).toBeGreaterThan(20);
    // A cover, the contents, then each page starting on a page of its own.
    expect(pages).toBeGreaterThanOrEqual(order.length + 2);
    expect(pages).toBeLessThan(order.length * 8);
  });

  test('every doc, the glossary and the blog post start a page under their title, in reading order', () => {
    expect(order.map((page) => page.title)).toContain('Glossary');
    expect(order.at(-1)?.path).toMatch(/^\/blog\//);
    expect(order[0]?.title).toBe('Start here');
    const pages = order.map(({ path }) => destinations.get(destinationOf(path)) ?? -1);
    expect(pages.every((page) => page > 2)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(pages).size).toBe(pages.length);
    for (const [index, { title }] of order.entries()) {
      const firstLine = pageText(pdf, pages[index] ?? 0)
        .split('\n')
        .find((line) => line.trim() !== '');
      expect(firstLine?.trim(), `page ${pages[index]}`).toBe(title);
    }
  });

  test('the contents give each page the number printed at the foot of the page it starts on', () => {
    const firstPage = Math.min(...order.map(({ path }) => destinations.get(destinationOf(path)) ?? 0));
    const contents = run('pdftotext', ['-layout', '-f', '2', '-l', String(firstPage - 1), pdf, '-']);
    expect(contents).toMatch(/^\s*Contents/);
    for (const { title, path } of order) {
      const line = contents.split('\n').find((candidate) =>
        candidate
          .trim()
          .replace(/^Blog: /, '')
          .startsWith(title),
      );
      expect(line, title).toBeDefined();
      const listed = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
      expect(listed, title).toBe(destinations.get(destinationOf(path)));
      expect(pageText(pdf, listed)).toMatch(new RegExp(`\\n\\s*${listed} / \\d+\\s*$`));
    }
  });

  test('the outline lists the cover, the contents and every page in order, each pointing at its page', () => {
    const items = outline(pdf);
    expect(items.map((item) => item.title)).toEqual([
      'Engineering Culture Handbook',
      'Contents',
      ...order.map((page) => page.title),
    ]);
    for (const { path, title } of order) {
      expect(items.find((item) => item.title === title)?.page, title).toBe(destinations.get(destinationOf(path)));
    }
    const meetings = items.find((item) => item.title === 'Meetings');
    expect(meetings?.children.map((child) => child.title)).toContain('Related pages');
  });

  test('links between pages are links inside the PDF, to destinations it has', () => {
    const raw = readFileSync(pdf).toString('latin1');
    const internal = [...raw.matchAll(/\/Dest \/([^\s/>\]]+)/g)].map((match) =>
      (match[1] ?? '').replace(/#([0-9A-Fa-f]{2})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
    expect(internal.length).toBeGreaterThan(order.length * 2);
    expect(internal.filter((name) => !destinations.has(name))).toEqual([]);
    // Contents entries, the reading path and glossary terms land on the pages they name.
    expect(internal).toContain('docs-day-in-the-life-meetings');
    expect(internal.some((name) => name.startsWith('docs-glossary--'))).toBe(true);
    const packetUrls = new Set(order.map(({ path }) => `${SITE_URL}${path}`));
    const external = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => (match[1] ?? '').split('#')[0] ?? '');
    expect(external.filter((url) => packetUrls.has(url))).toEqual([]);
  });

  test('diagrams are drawn as vectors with their labels as text, not as pictures', () => {
    const page = destinations.get('docs-day-in-the-life-meetings') ?? 0;
    const text = pageText(pdf, page) + pageText(pdf, page + 1);
    // A label of the meeting-cadence diagram; the page's prose never says it.
    expect(text).toContain('At points during');
    const images = run('pdfimages', ['-list', '-f', String(page), '-l', String(page + 1), pdf]);
    expect(images.trim().split('\n').length).toBe(2); // the header lines only
  });

  test('code keeps its highlighting: a code block prints in more than one colour', () => {
    const page = destinations.get('docs-about') ?? 0;
    const last = Math.min(...[...destinations.values()].filter((value) => value > page), page + 6);
    const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-f', String(page), '-l', String(last), pdf]);
    const fonts = new Map(
      [...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"[^>]*color="([^"]*)"/g)].map((match) => [
        match[1],
        { family: match[2] ?? '', color: match[3] ?? '' },
      ]),
    );
    const monoColours = new Set(
      [...xml.matchAll(/<text [^>]*font="(\d+)"/g)]
        .map((match) => fonts.get(match[1]))
        .filter((font) => font && /mono|courier|consol|menlo/i.test(font.family))
        .map((font) => font?.color),
    );
    expect(monoColours.size).toBeGreaterThan(1);
  });

  test('npm run pdf prints an existing build again, and names a missing one in one line', () => {
    const again = spawnSync('npm', ['run', '--silent', 'pdf', '--', outDir], { cwd: SITE_DIR, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^pdf: wrote .*handbook\.pdf: \d+ pages, \d+ KB, 2 printings in [\d.]+ s$/m);
    const missing = join(tmpdir(), 'no-such-handbook-build');
    const failed = spawnSync('npm', ['run', '--silent', 'pdf', '--', missing], { cwd: SITE_DIR, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim()).toBe(`pdf: ${missing} does not exist; run "npm run build" first.`);
  }, 300_000);
});

describe('the ordinary build', () => {
  test('does not link to a packet it did not print', async () => {
    const html = await (await fetch(new URL('/docs/start-here', baseUrl()))).text();
    expect(html).toContain('Your first-week reading path');
    expect(html).not.toContain('first-week packet');
    expect(html).not.toContain('handbook.pdf');
  });

  test('serves the print edition under the security policy, without loading anything it does not have', async () => {
    const nginx = await startNginx(process.env.BUILD_DIR ?? 'build');
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const problems = watchPage(page, nginx.url);
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const response = await page.goto(`${nginx.url}/print`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(await page.locator('h1').first().textContent()).toBe('Engineering Culture Handbook');
      const titles = await page.locator('section.packet-page > h1').allTextContents();
      expect(titles).toEqual(readingOrder(process.env.BUILD_DIR ?? 'build').map((entry) => entry.title));
      expect(violations).toEqual([]);
      expect(failed).toEqual([]);
      expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    } finally {
      await browser.close();
      await nginx.stop();
    }
  });
});
