import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Every module the command line's entry reaches, following its imports (type-only ones too): files under src/, and packages. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms),
      ...text.matchAll(/^import\s+'([^']+)'/gm),
      ...text.matchAll(/\bimport\('([^']+)'\)/g),
    ];
    for (const m of specs) {
      const spec = m[1] ?? '';
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = join(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
        (p) => existsSync(p) && p.match(/\.(ts|tsx|json)$/),
      );
      if (found?.endsWith('.json')) continue;
      if (!found) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

it('the command line reaches no browser storage, no fetching, no React and no page: only core, url, i18n and export', () => {
  const { files, packages } = reached(join(src, 'cli/main.ts'));
  const folders = new Set([...files].map((f) => relative(src, f).split('/')[0]));
  expect([...folders].sort()).toEqual(['cli', 'core', 'export', 'i18n', 'url']);
  // The core's small pure libraries, nothing of the page's (React, TanStack Query, recharts, workbox).
  expect([...packages].filter((p) => !p.startsWith('node:')).sort()).toEqual([
    'ipaddr.js',
    'yaml',
    'zod/locales',
    'zod/mini',
  ]);
  // The storage wrapper of src/url (plan-storage.ts) is not among them.
  expect([...files].some((f) => f.endsWith('plan-storage.ts') || f.endsWith('use-plan-url.ts'))).toBe(false);
});
