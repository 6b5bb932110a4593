// Prints the print edition (build/print.html) to build/handbook.pdf with
// Chromium's own PDF output: tagged, with an outline made from the headings,
// and links inside the document as named destinations. Chromium cannot
// number the contents itself (no target-counter), so it prints twice: the
// first copy says on which page each section starts (pdfinfo -dests lists
// the destinations the contents links to), the second carries those numbers,
// and a check reads them back. See design/print-packet.md.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';

import { CHROMIUM_ARGS, chromiumPath } from '../../../config/chromium.ts';
import { PACKET_FILE, PRINT_EDITION_FILE } from '../shared/names.ts';
import { contentsAnchors, withPageNumbers } from './print-edition.ts';

/** The edition is served to Chromium from the build folder under a name that never reaches a network. */
const PRINT_ORIGIN = 'http://print-packet.invalid';

/** Passes before giving up on contents numbers that keep moving (two suffice when the contents' layout holds). */
const MAX_PASSES = 4;

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.html': 'text/html',
};

const FOOTER = `<div style="font-size:8pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

export type PrintedPacket = { file: string; pages: number; bytes: number; passes: number };

function poppler(tool: 'pdfinfo', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(
      `print-packet: ${tool} did not run (${result.error.message}): install it with "sudo apt-get install -y poppler-utils".`,
    );
  }
  if (result.status !== 0) throw new Error(`print-packet: ${tool} ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** Named destinations of a PDF and the page (from 1) each is on, as pdfinfo -dests lists them. */
function destinationPages(pdfFile: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const line of poppler('pdfinfo', ['-dests', pdfFile]).split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match) pages.set(match[2] ?? '', Number(match[1]));
  }
  return pages;
}

function pageCount(pdfFile: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdfFile]));
  return Number(match?.[1] ?? 0);
}

/** Where the edition's own files live: it names its base URL so its stylesheets and images resolve from the build folder. */
function baseUrlOf(html: string): string {
  return /<meta name="print-packet:base-url" content="([^"]*)">/.exec(html)?.[1] ?? '/';
}

/** Prints buildDir/print.html to buildDir/handbook.pdf, replacing it only once the new one is complete. */
export async function printPacket(buildDir: string): Promise<PrintedPacket> {
  const editionFile = join(buildDir, PRINT_EDITION_FILE);
  if (!existsSync(editionFile)) {
    throw new Error(`${editionFile}: print-packet: no print edition; run "npm run build" first (the build writes it).`);
  }
  const edition = readFileSync(editionFile, 'utf8');
  const baseUrl = baseUrlOf(edition);
  const anchors = contentsAnchors(edition);
  if (anchors.length === 0) throw new Error(`${editionFile}: print-packet: the edition's contents list no pages.`);

  const { chromium } = await import('playwright-core');
  const workDir = mkdtempSync(join(tmpdir(), 'handbook-pdf-'));
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await context.newPage();
    let current = edition;
    const root = normalize(buildDir) + sep;
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== PRINT_ORIGIN || !url.pathname.startsWith(baseUrl)) return route.abort();
      const relative = decodeURIComponent(url.pathname.slice(baseUrl.length));
      if (relative === 'print') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: current });
      const file = normalize(join(buildDir, relative));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
        return route.fulfill({ status: 404 });
      return route.fulfill({
        contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });

    const draft = join(workDir, 'draft.pdf');
    let printed: Map<string, number> | undefined;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      if (printed) current = withPageNumbers(edition, printed);
      await page.goto(`${PRINT_ORIGIN}${baseUrl}print`, { waitUntil: 'load' });
      writeFileSync(
        draft,
        await page.pdf({
          format: 'A4',
          printBackground: true,
          outline: true,
          tagged: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: FOOTER,
          margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
        }),
      );
      const destinations = destinationPages(draft);
      const missing = anchors.filter((anchor) => !destinations.has(anchor));
      if (missing.length > 0) throw new Error(`print-packet: the PDF has no destination for ${missing.join(', ')}`);
      const found = new Map(anchors.map((anchor) => [anchor, destinations.get(anchor) ?? 0]));
      if (printed && anchors.every((anchor) => printed?.get(anchor) === found.get(anchor))) {
        const target = join(buildDir, PACKET_FILE);
        const partial = `${target}.partial`;
        copyFileSync(draft, partial);
        renameSync(partial, target);
        return { file: target, pages: pageCount(target), bytes: statSync(target).size, passes: pass };
      }
      printed = found;
    }
    throw new Error(
      `print-packet: the contents' page numbers still moved after ${MAX_PASSES} printings; is a contents line wrapping?`,
    );
  } finally {
    await context.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
