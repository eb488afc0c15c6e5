import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { FUNCTION_LENGTH } from './eslint-rules/function-length.js';
import { LAYER_FENCES } from './eslint-rules/layer-fences.js';
import local from './eslint-rules/no-literal-ui-strings.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-subpath', 'dist-cli', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.cli.json', './tsconfig.test.json', './tsconfig.node.json'],
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
    // The domain core has no browser state either.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/testing/**', 'src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'fetch',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'history',
      ],
    },
  },
  {
    // The command line runs in Node and reads no browser state (no storage, no page).
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'fetch',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'history',
      ],
    },
  },
  // Imports flow one way between the folders of src/ (eslint-rules/layer-fences.js).
  ...LAYER_FENCES,
  // Functions a reader can take in (eslint-rules/function-length.js).
  ...FUNCTION_LENGTH,
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
