import { describe, expect, it } from 'vitest';
import { machineCatalog, plan, seedRules } from '../testing/fixtures';
import type { ClusterInput, MachinesInput } from '../model/plan-input';
import { planMachines } from './plan-machines';

const HA_50 = { servers: 3, agents: 50, haMode: 'ha-embedded', datastore: 'embedded-etcd', arch: 'arm64' } as const;

function machinesOf(cluster: Partial<ClusterInput>, machines: Partial<MachinesInput> = {}) {
  return planMachines(plan(cluster, seedRules, { machines }), machineCatalog, seedRules);
}

const smallestFor = (r: ReturnType<typeof machinesOf>, provider: string, role: string) => {
  const match = r.match.providers.find((p) => p.provider.id === provider)?.roles.find((m) => m.role === role);
  return match?.status === 'matched' ? match.choice.type.id : match?.status;
};

describe('the machines of a plan (planMachines)', () => {
  it('finds the smallest arm64 machine for the servers, and offers only types that fit, smallest first', () => {
    const r = machinesOf(HA_50);
    // The seed's Medium row: 4 vCPU, 8 GB per server. EC2 guide: m7g.xlarge has 4 vCPUs and 16 GiB;
    // t4g.xlarge (4, 16) is burstable, so not for servers by default.
    expect(smallestFor(r, 'aws-ec2', 'server')).toBe('m7g.xlarge');
    expect(smallestFor(r, 'gce', 'server')).toBe('no-architecture');
    const server = r.options.find((o) => o.role === 'server')?.types ?? [];
    expect(server.map((t) => t.id).slice(0, 3)).toEqual(['raspberry-pi-4b-8gb', 'raspberry-pi-5-8gb', 'm7g.xlarge']);
    expect(server.every((t) => t.architectures.includes('arm64') && !t.burstable && t.vcpu >= 4)).toBe(true);
    expect(server.map((t) => t.id)).not.toContain('m7g.large');
    expect(r.chosen).toBeNull();
  });

  it('the type chosen for a role fits with its headroom; the list and its cost follow the typed prices', () => {
    const price = { amount: 0.1632, currency: 'USD', per: 'hour' } as const;
    const r = machinesOf(HA_50, {
      server: 'aws-ec2/m7g.xlarge',
      agent: 'aws-ec2/m7g.xlarge',
      prices: [{ type: 'aws-ec2/m7g.xlarge', ...price }],
    });
    const server = r.chosen?.roles.find((c) => c.role === 'server');
    expect(server).toMatchObject({ status: 'fits', count: 3, burstableAgainstPolicy: false });
    // 4 vCPU and 16 GiB against the need of 4 vCPU and 8 GiB.
    expect(server?.choice?.headroom).toEqual({ vcpu: 0, memoryMiB: 8 * 1024 });
    expect(r.chosen?.complete).toBe(true);
    expect(r.chosen?.totals).toEqual({ machines: 53, vcpu: 53 * 4, memoryMiB: 53 * 16 * 1024 });
    // 53 machines × 0.1632 USD an hour × 730 hours (the catalog's month).
    expect(r.chosen?.cost).toMatchObject({ status: 'priced', currency: 'USD', hoursPerMonth: 730 });
    expect(r.chosen?.cost.status === 'priced' && r.chosen.cost.amount).toBeCloseTo(53 * 0.1632 * 730, 6);
    expect(r.findings.filter((f) => f.code === 'machines.chosen-type-unfit')).toEqual([]);
  });

  it('a role without a chosen type leaves the list incomplete and unpriced', () => {
    const r = machinesOf(HA_50, {
      server: 'aws-ec2/m7g.xlarge',
      prices: [{ type: 'aws-ec2/m7g.xlarge', amount: 1, currency: 'EUR', per: 'month' }],
    });
    expect(r.chosen?.machines.map((l) => [l.role, l.count, l.key])).toEqual([['server', 3, 'aws-ec2/m7g.xlarge']]);
    expect(r.chosen?.complete).toBe(false);
    expect(r.chosen?.cost).toEqual({ status: 'incomplete' });
  });

  it('a chosen type too small, of another architecture, or not in the catalog is a warning on its field', () => {
    const r = machinesOf(HA_50, {
      server: 'aws-ec2/m7g.large',
      agent: 'aws-ec2/m6i.large',
      database: 'aws-ec2/m7g.large',
    });
    const unfit = r.findings.filter((f) => f.code === 'machines.chosen-type-unfit');
    expect(unfit.map((f) => [f.severity, f.fields, f.params.reason])).toEqual([
      ['warning', ['machines.server'], 'too-small'],
      ['warning', ['machines.agent'], 'wrong-architecture'],
    ]);
    // m7g.large: 2 vCPUs, 8 GiB (EC2 guide) against 4 vCPU, 8 GB.
    expect(unfit[0]?.params).toMatchObject({ typeVcpu: 2, typeMemoryMiB: 8192, needVcpu: 4, needMemoryMiB: 8192 });
    // No external database in this plan: the database choice has no role to serve.
    expect(r.chosen?.roles.map((c) => c.role)).toEqual(['server', 'agent']);
    const unknown = machinesOf(HA_50, { server: 'aws-ec2/m99.large' });
    expect(unknown.chosen?.roles[0]).toMatchObject({ status: 'unknown-type', type: null });
    expect(unknown.chosen?.machines).toEqual([]);
    expect(unknown.findings.find((f) => f.code === 'machines.chosen-type-unfit')?.params).toMatchObject({
      reason: 'unknown-type',
      type: 'aws-ec2/m99.large',
    });
  });

  it('a 1 GB board chosen for a server is too small for the server’s need', () => {
    // The seed's 1 GB per server is raised to 2 GB, the next whole GB above the 1,588–1,596 MB K3s was
    // measured to use on a server running a workload (resource profiling).
    const r = machinesOf({ arch: 'arm64', agents: 0 }, { server: 'raspberry-pi/raspberry-pi-4b-1gb' });
    expect(r.findings.find((f) => f.code === 'machines.chosen-type-unfit')?.params).toMatchObject({
      reason: 'too-small',
      needMemoryMiB: 2048,
      typeVcpu: 4,
      typeMemoryMiB: 1024,
    });
  });

  it('a burstable type the reader picks for servers is taken, and flagged as against the policy', () => {
    const r = machinesOf({ arch: 'arm64' }, { server: 'aws-ec2/t4g.xlarge' });
    expect(r.chosen?.roles[0]).toMatchObject({ status: 'fits', burstableAgainstPolicy: true });
  });

  it('the agents need the shape workload planning uses', () => {
    const r = planMachines(
      plan({ arch: 'x86_64' }, seedRules, {
        workloads: {
          enabled: true,
          groups: [{ name: 'web', replicas: 20, cpuMillis: 500, memoryMiB: 1024 }],
          shapes: ['cloud-8x32'],
        },
      }),
      machineCatalog,
      seedRules,
    );
    expect(r.match.needs.find((n) => n.role === 'agent')).toMatchObject({
      basis: 'workload-shape',
      vcpu: 8,
      memoryMiB: 32 * 1024,
    });
    // t3.2xlarge and m6i.2xlarge both have 8 vCPUs and 32 GiB: the id breaks the tie.
    expect(smallestFor(r, 'aws-ec2', 'agent')).toBe('m6i.2xlarge');
  });
});
