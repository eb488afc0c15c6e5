import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { FUNCTION_LENGTH } from './function-length.js';

const root = new URL('..', import.meta.url).pathname;

/** Lints a text as if it were the given file, with the length rule alone. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...FUNCTION_LENGTH],
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
});
