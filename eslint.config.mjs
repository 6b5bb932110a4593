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
      // Docusaurus 4 ships a logger whose default export has no methods; the named one works in 3 and 4.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@docusaurus/logger'] > ImportDefaultSpecifier",
          message: "Import { logger } from '@docusaurus/logger': Docusaurus 4's default export has no methods.",
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
