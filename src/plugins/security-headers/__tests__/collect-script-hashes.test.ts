import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { collectScriptHashes } from '../index.ts';
import { sha256Source } from '../policy.ts';

describe('collectScriptHashes', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'csp-hashes-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('hashes every inline script of every page once, over its UTF-8 bytes, and ignores other files', async () => {
    const accented = 'document.title = "Café ✓"';
    mkdirSync(join(outDir, 'docs', 'culture'), { recursive: true });
    writeFileSync(
      join(outDir, 'index.html'),
      `<html><script>init()</script><p>Ünïcode</p><script>${accented}</script>`,
    );
    writeFileSync(
      join(outDir, 'docs', 'culture', 'index.html'),
      '<script>init()</script><script src="/a.js"></script>',
    );
    writeFileSync(join(outDir, 'docs', 'notes.txt'), '<script>notHtml()</script>');

    expect(await collectScriptHashes(outDir)).toEqual([sha256Source('init()'), sha256Source(accented)].sort());
  });

  test('a latin1 reading of the bytes hashes like the text itself', () => {
    const script = 'const mark = "é — ✓";';
    expect(sha256Source(Buffer.from(script, 'utf8').toString('latin1'), 'latin1')).toBe(sha256Source(script));
  });
});
