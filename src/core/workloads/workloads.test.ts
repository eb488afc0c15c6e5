import { describe, expect, it } from 'vitest';
import { seedRules, upstreamRules } from '../testing/fixtures';
import { SHAPE_PRESETS } from './shapes';
import { agentOverhead, nodeBudget, planWorkloads, type WorkloadModelInput } from './workloads';
import { defaultReservations } from './shapes';

const pods = { maxPods: 110, subnet: 254 };
const base: WorkloadModelInput = {
  groups: [],
  daemonSets: { cpuMillis: 100, memoryMiB: 128 },
  targetUtilisation: 0.7,
  shapes: [SHAPE_PRESETS['cloud-2x4']],
  spares: 0,
  reservations: defaultReservations(seedRules),
};

describe('defaults from the rules file', () => {
  it('Kubernetes reserves nothing for kube or system by default and evicts below 100 Mi', () => {
    for (const rules of [seedRules, upstreamRules]) {
      expect(defaultReservations(rules)).toEqual({
        kubeReserved: { cpuMillis: 0, memoryMiB: 0 },
        systemReserved: { cpuMillis: 0, memoryMiB: 0 },
        evictionMemoryMiB: 100,
      });
    }
  });

  it('the K3s agent overhead is the measured agent row: 3% of a core and 275 MB on x86, 10% and 268 MB on a Pi 4', () => {
    expect(agentOverhead(seedRules, 'x86-server')).toEqual({ cpuMillis: 30, memoryMiB: 275 });
    expect(agentOverhead(seedRules, 'arm-sbc')).toEqual({ cpuMillis: 100, memoryMiB: 268 });
  });
});

describe('nodeBudget (hand-checked)', () => {
  it('2 vCPU / 4 GB x86: 2000 − 30 − 100 DaemonSets = 1870m; 4096 − 275 − 100 eviction − 128 = 3593 MiB; 70% of that', () => {
    const b = nodeBudget(SHAPE_PRESETS['cloud-2x4'], base, seedRules, pods);
    expect(b.allocatable).toEqual({ cpuMillis: 1870, memoryMiB: 3593 });
    expect(b.room).toEqual({ cpuMillis: 1309, memoryMiB: 2515 });
    expect(b.pods).toBe(110);
    expect(b.podsLimitedBy).toBe('max-pods');
  });

  it('reservations the user sets come off too', () => {
    const reservations = {
      kubeReserved: { cpuMillis: 100, memoryMiB: 256 },
      systemReserved: { cpuMillis: 100, memoryMiB: 256 },
      evictionMemoryMiB: 500,
    };
    const b = nodeBudget(SHAPE_PRESETS['cloud-2x4'], { ...base, reservations }, seedRules, pods);
    expect(b.allocatable).toEqual({ cpuMillis: 2000 - 30 - 200 - 100, memoryMiB: 4096 - 275 - 512 - 500 - 128 });
  });

  it('a pod subnet smaller than max pods limits the pods per node', () => {
    const b = nodeBudget(SHAPE_PRESETS['cloud-2x4'], base, seedRules, { maxPods: 110, subnet: 62 });
    expect(b.pods).toBe(62);
    expect(b.podsLimitedBy).toBe('pod-subnet');
  });

  it('never goes below zero on a node too small for its overheads', () => {
    const b = nodeBudget({ vcpu: 1, memoryMiB: 256, processor: 'x86-server' }, base, seedRules, pods);
    expect(b.allocatable.memoryMiB).toBe(0);
  });
});

describe('planWorkloads', () => {
  const web = { name: 'web', replicas: 30, cpuMillis: 250, memoryMiB: 512 };

  it('30 web pods (250m/512Mi) on 2×4 agents: 5 fit by CPU (1309m) but 4 by memory (2515 Mi) → 8 agents, plus spares', () => {
    const plan = planWorkloads({ ...base, groups: [web] }, seedRules, pods);
    expect(plan.outcomes[0]?.packing.nodes).toBe(8);
    expect(plan.outcomes[0]?.agents).toBe(8);
    expect(plan.outcomes[0]?.totals).toEqual({ vcpu: 16, memoryMiB: 8 * 4096 });
    // The busiest agent holds 4 pods: 1000m of 1870m allocatable, 2048 of 3593 MiB.
    expect(plan.outcomes[0]?.busiest.cpuMillis).toBeCloseTo(1000 / 1870, 6);
    expect(plan.outcomes[0]?.busiest.memoryMiB).toBeCloseTo(2048 / 3593, 6);
    expect(planWorkloads({ ...base, groups: [web], spares: 2 }, seedRules, pods).outcomes[0]?.agents).toBe(10);
    expect(plan.requested).toEqual({ cpuMillis: 7500, memoryMiB: 15360, pods: 30 });
  });

  it('ranks shapes by waste: 4×8 (3 agents, 34% idle) beats 2×4 (8 agents, 48%) and 8×32 (2 agents, 64%)', () => {
    // 4×8: room 2709m / 5382 Mi → 10 web pods per node (CPU and memory both allow 10) → 3 nodes;
    // waste 1 − 7500/(3 × 3870) = 35.4% CPU, 1 − 15360/(3 × 7689) = 33.4% memory.
    // 8×32: room 5509m → 22 per node → 2 nodes; waste 52.3% CPU, 76.2% memory.
    const shapes = [SHAPE_PRESETS['cloud-2x4'], SHAPE_PRESETS['cloud-4x8'], SHAPE_PRESETS['cloud-8x32']];
    const plan = planWorkloads({ ...base, groups: [web], shapes }, seedRules, pods);
    expect(plan.outcomes.map((o) => o.agents)).toEqual([8, 3, 2]);
    expect(plan.outcomes[1]?.waste.cpuMillis).toBeCloseTo(1 - 7500 / (3 * 3870), 6);
    expect(plan.outcomes[1]?.waste.memoryMiB).toBeCloseTo(1 - 15360 / (3 * 7689), 6);
    expect(plan.outcomes[2]?.waste.memoryMiB).toBeCloseTo(1 - 15360 / (2 * 32265), 6);
    expect(plan.best).toBe(1);
  });

  it('no shape is recommended when a pod fits none of them', () => {
    const plan = planWorkloads(
      { ...base, groups: [{ name: 'huge', replicas: 1, cpuMillis: 16_000, memoryMiB: 1024 }] },
      seedRules,
      pods,
    );
    expect(plan.best).toBeNull();
    expect(plan.outcomes[0]?.packing.unplaced).toEqual([0]);
  });

  it('flags a plan with no spare whose other agents could not take a lost agent’s pods', () => {
    // One agent, full enough: losing it loses everything.
    const one = planWorkloads(
      { ...base, groups: [{ name: 'a', replicas: 2, cpuMillis: 500, memoryMiB: 256 }] },
      seedRules,
      pods,
    );
    expect(one.outcomes[0]?.packing.nodes).toBe(1);
    expect(one.outcomes[0]?.failureUnsafe).toBe(true);
    // Eight agents at 70%: the seven others have 7 × 1870m ≥ 7500m and 7 × 3593 Mi ≥ 15360 Mi.
    expect(planWorkloads({ ...base, groups: [web] }, seedRules, pods).outcomes[0]?.failureUnsafe).toBe(false);
    // A spare covers it.
    expect(
      planWorkloads(
        { ...base, groups: [{ name: 'a', replicas: 2, cpuMillis: 500, memoryMiB: 256 }], spares: 1 },
        seedRules,
        pods,
      ).outcomes[0]?.failureUnsafe,
    ).toBe(false);
  });

  it('says when the pods-per-node limit, not CPU or memory, costs agents', () => {
    const tiny = { name: 'tiny', replicas: 300, cpuMillis: 5, memoryMiB: 8 };
    const plan = planWorkloads({ ...base, groups: [tiny], shapes: [SHAPE_PRESETS['cloud-8x32']] }, seedRules, pods);
    // 110 per node → 3 agents, where CPU (5509m / 5m) and memory would hold all 300 on one.
    expect(plan.outcomes[0]?.packing.nodes).toBe(3);
    expect(plan.outcomes[0]?.podLimited).toBe(true);
    expect(planWorkloads({ ...base, groups: [web] }, seedRules, pods).outcomes[0]?.podLimited).toBe(false);
  });
});
