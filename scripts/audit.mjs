// Known vulnerabilities in the production dependencies (what ships to the browser), by severity.
//
//   npm run audit:prod                 runs `npm audit --omit=dev --json`
//   node scripts/audit.mjs [--strict] [--from-file report.json]
//
// Exits 1 when any high or critical advisory applies. When the registry's advisory service cannot
// be reached or answers with an error (offline, a proxy or mirror without the audit endpoint:
// HTTP 405, ENOAUDIT), there is no result: it says so and exits 0, or 2 with --strict. It never
// reports a pass it did not get. Any other failure to get a report exits 2.
// --from-file reads a report saved from `npm audit --json` instead of running npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SEVERITIES = /** @type {const} */ (['info', 'low', 'moderate', 'high', 'critical']);
const FAILING = new Set(['high', 'critical']);
const NETWORK_CODES = new Set([
  'ENOAUDIT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPROTO',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
]);

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const fromFileAt = args.indexOf('--from-file');
const fromFile = fromFileAt >= 0 ? args[fromFileAt + 1] : undefined;
if (fromFileAt >= 0 && !fromFile) {
  console.error('audit: --from-file needs a path');
  process.exit(2);
}

/** @param {string} reason @returns {never} */
function unreachable(reason) {
  console.log(`npm audit: advisory service unreachable (${reason}) — no result`);
  if (strict) console.log('--strict: no result is a failure');
  process.exit(strict ? 2 : 0);
}

/** @param {string} reason @returns {never} */
function noResult(reason) {
  console.log(`npm audit: no result (${reason})`);
  process.exit(2);
}

/** @returns {{ stdout: string, stderr: string }} the report npm printed, and its complaints */
function runAudit() {
  if (fromFile) return { stdout: readFileSync(fromFile, 'utf8'), stderr: '' };
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (run.error) {
    const code = /** @type {NodeJS.ErrnoException} */ (run.error).code ?? '';
    if (code === 'ETIMEDOUT') unreachable('npm audit timed out after 180 s');
    noResult(`could not run npm: ${run.error.message}`);
  }
  return { stdout: run.stdout, stderr: run.stderr };
}
const { stdout, stderr } = runAudit();

/** The first line of npm's own complaint, without its "npm warn"/"npm error" prefix and the nodedir noise. */
function stderrReason() {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^npm (error|ERR!|warn audit)/i.test(l));
  return (lines[0] ?? '').replace(/^npm (error|ERR!|warn)\s*(audit\s*)?/i, '').trim();
}

/** @type {any} */
let report;
try {
  report = JSON.parse(stdout);
} catch {
  const reason = stderrReason();
  const code = /\b(E[A-Z_]{3,})\b/.exec(stderr)?.[1];
  if (code && NETWORK_CODES.has(code)) unreachable(reason || code);
  noResult(reason || (stdout.trim() === '' ? 'npm printed no report' : 'the report is not JSON'));
}

const counts = report?.metadata?.vulnerabilities;
if (!counts || typeof counts !== 'object') {
  // npm's JSON for a failed request: { message, statusCode, ... } or { error: { code, summary, detail } }.
  const status = typeof report?.statusCode === 'number' ? report.statusCode : null;
  const code =
    typeof report?.error?.code === 'string' ? report.error.code : typeof report?.code === 'string' ? report.code : null;
  const message =
    typeof report?.message === 'string' && report.message
      ? report.message
      : typeof report?.error?.summary === 'string'
        ? report.error.summary
        : '';
  const shortMessage = message.replace(/\s+-\s+(GET|POST)\s+\S+$/, '');
  if (status !== null || (code !== null && NETWORK_CODES.has(code)))
    unreachable([code, shortMessage || (status !== null ? `HTTP ${String(status)}` : '')].filter(Boolean).join(': '));
  noResult(
    [code, shortMessage || stderrReason()].filter(Boolean).join(': ') || 'the report has no vulnerability counts',
  );
}

/** @type {Record<string, number>} */
const bySeverity = {};
for (const s of SEVERITIES) bySeverity[s] = Number(counts[s] ?? 0);
const total = SEVERITIES.reduce((sum, s) => sum + (bySeverity[s] ?? 0), 0);
const deps = report?.metadata?.dependencies;
const audited = typeof deps?.prod === 'number' ? deps.prod : typeof deps === 'number' ? deps : null;

console.log(`npm audit (production dependencies${audited !== null ? `, ${String(audited)} packages` : ''}):`);
for (const s of SEVERITIES) console.log(`  ${s.padEnd(9)} ${String(bySeverity[s] ?? 0).padStart(4)}`);
console.log(`  ${'total'.padEnd(9)} ${String(total).padStart(4)}`);

// Which packages, for the severities that fail (npm 7+ report: vulnerabilities keyed by package).
const vulnerable =
  report?.vulnerabilities && typeof report.vulnerabilities === 'object' ? Object.values(report.vulnerabilities) : [];
for (const v of vulnerable) {
  if (!FAILING.has(v?.severity)) continue;
  const titles = (Array.isArray(v.via) ? v.via : [])
    .filter((/** @type {any} */ x) => typeof x === 'object' && x !== null)
    .map((/** @type {any} */ x) => `${String(x.title)}${x.url ? ` (${String(x.url)})` : ''}`);
  console.log(
    `  ${String(v.severity)}: ${String(v.name)} ${String(v.range ?? '')}${titles.length > 0 ? ` — ${titles.join('; ')}` : ' (through a dependency)'}`,
  );
}

const failing = (bySeverity.high ?? 0) + (bySeverity.critical ?? 0);
if (failing > 0) {
  console.log(
    `FAIL: ${String(failing)} high or critical ${failing === 1 ? 'advisory' : 'advisories'} in production dependencies`,
  );
  process.exit(1);
}
console.log('PASS: no high or critical advisory in production dependencies');
