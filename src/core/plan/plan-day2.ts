import { planDay2, type Day2Result } from '../day2/day2';
import { parseK3sVersion } from '../model/k3s-version';
import type { Rules } from '../model/rules';
import type { PlanResult } from './compute-plan';

/**
 * Day 2 of a plan (decision 020): its backups and restore, and an upgrade, for the release the plan
 * resolved. A pure function of the PlanResult, loaded with the day-2 panel and the JSON plan's
 * download (decision 021) so the start-up does not carry it; null when the rules file has no day-2 facts.
 */
export function planDay2Of(result: PlanResult, rules: Rules): Day2Result | null {
  const version = parseK3sVersion(result.version.resolved);
  if (!version) return null;
  return planDay2(result.input, rules, {
    sizing: result.sizing,
    config: result.config,
    install: result.install,
    waitReady: result.install.waitReady,
    version,
  });
}
