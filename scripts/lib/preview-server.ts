// Serves a production build the way a real host would: compressed
// responses, a year of caching for content-hashed assets, revalidation for
// HTML, and the handbook's own 404 page with a real 404 status.
// `docusaurus serve` sends nothing compressed, which skews every measurement.
// Moved pages answer 301 from the build's _redirects file, as Netlify and
// Cloudflare Pages do (src/plugins/redirects).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

import { parseRedirectsFile } from '../../src/plugins/redirects/server/redirect-files.ts';
import { cacheControlFor } from '../../src/plugins/security-headers/cache-control.ts';

/**
 * Text files sirv would send without a charset (and .md as the generic
 * text/markdown a browser may download): the Markdown copies and llms.txt
 * are UTF-8, and a reader's browser should show them as text.
 */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function textContentType(pathname: string): string | undefined {
  return TEXT_TYPES[extname(pathname).toLowerCase()];
}

export type PreviewServer = { server: Server; url: string; close: () => Promise<void> };

function createPreviewServer(buildDir: string): Server {
  const root = resolve(buildDir);
  const notFoundPage = resolve(root, '404.html');
  if (!existsSync(notFoundPage)) {
    throw new Error(`${root} holds no built site (404.html is missing); run "npm run build" first.`);
  }
  const notFoundHtml = readFileSync(notFoundPage);
  const redirectsPath = resolve(root, '_redirects');
  const redirects = existsSync(redirectsPath) ? parseRedirectsFile(readFileSync(redirectsPath, 'utf8')) : new Map();
  const compress = compression();
  const serveStatic = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      const textType = textContentType(pathname);
      if (textType) res.setHeader('Content-Type', textType);
    },
  });
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = redirects.get(url.pathname.replace(/(.)\/+$/, '$1'));
    if (target !== undefined) {
      res.writeHead(301, { Location: `${target}${url.search}`, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    // compression's types expect Express objects; it only uses the Node ones.
    compress(req as never, res as never, () => {
      serveStatic(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(notFoundHtml);
      });
    });
  });
}

/** Starts a preview server; port 0 picks a free one. */
export async function startPreviewServer(buildDir: string, port = 0, host = '127.0.0.1'): Promise<PreviewServer> {
  const server = createPreviewServer(buildDir);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
