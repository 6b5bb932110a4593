// Prints the first-week packet from a finished build: build/print.html (which
// the build writes) to build/handbook.pdf, through Chromium. The logic lives in
// src/plugins/print-packet; design/print-packet.md explains the two passes.
//
// Try: npm run build && npm run pdf
//      npm run pdf -- build-preview   (another build folder)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { printPacket } from '../src/plugins/print-packet/server/print-pdf.ts';

async function main() {
  const buildDir = resolve(process.argv[2] ?? 'build');
  if (!existsSync(buildDir)) {
    console.error(`pdf: ${buildDir} does not exist; run "npm run build" first.`);
    process.exit(1);
  }
  const started = performance.now();
  try {
    const packet = await printPacket(buildDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `pdf: wrote ${packet.file}: ${packet.pages} pages, ${Math.round(packet.bytes / 1024)} KB, ${packet.passes} printings in ${seconds} s`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

void main();
