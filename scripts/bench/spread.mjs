// Runs the CI benchmarks N times in a row, as CI runs them, and prints the spread of every gated
// figure: the evidence behind the gates' margins (docs/decisions/015-ci-gates.md).
//
//   npx vite build && node scripts/bench/spread.mjs [--times 20] [--dir bench-spread]
//
// Each round: plan computation, input to paint (30 inputs per page) and Lighthouse (median of 5
// interleaved runs), each writing its JSON into --dir; a round that fails is counted, not retried.
// At the end, per figure: min, median, max over the rounds, and the gate it is held to.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './reference.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const times = Number(option('times', '20'));
const dir = resolve(option('dir', 'bench-spread'));
mkdirSync(dir, { recursive: true });
const { ciGates } = JSON.parse(readFileSync(new URL('../../perf-budget.json', import.meta.url), 'utf8'));
const GATE_ABOVE_BLANK_MS = Number(ciGates.inputP95AboveBlankMs);
const GATE = {
  performanceBelowBlank: Number(ciGates.lighthousePerformanceBelowBlank),
  blockingTimeAboveBlankMs: Number(ciGates.lighthouseBlockingTimeAboveBlankMs),
};

/** @param {string} cmd @param {string[]} argv */
function run(cmd, argv) {
  try {
    execFileSync(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: 'true' } });
    return true;
  } catch {
    return false;
  }
}

const failed = { compute: 0, input: 0, lighthouse: 0 };
for (let round = 1; round <= times; round += 1) {
  console.log(`\n== round ${String(round)} of ${String(times)} (${new Date().toISOString()})`);
  if (!run('npx', ['tsx', 'scripts/bench/compute.ts', '--out', join(dir, `compute-${String(round)}.json`)]))
    failed.compute += 1;
  if (
    !run('node', [
      'scripts/bench/input-latency.mjs',
      '--runs',
      '30',
      '--gate',
      '--out',
      join(dir, `input-${String(round)}.json`),
    ])
  )
    failed.input += 1;
  if (
    !run('node', [
      'scripts/bench/lighthouse.mjs',
      '--runs',
      '5',
      '--gate',
      '--json',
      join(dir, `lighthouse-${String(round)}.json`),
    ])
  )
    failed.lighthouse += 1;
}

/** @param {string} name */
const read = (name) => {
  /** @type {any[]} */
  const all = [];
  for (let round = 1; round <= times; round += 1) {
    try {
      all.push(JSON.parse(readFileSync(join(dir, `${name}-${String(round)}.json`), 'utf8')));
    } catch {
      // a round that failed before writing its file
    }
  }
  return all;
};
/** @param {string} label @param {number[]} values @param {string} gate */
const line = (label, values, gate) => {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} min ${String(sorted[0]?.toFixed(1)).padStart(8)}  median ${median(sorted).toFixed(1).padStart(8)}  max ${String(sorted.at(-1)?.toFixed(1)).padStart(8)}   ${gate}`,
  );
};

console.log(
  `\n== spread over ${String(times)} rounds (failed rounds: compute ${String(failed.compute)}, input ${String(failed.input)}, lighthouse ${String(failed.lighthouse)})`,
);
const compute = read('compute');
line(
  'compute p95 (ms)',
  compute.map((c) => c.overall.p95Ms),
  'gate < 4 ms',
);
const input = read('input');
line(
  'input blank p95 (ms)',
  input.map((r) => r.blank.p95Ms),
  '',
);
for (const agents of [5, 500, 10_000]) {
  line(
    `input ${String(agents)} agents p95 (ms)`,
    input.map((r) => r.results.find((/** @type {any} */ x) => x.agents === agents).p95Ms),
    'budget 50 ms, printed',
  );
  line(
    `input ${String(agents)} agents p95 − blank (ms)`,
    input.map((r) => r.results.find((/** @type {any} */ x) => x.agents === agents).p95Ms - r.blank.p95Ms),
    `gate ≤ ${String(GATE_ABOVE_BLANK_MS)} ms`,
  );
}
const lh = read('lighthouse');
/** @param {any} r @param {string} page @param {string} key */
const med = (r, page, key) => median(r.samples[page].map((/** @type {any} */ s) => s[key]));
for (const page of ['blank', 'bare', 'link']) {
  line(
    `lighthouse ${page} performance`,
    lh.map((r) => med(r, page, 'performance')),
    '',
  );
  line(
    `lighthouse ${page} blocking (ms)`,
    lh.map((r) => med(r, page, 'tbtMs')),
    '',
  );
  line(
    `lighthouse ${page} largest paint (ms)`,
    lh.map((r) => med(r, page, 'lcpMs')),
    '',
  );
  line(
    `lighthouse ${page} single-run performance`,
    lh.flatMap((r) => r.samples[page].map((/** @type {any} */ s) => s.performance)),
    '',
  );
}
for (const page of ['bare', 'link']) {
  line(
    `lighthouse ${page}: blank − performance`,
    lh.map((r) => med(r, 'blank', 'performance') - med(r, page, 'performance')),
    `gate ≤ ${String(GATE.performanceBelowBlank)}`,
  );
  line(
    `lighthouse ${page}: blocking − blank (ms)`,
    lh.map((r) => med(r, page, 'tbtMs') - med(r, 'blank', 'tbtMs')),
    `gate ≤ ${String(GATE.blockingTimeAboveBlankMs)} ms`,
  );
}
