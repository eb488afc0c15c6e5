import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { CORE_LEVELS, LAYER_FENCES, UI_CORE_VALUES } from './layer-fences.js';

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

const FOLDERS = ['core', 'storage', 'data', 'i18n', 'url', 'export', 'ui', 'app', 'cli'] as const;
/** What each folder may import besides itself: the layers below it. */
const ALLOWED: Readonly<Record<(typeof FOLDERS)[number], readonly string[]>> = {
  core: [],
  storage: ['core'],
  data: ['core'],
  i18n: ['core', 'storage'],
  url: ['core', 'i18n', 'storage'],
  export: ['core', 'i18n'],
  ui: ['core', 'storage', 'data', 'i18n', 'url', 'export'],
  app: ['core', 'storage', 'data', 'i18n', 'url', 'export', 'ui'],
  // The command line, beside the page: the same core, codec, texts and export, without the page's data layer or storage.
  cli: ['core', 'i18n', 'url', 'export'],
};
const ALL = ['core', 'storage', 'data', 'i18n', 'url', 'export', 'ui', 'app', 'cli'];

describe('layer fences (app → ui → export, url, storage, data, i18n → core; cli → export, url, i18n → core)', () => {
  for (const folder of FOLDERS) {
    for (const other of ALL.filter((f) => f !== folder)) {
      const allowed = ALLOWED[folder].includes(other);
      it(`src/${folder} ${allowed ? 'may' : 'may not'} import src/${other}`, async () => {
        // src/ui takes from the core types, or values from the model (see below).
        const target = folder === 'ui' && other === 'core' ? 'core/model' : other;
        const found = await problems(folder, `import { x } from '../${target}/something';\nexport const y = x;\n`);
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

describe('src/ui renders: it takes values from the core only from the input model and the form helpers', () => {
  const RULE = '@typescript-eslint/no-restricted-imports';
  for (const derived of [
    'plan/compute-plan',
    'diagrams/topology',
    'charts/series',
    'config/files',
    'network/network-plan',
  ]) {
    it(`a value from core/${derived} is rejected, its types are not`, async () => {
      const value = await problems('ui/results', `import { x } from '../../core/${derived}';\nexport const y = x;\n`);
      const type = await problems(
        'ui/results',
        `import type { X } from '../../core/${derived}';\nexport type Y = X;\n`,
      );
      expect([value, type]).toEqual([[RULE], []]);
    });
  }
  for (const allowed of [...UI_CORE_VALUES.map((m) => (m === 'core/model' ? 'core/model/plan-input' : m))]) {
    it(`a value from ${allowed} is allowed`, async () => {
      expect(await problems('ui/form', `import { x } from '../../${allowed}';\nexport const y = x;\n`)).toEqual([]);
    });
  }
});
