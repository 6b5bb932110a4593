import js from '@eslint/js';
import globals from 'globals';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', '.docusaurus*/', 'node_modules/', 'bench/work/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Docusaurus calls plugins with (context, options); a plugin may need only the second.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The theme's CodeBlock highlights only once its chunk is there; a page's
    // own import of the highlighter brings it before the page renders, on the
    // server and in the browser alike (src/plugins/code-highlighting).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/theme/CodeBlock/**', 'src/plugins/code-highlighting/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@theme/CodeBlock',
              message:
                "Import CodeBlock from '@site/src/plugins/code-highlighting/client/highlighter': it brings the highlighter with your page, so the code is highlighted in the built HTML as well.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
);
