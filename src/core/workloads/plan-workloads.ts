import { finding, type AnyFinding } from '../findings/finding';
import type { NetworkPlan } from '../network/network-plan';
import { SHAPE_IDS, type PlanInput, type ShapeId, type WorkloadGroup } from '../model/plan-input';
import type { Rules } from '../model/rules';
import { resolveShape } from './shapes';
import { processorClass, sizeCluster } from '../sizing/sizing';
import { planWorkloads, type ShapeOutcome, type WorkloadPlan } from './workloads';
import { defaultReservations } from './shapes';

/** Workload planning as part of a plan: the shapes compared, the one used, and the agents it needs. */
export interface WorkloadResult {
  readonly groups: readonly WorkloadGroup[];
  readonly plan: WorkloadPlan;
  readonly shapeIds: readonly ShapeId[];
  /** Index into the outcomes of the shape the plan uses, or null when none runs every pod. */
  readonly chosen: number | null;
  /** Agents the chosen shape needs (spares included); the plan's agent count. */
  readonly agents: number | null;
  /** Pods per node the network allows: max pods, or fewer if the pod subnet per node is smaller. */
  readonly podsPerNode: { readonly maxPods: number; readonly subnet: number };
  /** The shape the plan uses and its outcome, when one runs every pod. */
  readonly inUse: ChosenShape | null;
}

export interface ChosenShape {
  readonly id: ShapeId;
  readonly outcome: ShapeOutcome;
}

/** The smallest pod subnet across the cluster's families decides how many pods a node can hold. */
function podsPerNode(input: PlanInput, net: NetworkPlan): WorkloadResult['podsPerNode'] {
  const subnets = net.perFamily.flatMap((p) => (p.pods ? [p.pods.podsPerNode] : []));
  return { maxPods: input.network.maxPods, subnet: subnets.length > 0 ? Math.min(...subnets) : input.network.maxPods };
}

export function planClusterWorkloads(input: PlanInput, rules: Rules, net: NetworkPlan): WorkloadResult | null {
  const w = input.workloads;
  if (!w.enabled) return null;
  const defaults = defaultReservations(rules);
  // Custom ids whose entry is missing (a hand-edited link) drop out; if nothing is left, the presets.
  const resolvable = w.shapes.filter((id) => resolveShape(id, w.custom) !== null);
  const shapeIds: readonly ShapeId[] = resolvable.length > 0 ? resolvable : SHAPE_IDS;
  const shapes = shapeIds.flatMap((id) => resolveShape(id, w.custom) ?? []);
  const pods = podsPerNode(input, net);
  const model = {
    groups: w.groups,
    daemonSets: { cpuMillis: w.daemonSetCpuMillis, memoryMiB: w.daemonSetMemoryMiB },
    targetUtilisation: w.targetPercent / 100,
    shapes,
    spares: w.spares,
    processor: processorClass(input.cluster),
    reservations: {
      kubeReserved: w.kubeReserved ?? defaults.kubeReserved,
      systemReserved: w.systemReserved ?? defaults.systemReserved,
      evictionMemoryMiB: w.evictionMemoryMiB ?? defaults.evictionMemoryMiB,
    },
  };
  const pick = (plan: WorkloadPlan) => {
    const picked = w.shape === 'best' || !shapeIds.includes(w.shape) ? plan.best : shapeIds.indexOf(w.shape);
    const chosen = picked !== null && picked >= 0 ? picked : null;
    const outcome = chosen === null ? null : plan.outcomes[chosen];
    return { plan, chosen, agents: outcome && outcome.packing.unplaced.length === 0 ? outcome.agents : null };
  };
  let current = pick(planWorkloads(model, rules, pods));
  // Servers that also run workloads take pods first. Their size depends on the agent count (the
  // sizing tables), and the agent count on their room: settle it in a few rounds, and where it
  // would swing between two counts keep the larger.
  if (input.cluster.serverWorkloads === 'shared' && current.agents !== null) {
    const seen = new Set<number>();
    for (let round = 0; round < 4 && current.agents !== null; round += 1) {
      seen.add(current.agents);
      const server = sizeCluster({ ...input.cluster, agents: current.agents }, rules).server;
      const servers = {
        count: server.count,
        capacity: { cpuMillis: server.vcpu * 1000, memoryMiB: server.memoryMiB },
        overhead: { cpuMillis: Math.ceil(server.measured.cpuCoreShare * 1000), memoryMiB: server.measured.memoryMiB },
      };
      const next = pick(planWorkloads({ ...model, servers }, rules, pods));
      if (next.agents === null || next.agents === current.agents) {
        current = next.agents === null ? current : next;
        break;
      }
      if (seen.has(next.agents)) {
        current = next.agents > current.agents ? next : current;
        break;
      }
      current = next;
    }
  }
  const chosenId = current.chosen === null ? undefined : shapeIds[current.chosen];
  const chosenOutcome = current.chosen === null ? undefined : current.plan.outcomes[current.chosen];
  return {
    groups: w.groups,
    plan: current.plan,
    shapeIds,
    chosen: current.chosen,
    agents: current.agents,
    podsPerNode: pods,
    inUse:
      current.agents !== null && chosenId !== undefined && chosenOutcome
        ? { id: chosenId, outcome: chosenOutcome }
        : null,
  };
}

/** What is wrong with the workloads: pods that fit no agent, the pod limit costing agents, no room for a failure. */
export function workloadFindings(result: WorkloadResult | null, rules: Rules): AnyFinding[] {
  if (!result) return [];
  const { plan, chosen, shapeIds, groups } = result;
  const kubelet = { ruleId: 'kubelet', source: rules.kubelet.source };
  const out: AnyFinding[] = [];
  const outcome: ShapeOutcome | undefined = chosen === null ? undefined : plan.outcomes[chosen];
  // Groups that fit no node of the shape in use, or of any shape when none runs every pod.
  const judged = outcome
    ? [{ o: outcome, id: shapeIds[chosen ?? 0] }]
    : plan.outcomes.map((o, i) => ({ o, id: shapeIds[i] }));
  const unplaced = new Set(judged.flatMap(({ o }) => o.packing.unplaced));
  for (const g of [...unplaced].sort((a, b) => a - b)) {
    const group = groups[g];
    // The shape with the most room for this pod: what it would need to fit.
    const roomiest = judged.reduce((best, x) =>
      x.o.budget.allocatable.memoryMiB + x.o.budget.allocatable.cpuMillis >
      best.o.budget.allocatable.memoryMiB + best.o.budget.allocatable.cpuMillis
        ? x
        : best,
    );
    if (!group || !roomiest.id) continue;
    out.push(
      finding(
        'workloads.pod-too-big',
        'error',
        {
          name: group.name,
          cpuMillis: group.cpuMillis,
          memoryMiB: group.memoryMiB,
          shape: roomiest.id,
          shapeCpuMillis: roomiest.o.budget.capacity.cpuMillis,
          shapeMemoryMiB: roomiest.o.budget.capacity.memoryMiB,
          allocatableCpuMillis: roomiest.o.budget.allocatable.cpuMillis,
          allocatableMemoryMiB: roomiest.o.budget.allocatable.memoryMiB,
        },
        {
          fields: ['workloads.groups', 'workloads.shapes'],
          ...kubelet,
        },
      ),
    );
  }
  if (outcome && outcome.podLimited) {
    const by = outcome.budget.podsLimitedBy;
    out.push(
      finding(
        'workloads.pods-per-node-limit',
        'warning',
        { limit: outcome.budget.pods, by, agents: outcome.agents },
        {
          fields: by === 'max-pods' ? ['network.maxPods'] : ['network.nodeMaskV4', 'network.nodeMaskV6'],
          ruleId: by === 'max-pods' ? 'network.defaults.maxPods' : 'network.defaults.nodeMaskV4',
          source: by === 'max-pods' ? rules.network.defaults.maxPodsSource : rules.network.defaults.nodeMaskSource,
        },
      ),
    );
  }
  if (outcome && outcome.failureUnsafe) {
    out.push(
      finding(
        'workloads.no-failure-headroom',
        'warning',
        { agents: outcome.agents },
        { fields: ['workloads.spares'], ...kubelet },
      ),
    );
  }
  return out;
}
