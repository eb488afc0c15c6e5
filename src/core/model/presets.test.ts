import { describe, expect, it } from 'vitest';
import { findingFixes } from '../findings/finding';
import { codes, seedRules, upstreamRules } from '../testing/fixtures';
import { computePlan } from '../plan/compute-plan';
import { PlanInputSchema } from './plan-input';
import { PRESET_IDS, presetPlan } from './presets';

describe('presets', () => {
  it.each(PRESET_IDS)('%s is a valid plan in both editions with no error except the one it demonstrates', (id) => {
    for (const rules of [seedRules, upstreamRules]) {
      const input = presetPlan(id, rules.id);
      expect(PlanInputSchema.safeParse(input).success).toBe(true);
      const errors = computePlan(input, rules)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.code);
      expect(errors).toEqual(id === 'pi-home-lab' ? ['disk.flash-under-etcd'] : []);
    }
  });

  it('the Raspberry Pi home lab: three Pi 4s on SD cards, told to use an SSD', () => {
    const r = computePlan(presetPlan('pi-home-lab', seedRules.id), seedRules);
    expect(r.input.cluster).toMatchObject({
      servers: 3,
      datastore: 'embedded-etcd',
      disk: 'sd-card',
      device: 'low-power-board',
      arch: 'arm64',
    });
    expect(r.findings.find((f) => f.code === 'disk.flash-under-etcd')?.severity).toBe('error');
    expect(r.network.osSteps.map((s) => s.id)).toContain('raspios-cgroups');
  });

  it('the large preset carries the fix the plan itself proposes for 803 nodes', () => {
    const large = presetPlan('large-800', seedRules.id);
    const unfixed = computePlan({ ...large, network: { ...large.network, clusterCidr: '10.42.0.0/16' } }, seedRules);
    const exhausted = unfixed.findings.find((f) => f.code === 'network.pod-subnets-exhausted');
    expect(exhausted && findingFixes(exhausted)[0]).toMatchObject({
      kind: 'cluster-cidr',
      cidr: large.network.clusterCidr,
    });
    expect(codes(computePlan(large, seedRules))).not.toContain('network.pod-subnets-exhausted');
  });

  it('HA presets: 3 embedded-etcd servers with 20 agents, 2 PostgreSQL servers with 200 agents', () => {
    expect(presetPlan('ha-embedded-20', seedRules.id).cluster).toMatchObject({
      haMode: 'ha-embedded',
      servers: 3,
      agents: 20,
    });
    expect(presetPlan('ha-postgres-200', seedRules.id).cluster).toMatchObject({
      haMode: 'ha-external',
      datastore: 'postgres',
      servers: 2,
      agents: 200,
    });
  });

  it('dual-stack with wireguard-native opens both WireGuard ports', () => {
    const r = computePlan(presetPlan('dual-stack-wireguard', upstreamRules.id), upstreamRules);
    expect(r.network.ports.map((p) => p.id)).toEqual(
      expect.arrayContaining(['flannel-wireguard-ipv4', 'flannel-wireguard-ipv6']),
    );
  });
});
