import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { FUNCTION_LENGTH, LONGER_FUNCTIONS, lengthRule } from './function-length.js';

const root = new URL('..', import.meta.url).pathname;

/** Lints a text as if it were the given file, with the length rule alone (or with caps of our own). */
async function problems(filePath: string, code: string, configs = FUNCTION_LENGTH): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...configs],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const fn = (lines: number) =>
  `export function f(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

describe('function length', () => {
  it('a function of 80 lines passes and one of 81 fails, in every folder of src/', async () => {
    for (const folder of ['core/model', 'ui/form', 'app', 'export']) {
      expect(await problems(`src/${folder}/length-probe.ts`, fn(80))).toEqual([]);
      expect(await problems(`src/${folder}/length-probe.ts`, fn(81))).toEqual(['max-lines-per-function']);
    }
  });

  it('tests and test helpers are not held to it', async () => {
    expect(await problems('src/core/model/length-probe.test.ts', fn(200))).toEqual([]);
    expect(await problems('src/core/testing/length-probe.ts', fn(200))).toEqual([]);
  });

  it('a listed file may not grow past its cap', async () => {
    const [file = '', cap = 0] = Object.entries(LONGER_FUNCTIONS)[0] ?? [];
    expect(await problems(file, fn(cap))).toEqual([]);
    expect(await problems(file, fn(cap + 1))).toEqual(['max-lines-per-function']);
  });

  // A ratchet: each cap is its file's longest function today, so a split must lower it.
  it.each(Object.entries(LONGER_FUNCTIONS))('%s: the cap (%i) is the longest function, not more', async (file, cap) => {
    const code = readFileSync(`${root}${file}`, 'utf8');
    const tighter = FUNCTION_LENGTH.map((c) => (c.files[0] === file ? { ...c, rules: lengthRule(cap - 1) } : c));
    expect(await problems(file, code, tighter), `lower ${file}'s cap in eslint-rules/function-length.js`).toContain(
      'max-lines-per-function',
    );
  });
});
