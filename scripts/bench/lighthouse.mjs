// Lighthouse against the production build on loopback, mobile preset (Lighthouse's default:
// an emulated mid-range phone on a throttled connection).
//
//   npm run bench:lighthouse          (builds first; exits 1 below the thresholds)
//   node scripts/bench/lighthouse.mjs [--url <path and query>] [--out report.json]
//
// Uses the same Chromium as the end-to-end tests (scripts/chromium.mjs): CHROMIUM_PATH, Debian's
// chromium, or Playwright's own browser.
import { writeFile } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from '../chromium.mjs';

const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100 };

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const path = option('url') ?? '?v=1&ha=ha-embedded&ds=embedded-etcd&s=3&a=50';
const out = option('out');

const server = await preview({ preview: { host: '127.0.0.1', port: 4191, strictPort: false }, logLevel: 'error' });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not start');

let chromePath = chromiumExecutable();
if (!chromePath) {
  const { chromium } = await import('@playwright/test');
  chromePath = chromium.executablePath();
}
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS] });
let failed = false;
try {
  const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  for (const [id, min] of Object.entries(THRESHOLDS)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    const ok = score >= min;
    if (!ok) failed = true;
    console.log(`lighthouse ${id.padEnd(15)} ${String(score).padStart(3)} (at least ${String(min)}) ${ok ? 'ok' : 'BELOW'}`);
    if (!ok) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  - ${audit.id}: ${audit.title} (${String(audit.score)}) ${audit.displayValue ?? ''}`);
      }
    }
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    console.log(`lighthouse ${id.padEnd(26)} ${audits[id]?.displayValue ?? '?'}`);
  }
  if (out) await writeFile(out, result.report.toString());
} finally {
  chrome.kill();
  await new Promise((resolve) => {
    server.httpServer.close(resolve);
  });
}
process.exit(failed ? 1 : 0);
