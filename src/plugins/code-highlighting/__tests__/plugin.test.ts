import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import codeHighlightingPlugin, { THEME_PRISM_CLIENT_MODULE } from '../index.ts';

describe('code-highlighting plugin', () => {
  // If the classic theme moves or renames its Prism client module, the alias
  // would match nothing and Prism would be back in main.js without a word.
  test('the theme client module it drops is where the theme keeps it, and loads Prism', () => {
    const file = `${THEME_PRISM_CLIENT_MODULE}.js`;
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/from ['"]prism-react-renderer['"]/);
  });

  test('replaces exactly that request with an empty module', () => {
    const plugin = codeHighlightingPlugin();
    const configure = plugin.configureWebpack as () => { resolve: { alias: Record<string, unknown> } };
    expect(configure().resolve.alias).toEqual({ [`${THEME_PRISM_CLIENT_MODULE}$`]: false });
  });
});
