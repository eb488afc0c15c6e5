import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packPods, type NodeRoom, type PodGroup } from './packing';

const room: NodeRoom = { cpuMillis: 1000, memoryMiB: 1000, pods: 110 };
const group = (g: number, replicas: number, cpuMillis: number, memoryMiB: number): PodGroup => ({
  group: g,
  replicas,
  cpuMillis,
  memoryMiB,
});

/** The textbook algorithm, one pod at a time, for checking the grouped one on small cases. */
function naiveNfd(groups: readonly PodGroup[], r: NodeRoom): number {
  const share = (g: PodGroup) => Math.max(g.cpuMillis / r.cpuMillis, g.memoryMiB / r.memoryMiB);
  const pods = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => share(b.g) - share(a.g) || a.i - b.i)
    .flatMap(({ g }) => Array.from({ length: g.replicas }, () => g))
    .filter((p) => p.cpuMillis <= r.cpuMillis && p.memoryMiB <= r.memoryMiB && r.pods >= 1);
  const nodes: { cpu: number; mem: number; pods: number }[] = [];
  for (const p of pods) {
    const newest = nodes.at(-1);
    const node =
      newest && newest.cpu >= p.cpuMillis && newest.mem >= p.memoryMiB && newest.pods >= 1 ? newest : undefined;
    if (node) {
      node.cpu -= p.cpuMillis;
      node.mem -= p.memoryMiB;
      node.pods -= 1;
    } else nodes.push({ cpu: r.cpuMillis - p.cpuMillis, mem: r.memoryMiB - p.memoryMiB, pods: r.pods - 1 });
  }
  return nodes.length;
}

describe('packPods (hand-checked)', () => {
  it('three 400m pods on 1000m nodes: two per node, so two nodes', () => {
    const p = packPods([group(0, 3, 400, 100)], room);
    expect(p.nodes).toBe(2);
    expect(p.pods).toBe(3);
    expect(p.requested).toEqual({ cpuMillis: 1200, memoryMiB: 300 });
    expect(p.busiest.cpuMillis).toBeCloseTo(0.8);
    expect(p.idlest.cpuMillis).toBeCloseTo(0.4);
  });

  it('places larger pods first, whatever order they are listed in: 5×600m fill 5 nodes, the newest takes one 300m pod, 4 more go 3 and 1', () => {
    expect(packPods([group(0, 5, 300, 10), group(1, 5, 600, 10)], room).nodes).toBe(7);
    expect(packPods([group(0, 5, 600, 10), group(1, 5, 300, 10)], room).nodes).toBe(7);
  });

  it('keeps the run of alike nodes when the newest of them takes smaller pods', () => {
    // 4 nodes of two 450m pods (100m left each); the newest takes one 100m pod; 2 more need a new node.
    const p = packPods([group(0, 8, 450, 10), group(1, 3, 100, 10)], room);
    expect(p.nodes).toBe(5);
    expect(p.pods).toBe(11);
  });

  it('memory can be the scarcer resource: 4 pods of 100m/600Mi need 4 nodes', () => {
    expect(packPods([group(0, 4, 100, 600)], room).nodes).toBe(4);
  });

  it('the pod limit fills a node before CPU and memory do', () => {
    expect(packPods([group(0, 10, 1, 1)], { ...room, pods: 3 }).nodes).toBe(4);
  });

  it('a pod bigger than an empty node is reported, not placed; the others still are', () => {
    const p = packPods([group(0, 2, 2000, 10), group(1, 1, 100, 10)], room);
    expect(p.unplaced).toEqual([0]);
    expect(p.nodes).toBe(1);
    expect(p.pods).toBe(1);
  });

  it('a pod exactly the size of a node fills it', () => {
    expect(packPods([group(0, 3, 1000, 1000)], room).nodes).toBe(3);
  });

  it('fills pre-opened nodes first, next-fit, and counts only the nodes it opens', () => {
    // Two servers with room for 2 pods of 400m each; 7 pods: 4 on the servers, 3 on 2 new nodes.
    const p = packPods([group(0, 7, 400, 10)], room, [
      { cpuMillis: 800, memoryMiB: 1000, pods: 110 },
      { cpuMillis: 800, memoryMiB: 1000, pods: 110 },
    ]);
    expect(p.onPreopened).toBe(4);
    expect(p.nodes).toBe(2);
    expect(p.pods).toBe(3);
  });

  it('nothing to run needs no node', () => {
    expect(packPods([], room).nodes).toBe(0);
    expect(packPods([group(0, 0, 100, 100)], room).nodes).toBe(0);
  });

  it('100,000 pods pack as quickly as ten: identical nodes are counted, not listed', () => {
    const p = packPods([group(0, 100_000, 250, 256), group(1, 30_000, 100, 64)], {
      cpuMillis: 3800,
      memoryMiB: 7500,
      pods: 110,
    });
    expect(p.pods).toBe(130_000);
    // 250m pods: 15 per node by CPU → 6,666 full nodes and a newest one with 10 pods (1,300m left).
    // The 100m pods: 13 go in that newest node, the rest 38 per node.
    expect(p.nodes).toBe(6_666 + 1 + Math.ceil((30_000 - 13) / 38));
  });
});

const groupArb = (g: number) =>
  fc.record({
    group: fc.constant(g),
    replicas: fc.integer({ min: 0, max: 12 }),
    cpuMillis: fc.integer({ min: 1, max: 1200 }),
    memoryMiB: fc.integer({ min: 1, max: 1200 }),
  });
const groupsArb = fc
  .integer({ min: 0, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => groupArb(i))));
const roomArb = fc.record({
  cpuMillis: fc.integer({ min: 100, max: 4000 }),
  memoryMiB: fc.integer({ min: 100, max: 4000 }),
  pods: fc.integer({ min: 1, max: 12 }),
});

describe('packPods (properties)', () => {
  it('gives exactly the node count of one-pod-at-a-time next-fit decreasing', () => {
    fc.assert(
      fc.property(groupsArb, roomArb, (groups, r) => {
        expect(packPods(groups, r).nodes).toBe(naiveNfd(groups, r));
      }),
      { numRuns: 2000 },
    );
  });

  it('places every pod that fits an empty node, and no node gets more than its room', () => {
    fc.assert(
      fc.property(groupsArb, roomArb, (groups, r) => {
        const p = packPods(groups, r);
        const fits = groups.filter((g) => g.cpuMillis <= r.cpuMillis && g.memoryMiB <= r.memoryMiB);
        expect(p.pods).toBe(fits.reduce((n, g) => n + g.replicas, 0));
        expect(p.busiest.cpuMillis).toBeLessThanOrEqual(1);
        expect(p.busiest.memoryMiB).toBeLessThanOrEqual(1);
        expect(p.nodes).toBeGreaterThanOrEqual(Math.ceil(p.requested.cpuMillis / r.cpuMillis));
        expect(p.nodes).toBeGreaterThanOrEqual(Math.ceil(p.requested.memoryMiB / r.memoryMiB));
        expect(p.nodes).toBeGreaterThanOrEqual(Math.ceil(p.pods / r.pods));
      }),
      { numRuns: 2000 },
    );
  });

  it('adding a pod never lowers the node count, with or without pre-opened nodes', () => {
    fc.assert(
      fc.property(
        groupsArb.filter((gs) => gs.length > 0),
        roomArb,
        fc.nat(),
        fc.array(roomArb, { maxLength: 3 }),
        (groups, r, pick, preopened) => {
          const i = pick % groups.length;
          const more = groups.map((g, j) => (j === i ? { ...g, replicas: g.replicas + 1 } : g));
          expect(packPods(more, r, preopened).nodes).toBeGreaterThanOrEqual(packPods(groups, r, preopened).nodes);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a bigger node never needs more nodes for identical pods', () => {
    fc.assert(
      fc.property(
        groupArb(0),
        roomArb,
        fc.nat(2000),
        fc.nat(2000),
        fc.nat(20),
        (g, r, extraCpu, extraMemory, extraPods) => {
          fc.pre(g.cpuMillis <= r.cpuMillis && g.memoryMiB <= r.memoryMiB);
          const bigger = {
            cpuMillis: r.cpuMillis + extraCpu,
            memoryMiB: r.memoryMiB + extraMemory,
            pods: r.pods + extraPods,
          };
          expect(packPods([g], bigger).nodes).toBeLessThanOrEqual(packPods([g], r).nodes);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
