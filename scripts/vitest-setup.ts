// Vitest setup: fast-check's seed. In CI every property test draws the same examples, so a red run
// is a change's doing, not the dice's (docs/decisions/015-ci-gates.md); elsewhere each run draws new
// ones and explores further. FC_SEED=<n> pins the draw anywhere, e.g. to replay the seed a failure printed.
import fc from 'fast-check';

const CI_SEED = 20261204;
const pinned = process.env.FC_SEED ?? (process.env.CI ? String(CI_SEED) : undefined);
if (pinned !== undefined) {
  const seed = Number(pinned);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${pinned}`);
  fc.configureGlobal({ seed });
}
