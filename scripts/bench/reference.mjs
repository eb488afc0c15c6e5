// The blank Vite + React app the benchmarks compare k3s-sizer with, built and served in the same
// run so that both are measured on the same machine under the same load (scripts/bench/blank-app).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Builds the blank app into a fresh temporary directory and returns its path. */
export async function buildBlankApp() {
  const outDir = mkdtempSync(join(tmpdir(), 'k3s-sizer-blank-'));
  await build({
    configFile: resolve(root, 'scripts/bench/blank-app/vite.config.ts'),
    build: { outDir },
    logLevel: 'warn',
  });
  return outDir;
}

/**
 * Serves a built directory on loopback as `vite preview` does; `dir` undefined serves k3s-sizer's
 * own dist/ with the project's config (its base path and headers).
 * @param {string | undefined} dir
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir, port) {
  const server = await preview(
    dir
      ? {
          configFile: false,
          root: dir,
          build: { outDir: dir },
          preview: { host: '127.0.0.1', port, strictPort: false },
          logLevel: 'error',
        }
      : { preview: { host: '127.0.0.1', port, strictPort: false }, logLevel: 'error' },
  );
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not start');
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.httpServer.close(() => done(undefined));
      }),
  };
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}
