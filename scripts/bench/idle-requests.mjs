// What the built page requests before it is idle, without any input, on a phone and on a desktop.
//
//   npm run bench:requests [-- --json] [-- --list]      (builds first)
//   node scripts/bench/idle-requests.mjs [--json] [--list]
//
// Opens the bare address and a plan link in Chromium (a 412 × 915 phone, as Lighthouse's mobile
// preset, and a 1350 × 940 desktop), waits until no request has started for two seconds, and sums
// what was requested: each file of dist/ gzipped at level 9 (1 KB = 1000 bytes, as Vite reports),
// so the figure depends on which files the page asks for, not on the server or the machine's load.
// Requests a service worker makes count too. The start-up goal (issue 19) is 150 KB.
//
// Uses the same Chromium as the end-to-end tests (scripts/chromium.mjs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from '../chromium.mjs';
import { serve } from './reference.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const list = args.includes('--list');
const QUIET_MS = 2000;
const LIMIT_MS = 20000;
const PLAN_LINK = '?v=1&ha=ha-embedded&ds=embedded-etcd&s=3&a=50';
const VIEWPORTS = {
  phone: { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
  desktop: { viewport: { width: 1350, height: 940 } },
};

/** @param {string} url @param {string} base */
function gzipKB(url, base) {
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
  const file = join(dist, path === '' ? 'index.html' : path);
  if (!existsSync(file) || !statSync(file).isFile()) return { path: path || '/', kB: 0 };
  return { path: path || '/', kB: gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length / 1000 };
}

const server = await serve(undefined, 4193);
const executablePath = chromiumExecutable();
const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
/** @type {Record<string, { totalKB: number, files: { path: string, kB: number }[], precacheKB: number }>} */
const results = {};
try {
  for (const [device, options] of Object.entries(VIEWPORTS)) {
    for (const [page, suffix] of [
      ['bare', ''],
      ['link', PLAN_LINK],
    ]) {
      const context = await browser.newContext(options);
      /** @type {Set<string>} */
      const urls = new Set();
      /** @type {Set<string>} */
      const precached = new Set();
      let last = Date.now();
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith(server.url)) (request.serviceWorker() ? precached : urls).add(url.split(/[?#]/)[0] ?? url);
        last = Date.now();
      });
      const tab = await context.newPage();
      const start = Date.now();
      await tab.goto(`${server.url}${suffix}`, { waitUntil: 'load' });
      while (Date.now() - last < QUIET_MS && Date.now() - start < LIMIT_MS) await tab.waitForTimeout(200);
      await context.close();
      const files = [...urls].map((url) => gzipKB(url, server.url)).sort((a, b) => b.kB - a.kB);
      const precacheKB = [...precached].reduce((sum, url) => sum + gzipKB(url, server.url).kB, 0);
      results[`${device} ${page}`] = { totalKB: files.reduce((sum, f) => sum + f.kB, 0), files, precacheKB };
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [name, { totalKB, files, precacheKB }] of Object.entries(results)) {
    console.log(
      `requested before idle, ${name}: ${totalKB.toFixed(1)} KB gzip in ${files.length} files` +
        ` (then the service worker's offline copy: ${precacheKB.toFixed(1)} KB)`,
    );
    if (list) for (const f of files) console.log(`  ${f.kB.toFixed(1).padStart(6)}  ${f.path}`);
  }
}
