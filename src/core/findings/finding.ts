import type { IpFamily } from '../network/cidr';
import type { NetworkFix } from '../network/fixes';
import type { CidrListField } from '../network/network-plan';
import type {
  Datastore,
  EgressSelectorMode,
  FlannelBackend,
  HaMode,
  IpFamilyMode,
  PlanField,
  ShapeId,
} from '../model/plan-input';
import type { AnyGateId, Architecture, DiskFitness, DiskKind, SourceRef } from '../model/rules';
import type { MachineRole } from '../model/machines';

type VersionStage = 'unavailable' | 'experimental';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every finding code and the parameters its message is written from. Codes are stable:
 * the message catalogs, the tests and the JSON plan key on them.
 */
export interface FindingParamsMap {
  /** `embeddedMinServers`, `externalMinServers`: the server counts each HA topology needs (the rules' haMinServers). */
  'topology.sqlite-multi-server': { servers: number; embeddedMinServers: number; externalMinServers: number };
  'topology.mode-datastore-mismatch': { haMode: HaMode; datastore: Datastore };
  'topology.single-mode-several-servers': { servers: number };
  'topology.ha-too-few-servers': { haMode: 'ha-embedded' | 'ha-external'; servers: number; minimum: number };
  /**
   * `minimum`: the rules' etcd.haMinServers; `suggestedCounts`: the odd member counts from it up to
   * etcd.recommendedMaxMembers (3, 5, 7), the counts the messages suggest.
   */
  'etcd.single-member': { members: number; minimum: number; suggestedCounts: readonly number[] };
  /** `minimumFaultTolerance`: the failures `minimum` members survive. */
  'etcd.two-members': {
    members: number;
    quorum: number;
    faultTolerance: number;
    minimum: number;
    minimumFaultTolerance: number;
  };
  /** `oddBelow`, `oddAbove`: the odd member counts either side. */
  'etcd.even-member-count': {
    members: number;
    quorum: number;
    faultTolerance: number;
    oddBelow: number;
    oddAbove: number;
  };
  'etcd.too-many-members': { members: number; recommendedMax: number; suggestedCounts: readonly number[] };
  'etcd.quorum': { members: number; quorum: number; faultTolerance: number };
  'datastore.external-etcd-members': {
    members: number;
    quorum: number;
    faultTolerance: number;
    recommendedMax: number;
    suggestedCounts: readonly number[];
  };
  'etcd.disk-space': {
    quotaMiB: number;
    retention: number;
    intervalHours: number;
    atDefaultQuotaMiB: number;
    suggestedMaxQuotaMiB: number;
    atSuggestedMaxQuotaMiB: number;
    directory: string;
  };
  'disk.flash-under-etcd': { disk: DiskKind; fitness: DiskFitness };
  'disk.hdd-under-etcd': { disk: DiskKind; maxLatencyMs: number };
  'disk.ssd-recommended': { disk: DiskKind };
  'disk.datastore-io': { datastore: 'sqlite' | 'etcd'; iops: number; kibPerSecond: number; maxLatencyMs: number };
  'disk.separate-server-agent-data': Record<string, never>;
  'disk.cloud-volume-iops': Record<string, never>;
  /** `minServers`: the servers HA with an external datastore needs (externalDatastore.haMinServers). */
  'cluster.production-ha-external': { nodes: number; largeAbove: number; haMode: HaMode; minServers: number };
  'cluster.unique-hostnames': { nodes: number };
  'cluster.join-in-batches': { agents: number; batchSize: number; batches: number };
  'cluster.beyond-kubernetes-limits': { nodes: number; maxNodes: number; maxPodsPerNode: number; maxPods: number };
  /** `releaseHasBuilds`: whether the plan's release still shipped builds (null where the rules file does not say). */
  'platform.arch-builds-ended': {
    arch: Architecture;
    endedOn: string;
    listed: boolean;
    version: string;
    releaseHasBuilds: boolean | null;
  };
  'platform.arm64-page-size': { version: string; fixedIn: readonly string[]; since: string };
  'platform.board-too-small': { needVcpu: number; needMemoryMiB: number; boardVcpu: number; boardMemoryMiB: number };
  'version.unknown-line': { requested: string; fallback: string };
  /** The table's figure, the measured use, and what the plan uses instead (the next whole GB above the measurement). */
  'sizing.below-measured': { figureMiB: number; measuredMiB: number; plannedMiB: number; measuredVersion: string };
  'workloads.pod-too-big': {
    name: string;
    cpuMillis: number;
    memoryMiB: number;
    /** The roomiest shape, its capacity (so a shape of the reader's own can be named with its size), and what it leaves for pods. */
    shape: ShapeId;
    shapeCpuMillis: number;
    shapeMemoryMiB: number;
    allocatableCpuMillis: number;
    allocatableMemoryMiB: number;
  };
  'workloads.pods-per-node-limit': { limit: number; by: 'max-pods' | 'pod-subnet'; agents: number };
  'workloads.no-failure-headroom': { agents: number };
  'network.cidr-invalid': {
    field: CidrListField;
    value: string;
    reason: 'syntax' | 'prefix-range' | 'host-bits';
    network: string | null;
    maxPrefix: number | null;
    /** Well-formed ranges to show as examples: K3s's own cluster ranges, one per family. */
    examples: readonly string[];
  };
  'network.cidr-wrong-family': {
    field: 'clusterCidr' | 'serviceCidr';
    value: string;
    family: IpFamily;
    mode: IpFamilyMode;
  };
  'network.cidr-list-shape': {
    field: 'clusterCidr' | 'serviceCidr';
    mode: IpFamilyMode;
    count: number;
    expected: number;
    /** The field's dual-stack list as K3s's own ranges write it, as an example. */
    example: string;
  };
  'network.overlap': { a: CidrListField; aCidr: string; b: CidrListField; bCidr: string };
  /** `maxPrefix`: the limit of this range's family; `maxPrefixV4`, `maxPrefixV6`: both families' limits. */
  'network.service-cidr-too-wide': {
    cidr: string;
    family: IpFamily;
    prefix: number;
    maxPrefix: number;
    maxPrefixV4: number;
    maxPrefixV6: number;
  };
  /** `defaultMaskV4`, `defaultMaskV6`: the node masks K3s uses by default. */
  'network.node-mask-too-short': {
    family: IpFamily;
    nodeMask: number;
    clusterPrefix: number;
    defaultMaskV4: number;
    defaultMaskV6: number;
  };
  'network.ipv6-node-mask-gap': { nodeMask: number; clusterPrefix: number; maxGap: number };
  /** Counts that can exceed 2^53 travel as decimal strings. */
  'network.pod-subnets-exhausted': {
    family: IpFamily;
    nodes: number;
    nodeSubnets: string;
    clusterCidr: string;
    nodeMask: number;
    fixes: readonly NetworkFix[];
  };
  'network.pod-subnets-full': {
    family: IpFamily;
    nodes: number;
    nodeSubnets: string;
    clusterCidr: string;
    fixes: readonly NetworkFix[];
  };
  'network.max-pods-exceed-subnet': {
    family: IpFamily;
    maxPods: number;
    usablePerNode: number;
    nodeMask: number;
    fixes: readonly NetworkFix[];
  };
  'network.max-pods-above-recommended': { maxPods: number; recommendedMax: number };
  'network.default-cidrs-lan': { cidrs: readonly string[] };
  /** A cluster or service range in someone else's (public) or in reserved address space, with a private one to use instead. */
  'network.range-not-private': {
    field: 'clusterCidr' | 'serviceCidr';
    cidr: string;
    family: IpFamily;
    space: 'public' | 'reserved';
    fixes: readonly NetworkFix[];
  };
  'network.dual-stack-version': { version: string; stage: VersionStage; since: string };
  'network.ipv6-only-version': { version: string; since: string };
  'network.dual-stack-at-creation': Record<string, never>;
  'network.ipv6-primary-node-ip': Record<string, never>;
  /** `since`: the release with the fix, of the plan's own minor line or the next. */
  'network.kubelet-ipv6-bug': { version: string; since: string };
  'network.ipv6-accept-ra': Record<string, never>;
  'network.ipv6-masq-suggested': { cidr: string };
  'network.ipv6-masq-ignored': { reason: 'ipv4-only' | 'no-flannel' };
  'network.external-ip-needs-node-ip': Record<string, never>;
  'network.external-ip-unencrypted': { backend: FlannelBackend };
  'network.backend-removed': { backend: FlannelBackend; removedIn: string; version: string };
  'network.backend-deprecated': { backend: FlannelBackend; removedIn: string; strongswanUnbundled: boolean };
  'network.host-gw-layer2': Record<string, never>;
  'network.custom-cni': Record<string, never>;
  'network.egress-agentless': { mode: EgressSelectorMode };
  'network.egress-pod-custom-cni': Record<string, never>;
  'network.agentless-servers': { embeddedEtcd: boolean };
  'network.embedded-registry-version': { version: string; stage: VersionStage; since: string };
  'network.embedded-registry-trust': Record<string, never>;
  'network.servicelb-host-ports': { httpPort: number; httpsPort: number };
  'network.traefik-without-servicelb': Record<string, never>;
  'security.vxlan-exposed': {
    restricted: boolean;
    nodeNetwork: 'unknown' | 'private' | 'public';
    port: number;
    protocol: 'tcp' | 'udp';
  };
  'security.flannel-net-raw': Record<string, never>;
  'install.registration-address-invalid': { value: string };
  'install.no-registration-address': { servers: number; firstServer: string };
  'install.names-invalid': {
    field: 'serverNames' | 'agentNames';
    value: string;
    reason: 'empty' | 'invalid' | 'too-few' | 'duplicate';
    detail: string;
    needed: number;
  };
  'install.datastore-host-invalid': { value: string };
  'install.datastore-host-missing': Record<string, never>;
  'install.database-identifier-invalid': { field: 'datastoreName' | 'datastoreUser'; value: string };
  /** An air-gapped plan under a rules edition without the air-gap facts (`rulesVersion`: that edition). */
  'install.airgap-not-in-edition': { rulesVersion: string };
}

export type FindingCode = keyof FindingParamsMap;

/**
 * Day-2 findings (decision 020): about backups and an upgrade. They are listed in the day-2 panel
 * and the JSON plan's day2 section, apart from the plan's findings, and their texts load with the
 * panel (src/i18n/day2-text.ts).
 */
export interface Day2FindingParamsMap {
  'backup.snapshots-disabled': { servers: number };
  'backup.no-off-machine-copy': { servers: number; directory: string };
  /** Space the retained snapshots need (with the database itself when they share its disk) against the disk given. */
  'backup.disk-too-small': {
    diskGiB: number;
    neededMiB: number;
    retention: number;
    quotaMiB: number;
    withDatabase: boolean;
  };
  'backup.s3-bucket-missing': { placeholder: string };
  'upgrade.downgrade': { from: string; to: string };
  'upgrade.one-minor-at-a-time': { from: string; to: string; lines: readonly string[] };
  /** A gate the path crosses: on the step to `line`, from `release` (the first release of that line with it). */
  'upgrade.gate-crossed': { gate: AnyGateId; line: string; release: string; from: string; to: string };
  'upgrade.controller-agentless': { servers: number };
  /** Upgrading a server restarts it; with no server to spare the API or etcd's quorum is down meanwhile. */
  'upgrade.restart-downtime': { servers: number; members: number | null; haMinServers: number };
  'upgrade.first-server-restart': { firstServer: string; servers: number };
  /** Air-gapped (decision 024): every upgrade step's release needs its files on the nodes, or its images in the registry. */
  'airgap.upgrade-files': { steps: number; registry: boolean };
  /** registries.yaml holds placeholders for the registry's credentials or CA file. */
  'airgap.registry-placeholders': {
    file: string;
    caFile: string | null;
    username: string | null;
    password: string | null;
  };
  /** The plan's short tokens make joining nodes trust the server's CA blindly (decision 024). */
  'tokens.short-format': { joining: number; file: string; prefix: string };
  /** The plan's release has no `k3s token rotate`. */
  'tokens.rotate-unavailable': { version: string; release: string | null };
}
export type Day2FindingCode = keyof Day2FindingParamsMap;

/**
 * Machine findings (decisions 019, 025): about the machine types of a plan. They are listed in the
 * machines panel and the JSON plan's machines section, apart from the plan's findings, and their
 * texts load with the panel (src/i18n/machines-text.ts).
 */
export interface MachineFindingParamsMap {
  /**
   * No machine type of a provider (of the plan's architecture) meets a role's need: the need, the
   * provider's largest such type, and whether another provider of the catalog has one that does.
   */
  'machines.role-exceeds-provider': {
    role: MachineRole;
    provider: string;
    arch: Architecture;
    needVcpu: number;
    needVcpuOrMore: boolean;
    needMemoryMiB: number;
    largest: string;
    largestVcpu: number;
    largestMemoryMiB: number;
    elsewhere: boolean;
  };
  /**
   * The machine type the reader chose for a role does not serve it: too small for the role's need,
   * not of the plan's architecture, or not in the machine catalog.
   */
  'machines.chosen-type-unfit': {
    role: MachineRole;
    type: string;
    reason: 'too-small' | 'wrong-architecture' | 'unknown-type';
    arch: Architecture;
    needVcpu: number;
    needVcpuOrMore: boolean;
    needMemoryMiB: number;
    typeVcpu: number;
    typeMemoryMiB: number;
  };
  /** Boards of a provider whose memory is below what K3s was measured to use in the role on such a board. */
  'machines.board-below-measured': {
    role: 'server' | 'agent';
    provider: string;
    boards: readonly string[];
    measuredMiB: number;
    /** The profiled machine the measurement was taken on, as the rules name it. */
    measuredOn: string;
    measuredVersion: string;
  };
}
export type MachineFindingCode = keyof MachineFindingParamsMap;
type AllFindingParams = FindingParamsMap & Day2FindingParamsMap & MachineFindingParamsMap;

export interface Finding<C extends keyof AllFindingParams = FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly params: AllFindingParams[C];
  /** The inputs the finding is about, so the page can mark them. */
  readonly fields: readonly PlanField[];
  /** Path of the rules-data entry the finding rests on (e.g. "etcd.recommendedMaxMembers"). */
  readonly ruleId: string;
  readonly source: SourceRef;
}

/** A finding of any code, narrowed by checking `code`. */
export type AnyFinding = { [C in FindingCode]: Finding<C> }[FindingCode];
/** A day-2 finding of any code. */
export type AnyDay2Finding = { [C in Day2FindingCode]: Finding<C> }[Day2FindingCode];
/** A machine finding of any code. */
export type AnyMachineFinding = { [C in MachineFindingCode]: Finding<C> }[MachineFindingCode];

export function finding<C extends keyof AllFindingParams>(
  code: C,
  severity: Severity,
  params: AllFindingParams[C],
  where: { fields: readonly PlanField[]; ruleId: string; source: SourceRef },
): Finding<C> {
  return { code, severity, params, ...where };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the check order is kept within a severity. */
export function sortFindings<F extends { readonly severity: Severity }>(findings: readonly F[]): F[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

export function countBySeverity(findings: readonly { readonly severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The fixes a finding proposes (network capacity findings carry them), or none. */
export function findingFixes(f: AnyFinding): readonly NetworkFix[] {
  switch (f.code) {
    case 'network.pod-subnets-exhausted':
    case 'network.pod-subnets-full':
    case 'network.max-pods-exceed-subnet':
    case 'network.range-not-private':
      return f.params.fixes;
    default:
      return [];
  }
}
