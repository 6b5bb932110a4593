// Debian's Chromium, started the way this machine needs: no sandbox as root,
// no GPU, and no background networking (the machine has no route out, and
// Chromium's own update and sync requests would otherwise fail noisily).
// Shared by the browser tests, the bench, the Lighthouse run, the diagram
// renderer and the PDF printer.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH, else Debian's /usr/bin/chromium; one clear line when neither exists. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}: install it with "sudo apt-get install -y chromium" or point CHROME_PATH at a Chromium binary.`,
    );
  }
  return candidate;
}
