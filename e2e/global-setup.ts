import type { TestProject } from 'vitest/node';

import { startPreviewServer } from '../scripts/lib/preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Serves the production build the way readers get it (compressed, real 404s).
// Try: npm run build && npm run test:e2e
export default async function setup(project: TestProject) {
  const preview = await startPreviewServer(process.env.BUILD_DIR ?? 'build');
  project.provide('baseUrl', preview.url);
  return () => preview.close();
}
