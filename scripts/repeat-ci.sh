#!/usr/bin/env bash
# Runs CI's gated steps N times in a row on one commit, on a fresh clone, and records each step's
# result and duration: the evidence that no gate fails by chance (docs/decisions/015-ci-gates.md).
#
#   bash scripts/repeat-ci.sh [N=20] [DIR=/tmp/k3s-sizer-repeat]
#   STEPS=e2e,unit bash scripts/repeat-ci.sh 12     (only those steps, after one build)
#
# Writes DIR/runs.tsv (run, step, exit status, seconds) and each step's log as DIR/logs/<run>-<step>.log.
# A failed step is recorded and the run goes on to the next step; nothing is retried beyond what CI
# itself retries (Playwright's one retry with CI=true, reported as "flaky").
set -uo pipefail
n=${1:-20}
dir=${2:-/tmp/k3s-sizer-repeat}
src=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$dir" && mkdir -p "$dir/logs"
git clone -q "$src" "$dir/tree"
cd "$dir/tree" || exit 2
export CI=true
npm ci --no-audit --no-fund >"$dir/logs/npm-ci.log" 2>&1 || { echo "npm ci failed"; exit 2; }
printf 'run\tstep\tstatus\tseconds\n' >"$dir/runs.tsv"
steps=(
  'lint:npm run lint'
  'format:npm run format:check'
  'types:npm run typecheck'
  'unit:npm run test:unit'
  'build:npm run build'
  'size:npm run size'
  'e2e:npm run test:e2e'
  'compute:npm run bench:compute'
  'input:node scripts/bench/input-latency.mjs --runs 30 --gate'
  'lighthouse:node scripts/bench/lighthouse.mjs --runs 5 --gate'
)
if [ -n "${STEPS:-}" ]; then
  # The journeys and the benchmarks read the build: made once, before the runs.
  npm run build >"$dir/logs/build.log" 2>&1 || { echo "build failed"; exit 2; }
fi
for run in $(seq 1 "$n"); do
  for entry in "${steps[@]}"; do
    name=${entry%%:*}
    cmd=${entry#*:}
    if [ -n "${STEPS:-}" ] && [[ ",$STEPS," != *",$name,"* ]]; then continue; fi
    start=$(date +%s)
    bash -c "$cmd" >"$dir/logs/$run-$name.log" 2>&1
    status=$?
    printf '%s\t%s\t%s\t%s\n' "$run" "$name" "$status" "$(($(date +%s) - start))" | tee -a "$dir/runs.tsv"
  done
done
echo "failed steps:"
awk -F'\t' 'NR > 1 && $3 != 0' "$dir/runs.tsv"
