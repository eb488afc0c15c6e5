import type { Datastore, HaMode, PlanField } from '../plan/plan-input';
import type { Architecture, DiskFitness, DiskKind, SourceRef } from '../rules/schema';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every finding code and the parameters its message is written from. Codes are stable:
 * the message catalogs, the tests and the JSON plan key on them.
 */
export interface FindingParamsMap {
  'topology.sqlite-multi-server': { servers: number };
  'topology.mode-datastore-mismatch': { haMode: HaMode; datastore: Datastore };
  'topology.single-mode-several-servers': { servers: number };
  'topology.ha-too-few-servers': { haMode: 'ha-embedded' | 'ha-external'; servers: number; minimum: number };
  'etcd.single-member': { members: number };
  'etcd.two-members': { members: number; quorum: number; faultTolerance: number };
  'etcd.even-member-count': { members: number; quorum: number; faultTolerance: number; oddBelow: number };
  'etcd.too-many-members': { members: number; recommendedMax: number };
  'etcd.quorum': { members: number; quorum: number; faultTolerance: number };
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
  'cluster.production-ha-external': { nodes: number; largeAbove: number; haMode: HaMode };
  'cluster.unique-hostnames': { nodes: number };
  'cluster.join-in-batches': { agents: number; batchSize: number; batches: number };
  'cluster.beyond-kubernetes-limits': { nodes: number; maxNodes: number };
  'platform.arch-builds-ended': { arch: Architecture; endedOn: string; listed: boolean };
  'platform.arm64-page-size': { version: string; fixedIn: readonly string[] };
  'platform.board-too-small': { needVcpu: number; needMemoryMiB: number; boardVcpu: number; boardMemoryMiB: number };
  'version.unknown-line': { requested: string; fallback: string };
  'sizing.below-measured': { figureMiB: number; measuredMiB: number; measuredVersion: string };
}

export type FindingCode = keyof FindingParamsMap;

export interface Finding<C extends FindingCode = FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly params: FindingParamsMap[C];
  /** The inputs the finding is about, so the page can mark them. */
  readonly fields: readonly PlanField[];
  /** Path of the rules-data entry the finding rests on (e.g. "etcd.recommendedMaxMembers"). */
  readonly ruleId: string;
  readonly source: SourceRef;
}

/** A finding of any code, narrowed by checking `code`. */
export type AnyFinding = { [C in FindingCode]: Finding<C> }[FindingCode];

export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  params: FindingParamsMap[C],
  where: { fields: readonly PlanField[]; ruleId: string; source: SourceRef },
): Finding<C> {
  return { code, severity, params, ...where };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the check order is kept within a severity. */
export function sortFindings(findings: readonly AnyFinding[]): AnyFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

export function countBySeverity(findings: readonly AnyFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The findings that name a field, in list order. */
export function findingsForField(findings: readonly AnyFinding[], field: PlanField): AnyFinding[] {
  return findings.filter((f) => f.fields.includes(field));
}
