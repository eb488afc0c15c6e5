/**
 * `it` for tests that need an external tool. Where a tool is missing: with CI=true the test
 * fails, naming the Debian package to install; elsewhere it is skipped with the reason in its
 * title and a console warning. It never passes without having run. Only tests import this.
 */
import { it } from 'vitest';
import { probeTools, TOOL_PACKAGES, type Tool } from './oracles';

let probed: ReturnType<typeof probeTools> | null = null;

/** Which tools run here (probed once per test file). */
export function toolsHere(): ReturnType<typeof probeTools> {
  probed ??= probeTools();
  return probed;
}

export function oracleTest(
  name: string,
  needs: readonly Tool[],
  fn: () => void | Promise<void>,
  timeout?: number,
): void {
  const missing = needs.filter((t) => toolsHere()[t] !== null);
  if (missing.length === 0) {
    it(name, fn, timeout);
    return;
  }
  const packages = [...new Set(missing.map((t) => TOOL_PACKAGES[t]))];
  const why = missing.map((t) => `${t}: ${String(toolsHere()[t])}`).join('; ');
  if (process.env.CI === 'true') {
    it(name, () => {
      throw new Error(
        `CI=true and the oracle cannot run (${why}). Install the Debian package(s): apt-get install ${packages.join(' ')} (scripts/ensure-tools.mjs does this as root on Debian/Ubuntu).`,
      );
    });
    return;
  }
  console.warn(`oracle test skipped, ${packages.join(', ')} not installed: ${name} (${why})`);
  it.skip(`${name} (${packages.join(', ')} not installed)`, fn);
}
