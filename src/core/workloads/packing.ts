/**
 * Agents needed for a set of pods: next-fit decreasing bin packing over two resources (CPU and
 * memory requests) and a pod-count limit per node.
 *
 * Pods are taken largest first (by the share of a node they take in their scarcer resource) and
 * put in the newest node while they fit, else in a new one. Unlike first fit, this never needs
 * fewer nodes for more pods: its count is the fewest runs the sorted pods split into, which no
 * added pod can lower (see docs/decisions/011-workload-packing.md for the first-fit counterexample).
 * Pods of one group are identical, so a group is placed in one step, and nodes that end up alike
 * are kept as one entry with a count: 100,000 pods cost as little as 10.
 */

export interface Resources {
  readonly cpuMillis: number;
  readonly memoryMiB: number;
}

export interface PodGroup extends Resources {
  /** Index of the group in the plan, to report it by. */
  readonly group: number;
  readonly replicas: number;
}

/** What one node offers pods: requests up to these amounts, at most `pods` of them. */
export interface NodeRoom extends Resources {
  readonly pods: number;
}

/** A run of `count` nodes left with the same room, in placement order. */
interface NodeRun {
  cpuMillis: number;
  memoryMiB: number;
  pods: number;
  count: number;
}

export interface Packing {
  /** Nodes opened (the pre-opened ones not included). */
  readonly nodes: number;
  /** Pods placed on the pre-opened nodes (servers that also run workloads). */
  readonly onPreopened: number;
  /** Pods placed on them, and what those pods request in total. */
  readonly pods: number;
  readonly requested: Resources;
  /** The fullest and emptiest node, as the share of the node's room its pods request (0–1). */
  readonly busiest: Resources;
  readonly idlest: Resources;
  /** Groups whose pod fits no empty node: none of their pods is placed. */
  readonly unplaced: readonly number[];
}

/** How many pods of `pod` fit in `room`. */
function fitCount(room: Resources & { pods: number }, pod: Resources): number {
  const byCpu = pod.cpuMillis > 0 ? Math.floor(room.cpuMillis / pod.cpuMillis) : Number.POSITIVE_INFINITY;
  const byMemory = pod.memoryMiB > 0 ? Math.floor(room.memoryMiB / pod.memoryMiB) : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(byCpu, byMemory, room.pods));
}

/** `count` nodes with `room`, after each took `n` pods of `pod`. */
function take(room: Resources & { pods: number }, pod: Resources, n: number, count: number): NodeRun {
  return {
    cpuMillis: room.cpuMillis - n * pod.cpuMillis,
    memoryMiB: room.memoryMiB - n * pod.memoryMiB,
    pods: room.pods - n,
    count,
  };
}

/** Larger pods first: by the share of an empty node the pod takes in its scarcer resource, then by input order. */
function decreasing(groups: readonly PodGroup[], room: NodeRoom): PodGroup[] {
  const share = (g: PodGroup) =>
    Math.max(
      room.cpuMillis > 0 ? g.cpuMillis / room.cpuMillis : 0,
      room.memoryMiB > 0 ? g.memoryMiB / room.memoryMiB : 0,
    );
  return groups
    .map((g, i) => ({ g, i, s: share(g) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.g);
}

/**
 * `preopened`: nodes that exist anyway (servers that also run workloads), filled first, in order,
 * the same next-fit way; only the nodes opened after them are counted.
 */
export function packPods(groups: readonly PodGroup[], room: NodeRoom, preopened: readonly NodeRoom[] = []): Packing {
  const runs: NodeRun[] = [];
  const unplaced: number[] = [];
  const servers = preopened.map((r) => ({ ...r }));
  let server = 0;
  let onPreopened = 0;
  for (const group of decreasing(groups, room)) {
    let left = group.replicas;
    if (left <= 0) continue;
    // The pre-opened nodes first: the current one takes what fits, then next-fit moves on.
    while (left > 0 && server < servers.length) {
      const current = servers[server];
      if (!current) break;
      const k = Math.min(left, fitCount(current, group));
      if (k > 0) {
        servers[server] = {
          cpuMillis: current.cpuMillis - k * group.cpuMillis,
          memoryMiB: current.memoryMiB - k * group.memoryMiB,
          pods: current.pods - k,
        };
        left -= k;
        onPreopened += k;
      }
      if (left > 0) server += 1;
    }
    if (left <= 0) continue;
    if (fitCount(room, group) === 0) {
      unplaced.push(group.group);
      continue;
    }
    // The newest node first: it takes what fits of this group.
    const last = runs.at(-1);
    if (last) {
      const k = Math.min(left, fitCount(last, group));
      if (k > 0) {
        runs.splice(-1, 1, ...(last.count > 1 ? [{ ...last, count: last.count - 1 }] : []), take(last, group, k, 1));
        left -= k;
      }
    }
    // New nodes for the rest: as many full ones as needed, then one with the remainder.
    if (left > 0) {
      const k = fitCount(room, group);
      const full = Math.floor(left / k);
      const rest = left - full * k;
      if (full > 0) runs.push(take(room, group, k, full));
      if (rest > 0) runs.push(take(room, group, rest, 1));
    }
  }

  const nodes = runs.reduce((n, r) => n + r.count, 0);
  const used = (r: NodeRun): Resources => ({
    cpuMillis: room.cpuMillis > 0 ? (room.cpuMillis - r.cpuMillis) / room.cpuMillis : 0,
    memoryMiB: room.memoryMiB > 0 ? (room.memoryMiB - r.memoryMiB) / room.memoryMiB : 0,
  });
  const shares = runs.map(used);
  const requested = runs.reduce(
    (sum, r) => ({
      cpuMillis: sum.cpuMillis + (room.cpuMillis - r.cpuMillis) * r.count,
      memoryMiB: sum.memoryMiB + (room.memoryMiB - r.memoryMiB) * r.count,
    }),
    { cpuMillis: 0, memoryMiB: 0 },
  );
  const pods = runs.reduce((n, r) => n + (room.pods - r.pods) * r.count, 0);
  const pick = (key: keyof Resources, better: (a: number, b: number) => boolean): number =>
    shares.reduce<number | null>((best, s) => (best === null || better(s[key], best) ? s[key] : best), null) ?? 0;
  return {
    nodes,
    onPreopened,
    pods,
    requested,
    busiest: { cpuMillis: pick('cpuMillis', (a, b) => a > b), memoryMiB: pick('memoryMiB', (a, b) => a > b) },
    idlest: { cpuMillis: pick('cpuMillis', (a, b) => a < b), memoryMiB: pick('memoryMiB', (a, b) => a < b) },
    unplaced,
  };
}
