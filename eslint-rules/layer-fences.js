// The layers of src/ and what each may import: app → ui → (export, url, storage, data, i18n) → core,
// with no loop between folders. Each entry is an ESLint config block; eslint.config.js spreads them
// and eslint-rules/layer-fences.test.ts lints probe imports against them to show each fence bites.

/**
 * @param {string} folder
 * @param {string[]} forbidden folders this one may not import
 * @param {string} message
 * @returns {import('eslint').Linter.Config}
 */
const fence = (folder, forbidden, message) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: folder === 'core' ? ['src/core/testing/**', 'src/core/**/*.test.ts'] : ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folder === 'core'
            ? [
                {
                  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'],
                  message: 'src/core is pure: no React or data fetching.',
                },
              ]
            : []),
          { group: forbidden.flatMap((f) => [`**/${f}/**`, `../${f}/*`, `../../${f}/*`]), message },
        ],
      },
    ],
  },
});

/** Folder → the folders it may not import, with the reason. */
export const LAYER_FENCES = [
  fence(
    'core',
    ['ui', 'app', 'data', 'url', 'i18n', 'export', 'storage'],
    'src/core imports only src/core and small pure libraries.',
  ),
  fence(
    'storage',
    ['ui', 'app', 'data', 'url', 'i18n', 'export'],
    'src/storage wraps browser storage and imports no other layer.',
  ),
  fence('data', ['ui', 'app', 'url', 'i18n', 'export', 'storage'], 'src/data fetches rules and imports only src/core.'),
  fence('i18n', ['ui', 'app', 'data', 'url', 'export'], 'src/i18n imports only src/core and src/storage.'),
  fence('url', ['ui', 'app', 'data', 'export'], 'src/url imports only src/core, src/i18n and src/storage.'),
  fence('export', ['ui', 'app', 'data', 'url', 'storage'], 'src/export imports only src/core and src/i18n.'),
  fence('ui', ['app'], 'Only src/app may import src/app.'),
];
