// A copy of the handbook in a throw-away folder, sharing our node_modules:
// what the benchmark builds its variants from and what the browser tests add
// hostile pages to.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SITE_FILES = [
  'docs',
  'blog',
  'src',
  'scripts',
  'static',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
];

/** Replaces `dir` with a copy of the site at `siteRoot` (sources and config, not its build or git history). */
export function copySite(siteRoot: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of SITE_FILES) {
    if (existsSync(join(siteRoot, entry))) cpSync(join(siteRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve(siteRoot, 'node_modules'), join(dir, 'node_modules'));
}
