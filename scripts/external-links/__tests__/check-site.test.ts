// npm run check:external-links against "other sites" that are HTTP servers on
// loopback ports started here, never the internet: one answers 200, 301,
// 302, 404, 410, 500 and 429 (Retry-After in seconds and as an HTTP date,
// then 200), one never answers, and a third only serves slow pages so the
// per-host cap can be seen from the servers' side.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { checkSiteLinks, type SiteCheckOptions } from '../check-site.ts';
import { renderIssueBody, renderText } from '../report.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..', '..');
const TSX = join(REPO_DIR, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_DIR, 'scripts', 'check-external-links.ts');

/** A loopback server that records every request: when it came, and how many were open at once. */
class RecordingServer {
  readonly server: Server;
  readonly times = new Map<string, number[]>();
  inFlight = 0;
  maxInFlight = 0;
  origin = '';

  constructor(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void) {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      const times = this.times.get(path) ?? [];
      times.push(Date.now());
      this.times.set(path, times);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      response.on('close', () => this.inFlight--);
      answer(request, response, times.length);
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  hits(path: string): number {
    return this.times.get(path)?.length ?? 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((done) => this.server.close(done));
  }
}

const sentRetryDates: string[] = [];

const site = new RecordingServer((request, response, count) => {
  const reply = (status: number, headers: Record<string, string> = {}) => {
    response.writeHead(status, headers);
    response.end(`<p>${status}</p>`);
  };
  switch (request.url) {
    case '/ok':
      return reply(200);
    case '/moved':
      return reply(301, { location: '/ok' });
    case '/temporary':
      return reply(302, { location: '/ok' });
    case '/missing':
      return reply(404);
    case '/gone':
      return reply(410);
    case '/error':
      return reply(500);
    case '/busy':
      return count === 1 ? reply(429, { 'retry-after': '1' }) : reply(200);
    case '/busy-date': {
      if (count > 1) return reply(200);
      const date = new Date(Date.now() + 2000).toUTCString();
      sentRetryDates.push(date);
      return reply(429, { 'retry-after': date });
    }
    default:
      // /slow/N: slow enough that the checker would open more connections if it could.
      setTimeout(() => reply(200), 100);
  }
});
const slowSite = new RecordingServer((_request, response) => {
  setTimeout(() => response.end('ok'), 100);
});
const silentSite = new RecordingServer(() => {
  // Never answers: the checker must give up on its own.
});

let siteDir = '';

const OPTIONS: Omit<SiteCheckOptions, 'siteDir' | 'useCache'> = {
  timeoutMs: 1000,
  retries: 2,
  perHost: 2,
  backoffMs: 10,
  maxRetryAfterMs: 5000,
  userAgent: 'handbook-test',
};
const CLI_OPTIONS = [
  '--timeout',
  '1',
  '--retries',
  '2',
  '--per-host',
  '2',
  '--backoff',
  '0.01',
  '--max-retry-after',
  '5',
];

function writePages(): void {
  const a = site.origin;
  const slow = (origin: string) => [1, 2, 3, 4, 5].map((n) => `[slow ${n}](${origin}/slow/${n})`).join(' ');
  writeFileSync(
    join(siteDir, 'docs', 'guide.md'),
    [
      '---',
      'title: Guide',
      'description: The fixture page whose owner is the performance team.',
      'tags: [handbook]',
      'owner: perf-eng',
      'last_reviewed: 2026-11-25',
      '---',
      '',
      `Read [the notes](${a}/ok) and [the moved notes](${a}/moved#part).`,
      '',
      `This one is [missing](${a}/missing).`,
      '',
      `A [temporary move](${a}/temporary) is fine.`,
      '',
      `Busy: [seconds](${a}/busy) and [a date](${a}/busy-date).`,
      '',
      `\`[not a link](${a}/missing)\``,
      '',
      '```md',
      `[not a link either](${a}/gone)`,
      '```',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(siteDir, 'docs', 'other.md'),
    [
      '---',
      'title: Other page',
      'description: The fixture page the maintainers own.',
      'tags: [handbook]',
      'owner: handbook-maintainers',
      'last_reviewed: 2026-11-25',
      '---',
      '',
      `Long [gone][gone] and [failing](${a}/error).`,
      '',
      `This site [never answers](${silentSite.origin}/).`,
      '',
      slow(a),
      '',
      slow(slowSite.origin),
      '',
      `[gone]: ${a}/gone`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(siteDir, 'blog', '2026-11-01-hello', 'index.md'),
    [
      '---',
      'title: Hello',
      'description: The fixture blog post.',
      'authors: [fixture-author]',
      'tags: [news]',
      'date: 2026-11-01',
      'based_on:',
      `  url: ${a}/missing`,
      '---',
      '',
      `It retells [a post](${a}/ok).`,
      '',
    ].join('\n'),
  );
}

beforeAll(async () => {
  await Promise.all([site.start(), slowSite.start(), silentSite.start()]);
  siteDir = mkdtempSync(join(tmpdir(), 'handbook-external-links-'));
  cpSync(join(REPO_DIR, 'tests', 'fixtures', 'mini-site'), siteDir, { recursive: true });
  writePages();
});

afterAll(async () => {
  await Promise.all([site.stop(), slowSite.stop(), silentSite.stop()]);
  rmSync(siteDir, { recursive: true, force: true });
});

function expectedLines(): string[] {
  const a = site.origin;
  const retryLater = 'retry later; if it still fails, remove or replace the link';
  return [
    'handbook-maintainers (Handbook maintainers, @fixture/handbook-maintainers): 4 broken, 0 warnings',
    `docs/other.md:9: ${a}/error: 500 Internal Server Error after 2 retries; ${retryLater}`,
    `docs/other.md:11: ${silentSite.origin}/: timed out after 2 retries; ${retryLater}`,
    `docs/other.md:17: ${a}/gone: 410 Gone; remove or replace the link`,
    `blog/2026-11-01-hello/index.md:8: ${a}/missing: 404 Not Found; remove or replace the link`,
    '',
    'perf-eng (Performance Engineering, @fixture/perf-eng): 1 broken, 1 warning',
    `docs/guide.md:11: ${a}/missing: 404 Not Found; remove or replace the link`,
    `docs/guide.md:9: ${a}/moved#part: warning: 301 Moved Permanently to ${a}/ok#part; update to ${a}/ok#part`,
  ];
}

/** The command in its own process, as a contributor runs it; asynchronous, so the servers here keep answering. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(TSX, [CLI, '--site-dir', siteDir, ...CLI_OPTIONS, ...args], (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('check:external-links against loopback servers', () => {
  test('first run: each answer judged, grouped by owner, with retries, Retry-After and the per-host cap', async () => {
    const started = Date.now();
    const report = await checkSiteLinks({ ...OPTIONS, siteDir, useCache: true });
    const text = renderText(report);

    expect(text.split('\n')).toEqual([
      'external links: 5 broken, 1 warning (21 links to 19 URLs on 3 pages)',
      '',
      ...expectedLines(),
      '',
    ]);

    // 500 and the silent site: the first request and two retries each.
    expect(site.hits('/error')).toBe(3);
    expect(silentSite.hits('/')).toBe(3);
    // 404, 410 and redirects are not retried; the redirect is followed to /ok.
    expect(site.hits('/missing')).toBe(1);
    expect(site.hits('/gone')).toBe(1);
    expect(site.hits('/moved')).toBe(1);
    expect(site.hits('/temporary')).toBe(1);

    // 429: asked again once, no sooner than Retry-After said, and then fine (no line in the report).
    const [busyFirst = 0, busySecond = 0] = site.times.get('/busy') ?? [];
    expect(site.hits('/busy')).toBe(2);
    expect(busySecond - busyFirst).toBeGreaterThanOrEqual(990);
    const [, dateSecond = 0] = site.times.get('/busy-date') ?? [];
    expect(site.hits('/busy-date')).toBe(2);
    expect(sentRetryDates).toHaveLength(1);
    expect(dateSecond).toBeGreaterThanOrEqual(Date.parse(sentRetryDates[0] ?? '') - 10);

    // Never more than two requests at a time to one site, while two sites were asked in parallel.
    expect(site.maxInFlight).toBe(2);
    expect(slowSite.maxInFlight).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);

  test('second run from the CLI: settled answers come from the cache, the rest are asked again; exit 1', async () => {
    const before = { ok: site.hits('/ok'), missing: site.hits('/missing'), error: site.hits('/error') };
    const run = await cli();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      "external links: 5 broken, 1 warning (21 links to 19 URLs on 3 pages; 17 answers from the last day's cache)",
      '',
      ...expectedLines(),
      '',
    ]);
    expect(site.hits('/ok')).toBe(before.ok);
    expect(site.hits('/missing')).toBe(before.missing);
    // A 500 or a timeout may be gone tomorrow: never cached.
    expect(site.hits('/error')).toBe(before.error + 3);
  }, 60_000);

  test('--no-cache asks every site again, and an answer older than a day is asked again', async () => {
    const okHits = site.hits('/ok');
    const run = await cli('--no-cache', '--json');
    expect(run.code).toBe(1);
    // /ok itself, and at the end of the permanent and the temporary redirect.
    expect(site.hits('/ok')).toBe(okHits + 3);

    const report = JSON.parse(run.stdout) as {
      broken: number;
      warnings: number;
      fromCache: number;
      owners: { id: string; findings: { file: string; line: number; statusCode: number | null; newUrl?: string }[] }[];
    };
    expect(report.broken).toBe(5);
    expect(report.warnings).toBe(1);
    expect(report.fromCache).toBe(0);
    expect(report.owners.map((owner) => owner.id)).toEqual(['handbook-maintainers', 'perf-eng']);
    expect(report.owners[1]?.findings[1]).toMatchObject({
      file: 'docs/guide.md',
      line: 9,
      statusCode: 200,
      newUrl: `${site.origin}/ok#part`,
    });

    const missingHits = site.hits('/missing');
    const tomorrow = Date.now() + 25 * 60 * 60 * 1000;
    await checkSiteLinks({ ...OPTIONS, siteDir, useCache: true, now: tomorrow });
    expect(site.hits('/missing')).toBe(missingHits + 1);
  }, 60_000);

  test('the issue body lists the broken links under each owner and mentions the team', async () => {
    const report = await checkSiteLinks({ ...OPTIONS, siteDir, useCache: true });
    const body = renderIssueBody(report, 'https://ci.example/run/1');
    expect(body).toContain('### Handbook maintainers (@fixture/handbook-maintainers)');
    expect(body).toContain(`- [ ] \`docs/other.md:17\` <${site.origin}/gone>: 410 Gone; remove or replace the link`);
    expect(body.indexOf('### Handbook maintainers')).toBeLessThan(body.indexOf('### Performance Engineering'));
    expect(body).toMatch(/Run: https:\/\/ci\.example\/run\/1\n$/);
  }, 60_000);

  test('only warnings: exit 0', async () => {
    writeFileSync(
      join(siteDir, 'docs', 'other.md'),
      '---\ntitle: Other page\ndescription: Now fine.\ntags: [handbook]\nowner: handbook-maintainers\nlast_reviewed: 2026-11-25\n---\n\nFine.\n',
    );
    writeFileSync(
      join(siteDir, 'docs', 'guide.md'),
      `---\ntitle: Guide\nowner: perf-eng\n---\n\n[moved](${site.origin}/moved)\n`,
    );
    writeFileSync(join(siteDir, 'blog', '2026-11-01-hello', 'index.md'), '---\ntitle: Hello\n---\n\nNo links.\n');
    const run = await cli();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "external links: 0 broken, 1 warning (1 link to 1 URL on 1 page; 1 answer from the last day's cache)",
        '',
        'perf-eng (Performance Engineering, @fixture/perf-eng): 0 broken, 1 warning',
        `docs/guide.md:6: ${site.origin}/moved: warning: 301 Moved Permanently to ${site.origin}/ok; update to ${site.origin}/ok`,
        '',
      ].join('\n'),
    );
  }, 60_000);

  test('a link that is no URL is reported on its line, and the other links are still checked', async () => {
    writeFileSync(
      join(siteDir, 'docs', 'guide.md'),
      `---\ntitle: Guide\nowner: perf-eng\n---\n\n[typo](<http://exa mple.org/>)\n\n[fine](${site.origin}/ok)\n`,
    );
    const report = await checkSiteLinks({ ...OPTIONS, siteDir, useCache: false });
    expect(renderText(report).split('\n').slice(2)).toEqual([
      'perf-eng (Performance Engineering, @fixture/perf-eng): 1 broken, 0 warnings',
      'docs/guide.md:6: http://exa mple.org/: not a valid URL; fix the address (a space or a stray character?)',
      '',
    ]);
  }, 20_000);

  test('a wrong option names itself and exits 2', async () => {
    const run = await cli('--per-host', 'many');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'check:external-links: --per-host "many" is not a number of at least 1; e.g. --per-host 2',
    );
  }, 60_000);
});
