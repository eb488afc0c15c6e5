#!/usr/bin/env node
// `npm run plan -- <options>` and `npx k3s-sizer <options>` from a checkout: runs the command line's
// bundle, dist-cli/k3s-sizer.mjs, building it first when it is missing or older than the sources
// (a fresh clone after `npm ci`, or a checkout that moved since the last build). docs/decisions/023.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, 'dist-cli', 'k3s-sizer.mjs');

/**
 * The newest modification time under `path` (files only), in milliseconds.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((/** @type {number} */ max, name) => Math.max(max, newest(join(path, name))), 0);
}

const sources = [join(root, 'src'), join(root, 'vite.cli.config.ts'), join(root, 'package-lock.json')];
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.filter(existsSync).map(newest))) {
  const { build } = await import('vite');
  // Warnings go to stderr; stdout stays the plan's (--json prints JSON only).
  await build({ root, configFile: join(root, 'vite.cli.config.ts'), logLevel: 'warn' });
}
await import(pathToFileURL(bundle).href);
