import { describe, expect, test } from 'vitest';

import { parseCpuSeconds, parseIndexingSeconds, parsePeakMemoryMiB } from '../measure-build.ts';

// What GNU time -v prints after a build (trimmed), and what each parser reads from it.
const GNU_TIME_REPORT = `
	Command being timed: "node docusaurus.mjs build"
	User time (seconds): 112.45
	System time (seconds): 9.81
	Percent of CPU this job got: 171%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:11.21
	Maximum resident set size (kbytes): 2958364
`;

describe('reading a build', () => {
  test.each([
    { field: 'CPU seconds, user plus system', parse: parseCpuSeconds, output: GNU_TIME_REPORT, expected: 122.26 },
    { field: 'CPU seconds without GNU time', parse: parseCpuSeconds, output: 'built in 70 s', expected: null },
    { field: 'peak memory in MiB', parse: parsePeakMemoryMiB, output: GNU_TIME_REPORT, expected: 2889 },
    { field: 'peak memory without GNU time', parse: parsePeakMemoryMiB, output: 'built in 70 s', expected: null },
    {
      field: 'search indexing seconds',
      parse: parseIndexingSeconds,
      output: '[INFO] [handbook-search] indexed 9120 sections of 2031 pages in 3912 ms (1080 files, 20000 KB) → build',
      expected: 3.912,
    },
    { field: 'search indexing on a peer', parse: parseIndexingSeconds, output: GNU_TIME_REPORT, expected: null },
  ])('$field', ({ parse, output, expected }) => {
    const value = parse(output);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 6);
  });
});
