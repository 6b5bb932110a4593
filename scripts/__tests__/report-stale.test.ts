import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO_DIR = resolve(import.meta.dirname, '..', '..');
const MINI_SITE = join(REPO_DIR, 'tests', 'fixtures', 'mini-site');

function reportOn(today: string) {
  return spawnSync(
    join(REPO_DIR, 'node_modules', '.bin', 'tsx'),
    [join(REPO_DIR, 'scripts', 'report-stale.ts'), '--site-dir', MINI_SITE],
    { encoding: 'utf8', env: { ...process.env, HANDBOOK_TODAY: today } },
  );
}

// The fixture's two docs were last reviewed on 2026-11-25, every 180 days: due on 2027-05-24.
describe('npm run report:stale', () => {
  test.each([
    [
      'the day before they are due',
      '2027-05-23',
      [/^report:stale: no page is due for review on 2027-05-23 \(2 docs\)$/m],
    ],
    [
      'once they are due',
      '2027-06-01',
      [
        /^docs\/guide\.md: due for review since 2027-05-24 \(8 days overdue, last reviewed 2026-11-25\); ask Performance Engineering \(perf-eng\)/m,
        /^docs\/other\.md: due for review since 2027-05-24 .*ask Handbook maintainers \(handbook-maintainers\)/m,
        /^report:stale: 2 of 2 docs due for review on 2027-06-01 \(a warning, not a failure\)$/m,
      ],
    ],
    ['with an unreadable date', 'soon', [/could not make the report: HANDBOOK_TODAY="soon" is not a date/]],
  ])(
    '%s: exits 0 and says so',
    (_, today, expected) => {
      const result = reportOn(today);
      expect(result.status).toBe(0);
      for (const pattern of expected) expect(`${result.stdout}${result.stderr}`).toMatch(pattern);
    },
    20_000,
  );
});
