import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/no-literal-ui-strings.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-subpath', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.test.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain core: pure TypeScript. No React, no browser state, no app layers.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/testing/**', 'src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'src/core is pure: no React or data fetching.' },
            { group: ['**/ui/**', '**/app/**', '**/data/**', '**/url/**', '**/i18n/**', '**/export/**'], message: 'src/core imports only src/core and small pure libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'],
    },
  },
  {
    // Imports flow one way: app → ui → data/url/i18n/export → core.
    files: ['src/ui/**/*.{ts,tsx}', 'src/data/**/*.ts', 'src/url/**/*.ts', 'src/i18n/**/*.{ts,tsx}', 'src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**', '../app/*', '../../app/*'], message: 'Only src/app may import src/app.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { local },
    rules: { 'local/no-literal-ui-strings': 'error' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**', 'eslint-rules/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['eslint-rules/**', 'scripts/**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
