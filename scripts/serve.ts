// Serves build/ compressed, with real cache headers and 404s (see
// lib/preview-server.ts for why not `docusaurus serve`).
//
// Try: npm run build && npm run serve -- --port 3000
import { parseArgs } from 'node:util';

import { startPreviewServer } from './lib/preview-server.ts';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      dir: { type: 'string', default: 'build' },
    },
  });
  const preview = await startPreviewServer(values.dir, Number(values.port), values.host);
  console.log(`Serving ${values.dir}/ at ${preview.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void preview.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(1);
});
