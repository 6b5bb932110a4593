// Which commands get Rspack's persistent cache, read from the site config as
// Docusaurus resolves it (design/no-build-cache.md).
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSiteConfig } from '@docusaurus/core/lib/server/config.js';

import { isProductionBuild } from '../command.ts';

const SITE_DIR = resolve(import.meta.dirname, '../../..');
const savedArgv = process.argv;
const savedNodeEnv = process.env.NODE_ENV;

afterEach(() => {
  process.argv = savedArgv;
  process.env.NODE_ENV = savedNodeEnv;
});

/** The site config as `docusaurus <command>` loads it, with NODE_ENV as Docusaurus sets it first. */
async function configUnder(command: 'build' | 'start', nodeEnv: string) {
  process.argv = [process.execPath, 'docusaurus', command];
  process.env.NODE_ENV = nodeEnv;
  const { siteConfig } = await loadSiteConfig({ siteDir: SITE_DIR });
  return siteConfig;
}

describe("Rspack's persistent cache", () => {
  test('a production build neither reads nor writes it', async () => {
    const config = await configUnder('build', 'production');
    expect(config.future.faster.rspackPersistentCache).toBe(false);
    // The other faster switches keep the v4 default.
    expect(config.future.faster.rspackBundler).toBe(true);
    expect(config.future.faster.ssgWorkerThreads).toBe(true);
  }, 30_000);

  test('npm start keeps it, so a restarted dev server starts warm', async () => {
    const config = await configUnder('start', 'development');
    expect(config.future.faster.rspackPersistentCache).toBe(true);
  }, 30_000);
});

describe('isProductionBuild', () => {
  test.each([
    ['docusaurus build', 'production', 'build', true],
    ['docusaurus build --dev', 'development', 'build', false],
    ['docusaurus start', 'development', 'start', false],
    ['docusaurus serve', 'production', 'serve', false],
  ])('%s', (_name, nodeEnv, command, expected) => {
    expect(isProductionBuild({ NODE_ENV: nodeEnv }, ['node', 'docusaurus', command])).toBe(expected);
  });
});
