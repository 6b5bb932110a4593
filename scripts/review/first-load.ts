// First-load bytes of a built page as its HTML asks for them: the scripts
// and stylesheets it links or preloads (Docusaurus names the route's chunks
// in the HTML), gzipped as a host would send them. bench/ measures the same
// in a browser, which is too slow for every pull request; this reads files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

export type FirstLoadBytes = { jsGzip: number; cssGzip: number };

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if (node.type === 'element' || node.type === 'root') for (const child of node.children) elements(child, found);
  return found;
}

/** The HTML file a site path is served from, as nginx's try_files would find it. */
export function htmlFileFor(buildDir: string, url: string): string | undefined {
  const path = url.replace(/^\/+|\/+$/g, '');
  const candidates = path === '' ? ['index.html'] : [`${path}.html`, join(path, 'index.html')];
  return candidates.map((candidate) => join(buildDir, candidate)).find((file) => existsSync(file));
}

/** Local URLs of the scripts and stylesheets a page's HTML loads or preloads. */
export function firstLoadAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const element of elements(fromHtml(html))) {
    const rel = ([] as unknown[]).concat(element.properties.rel ?? []).map(String);
    if (element.tagName === 'script' && typeof element.properties.src === 'string') scripts.add(element.properties.src);
    if (element.tagName !== 'link' || typeof element.properties.href !== 'string') continue;
    if (rel.includes('stylesheet')) styles.add(element.properties.href);
    if ((rel.includes('preload') || rel.includes('modulepreload')) && element.properties.as === 'script') {
      scripts.add(element.properties.href);
    }
  }
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return { scripts: [...scripts].filter(local), styles: [...styles].filter(local) };
}

function gzipSize(buildDir: string, url: string, baseUrl: string): number {
  const file = join(buildDir, url.slice(baseUrl.length - 1).replace(/[?#].*$/, ''));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** First-load JS and CSS of one page, or undefined when the build has no such page. */
export function firstLoadBytes(buildDir: string, url: string, baseUrl = '/'): FirstLoadBytes | undefined {
  const file = htmlFileFor(buildDir, url);
  if (file === undefined) return undefined;
  const { scripts, styles } = firstLoadAssets(readFileSync(file, 'utf8'));
  const sum = (urls: string[]) => urls.reduce((total, asset) => total + gzipSize(buildDir, asset, baseUrl), 0);
  return { jsGzip: sum(scripts), cssGzip: sum(styles) };
}

/** Bytes and files under a folder of the build (the search index), or undefined when it is absent. */
export function folderSize(dir: string): { bytes: number; files: number } | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    bytes: files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0),
    files: files.length,
  };
}
