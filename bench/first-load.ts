// What a reader downloads before a page is usable: the scripts and
// stylesheets its HTML asks for up front, gzip-compressed as a server would
// send them, and the total size of the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export type FirstLoad = { jsGzip: number; cssGzip: number };

/** The same-origin scripts and stylesheets an HTML page loads before it runs. */
export function firstLoadAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && attributes.src) scripts.push(attributes.src);
      if (name === 'link' && attributes.rel === 'stylesheet' && attributes.href) styles.push(attributes.href);
      if (name === 'link' && attributes.rel === 'preload' && attributes.as === 'script' && attributes.href) {
        scripts.push(attributes.href);
      }
    },
  });
  parser.write(html);
  parser.end();
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return { scripts: [...new Set(scripts.filter(local))], styles: [...new Set(styles.filter(local))] };
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

export function measureFirstLoad(buildDir: string, htmlFile: string): FirstLoad {
  const { scripts, styles } = firstLoadAssets(readFileSync(join(buildDir, htmlFile), 'utf8'));
  const sum = (urls: string[]) =>
    urls.reduce((total, url) => total + gzipSize(join(buildDir, url.split('?')[0] ?? url)), 0);
  return { jsGzip: sum(scripts), cssGzip: sum(styles) };
}

export function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
