import { defineConfig } from 'vitest/config';

// Browser tests: one preview server over build/ for the whole run (see
// global-setup.ts), files run one after another so Chromium instances do not
// fight over the machine's two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
