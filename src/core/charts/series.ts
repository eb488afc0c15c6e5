import { podCapacity, type NetworkPlan } from '../network/network-plan';
import type { ClusterInput, ShapeId } from '../model/plan-input';
import type { Rules } from '../model/rules';
import { etcdQuorum } from '../sizing/etcd';
import { haScaling, sizeCluster, sizeDatabase, sizeServers } from '../sizing/sizing';
import { scaledBound } from '../sizing/tiers';
import type { WorkloadResult } from '../workloads/plan-workloads';

/**
 * Series for the charts, computed with the same functions as the cards, so a chart never says
 * something the sizing does not. x is the number of agents with the plan's servers held fixed.
 */
export interface SizePoint {
  readonly agents: number;
  readonly vcpu: number;
  /** What the line is drawn with (the charts' axis is in GiB). */
  readonly memoryGiB: number;
  /** The same memory for the table, which writes sizes as the cards do. */
  readonly memoryMiB: number;
}

/** Every x at which a table row can start, whether the table counts agents, all nodes, or scaled agents. */
function candidates(rules: readonly Rules[], servers: number, xMax: number): number[] {
  const xs = new Set<number>([0, xMax]);
  for (const r of rules) {
    const bounds = [...r.serverSizing.tiers, ...r.databaseSizing.tiers].flatMap((t) =>
      t.upTo === null ? [] : [t.upTo],
    );
    const scaling = haScaling(r, servers);
    for (const u of bounds) {
      for (const b of [u, u - servers, scaledBound(u, scaling)]) {
        if (b >= 0 && b <= xMax) xs.add(b);
        if (b + 1 >= 0 && b + 1 <= xMax) xs.add(b + 1);
      }
    }
  }
  return [...xs].sort((a, b) => a - b);
}

/** Keeps the first point of each run of equal values, and the last point: a step line's corners. */
function steps(points: SizePoint[]): SizePoint[] {
  return points.filter((p, i) => {
    const prev = points[i - 1];
    return i === points.length - 1 || !prev || prev.vcpu !== p.vcpu || prev.memoryGiB !== p.memoryGiB;
  });
}

/** How far the x axis runs: past the plan and past the last finite row of every table shown. */
export function sizingAxisMax(cluster: Pick<ClusterInput, 'agents' | 'servers'>, rules: readonly Rules[]): number {
  const lastBound = Math.max(
    ...rules.flatMap((r) => {
      const scaling = haScaling(r, cluster.servers);
      return r.serverSizing.tiers.flatMap((t) => (t.upTo === null ? [] : [scaledBound(t.upTo, scaling)]));
    }),
  );
  return Math.max(20, Math.ceil(cluster.agents * 1.3), Math.ceil(lastBound * 1.2));
}

export function serverSizingSeries(
  cluster: ClusterInput,
  rules: Rules,
  xMax: number,
  allRules: readonly Rules[] = [rules],
): SizePoint[] {
  return steps(
    candidates(allRules, cluster.servers, xMax).map((agents) => {
      const s = sizeServers({ ...cluster, agents }, rules);
      return { agents, vcpu: s.vcpu, memoryGiB: s.memoryMiB / 1024, memoryMiB: s.memoryMiB };
    }),
  );
}

/** The external database's size by agents; empty when the plan's datastore is embedded. */
export function databaseSizingSeries(
  cluster: ClusterInput,
  rules: Rules,
  xMax: number,
  allRules: readonly Rules[] = [rules],
): SizePoint[] {
  if (!sizeDatabase(cluster, rules)) return [];
  return steps(
    candidates(allRules, cluster.servers, xMax).flatMap((agents) => {
      const d = sizeDatabase({ ...cluster, agents }, rules);
      return d ? [{ agents, vcpu: d.vcpu, memoryGiB: d.memoryMiB / 1024, memoryMiB: d.memoryMiB }] : [];
    }),
  );
}

export interface PodCapacitySeries {
  readonly family: 'ipv4' | 'ipv6';
  /** (nodes, pods the cluster can address) corners: rising with nodes until the node subnets run out, then flat. */
  readonly points: readonly { readonly nodes: number; readonly pods: number }[];
  /** The node count at which pod subnets run out, when it is on the axis. */
  readonly exhaustedAt: number | null;
  /**
   * The side of that line with more room, where its label is written so it never runs off the
   * plot: the right when the line is in the left half of the axis.
   */
  readonly exhaustedLabelSide: 'left' | 'right';
  readonly planNodes: number;
  readonly xMax: number;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above n: an axis end that reads well. */
export function niceCeil(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= n) ?? 10;
  return step * power;
}

export function podCapacitySeries(
  net: NetworkPlan,
  maxPods: number,
  rules: Pick<Rules, 'network'>,
): PodCapacitySeries[] {
  return net.perFamily.flatMap((fp) => {
    if (!fp.clusterCidr || !fp.pods) return [];
    const cap = podCapacity(
      fp.clusterCidr,
      fp.nodeMask,
      maxPods,
      net.podNodes,
      rules.network.reservedPerNodeSubnet[fp.family],
    );
    if (!cap) return [];
    const subnets = cap.nodeSubnets;
    const visibleSubnets = subnets <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(subnets) : Number.POSITIVE_INFINITY;
    const xMax = niceCeil(
      Math.max(
        10,
        Math.ceil(net.podNodes * 1.5),
        Number.isFinite(visibleSubnets) && visibleSubnets <= Math.max(net.podNodes * 4, 4096)
          ? Math.ceil(visibleSubnets * 1.25)
          : 0,
      ),
    );
    const exhaustedAt = visibleSubnets <= xMax ? visibleSubnets : null;
    const points =
      exhaustedAt === null
        ? [
            { nodes: 0, pods: 0 },
            { nodes: xMax, pods: xMax * cap.podsPerNode },
          ]
        : [
            { nodes: 0, pods: 0 },
            { nodes: exhaustedAt, pods: exhaustedAt * cap.podsPerNode },
            { nodes: xMax, pods: exhaustedAt * cap.podsPerNode },
          ];
    const exhaustedLabelSide = exhaustedAt !== null && exhaustedAt < xMax / 2 ? 'right' : 'left';
    return [{ family: fp.family, points, exhaustedAt, exhaustedLabelSide, planNodes: net.podNodes, xMax }];
  });
}

export interface QuorumPoint {
  readonly members: number;
  readonly quorum: number;
  readonly faultTolerance: number;
}

/** Quorum and tolerated failures for 1 to 9 etcd members (the etcd FAQ's table). */
export function quorumSeries(rules: Pick<Rules, 'etcd'>): QuorumPoint[] {
  return Array.from({ length: 9 }, (_, i) => {
    const q = etcdQuorum(i + 1, rules.etcd.quorumSource);
    return { members: q.members, quorum: q.quorum, faultTolerance: q.faultTolerance };
  });
}

export type ControlPlaneOption = 'single' | 'ha-embedded' | 'ha-external';

export interface ControlPlaneCost {
  readonly option: ControlPlaneOption;
  readonly servers: number;
  readonly serversVcpu: number;
  readonly serversMemoryGiB: number;
  readonly databaseVcpu: number;
  readonly databaseMemoryGiB: number;
  /** Servers and database together, for the table. */
  readonly totalVcpu: number;
  readonly totalMemoryMiB: number;
}

/**
 * The control plane for the plan's agents three ways: one server with SQLite, the minimum embedded
 * etcd HA, and the minimum external-datastore HA (PostgreSQL), each sized by the same rules.
 */
export function controlPlaneCosts(cluster: ClusterInput, rules: Rules): ControlPlaneCost[] {
  const options: [ControlPlaneOption, Partial<ClusterInput>][] = [
    ['single', { haMode: 'single', servers: 1, datastore: 'sqlite' }],
    ['ha-embedded', { haMode: 'ha-embedded', servers: rules.etcd.haMinServers, datastore: 'embedded-etcd' }],
    ['ha-external', { haMode: 'ha-external', servers: rules.externalDatastore.haMinServers, datastore: 'postgres' }],
  ];
  return options.map(([option, change]) => {
    const s = sizeCluster({ ...cluster, ...change }, rules);
    const serversMemoryMiB = s.server.memoryMiB * s.server.count;
    const databaseMemoryMiB = s.database?.memoryMiB ?? 0;
    return {
      option,
      servers: s.server.count,
      serversVcpu: s.server.vcpu * s.server.count,
      serversMemoryGiB: serversMemoryMiB / 1024,
      databaseVcpu: s.database?.vcpu ?? 0,
      databaseMemoryGiB: databaseMemoryMiB / 1024,
      totalVcpu: s.server.vcpu * s.server.count + (s.database?.vcpu ?? 0),
      totalMemoryMiB: serversMemoryMiB + databaseMemoryMiB,
    };
  });
}

export interface ShapeComparisonRow {
  readonly shape: ShapeId;
  /** False when some pod fits no agent of this shape: the other figures are then 0. */
  readonly fits: boolean;
  readonly agents: number;
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** Allocatable left unrequested on the packed agents, in percent. */
  readonly unusedPercent: number;
}

/** The shapes workload planning compared, one row each, for the comparison chart and its table. */
export function shapeComparison(result: WorkloadResult | null): ShapeComparisonRow[] {
  if (!result || result.plan.requested.pods === 0) return [];
  return result.plan.outcomes.flatMap((o, i) => {
    const shape = result.shapeIds[i];
    if (!shape) return [];
    const fits = o.packing.unplaced.length === 0;
    return [
      {
        shape,
        fits,
        agents: fits ? o.agents : 0,
        vcpu: fits ? o.totals.vcpu : 0,
        memoryGiB: fits ? o.totals.memoryMiB / 1024 : 0,
        unusedPercent: fits ? Math.round(o.wasteShare * 1000) / 10 : 0,
      },
    ];
  });
}
