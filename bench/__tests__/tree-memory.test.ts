import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { sampleTreeMemory, treeResidentBytes } from '../tree-memory.ts';

const MiB = 1024 * 1024;

/** Resident bytes of one process alone. */
function ownResidentBytes(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
}

// A parent that holds little and starts a child holding 200 MiB, as a build
// process that hands its work to a child would: GNU time would report the
// larger of the two, the tree sum counts both.
const PARENT = `
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, ['-e', "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('held'); setTimeout(() => b, 20000)"], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.on('SIGTERM', () => { child.kill(); process.exit(0); });
`;

describe('the memory of a process tree (Linux /proc)', () => {
  test('counts a child process beside its parent, and the sampler keeps the largest sum', async () => {
    const parent = spawn(process.execPath, ['-e', PARENT], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const sampler = sampleTreeMemory(parent.pid ?? 0, 50);
      await new Promise<void>((resolve) => parent.stdout.once('data', () => resolve()));
      const total = treeResidentBytes(parent.pid ?? 0);
      expect(total).toBeGreaterThan(200 * MiB);
      expect(total).toBeGreaterThan(ownResidentBytes(parent.pid ?? 0) + 200 * MiB);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sampler.stop()).toBeGreaterThan(200);
    } finally {
      parent.kill();
    }
  }, 60_000);

  test('a process that has ended holds nothing', () => {
    expect(treeResidentBytes(2 ** 22 + 12345)).toBe(0);
  });
});
