import { buildConfigFiles, type ConfigPlan } from '../config/config-files';
import { buildInstallPlan, type InstallPlan } from '../config/install';
import { checkPlan } from '../findings/check-plan';
import { osSteps, type OsStep } from '../host/os-steps';
import { validCidrs, planNetwork, type NetworkPlan } from '../network/network-plan';
import { firewallOffCommand, firewallScript, type FirewallScript } from '../ports/firewall';
import {
  derivePortRules,
  inboundFor,
  securityGroupRows,
  type NodeRole,
  type PortRule,
  type SecurityGroupRow,
} from '../ports/ports';
import { formatCidr } from '../network/cidr';
import { isExternalDatastore } from '../model/ha';
import { finding, sortFindings, type AnyFinding } from '../findings/finding';
import type { Edition, Rules } from '../model/rules';
import { sizeCluster, type Sizing } from '../sizing/sizing';
import { formatK3sVersion, parseK3sVersion, resolveK3sVersion, type K3sVersion } from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import { planClusterWorkloads, workloadFindings, type WorkloadResult } from '../workloads/plan-workloads';

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

/** The network half of the plan: addressing, the ports each role opens, firewall commands, OS preparation. */
export interface NetworkResult {
  readonly addressing: NetworkPlan;
  readonly ports: readonly PortRule[];
  readonly inbound: Readonly<Record<NodeRole, readonly PortRule[]>>;
  /** One script per role that receives traffic (the database host only with an external datastore). */
  readonly firewall: readonly FirewallScript[];
  /** The command that turns off the firewall the plan's OS ships (the requirements page's advice). */
  readonly firewallOff: string;
  readonly securityGroups: readonly SecurityGroupRow[];
  readonly osSteps: readonly OsStep[];
}

/** Everything the app shows for one plan under one rules file. The UI only renders this. */
export interface PlanResult {
  readonly input: PlanInput;
  readonly rules: RulesStamp;
  readonly version: VersionResolution;
  readonly sizing: Sizing;
  readonly network: NetworkResult;
  /** config.yaml per role, with placeholders for secrets (the page fills them from memory only). */
  readonly config: ConfigPlan;
  readonly install: InstallPlan;
  readonly findings: readonly AnyFinding[];
  /** Workload planning, when the plan uses it: its agent count is the one the plan sizes for. */
  readonly workloads: WorkloadResult | null;
}

function networkResult(input: PlanInput, rules: Rules, addressing: NetworkPlan, sizing: Sizing): NetworkResult {
  const { cluster, network, host } = input;
  const ports = derivePortRules(
    cluster,
    network,
    addressing.families,
    rules,
    input.install.datastorePort,
    sizing.database?.members ?? 1,
  );
  const agentless = cluster.serverWorkloads === 'agentless';
  const inbound: Record<NodeRole, PortRule[]> = {
    server: inboundFor(ports, 'server', agentless),
    agent: inboundFor(ports, 'agent', agentless),
    datastore: inboundFor(ports, 'datastore', agentless),
  };
  const roles: NodeRole[] = isExternalDatastore(cluster.datastore)
    ? ['server', 'agent', 'datastore']
    : ['server', 'agent'];
  const firewall = roles.map((role) =>
    firewallScript(
      {
        role,
        firewall: host.firewall,
        os: host.os,
        inbound: inbound[role],
        clusterCidrs: addressing.perFamily.flatMap((p) => (p.clusterCidr ? [p.clusterCidr] : [])),
        serviceCidrs: addressing.perFamily.flatMap((p) => (p.serviceCidr ? [p.serviceCidr] : [])),
        nodeNetworks: validCidrs(addressing.lists.nodeNetwork),
      },
      rules,
    ),
  );
  const nodeNetworks = validCidrs(addressing.lists.nodeNetwork).map(formatCidr);
  return {
    addressing,
    ports,
    inbound,
    firewall,
    firewallOff: firewallOffCommand(host.os, rules),
    securityGroups: securityGroupRows(ports, nodeNetworks),
    osSteps: osSteps(host, cluster, network, rules),
  };
}

function resolveVersion(
  requested: string,
  rules: Rules,
): { version: K3sVersion; resolution: VersionResolution; finding: AnyFinding | null } {
  const r = resolveK3sVersion(requested, rules.releases);
  if (r.ok)
    return {
      version: r.version,
      resolution: { requested, resolved: formatK3sVersion(r.version), via: r.via },
      finding: null,
    };
  let stand: K3sVersion | null =
    r.reason === 'unknown-line' ? r.lineStart : parseK3sVersion(rules.releases.channels.stable);
  // RulesSchema checks the channel's form, so the stable channel always parses.
  stand ??= { major: 1, minor: 0, patch: 0, revision: 1 };
  const fallback = formatK3sVersion(stand);
  return {
    version: stand,
    resolution: { requested, resolved: fallback, via: r.reason === 'unknown-line' ? 'line-start' : 'fallback-stable' },
    finding: finding(
      'version.unknown-line',
      'warning',
      { requested, fallback },
      {
        fields: ['cluster.k3sVersion'],
        ruleId: 'releases.known',
        source: rules.releases.source,
      },
    ),
  };
}

/** The whole plan for an input under one rules file: pure, synchronous, no I/O. */
export function computePlan(requested: PlanInput, rules: Rules): PlanResult {
  // With workload planning on, the agents come from packing the pods; the rest of the plan sizes
  // for that count. Pods per node do not depend on the agent count, so one network pass decides it.
  const workloads = planClusterWorkloads(requested, rules, planNetwork(requested.cluster, requested.network, rules));
  const input =
    workloads?.agents != null && workloads.agents !== requested.cluster.agents
      ? { ...requested, cluster: { ...requested.cluster, agents: workloads.agents } }
      : requested;
  const sizing = sizeCluster(input.cluster, rules, input.install.datastoreHost);
  const { version, resolution, finding: versionFinding } = resolveVersion(input.cluster.k3sVersion, rules);
  const addressing = planNetwork(input.cluster, input.network, rules);
  const findings = checkPlan({
    cluster: input.cluster,
    network: input.network,
    host: input.host,
    install: input.install,
    airgap: input.airgap,
    net: addressing,
    rules,
    sizing,
    version,
  });
  const config = buildConfigFiles(input, rules, addressing, version);
  const install = buildInstallPlan(input, rules, config, version);
  return {
    input,
    rules: { id: rules.id, edition: rules.edition, version: rules.version, published: rules.published },
    version: resolution,
    sizing,
    network: networkResult(input, rules, addressing, sizing),
    config,
    install,
    findings: sortFindings([
      ...(versionFinding ? [versionFinding] : []),
      ...findings,
      ...workloadFindings(workloads, rules),
    ]),
    workloads,
  };
}
