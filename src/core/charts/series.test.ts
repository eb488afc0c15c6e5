import { describe, expect, it } from 'vitest';
import { plan, seedRules, upstreamRules } from '../testing/fixtures';
import {
  controlPlaneCosts,
  databaseSizingSeries,
  niceCeil,
  podCapacitySeries,
  quorumSeries,
  serverSizingSeries,
  shapeComparison,
  sizingAxisMax,
} from './series';

describe('server sizing series', () => {
  it('seed, 3 HA servers: steps where the HA table’s rows change (10/100/250/500 nodes → 7/97/247/497 agents)', () => {
    const cluster = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }).input.cluster;
    const s = serverSizingSeries(cluster, seedRules, 700);
    expect(s.map((p) => [p.agents, p.vcpu])).toEqual([
      [0, 2],
      [8, 4],
      [98, 8],
      [248, 16],
      [498, 32],
      [700, 32],
    ]);
  });

  it('upstream, 3 HA servers: the Server Sizing Guide scaled by its worked example (466 / 1,200 / 2,400 agents)', () => {
    const cluster = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }, upstreamRules).input
      .cluster;
    expect(serverSizingSeries(cluster, upstreamRules, 3000).map((p) => [p.agents, p.vcpu, p.memoryGiB])).toEqual([
      [0, 2, 4],
      [467, 4, 8],
      [1201, 8, 16],
      [2401, 16, 32],
      [3000, 16, 32],
    ]);
  });

  it('every point agrees with the sizing engine', () => {
    const cluster = plan({ servers: 1 }).input.cluster;
    for (const p of serverSizingSeries(cluster, seedRules, 800)) {
      expect(plan({ servers: 1, agents: p.agents }).sizing.server.vcpu).toBe(p.vcpu);
    }
  });

  it('the axis runs past the plan and past the last finite row', () => {
    expect(sizingAxisMax({ agents: 10, servers: 1 }, [upstreamRules])).toBe(2160);
    expect(sizingAxisMax({ agents: 5000, servers: 1 }, [seedRules])).toBe(6500);
  });
});

describe('database sizing series', () => {
  it('only with an external datastore', () => {
    expect(databaseSizingSeries(plan({}).input.cluster, seedRules, 600)).toEqual([]);
    const cluster = plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2 }).input.cluster;
    expect(databaseSizingSeries(cluster, seedRules, 600).map((p) => [p.agents, p.vcpu])).toEqual([
      [0, 1],
      [9, 2],
      [99, 4],
      [249, 8],
      [499, 16],
      [600, 16],
    ]);
  });
});

describe('pod capacity series', () => {
  it('rises 110 pods per node until 256 nodes, then stays flat; the plan and the exhaustion point are marked', () => {
    const r = plan({ agents: 399 });
    const [v4] = podCapacitySeries(r.network.addressing, 110, seedRules);
    // The line is in the left half of the axis (to 1,000 nodes): its label goes on the open, right side.
    expect(v4).toMatchObject({
      family: 'ipv4',
      exhaustedAt: 256,
      exhaustedLabelSide: 'right',
      planNodes: 400,
      xMax: 1000,
    });
    expect(v4?.points).toEqual([
      { nodes: 0, pods: 0 },
      { nodes: 256, pods: 28160 },
      // 400 nodes × 1.5 = 600, rounded up to 1,000.
      { nodes: 1000, pods: 28160 },
    ]);
  });
  it('ends the nodes axis on a round number past the plan and the exhaustion point', () => {
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(11)).toBe(20);
    expect(niceCeil(20)).toBe(20);
    expect(niceCeil(201)).toBe(250);
    expect(niceCeil(320)).toBe(500);
    expect(niceCeil(15_003)).toBe(20_000);
    const [v4] = podCapacitySeries(plan({ agents: 10_000 }).network.addressing, 110, seedRules);
    expect(v4?.xMax).toBe(20_000);
  });
  it('IPv6 with 2^64 per node and 256 subnets still runs out at 256 nodes', () => {
    const r = plan({ agents: 10 }, seedRules, {
      network: { ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: '2001:db8:43::/112' },
    });
    expect(podCapacitySeries(r.network.addressing, 110, seedRules)[0]?.exhaustedAt).toBe(256);
  });
});

describe('quorum series', () => {
  it('is the etcd FAQ table', () => {
    expect(quorumSeries(seedRules).map((q) => [q.members, q.quorum, q.faultTolerance])).toEqual([
      [1, 1, 0],
      [2, 2, 0],
      [3, 2, 1],
      [4, 3, 1],
      [5, 3, 2],
      [6, 4, 2],
      [7, 4, 3],
      [8, 5, 3],
      [9, 5, 4],
    ]);
  });
});

describe('control-plane costs', () => {
  it('single, HA embedded and HA external for the same 50 agents (seed)', () => {
    const costs = controlPlaneCosts(plan({ agents: 50 }).input.cluster, seedRules);
    // 51 nodes single → Medium 4/8; 53 nodes embedded → 3 × 4/8; 52 nodes external → 2 × 4/8 + database Medium 2/8.
    expect(costs).toEqual([
      {
        option: 'single',
        servers: 1,
        serversVcpu: 4,
        serversMemoryGiB: 8,
        databaseVcpu: 0,
        databaseMemoryGiB: 0,
        totalVcpu: 4,
        totalMemoryMiB: 8 * 1024,
      },
      {
        option: 'ha-embedded',
        servers: 3,
        serversVcpu: 12,
        serversMemoryGiB: 24,
        databaseVcpu: 0,
        databaseMemoryGiB: 0,
        totalVcpu: 12,
        totalMemoryMiB: 24 * 1024,
      },
      {
        option: 'ha-external',
        servers: 2,
        serversVcpu: 8,
        serversMemoryGiB: 16,
        databaseVcpu: 2,
        databaseMemoryGiB: 8,
        totalVcpu: 10,
        totalMemoryMiB: 24 * 1024,
      },
    ]);
  });
});

describe('shapeComparison', () => {
  it('one row per compared shape, with the agents, totals and unrequested share the packing found', () => {
    const r = plan({}, seedRules, {
      workloads: {
        enabled: true,
        groups: [{ name: 'web', replicas: 30, cpuMillis: 250, memoryMiB: 512 }],
        shapes: ['cloud-2x4', 'cloud-8x32'],
      },
    });
    // 2×4: 6 packed + 1 spare (see e2e/journeys/workloads.spec.ts for the arithmetic); 8×32: 2 + 1.
    expect(shapeComparison(r.workloads)).toEqual([
      {
        shape: 'cloud-2x4',
        fits: true,
        agents: 7,
        vcpu: 14,
        memoryGiB: 28,
        unusedPercent: Math.round(((1 - 7500 / (6 * 1970) + (1 - 15360 / (6 * 3721))) / 2) * 1000) / 10,
      },
      {
        shape: 'cloud-8x32',
        fits: true,
        agents: 3,
        vcpu: 24,
        memoryGiB: 96,
        unusedPercent: Math.round(((1 - 7500 / (2 * 7970) + (1 - 15360 / (2 * 32393))) / 2) * 1000) / 10,
      },
    ]);
  });

  it('is empty without workloads, and a shape that cannot hold a pod says so', () => {
    expect(shapeComparison(plan({}).workloads)).toEqual([]);
    const r = plan({}, seedRules, {
      workloads: {
        enabled: true,
        groups: [{ name: 'big', replicas: 1, cpuMillis: 2500, memoryMiB: 512 }],
        shapes: ['cloud-2x4', 'cloud-4x8'],
      },
    });
    expect(shapeComparison(r.workloads).map((x) => [x.shape, x.fits])).toEqual([
      ['cloud-2x4', false],
      ['cloud-4x8', true],
    ]);
  });
});
