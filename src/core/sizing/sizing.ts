import type { ClusterInput, Datastore } from '../model/plan-input';
import { isExternalDatastore, totalNodes } from '../model/ha';
import type { ProcessorClass, ProfilingRole, Resources, Rules, SourceRef } from '../model/rules';
import { etcdDiskSpace, etcdQuorum, type EtcdDiskSpace, type EtcdQuorum } from './etcd';
import { pickTier, type TierChoice, type TierScaling } from './tiers';

/** What K3s itself was measured to use on one node (resource profiling), before any workload. */
export interface MeasuredOverhead {
  readonly role: ProfilingRole;
  readonly processor: ProcessorClass;
  readonly processorName: string;
  readonly cpuCoreShare: number;
  readonly cpuCoreShareElsewhere: number | null;
  readonly memoryMiB: number;
  /** Which memory column was read: Kine/SQLite or embedded etcd. */
  readonly datastoreColumn: 'sqlite' | 'etcd';
  readonly k3sVersion: string;
  readonly source: SourceRef;
}

export interface Baseline {
  readonly minimum: Resources;
  readonly recommended: Resources | null;
  readonly scope: 'every-node' | 'per-role';
  readonly source: SourceRef;
}

export type ServerBasis =
  /** A sizing-table row applies; `statedFor` says whether the source wrote it for HA servers or any server. */
  | { readonly kind: 'tier'; readonly tier: TierChoice; readonly statedFor: 'ha-servers' | 'servers' }
  /** A single server in a cluster the table's first row covers: the source states that row for HA servers, so the baseline applies. */
  | { readonly kind: 'baseline'; readonly tier: TierChoice };

export interface ServerSizing {
  readonly count: number;
  readonly vcpu: number;
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
  readonly basis: ServerBasis;
  readonly baseline: Baseline;
  readonly measured: MeasuredOverhead;
  /** Space etcd can take on each server; null when etcd does not run on the servers. */
  readonly etcdDisk: EtcdDiskSpace | null;
  /**
   * The table's memory figure when it is below what K3s itself was measured to use on such a
   * server, and the plan was raised to the next whole GB above the measurement; null otherwise.
   */
  readonly raisedFromMiB: number | null;
  readonly source: SourceRef;
}

export interface AgentSizing {
  readonly count: number;
  readonly baseline: Baseline;
  readonly measured: MeasuredOverhead;
}

export interface DatabaseSizing {
  readonly datastore: Datastore;
  /**
   * Machines of the datastore, each of this size: an external etcd cluster is as many members as it
   * has hosts (at least one); a SQL database is one machine (its own replicas are its business).
   */
  readonly members: number;
  /** The external etcd cluster's quorum; null for SQL databases. */
  readonly quorum: EtcdQuorum | null;
  readonly vcpu: number;
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
  readonly tier: TierChoice;
  readonly source: SourceRef;
}

export interface ControlPlaneTotals {
  readonly vcpu: number;
  readonly memoryMiB: number;
  /** True when some part is a floor ("16+ vCPU"), so the total is a floor too. */
  readonly vcpuOrMore: boolean;
  readonly parts: readonly {
    readonly role: 'servers' | 'database';
    readonly count: number;
    readonly vcpu: number;
    readonly memoryMiB: number;
  }[];
}

export interface Sizing {
  readonly totalNodes: number;
  readonly processor: ProcessorClass;
  readonly server: ServerSizing;
  readonly agent: AgentSizing;
  /** The external database's size; null when the datastore lives on the servers (SQLite, embedded etcd). */
  readonly database: DatabaseSizing | null;
  /** Embedded etcd's quorum; null for other datastores. */
  readonly etcd: EtcdQuorum | null;
  /** Where the datastore runs, for the sentence under the database card. */
  readonly datastoreLocation: 'on-servers' | 'external';
  readonly totals: ControlPlaneTotals;
}

export function processorClass(cluster: Pick<ClusterInput, 'device'>): ProcessorClass {
  return cluster.device === 'low-power-board' ? 'arm-sbc' : 'x86-server';
}

function measured(
  rules: Rules,
  role: ProfilingRole,
  processor: ProcessorClass,
  column: 'sqlite' | 'etcd',
): MeasuredOverhead {
  const row = rules.profiling.rows.find((r) => r.role === role && r.processor === processor);
  // RulesSchema guarantees one row per role and processor; this guards a hand-built rules object.
  if (!row) throw new Error(`rules ${rules.id}: no profiling row for ${role}/${processor}`);
  return {
    role,
    processor,
    processorName: row.processorName,
    cpuCoreShare: row.cpuCoreShare,
    cpuCoreShareElsewhere: row.cpuCoreShareElsewhere ?? null,
    memoryMiB: row.memoryMiB[column],
    datastoreColumn: column,
    k3sVersion: rules.profiling.k3sVersion,
    source: rules.profiling.source,
  };
}

function baseline(rules: Rules, role: 'server' | 'agent'): Baseline {
  const b = rules.hardware[role];
  return { minimum: b.minimum, recommended: b.recommended, scope: rules.hardware.scope, source: b.source };
}

/** The count a sizing table is keyed by: every node, or agents only. */
function countFor(counts: 'all-nodes' | 'agents', cluster: ClusterInput): number {
  return counts === 'all-nodes' ? totalNodes(cluster) : cluster.agents;
}

/**
 * The HA uplift of the server table for this many servers, or null. The source states a factor
 * ("~50% more") and gives a worked example (900 → ~1,200 agents); where they disagree, the lower
 * one is planned to. It applies from the stated server count on and does not grow beyond it: the
 * source measured three servers and says nothing of five or seven.
 */
export function haScaling(rules: Pick<Rules, 'serverSizing'>, servers: number): TierScaling | null {
  const ha = rules.serverSizing.haScaling;
  if (ha === null || servers < ha.minServers) return null;
  const ex = ha.workedExample ?? null;
  const example = ex ? { baseAgents: ex.baseAgents, scaledAgents: ex.scaledAgents } : null;
  const common = { stated: ha.agentFactor, example, minServers: ha.minServers };
  if (ex && ex.scaledAgents / ex.baseAgents < ha.agentFactor) {
    return {
      ...common,
      multiply: ex.scaledAgents,
      divide: ex.baseAgents,
      factor: ex.scaledAgents / ex.baseAgents,
      basis: 'worked-example',
    };
  }
  return {
    ...common,
    multiply: Math.round(ha.agentFactor * 1000),
    divide: 1000,
    factor: ha.agentFactor,
    basis: 'stated',
  };
}

/** Per-server vCPU and RAM from the edition's server table, with the baseline and measured overhead beside it. */
export function sizeServers(cluster: ClusterInput, rules: Rules): ServerSizing {
  const table = rules.serverSizing;
  const { tier, choice } = pickTier(
    table.tiers,
    table.counts,
    countFor(table.counts, cluster),
    haScaling(rules, cluster.servers),
  );
  const base = baseline(rules, 'server');
  const measuredRole: ProfilingRole =
    cluster.serverWorkloads === 'shared' ? 'server-with-workload' : 'server-with-one-agent';
  const common = {
    count: cluster.servers,
    baseline: base,
    measured: measured(
      rules,
      measuredRole,
      processorClass(cluster),
      cluster.datastore === 'embedded-etcd' ? 'etcd' : 'sqlite',
    ),
    etcdDisk: cluster.datastore === 'embedded-etcd' ? etcdDiskSpace(rules) : null,
  };

  // A plan never recommends less memory than K3s was measured to use on such a server (the seed's
  // 1 GB against 1,596 M): the figure is raised to the next whole GB and says so.
  const atLeastMeasured = (memoryMiB: number) =>
    memoryMiB >= common.measured.memoryMiB
      ? { memoryMiB, raisedFromMiB: null }
      : { memoryMiB: Math.ceil(common.measured.memoryMiB / 1024) * 1024, raisedFromMiB: memoryMiB };
  if (cluster.servers === 1 && !tier.appliesToSingleServer) {
    const figure = base.recommended ?? base.minimum;
    return {
      ...common,
      vcpu: figure.vcpu,
      vcpuOrMore: false,
      ...atLeastMeasured(figure.memoryMiB),
      basis: { kind: 'baseline', tier: choice },
      source: base.source,
    };
  }
  return {
    ...common,
    vcpu: Math.max(tier.vcpu, base.minimum.vcpu),
    vcpuOrMore: tier.vcpuOrMore,
    ...atLeastMeasured(Math.max(tier.memoryMiB, base.minimum.memoryMiB)),
    basis: { kind: 'tier', tier: choice, statedFor: table.statedFor },
    source: tier.source,
  };
}

export function sizeAgents(cluster: ClusterInput, rules: Rules): AgentSizing {
  return {
    count: cluster.agents,
    baseline: baseline(rules, 'agent'),
    measured: measured(
      rules,
      'agent',
      processorClass(cluster),
      cluster.datastore === 'embedded-etcd' ? 'etcd' : 'sqlite',
    ),
  };
}

/** Hosts of an external datastore as the plan lists them (comma-separated), blanks left out. */
export function datastoreHosts(datastoreHost: string): string[] {
  return datastoreHost
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

/** The external database's vCPU and RAM from the database table; null when the datastore is embedded. */
export function sizeDatabase(cluster: ClusterInput, rules: Rules, datastoreHost = ''): DatabaseSizing | null {
  if (!isExternalDatastore(cluster.datastore)) return null;
  const table = rules.databaseSizing;
  const { tier, choice } = pickTier(table.tiers, table.counts, countFor(table.counts, cluster));
  const etcd = cluster.datastore === 'external-etcd';
  const members = etcd ? Math.max(1, datastoreHosts(datastoreHost).length) : 1;
  return {
    datastore: cluster.datastore,
    members,
    quorum: etcd ? etcdQuorum(members, rules.etcd.quorumSource) : null,
    vcpu: tier.vcpu,
    vcpuOrMore: tier.vcpuOrMore,
    memoryMiB: tier.memoryMiB,
    tier: choice,
    source: tier.source,
  };
}

export function controlPlaneTotals(server: ServerSizing, database: DatabaseSizing | null): ControlPlaneTotals {
  const parts: ControlPlaneTotals['parts'][number][] = [
    {
      role: 'servers',
      count: server.count,
      vcpu: server.vcpu * server.count,
      memoryMiB: server.memoryMiB * server.count,
    },
  ];
  if (database)
    parts.push({
      role: 'database',
      count: database.members,
      vcpu: database.vcpu * database.members,
      memoryMiB: database.memoryMiB * database.members,
    });
  return {
    vcpu: parts.reduce((sum, p) => sum + p.vcpu, 0),
    memoryMiB: parts.reduce((sum, p) => sum + p.memoryMiB, 0),
    vcpuOrMore: server.vcpuOrMore || (database?.vcpuOrMore ?? false),
    parts,
  };
}

/** Everything the sizing half of the plan says: per server, per agent, the database, etcd quorum, totals. */
export function sizeCluster(cluster: ClusterInput, rules: Rules, datastoreHost = ''): Sizing {
  const server = sizeServers(cluster, rules);
  const database = sizeDatabase(cluster, rules, datastoreHost);
  return {
    totalNodes: totalNodes(cluster),
    processor: processorClass(cluster),
    server,
    agent: sizeAgents(cluster, rules),
    database,
    etcd: cluster.datastore === 'embedded-etcd' ? etcdQuorum(cluster.servers, rules.etcd.quorumSource) : null,
    datastoreLocation: isExternalDatastore(cluster.datastore) ? 'external' : 'on-servers',
    totals: controlPlaneTotals(server, database),
  };
}
