import { checkPlan } from '../findings/check-plan';
import { finding, sortFindings, type AnyFinding } from '../findings/finding';
import type { Edition, Rules } from '../rules/schema';
import { sizeCluster, type Sizing } from '../sizing/sizing';
import { formatK3sVersion, parseK3sVersion, resolveK3sVersion, type K3sVersion } from '../version/k3s-version';
import type { PlanInput } from './plan-input';

export interface RulesStamp {
  readonly id: string;
  readonly edition: Edition;
  readonly version: string;
  readonly published: string;
}

export interface VersionResolution {
  /** What the plan asked for: a channel, a minor line or a version. */
  readonly requested: string;
  /** The release the version gates were checked against. */
  readonly resolved: string;
  readonly via: 'pinned' | 'channel' | 'minor-channel' | 'line-start' | 'fallback-stable';
}

/** Everything the app shows for one plan under one rules file. The UI only renders this. */
export interface PlanResult {
  readonly input: PlanInput;
  readonly rules: RulesStamp;
  readonly version: VersionResolution;
  readonly sizing: Sizing;
  readonly findings: readonly AnyFinding[];
}

function resolveVersion(requested: string, rules: Rules): { version: K3sVersion; resolution: VersionResolution; finding: AnyFinding | null } {
  const r = resolveK3sVersion(requested, rules.releases);
  if (r.ok) return { version: r.version, resolution: { requested, resolved: formatK3sVersion(r.version), via: r.via }, finding: null };
  let stand: K3sVersion | null = r.reason === 'unknown-line' ? r.lineStart : parseK3sVersion(rules.releases.channels.stable);
  // RulesSchema checks the channel's form, so the stable channel always parses.
  stand ??= { major: 1, minor: 0, patch: 0, revision: 1 };
  const fallback = formatK3sVersion(stand);
  return {
    version: stand,
    resolution: { requested, resolved: fallback, via: r.reason === 'unknown-line' ? 'line-start' : 'fallback-stable' },
    finding: finding('version.unknown-line', 'warning', { requested, fallback }, {
      fields: ['cluster.k3sVersion'],
      ruleId: 'releases.known',
      source: rules.releases.source,
    }),
  };
}

/** The whole plan for an input under one rules file: pure, synchronous, no I/O. */
export function computePlan(input: PlanInput, rules: Rules): PlanResult {
  const sizing = sizeCluster(input.cluster, rules);
  const { version, resolution, finding: versionFinding } = resolveVersion(input.cluster.k3sVersion, rules);
  const findings = checkPlan({ cluster: input.cluster, rules, sizing, version });
  return {
    input,
    rules: { id: rules.id, edition: rules.edition, version: rules.version, published: rules.published },
    version: resolution,
    sizing,
    findings: versionFinding ? sortFindings([versionFinding, ...findings]) : findings,
  };
}
