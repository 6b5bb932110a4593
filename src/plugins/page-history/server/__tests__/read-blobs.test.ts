import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { openBlobReader } from '../read-blobs.ts';

// Three files of different sizes in a real repository: one larger than a
// pipe's buffer, so its bytes arrive in several chunks.
let repo: string;
const FILES: Record<string, string> = {
  'a.md': '# A\n\nFirst page.\n',
  'b.md': '# B\n\nSecond page, with a line of its own.\n',
  'big.md': `# Big\n\n${'A long paragraph about builds. '.repeat(8000)}\n`,
};
const blobOf: Record<string, string> = {};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'read-blobs-test-'));
  execFileSync('git', ['init', '--quiet'], { cwd: repo });
  for (const [name, text] of Object.entries(FILES)) {
    writeFileSync(join(repo, name), text);
    blobOf[name] = execFileSync('git', ['hash-object', '-w', name], { cwd: repo, encoding: 'utf8' }).trim();
  }
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

const asText = (content: Buffer) => content.toString('utf8');

describe('openBlobReader', () => {
  test('answers one request after another from the same git process, each blob whole', async () => {
    const reader = openBlobReader(repo);
    const first = await reader.read([blobOf['a.md'] ?? '', blobOf['big.md'] ?? ''], asText);
    const second = await reader.read([blobOf['b.md'] ?? '', blobOf['b.md'] ?? ''], asText);
    await reader.close();
    expect([...first.values()]).toEqual([FILES['a.md'], FILES['big.md']]);
    expect([...second.entries()]).toEqual([[blobOf['b.md'], FILES['b.md']]]);
  });

  test('an empty request is answered without asking git', async () => {
    const reader = openBlobReader(repo);
    expect((await reader.read([], asText)).size).toBe(0);
    await reader.close();
  });

  test('a blob the repository lacks rejects the read, naming the blob', async () => {
    const reader = openBlobReader(repo);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    await expect(reader.read([missing], asText)).rejects.toThrow(`blob ${missing} is missing; is the clone complete?`);
    await reader.close().catch(() => undefined);
  });

  test('outside a repository, git says why', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'read-blobs-plain-'));
    try {
      const reader = openBlobReader(plain);
      await expect(reader.read([blobOf['a.md'] ?? ''], asText)).rejects.toThrow(/git cat-file failed/);
      await expect(reader.close()).rejects.toThrow(/git cat-file failed/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
