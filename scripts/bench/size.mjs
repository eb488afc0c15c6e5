// What the first render downloads, gzipped, against the budget in perf-budget.json.
//
//   npx vite build && npm run size
//   node scripts/bench/size.mjs [--dist dist] [--budget perf-budget.json] [--json]
//
// Reads dist/index.html (from `vite build`) and counts as the first load: the HTML itself, every
// <script type="module" src>, <link rel="modulepreload"> and <link rel="stylesheet">, plus any chunk
// those scripts import statically (Vite preloads them, but a missing preload would still be paid
// for). A <link rel="preload" as="fetch"> (the default rules JSON) is data: reported, counted apart.
// The built page requests its scripts after its first paint, from an inline loader (see
// scripts/vite-plugins.ts, paintFirst): the entry it imports and the links it adds count the same
// way. Chunks the entry imports dynamically at start-up (listed in perf-budget.json as
// eagerChunks, by name) are part of the first load too: the page is not usable without them.
// Every file is gzipped with node:zlib at level 9. 1 KB = 1000 bytes, as Vite reports kB.
//
// The budget is firstLoadGzipBudgetKB. While the app is over it, firstLoadGzipCeilingKB is a ratchet:
// the first load may not grow past it (exit 1), and should be lowered whenever the app shrinks.
// `--ratchet` lowers the ceiling in perf-budget.json to the current total (rounded up, + 1 KB) when
// that is lower; it never raises it.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? args[i + 1] : undefined;
  return value ?? fallback;
};
const dist = resolve(root, option('dist', 'dist'));
const budgetFile = resolve(root, option('budget', 'perf-budget.json'));
const asJson = args.includes('--json');
const ratchet = args.includes('--ratchet');
const KB = 1000;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size: ${relative(root, dist) || '.'}/index.html not found; run \`npx vite build\` first`);
  process.exit(2);
}

// --- What index.html asks for ----------------------------------------------------------------------

/** @param {string} text @returns {Record<string, string>} attribute names (lower case) to values */
function attributes(text) {
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const m of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1];
    if (name) attrs[name.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Comments are not requests.
const liveHtml = html.replace(/<!--[\s\S]*?-->/g, '');

/**
 * The file in dist a URL from index.html points at. The build may run under a sub-path
 * (BASE_PATH=/k3s-sizer/), so leading path segments are dropped until a file matches.
 * @param {string} url @returns {string | null}
 */
function fileFor(url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null; // another origin
  const path = decodeURIComponent((url.split(/[?#]/)[0] ?? '').replace(/^\.?\/+/, ''));
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  for (let i = 0; i < segments.length; i += 1) {
    const candidate = join(dist, ...segments.slice(i));
    if (candidate.startsWith(dist) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** @typedef {{ file: string, why: string }} Request */
/** @type {Request[]} */
const firstLoad = [{ file: join(dist, 'index.html'), why: 'document' }];
/** @type {Request[]} */
const data = [];
/** @type {string[]} */
const problems = [];

for (const tag of liveHtml.matchAll(/<(script|link)\b([^>]*)>/gi)) {
  const kind = (tag[1] ?? '').toLowerCase();
  const attrs = attributes(tag[2] ?? '');
  /** @type {{ url: string | undefined, why: string, list: Request[] } | null} */
  let request = null;
  if (kind === 'script' && attrs.src !== undefined) {
    request = { url: attrs.src, why: attrs.type === 'module' ? 'module script' : 'script', list: firstLoad };
  } else if (kind === 'link') {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) request = { url: attrs.href, why: 'modulepreload', list: firstLoad };
    else if (rel.includes('stylesheet')) request = { url: attrs.href, why: 'stylesheet', list: firstLoad };
    else if (rel.includes('preload') && attrs.as === 'fetch')
      request = { url: attrs.href, why: 'preload (fetch)', list: data };
    else if (rel.includes('preload') && (attrs.as === 'script' || attrs.as === 'style'))
      request = { url: attrs.href, why: `preload (${attrs.as})`, list: firstLoad };
  }
  if (!request || request.url === undefined) continue;
  const file = fileFor(request.url);
  if (file === null) problems.push(`${request.why} ${request.url} is not a file in ${relative(root, dist)}`);
  else if (!request.list.some((r) => r.file === file)) request.list.push({ file, why: request.why });
}

// The inline loader: the entry module it imports and the links it adds after the first paint.
for (const inline of liveHtml.matchAll(/<script>([\s\S]*?)<\/script>/gi)) {
  const code = inline[1] ?? '';
  /** @type {{ url: string | undefined, why: string, list: Request[] }[]} */
  const requests = [];
  for (const m of code.matchAll(/\bimport\("([^"]+)"\)/g))
    requests.push({ url: m[1], why: 'module script (after first paint)', list: firstLoad });
  for (const m of code.matchAll(/\{"rel":"modulepreload","href":"([^"]+)"\}/g))
    requests.push({ url: m[1], why: 'modulepreload (after first paint)', list: firstLoad });
  for (const m of code.matchAll(/\{"rel":"preload","as":"fetch","href":"([^"]+)"\}/g))
    requests.push({ url: m[1], why: 'preload (fetch, after first paint)', list: data });
  for (const request of requests) {
    if (request.url === undefined) continue;
    const file = fileFor(request.url);
    if (file === null) problems.push(`${request.why} ${request.url} is not a file in ${relative(root, dist)}`);
    else if (!request.list.some((r) => r.file === file)) request.list.push({ file, why: request.why });
  }
}

// Chunks the entry imports dynamically as soon as it runs (by name, from perf-budget.json).
/** @type {{ eagerChunks?: string[] }} */
const eagerConfig = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
for (const name of eagerConfig.eagerChunks ?? []) {
  const assets = join(dist, 'assets');
  const matches = existsSync(assets)
    ? readdirSync(assets).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))
    : [];
  if (matches.length !== 1)
    problems.push(`eager chunk "${name}": expected one assets/${name}-*.js, found ${String(matches.length)}`);
  for (const f of matches) {
    const file = join(assets, f);
    if (!firstLoad.some((r) => r.file === file)) firstLoad.push({ file, why: 'imported at start-up' });
  }
}

// Chunks a first-load script imports statically are fetched before it runs, preloaded or not.
for (let i = 0; i < firstLoad.length; i += 1) {
  const entry = firstLoad[i];
  if (!entry?.file.endsWith('.js')) continue;
  const code = readFileSync(entry.file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
    const file = resolve(entry.file, '..', m[1] ?? '');
    if (existsSync(file) && !firstLoad.some((r) => r.file === file))
      firstLoad.push({ file, why: `static import of ${relative(dist, entry.file)}, not preloaded` });
  }
}

// --- Sizes -------------------------------------------------------------------------------------------

/** @type {Map<string, { raw: number, gzip: number }>} */
const sizeCache = new Map();
/** @param {string} file */
function sizeOf(file) {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
    sizeCache.set(file, size);
  }
  return size;
}

const assetsDir = join(dist, 'assets');
const chunks = (existsSync(assetsDir) ? readdirSync(assetsDir) : [])
  .filter((name) => /\.(m?js|css)$/.test(name))
  .map((name) => join(assetsDir, name))
  .sort();
const firstLoadFiles = new Set(firstLoad.map((r) => r.file));

const kb = (/** @type {number} */ bytes) => bytes / KB;
const fmt = (/** @type {number} */ bytes) => `${kb(bytes).toFixed(1)}`;
const sum = (/** @type {string[]} */ files, /** @type {'raw' | 'gzip'} */ key) =>
  files.reduce((total, f) => total + sizeOf(f)[key], 0);

const firstLoadList = [...firstLoadFiles];
const lazy = chunks.filter((f) => !firstLoadFiles.has(f));
const firstGzip = sum(firstLoadList, 'gzip');
const firstKB = kb(firstGzip);

/** @type {{ firstLoadGzipBudgetKB?: unknown, firstLoadGzipCeilingKB?: unknown, note?: unknown }} */
let budgetJson = {};
if (existsSync(budgetFile))
  budgetJson = /** @type {typeof budgetJson} */ (JSON.parse(readFileSync(budgetFile, 'utf8')));
else problems.push(`${relative(root, budgetFile)} not found; using the default budget`);
const positive = (/** @type {unknown} */ v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
const budgetKB = positive(budgetJson.firstLoadGzipBudgetKB) ?? 110;
const ceilingKB = positive(budgetJson.firstLoadGzipCeilingKB);
/** The ratchet only ever allows more than the budget; a ceiling at or under it is the budget. */
const limitKB = ceilingKB !== null && ceilingKB > budgetKB ? ceilingKB : budgetKB;
const overBudgetKB = firstKB - budgetKB;
const pass = firstKB <= limitKB;
const suggestedCeilingKB = Math.ceil(firstKB) + 1;

if (asJson) {
  const row = (/** @type {string} */ f) => ({
    file: relative(dist, f),
    rawBytes: sizeOf(f).raw,
    gzipBytes: sizeOf(f).gzip,
    firstLoad: firstLoadFiles.has(f),
  });
  console.log(
    JSON.stringify(
      {
        firstLoad: firstLoad.map((r) => ({ ...row(r.file), why: r.why })),
        data: data.map((r) => ({ ...row(r.file), why: r.why })),
        chunks: chunks.map(row),
        firstLoadGzipKB: firstKB,
        lazyGzipKB: kb(sum(lazy, 'gzip')),
        budgetKB,
        ceilingKB,
        pass,
        problems,
      },
      null,
      2,
    ),
  );
} else {
  const nameWidth = Math.max(
    28,
    ...[...chunks, ...firstLoadList, ...data.map((d) => d.file)].map((f) => relative(dist, f).length),
  );
  const line = (
    /** @type {string} */ mark,
    /** @type {string} */ name,
    /** @type {string} */ raw,
    /** @type {string} */ gzip,
    /** @type {string} */ note = '',
  ) =>
    console.log(
      `${mark.padEnd(2)}${name.padEnd(nameWidth)}  ${raw.padStart(9)}  ${gzip.padStart(9)}${note ? `  ${note}` : ''}`,
    );

  console.log(
    `build: ${relative(root, dist)}/ (gzip level 9, 1 KB = 1000 bytes, as Vite reports kB; * = needed by the first render)\n`,
  );
  line('', 'file', 'raw KB', 'gzip KB');
  line('', '-'.repeat(nameWidth), '-'.repeat(9), '-'.repeat(9));
  for (const f of chunks)
    line(firstLoadFiles.has(f) ? '*' : '', relative(dist, f), fmt(sizeOf(f).raw), fmt(sizeOf(f).gzip));
  for (const r of firstLoad.filter((x) => !x.file.startsWith(assetsDir)))
    line('*', relative(dist, r.file), fmt(sizeOf(r.file).raw), fmt(sizeOf(r.file).gzip), r.why);

  console.log('\nfirst load:');
  for (const r of firstLoad)
    line('', `  ${relative(dist, r.file)}`, fmt(sizeOf(r.file).raw), fmt(sizeOf(r.file).gzip), r.why);
  line('', `  total (${String(firstLoad.length)} files)`, fmt(sum(firstLoadList, 'raw')), fmt(firstGzip));
  if (data.length > 0) {
    console.log('\ndata preloaded with the first load (counted apart):');
    for (const r of data)
      line('', `  ${relative(dist, r.file)}`, fmt(sizeOf(r.file).raw), fmt(sizeOf(r.file).gzip), r.why);
  }
  console.log(
    `\nloaded lazily: ${String(lazy.length)} chunks, ${fmt(sum(lazy, 'raw'))} KB raw, ${fmt(sum(lazy, 'gzip'))} KB gzip`,
  );
  for (const p of problems) console.log(`warning: ${p}`);

  const paintFiles = firstLoad.filter((r) => r.file.endsWith('.html') || r.file.endsWith('.css'));
  console.log(
    `\nfirst paint (the built page: HTML and stylesheets) ${(
      sum(
        paintFiles.map((r) => r.file),
        'gzip',
      ) / KB
    ).toFixed(1)} KB gzip`,
  );
  console.log(
    `first load ${firstKB.toFixed(1)} KB gzip; budget ${String(budgetKB)} KB${ceilingKB !== null ? `, ratchet ceiling ${String(ceilingKB)} KB` : ''}`,
  );
  if (overBudgetKB <= 0) {
    console.log(`within budget (${(-overBudgetKB).toFixed(1)} KB to spare)`);
    if (ceilingKB !== null && ceilingKB > budgetKB)
      console.log(
        `the ratchet ceiling is no longer needed: remove firstLoadGzipCeilingKB from ${relative(root, budgetFile)}`,
      );
  } else if (pass) {
    console.log(`OVER BUDGET by ${overBudgetKB.toFixed(1)} KB (ratchet ceiling ${String(limitKB)} KB holds)`);
    if (ceilingKB !== null && suggestedCeilingKB < ceilingKB)
      console.log(
        `the first load shrank: lower the ceiling to ${String(suggestedCeilingKB)} KB (npm run size -- --ratchet)`,
      );
  } else if (limitKB > budgetKB) {
    console.log(
      `OVER BUDGET by ${overBudgetKB.toFixed(1)} KB and over the ratchet ceiling ${String(limitKB)} KB by ${(firstKB - limitKB).toFixed(1)} KB: FAIL`,
    );
  } else {
    console.log(`OVER BUDGET by ${overBudgetKB.toFixed(1)} KB: FAIL`);
  }
}

if (ratchet && ceilingKB !== null && suggestedCeilingKB < ceilingKB && firstKB > budgetKB) {
  writeFileSync(
    budgetFile,
    `${JSON.stringify({ ...budgetJson, firstLoadGzipCeilingKB: suggestedCeilingKB }, null, 2)}\n`,
  );
  console.log(
    `ratchet: ${relative(root, budgetFile)} ceiling lowered from ${String(ceilingKB)} to ${String(suggestedCeilingKB)} KB`,
  );
}
process.exitCode = pass ? 0 : 1;
