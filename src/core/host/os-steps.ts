import type { ClusterInput, HostInput, NetworkInput } from '../model/plan-input';
import type { OsStepId, Rules, SourceRef } from '../model/rules';

export interface OsStep {
  readonly id: OsStepId;
  readonly commands: readonly string[];
  /** True when the step applies only in a situation the plan cannot know (e.g. router advertisements). */
  readonly conditional: boolean;
  readonly source: SourceRef;
  /** How the seed documents word the step, where they differ (an older path or release range). */
  readonly seedWording?: { readonly commands: readonly string[]; readonly source: SourceRef };
}

/** Compares dotted release numbers numerically: 8.10 is after 8.4, 24.04 after 23.10. */
export function compareOsVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The preparation steps the rules list for this OS, release, device, Flannel backend and IP family. */
export function osSteps(
  host: HostInput,
  cluster: Pick<ClusterInput, 'device'>,
  network: Pick<NetworkInput, 'flannelBackend' | 'ipFamily'>,
  rules: Rules,
): OsStep[] {
  return rules.osSteps
    .filter(({ when }) => {
      if (when.os && !when.os.includes(host.os)) return false;
      if (when.versionFrom !== undefined && compareOsVersions(host.osVersion, when.versionFrom) < 0) return false;
      if (when.versionBelow !== undefined && compareOsVersions(host.osVersion, when.versionBelow) >= 0) return false;
      if (when.lowPowerBoard !== undefined && when.lowPowerBoard !== (cluster.device === 'low-power-board'))
        return false;
      if (when.backends && !when.backends.includes(network.flannelBackend)) return false;
      if (when.ipv6 !== undefined && when.ipv6 !== (network.ipFamily !== 'ipv4')) return false;
      return true;
    })
    .map((s) => ({
      id: s.id,
      commands: s.commands,
      conditional: s.conditional,
      source: s.source,
      ...(s.seedWording ? { seedWording: s.seedWording } : {}),
    }));
}
