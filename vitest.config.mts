import { defineConfig } from 'vitest/config';

// Unit tests live beside their source in __tests__/ folders; browser tests
// (e2e/) have their own config because they need a built site.
export default defineConfig({
  // Components are rendered to HTML in some tests; the site's tsconfig leaves JSX for the bundler (preserve).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['{src,scripts,tests,bench}/**/__tests__/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
