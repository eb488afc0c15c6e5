import { describe, expect, it } from 'vitest';
import type { NetworkInput, WorkloadsInput } from '../model/plan-input';
import { codes, plan } from '../testing/fixtures';

const web = { name: 'web', replicas: 30, cpuMillis: 250, memoryMiB: 512 };
/** DaemonSets of 100m and 128 Mi on every node, as in workloads.test.ts, so the figures there apply. */
const on = (workloads: Partial<WorkloadsInput>, network: Partial<NetworkInput> = {}) =>
  plan({ agents: 2 }, undefined, {
    workloads: { enabled: true, daemonSetCpuMillis: 100, daemonSetMemoryMiB: 128, ...workloads },
    network,
  });

describe('workload planning inside the plan', () => {
  it('is off by default: the Agents field decides', () => {
    const r = plan({ agents: 7 });
    expect(r.workloads).toBeNull();
    expect(r.input.cluster.agents).toBe(7);
  });

  it('the best shape’s agent count (spares included) replaces the Agents field for sizing, network and config', () => {
    const r = on({ groups: [web], shapes: ['cloud-2x4', 'cloud-4x8', 'cloud-8x32'], spares: 1 });
    // 4×8 is best (see workloads.test.ts): 3 packed + 1 spare.
    expect(r.workloads?.chosen).toBe(1);
    expect(r.workloads?.agents).toBe(4);
    expect(r.input.cluster.agents).toBe(4);
    expect(r.sizing.agent).toBeDefined();
  });

  it('a shape picked by name is used even when another wastes less', () => {
    const r = on({ groups: [web], shapes: ['cloud-2x4', 'cloud-4x8'], shape: 'cloud-2x4', spares: 0 });
    expect(r.workloads?.chosen).toBe(0);
    expect(r.input.cluster.agents).toBe(8);
  });

  it('a pod that fits no shape is an error naming the group, and the Agents field stays in charge', () => {
    const r = on({ groups: [{ name: 'ml', replicas: 2, cpuMillis: 64_000, memoryMiB: 1024 }] });
    expect(codes(r)).toContain('workloads.pod-too-big');
    const f = r.findings.find((x) => x.code === 'workloads.pod-too-big');
    expect(f?.severity).toBe('error');
    expect(f?.params).toMatchObject({
      name: 'ml',
      shape: 'cloud-8x32',
      shapeCpuMillis: 8000,
      shapeMemoryMiB: 32 * 1024,
    });
    expect(r.workloads?.agents).toBeNull();
    expect(r.input.cluster.agents).toBe(2);
  });

  it('warns when max pods, not CPU or memory, sets the agent count', () => {
    const r = on({ groups: [{ name: 'tiny', replicas: 300, cpuMillis: 5, memoryMiB: 8 }], shapes: ['cloud-8x32'] });
    expect(codes(r)).toContain('workloads.pods-per-node-limit');
    expect(r.findings.find((x) => x.code === 'workloads.pods-per-node-limit')?.params).toMatchObject({
      limit: 110,
      by: 'max-pods',
    });
  });

  it('a node mask that leaves fewer pod addresses than max pods is the limit instead', () => {
    // /26 per node: 64 addresses less the network, gateway and broadcast addresses = 61.
    const r = on(
      { groups: [{ name: 'tiny', replicas: 300, cpuMillis: 5, memoryMiB: 8 }], shapes: ['cloud-8x32'] },
      { nodeMaskV4: 26 },
    );
    expect(r.workloads?.podsPerNode).toEqual({ maxPods: 110, subnet: 61 });
    expect(r.findings.find((x) => x.code === 'workloads.pods-per-node-limit')?.params).toMatchObject({
      limit: 61,
      by: 'pod-subnet',
    });
  });

  it('warns when no spare could absorb a failed agent', () => {
    const r = on({
      groups: [{ name: 'a', replicas: 2, cpuMillis: 500, memoryMiB: 256 }],
      shapes: ['cloud-2x4'],
      spares: 0,
    });
    expect(codes(r)).toContain('workloads.no-failure-headroom');
    expect(
      codes(
        on({ groups: [{ name: 'a', replicas: 2, cpuMillis: 500, memoryMiB: 256 }], shapes: ['cloud-2x4'], spares: 1 }),
      ),
    ).not.toContain('workloads.no-failure-headroom');
  });

  it('reservations set in the plan replace the kubelet defaults', () => {
    const base = on({ groups: [web], shapes: ['cloud-2x4'], spares: 0 });
    const reserved = on({
      groups: [web],
      shapes: ['cloud-2x4'],
      spares: 0,
      systemReserved: { cpuMillis: 500, memoryMiB: 1024 },
    });
    expect(reserved.workloads?.plan.outcomes[0]?.budget.allocatable.cpuMillis).toBe(
      (base.workloads?.plan.outcomes[0]?.budget.allocatable.cpuMillis ?? 0) - 500,
    );
    expect(reserved.input.cluster.agents).toBeGreaterThan(base.input.cluster.agents);
  });

  it('servers that also run workloads take pods first; dedicated servers do not', () => {
    const cluster = { servers: 3, haMode: 'ha-embedded' as const, datastore: 'embedded-etcd' as const };
    const workloads = { enabled: true, groups: [web], shapes: ['cloud-2x4' as const], spares: 0 };
    // Seed edition, 3 HA servers: 2 vCPU / 4 GB each. Room per server at 70%: (2000 − 60 measured)
    // × 0.7 = 1358m, (4096 − 1606 measured − 100 eviction) × 0.7 = 1673 Mi → 3 web pods by memory,
    // 9 on the servers. The other 21 go 5 per 2×4 agent (1379m, 2604 Mi) → 5 agents, not 6.
    const shared = plan({ ...cluster, serverWorkloads: 'shared' }, undefined, { workloads });
    expect(shared.workloads?.plan.servers?.room).toEqual({ cpuMillis: 1358, memoryMiB: 1673 });
    expect(shared.workloads?.plan.outcomes[0]?.packing.onPreopened).toBe(9);
    expect(shared.input.cluster.agents).toBe(5);
    const dedicated = plan({ ...cluster, serverWorkloads: 'dedicated' }, undefined, { workloads });
    expect(dedicated.workloads?.plan.servers).toBeNull();
    expect(dedicated.input.cluster.agents).toBe(6);
  });

  it('when the servers hold every pod, no agent is needed', () => {
    const r = plan({ servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd' }, undefined, {
      workloads: { enabled: true, groups: [{ name: 'small', replicas: 6, cpuMillis: 100, memoryMiB: 128 }], spares: 0 },
    });
    expect(r.workloads?.agents).toBe(0);
    expect(r.input.cluster.agents).toBe(0);
  });
});

describe('single-board and server shapes are ranked apart', () => {
  // 40 pods of 200m / 128 Mi: the Raspberry Pi 4 wastes 56.0% of its allocatable, the 4 vCPU / 8 GB
  // cloud machine 56.6%. A cloud plan must not be told to buy Raspberry Pis for that point.
  const groups = [{ name: 'api', replicas: 40, cpuMillis: 200, memoryMiB: 128 }];
  const shapes = ['cloud-2x4', 'cloud-4x8', 'cloud-8x32', 'pi4-8gb'] as const;
  it('a server plan is recommended the best server shape, even when a board wastes a point less', () => {
    const r = plan({ agents: 2 }, undefined, { workloads: { enabled: true, groups, shapes: [...shapes] } });
    const w = r.workloads;
    const pi = w?.plan.outcomes[3];
    const cloud = w?.plan.outcomes[1];
    expect(pi && cloud && pi.wasteShare < cloud.wasteShare).toBe(true);
    expect(w?.plan.bestByProcessor).toEqual({ 'x86-server': 1, 'arm-sbc': 3 });
    expect(w?.chosen).toBe(1);
  });
  it('a low-power board plan is recommended the best board shape', () => {
    const r = plan({ agents: 2, device: 'low-power-board' }, undefined, {
      workloads: { enabled: true, groups, shapes: [...shapes] },
    });
    expect(r.workloads?.chosen).toBe(3);
  });
  it('a comparison of boards only still recommends one, whatever the plan’s class', () => {
    const r = plan({ agents: 2 }, undefined, { workloads: { enabled: true, groups, shapes: ['pi4-8gb'] } });
    expect(r.workloads?.chosen).toBe(0);
  });
});
