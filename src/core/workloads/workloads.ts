import type { ProcessorClass, Rules } from '../model/rules';
import { packPods, type NodeRoom, type Packing, type PodGroup, type Resources } from './packing';

/**
 * Workload-driven agent planning: from the pods people want to run to the agents they need.
 *
 *   allocatable = capacity − K3s agent overhead (measured, by processor class)
 *                 − kube-reserved − system-reserved − hard eviction threshold − DaemonSets
 *   room        = allocatable × target utilisation, at most max pods (or the pod subnet) per node
 *   agents      = first-fit-decreasing packing of every replica into rooms, plus the spares
 */

export interface NodeShape {
  readonly vcpu: number;
  readonly memoryMiB: number;
  readonly processor: ProcessorClass;
}

export interface WorkloadGroupInput {
  readonly name: string;
  readonly replicas: number;
  readonly cpuMillis: number;
  readonly memoryMiB: number;
}

/** Reservations the user may change; their defaults come from the rules file's `kubelet` section. */
export interface Reservations {
  readonly kubeReserved: Resources;
  readonly systemReserved: Resources;
  readonly evictionMemoryMiB: number;
}

export interface WorkloadModelInput {
  readonly groups: readonly WorkloadGroupInput[];
  /** What the DaemonSets request on every node, together. */
  readonly daemonSets: Resources;
  /** Share of allocatable that pods may request, 0–1 (0.7 for 70%). */
  readonly targetUtilisation: number;
  readonly shapes: readonly NodeShape[];
  /** Agents added for failures: N+0, N+1, N+2. */
  readonly spares: number;
  readonly reservations: Reservations;
  /** Servers that also run workloads: their room is filled before any agent is counted. */
  readonly servers?: ServerRoom | null;
  /**
   * The plan's machine class: shapes of this processor class are ranked for the recommendation;
   * the others only when the comparison holds none of it. Single-board computers and server
   * machines are not interchangeable, so a point less waste never recommends one for the other.
   */
  readonly processor?: ProcessorClass;
}

/** The servers' machines and the K3s server overhead measured on them. */
export interface ServerRoom {
  readonly count: number;
  readonly capacity: Resources;
  readonly overhead: Resources;
}

export interface NodeBudget {
  readonly capacity: Resources;
  readonly k3sOverhead: Resources;
  readonly reserved: Resources;
  readonly daemonSets: Resources;
  /** What pods may request on the node; negative parts are clamped to 0. */
  readonly allocatable: Resources;
  /** Allocatable at the target utilisation: what the packing fills. */
  readonly room: Resources;
  /** Pods per node: max pods, or fewer if the node's pod subnet holds fewer addresses. */
  readonly pods: number;
  readonly podsLimitedBy: 'max-pods' | 'pod-subnet';
}

export interface ShapeOutcome {
  readonly shape: NodeShape;
  readonly budget: NodeBudget;
  readonly packing: Packing;
  /** Agents to provision: packed nodes plus spares (0 when there is nothing to run). */
  readonly agents: number;
  readonly totals: { readonly vcpu: number; readonly memoryMiB: number };
  /** Share of the packed nodes' allocatable that no pod requests, per resource (0–1). */
  readonly waste: Resources;
  /** The busiest agent's requests as a share of its allocatable, per resource (0–1). */
  readonly busiest: Resources;
  /** Mean of the two wastes: the figure shapes are ranked by. */
  readonly wasteShare: number;
  /** Whether the pods-per-node limit (max pods or the pod subnet), not CPU or memory, costs agents. */
  readonly podLimited: boolean;
  /** Losing the busiest agent leaves pods with nowhere to go (no spare and too little slack). */
  readonly failureUnsafe: boolean;
}

export interface WorkloadPlan {
  readonly outcomes: readonly ShapeOutcome[];
  /** Index of the recommended shape in `outcomes` (ranked within the plan's machine class), or null when no shape runs every pod. */
  readonly best: number | null;
  /** The best shape of each processor class, ranked apart. */
  readonly bestByProcessor: Readonly<Record<ProcessorClass, number | null>>;
  readonly requested: Resources & { readonly pods: number };
  /** What each server offers pods, when servers also run workloads. */
  readonly servers: NodeBudget | null;
}

/** The measured K3s agent overhead for a processor class (profiling row "agent"). */
export function agentOverhead(rules: Pick<Rules, 'profiling'>, processor: ProcessorClass): Resources {
  const row = rules.profiling.rows.find((r) => r.role === 'agent' && r.processor === processor);
  if (!row) throw new Error(`no agent profiling row for ${processor}`);
  // Agents run no datastore: both columns are the same; take the larger to stay on the safe side.
  return {
    cpuMillis: Math.ceil(row.cpuCoreShare * 1000),
    memoryMiB: Math.max(row.memoryMiB.sqlite, row.memoryMiB.etcd),
  };
}

const clamp0 = (n: number): number => (n > 0 ? n : 0);

export function nodeBudget(
  shape: NodeShape,
  input: Pick<WorkloadModelInput, 'daemonSets' | 'targetUtilisation' | 'reservations'>,
  rules: Pick<Rules, 'profiling'>,
  podsPerNode: { maxPods: number; subnet: number },
): NodeBudget {
  return budgetFor(
    { cpuMillis: shape.vcpu * 1000, memoryMiB: shape.memoryMiB },
    agentOverhead(rules, shape.processor),
    input,
    podsPerNode,
  );
}

/** What a machine of `capacity` running K3s with `k3sOverhead` leaves for pods. */
export function budgetFor(
  capacity: Resources,
  k3sOverhead: Resources,
  input: Pick<WorkloadModelInput, 'daemonSets' | 'targetUtilisation' | 'reservations'>,
  podsPerNode: { maxPods: number; subnet: number },
): NodeBudget {
  const { kubeReserved, systemReserved, evictionMemoryMiB } = input.reservations;
  const reserved = {
    cpuMillis: kubeReserved.cpuMillis + systemReserved.cpuMillis,
    memoryMiB: kubeReserved.memoryMiB + systemReserved.memoryMiB + evictionMemoryMiB,
  };
  const allocatable = {
    cpuMillis: clamp0(capacity.cpuMillis - k3sOverhead.cpuMillis - reserved.cpuMillis - input.daemonSets.cpuMillis),
    memoryMiB: clamp0(capacity.memoryMiB - k3sOverhead.memoryMiB - reserved.memoryMiB - input.daemonSets.memoryMiB),
  };
  const room = {
    cpuMillis: Math.floor(allocatable.cpuMillis * input.targetUtilisation),
    memoryMiB: Math.floor(allocatable.memoryMiB * input.targetUtilisation),
  };
  const podLimit = Math.min(podsPerNode.maxPods, podsPerNode.subnet);
  return {
    capacity,
    k3sOverhead,
    reserved,
    daemonSets: input.daemonSets,
    allocatable,
    room,
    pods: podLimit,
    podsLimitedBy: podsPerNode.subnet < podsPerNode.maxPods ? 'pod-subnet' : 'max-pods',
  };
}

function outcome(
  shape: NodeShape,
  budget: NodeBudget,
  groups: readonly PodGroup[],
  spares: number,
  preopened: readonly NodeRoom[],
): ShapeOutcome {
  const packing = packPods(groups, { ...budget.room, pods: budget.pods }, preopened);
  const agents = packing.nodes === 0 ? 0 : packing.nodes + spares;
  const share = (used: number, per: number) => (packing.nodes > 0 && per > 0 ? 1 - used / (packing.nodes * per) : 0);
  const waste = {
    cpuMillis: share(packing.requested.cpuMillis, budget.allocatable.cpuMillis),
    memoryMiB: share(packing.requested.memoryMiB, budget.allocatable.memoryMiB),
  };
  // The pod limit costs agents when the same pods without it would fit on fewer nodes.
  const podLimited =
    packing.nodes > 0 &&
    packPods(
      groups,
      { ...budget.room, pods: Number.MAX_SAFE_INTEGER },
      preopened.map((r) => ({ ...r, pods: Number.MAX_SAFE_INTEGER })),
    ).nodes < packing.nodes;
  // Without a spare, the other packed nodes must hold the lost node's pods at full allocatable.
  const slack = (key: keyof Resources) => (packing.nodes - 1) * budget.allocatable[key] >= packing.requested[key];
  const failureUnsafe =
    packing.nodes > 0 &&
    spares === 0 &&
    !(
      packing.nodes > 1 &&
      slack('cpuMillis') &&
      slack('memoryMiB') &&
      (packing.nodes - 1) * budget.pods >= packing.pods
    );
  return {
    shape,
    budget,
    packing,
    agents,
    totals: { vcpu: agents * shape.vcpu, memoryMiB: agents * shape.memoryMiB },
    waste,
    // The packing measures against the room (allocatable × target); people read it against allocatable.
    busiest: {
      cpuMillis:
        budget.allocatable.cpuMillis > 0
          ? (packing.busiest.cpuMillis * budget.room.cpuMillis) / budget.allocatable.cpuMillis
          : 0,
      memoryMiB:
        budget.allocatable.memoryMiB > 0
          ? (packing.busiest.memoryMiB * budget.room.memoryMiB) / budget.allocatable.memoryMiB
          : 0,
    },
    wasteShare: (waste.cpuMillis + waste.memoryMiB) / 2,
    podLimited,
    failureUnsafe,
  };
}

/**
 * Every candidate shape packed with the same pods; the recommended one runs every pod with the
 * least waste, then the fewest agents, then the first listed.
 */
export function planWorkloads(
  input: WorkloadModelInput,
  rules: Pick<Rules, 'profiling'>,
  podsPerNode: { maxPods: number; subnet: number },
): WorkloadPlan {
  const groups: PodGroup[] = input.groups.map((g, group) => ({
    group,
    replicas: g.replicas,
    cpuMillis: g.cpuMillis,
    memoryMiB: g.memoryMiB,
  }));
  const servers = input.servers ? budgetFor(input.servers.capacity, input.servers.overhead, input, podsPerNode) : null;
  const preopened: NodeRoom[] =
    servers && input.servers
      ? Array.from({ length: input.servers.count }, () => ({ ...servers.room, pods: servers.pods }))
      : [];
  const outcomes = input.shapes.map((shape) =>
    outcome(shape, nodeBudget(shape, input, rules, podsPerNode), groups, input.spares, preopened),
  );
  const requested = input.groups.reduce(
    (sum, g) => ({
      cpuMillis: sum.cpuMillis + g.replicas * g.cpuMillis,
      memoryMiB: sum.memoryMiB + g.replicas * g.memoryMiB,
      pods: sum.pods + g.replicas,
    }),
    { cpuMillis: 0, memoryMiB: 0, pods: 0 },
  );
  const bestAmong = (keep: (o: ShapeOutcome) => boolean): number | null => {
    let best: number | null = null;
    if (requested.pods === 0) return null;
    outcomes.forEach((o, i) => {
      if (!keep(o) || o.packing.unplaced.length > 0) return;
      const current = best === null ? null : outcomes[best];
      if (
        !current ||
        o.wasteShare < current.wasteShare - 1e-9 ||
        (Math.abs(o.wasteShare - current.wasteShare) <= 1e-9 && o.agents < current.agents)
      )
        best = i;
    });
    return best;
  };
  const bestByProcessor = {
    'x86-server': bestAmong((o) => o.shape.processor === 'x86-server'),
    'arm-sbc': bestAmong((o) => o.shape.processor === 'arm-sbc'),
  };
  const preferred = input.processor ?? 'x86-server';
  const best = outcomes.some((o) => o.shape.processor === preferred)
    ? bestByProcessor[preferred]
    : bestAmong(() => true);
  return { outcomes, best, bestByProcessor, requested, servers };
}
