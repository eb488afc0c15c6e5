import tseslint from 'typescript-eslint';
// The layers of src/ and what each may import: app → ui → (export, url, storage, data, i18n) → core,
// with no loop between folders; cli sits beside app (export, url, i18n, core; no data, storage or UI). Each entry is an ESLint config block; eslint.config.js spreads them
// and eslint-rules/layer-fences.test.ts lints probe imports against them to show each fence bites.

/**
 * @param {string} folder
 * @param {string[]} forbidden folders this one may not import
 * @param {string} message
 * @returns {import('eslint').Linter.Config}
 */
const fence = (folder, forbidden, message) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: folder.startsWith('core') ? ['src/core/testing/**', 'src/core/**/*.test.ts'] : ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folder.startsWith('core')
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

const CORE_OUTSIDE = ['ui', 'app', 'cli', 'data', 'url', 'i18n', 'export', 'storage'];

/**
 * The core's own levels, bottom to top: the input and rules model; the derivations, each level
 * using only those below it; computePlan and the comparisons on top. A folder may import its own
 * level's folders only if they are itself, so no two folders of the core import each other.
 */
export const CORE_LEVELS = [
  ['model', 'text'],
  ['network', 'sizing', 'host'],
  ['ports', 'config'],
  ['findings'],
  ['workloads', 'machines', 'day2'],
  ['charts', 'diagrams'],
  ['plan'],
];

/**
 * A core folder's fence: what the whole core may not import, and the core folders at its level or above.
 * @param {string} folder
 * @param {number} level
 */
const coreLevelFence = (folder, level) => {
  const block = fence(
    `core/${folder}`,
    [
      ...CORE_OUTSIDE,
      ...CORE_LEVELS.slice(level)
        .flat()
        .filter((f) => f !== folder),
    ],
    `src/core/${folder} imports only the core levels below it (${CORE_LEVELS.slice(0, level).flat().join(', ') || 'none'}): model → derivations → plan.`,
  );
  return { ...block, ignores: ['src/core/testing/**', 'src/core/**/*.test.ts'] };
};

/**
 * What src/ui may take from the core as values: the input and rules model (with presets and the
 * input edits), the finding type's accessors, the helpers the form needs to edit and check what is typed,
 * and text measurement (a diagram's box title is fitted to its box where it is drawn). Everything the
 * core derives reaches the page as data (types only): the PlanResult, and the views src/app
 * derives with the core's functions for the panels it loads.
 */
export const UI_CORE_VALUES = [
  'core/model',
  'core/findings/finding',
  'core/network/cidr',
  'core/network/ip-family',
  'core/network/settings',
  'core/workloads/shapes',
  'core/text/measure',
];

/** @type {import('eslint').Linter.Config} */
const uiRendersOnly = {
  files: ['src/ui/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.{ts,tsx}'],
  plugins: { '@typescript-eslint': tseslint.plugin },
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '**/core/**',
              // gitignore rules: a file is let through only if its folder is let through too.
              ...new Set(
                UI_CORE_VALUES.flatMap((m) => [`!**/${m.split('/').slice(0, 2).join('/')}`, `!**/${m}`, `!**/${m}/**`]),
              ),
            ],
            allowTypeImports: true,
            message:
              'src/ui renders what the core computed: import its types, or the input model and form helpers (eslint-rules/layer-fences.js UI_CORE_VALUES); src/app derives views for the panels.',
          },
        ],
      },
    ],
  },
};

/** Folder → the folders it may not import, with the reason. */
export const LAYER_FENCES = [
  fence('core', CORE_OUTSIDE, 'src/core imports only src/core and small pure libraries.'),
  // After the core-wide block: a file's last matching block decides the rule's options.
  ...CORE_LEVELS.flatMap((folders, level) => folders.map((folder) => coreLevelFence(folder, level))),
  fence(
    'storage',
    ['ui', 'app', 'cli', 'data', 'url', 'i18n', 'export'],
    'src/storage wraps browser storage and imports no other layer.',
  ),
  fence(
    'data',
    ['ui', 'app', 'cli', 'url', 'i18n', 'export', 'storage'],
    'src/data fetches rules and imports only src/core.',
  ),
  fence('i18n', ['ui', 'app', 'cli', 'data', 'url', 'export'], 'src/i18n imports only src/core and src/storage.'),
  fence('url', ['ui', 'app', 'cli', 'data', 'export'], 'src/url imports only src/core, src/i18n and src/storage.'),
  fence('export', ['ui', 'app', 'cli', 'data', 'url', 'storage'], 'src/export imports only src/core and src/i18n.'),
  fence('ui', ['app', 'cli'], 'Only src/app may import src/app; nothing imports src/cli.'),
  fence('app', ['cli'], 'Nothing imports src/cli: it is the command line beside the page.'),
  fence(
    'cli',
    ['ui', 'app', 'data', 'storage'],
    'src/cli imports only src/export, src/url, src/i18n and src/core: no React, no fetching, no browser storage.',
  ),
  uiRendersOnly,
];
