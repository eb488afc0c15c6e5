// Lighthouse against the production build on loopback, mobile preset (Lighthouse's default:
// an emulated mid-range phone on a throttled connection).
//
//   npm run bench:lighthouse          (builds first; exits 1 below the thresholds)
//   node scripts/bench/lighthouse.mjs [--url <path and query>] [--runs 3] [--out report.json]
//
// With --runs N the page is audited N times and each category's median score is judged (as
// Lighthouse CI does: one run on a shared machine can be an outlier); the metrics shown are those
// of the run with the median performance score.
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
const runs = Math.max(1, Number(option('runs') ?? '1'));

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
  /** @type {Array<NonNullable<Awaited<ReturnType<typeof lighthouse>>>>} */
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) });
    if (!result) throw new Error('Lighthouse returned no result');
    if (runs > 1) console.log(`lighthouse run ${String(run)}: ${Object.keys(THRESHOLDS).map((id) => `${id} ${String(Math.round((result.lhr.categories[id]?.score ?? 0) * 100))}`).join(', ')}`);
    results.push(result);
  }
  /** @param {string} id */
  const scoreOf = (id) => (/** @type {(typeof results)[number]} */ r) => Math.round((r.lhr.categories[id]?.score ?? 0) * 100);
  /** @param {number[]} values */
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
  const byPerformance = [...results].sort((a, b) => scoreOf('performance')(a) - scoreOf('performance')(b));
  const result = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? results[0];
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  for (const [id, min] of Object.entries(THRESHOLDS)) {
    const score = median(results.map(scoreOf(id)));
    const ok = score >= min;
    if (!ok) failed = true;
    console.log(`lighthouse ${id.padEnd(15)} ${String(score).padStart(3)} (at least ${String(min)}${runs > 1 ? `, median of ${String(runs)} runs` : ''}) ${ok ? 'ok' : 'BELOW'}`);
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
