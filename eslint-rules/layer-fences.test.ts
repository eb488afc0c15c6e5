import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { CORE_LEVELS, LAYER_FENCES } from './layer-fences.js';

/** Lints a probe file placed in a folder of src/, with the fences alone (no type information needed). */
async function problems(folder: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: new URL('..', import.meta.url).pathname,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...LAYER_FENCES],
  });
  const [result] = await eslint.lintText(code, { filePath: `src/${folder}/fence-probe.ts` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const FOLDERS = ['core', 'storage', 'data', 'i18n', 'url', 'export', 'ui'] as const;
/** What each folder may import besides itself: the layers below it. */
const ALLOWED: Readonly<Record<(typeof FOLDERS)[number], readonly string[]>> = {
  core: [],
  storage: ['core'],
  data: ['core'],
  i18n: ['core', 'storage'],
  url: ['core', 'i18n', 'storage'],
  export: ['core', 'i18n'],
  ui: ['core', 'storage', 'data', 'i18n', 'url', 'export'],
};
const ALL = ['core', 'storage', 'data', 'i18n', 'url', 'export', 'ui', 'app'];

describe('layer fences (app → ui → export, url, storage, data, i18n → core)', () => {
  for (const folder of FOLDERS) {
    for (const other of ALL.filter((f) => f !== folder)) {
      const allowed = ALLOWED[folder].includes(other);
      it(`src/${folder} ${allowed ? 'may' : 'may not'} import src/${other}`, async () => {
        const found = await problems(folder, `import { x } from '../${other}/something';\nexport const y = x;\n`);
        expect(found).toEqual(allowed ? [] : ['no-restricted-imports']);
      });
    }
  }
  it('src/core may not import React', async () => {
    expect(await problems('core', `import { useState } from 'react';\nexport const y = useState;\n`)).toEqual([
      'no-restricted-imports',
    ]);
  });
  it('no two folders may import each other: the allowed graph has no loop', () => {
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (ALLOWED[from as (typeof FOLDERS)[number]] ?? []).some(
        (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
      );
    for (const folder of FOLDERS) expect(reaches(folder, folder), folder).toBe(false);
  });
});

describe('the core in levels (model → derivations → plan)', () => {
  const levels: readonly (readonly string[])[] = CORE_LEVELS;
  const levelOf = (folder: string) => levels.findIndex((l) => l.includes(folder));
  const folders = levels.flat();
  for (const folder of folders) {
    for (const other of folders.filter((f) => f !== folder)) {
      const allowed = levelOf(other) < levelOf(folder);
      it(`src/core/${folder} ${allowed ? 'may' : 'may not'} import src/core/${other}`, async () => {
        const found = await problems(
          `core/${folder}`,
          `import { x } from '../${other}/something';\nexport const y = x;\n`,
        );
        expect(found).toEqual(allowed ? [] : ['no-restricted-imports']);
      });
    }
    it(`src/core/${folder} still may not import React or the layers outside the core`, async () => {
      const found = await problems(
        `core/${folder}`,
        `import { useState } from 'react';\nimport { x } from '../../ui/something';\nexport const y = [useState, x];\n`,
      );
      expect(found).toEqual(['no-restricted-imports', 'no-restricted-imports']);
    });
  }
  it('every folder of src/core has a level', async () => {
    const { readdir } = await import('node:fs/promises');
    const entries = await readdir(new URL('../src/core', import.meta.url), { withFileTypes: true });
    const dirs = entries.filter((e) => e.isDirectory() && e.name !== 'testing').map((e) => e.name);
    expect(dirs.sort()).toEqual([...folders].sort());
  });
});
