/**
 * Function length: a function a reader can take in at once, about a screen (80 lines without blank
 * lines and comments), everywhere in the app's source. No file is exempt: split a longer function
 * into named steps.
 */
const MAX = 80;

/**
 * ESLint configs: the limit for the app's source (tests and test helpers are tables and scenarios, not logic).
 * @type {import('eslint').Linter.Config[]}
 */
export const FUNCTION_LENGTH = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'max-lines-per-function': ['error', { max: MAX, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
];
