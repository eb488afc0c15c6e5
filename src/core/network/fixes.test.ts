import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingFixes, type AnyFinding } from '../findings/finding';
import { computePlan } from '../plan/compute-plan';
import { codes, netPlan, planInput, seedRules } from '../testing/fixtures';
import { applyNetworkFix, bitsFor, type NetworkFix } from './fixes';

function fixesOf(
  findings: readonly AnyFinding[],
  code: 'network.pod-subnets-exhausted' | 'network.max-pods-exceed-subnet',
  family = 'ipv4',
): readonly NetworkFix[] {
  const f = findings.find((x) => x.code === code && x.params.family === family);
  if (!f || (f.code !== 'network.pod-subnets-exhausted' && f.code !== 'network.max-pods-exceed-subnet'))
    throw new Error(`no ${code} for ${family}`);
  return f.params.fixes;
}

describe('bitsFor', () => {
  it.each([
    [1, 0],
    [2, 1],
    [256, 8],
    [257, 9],
    [512, 9],
    [513, 10],
  ])('%i subnets need %i bits', (n, bits) => {
    expect(bitsFor(n)).toBe(bits);
  });
});

describe('node subnets exhausted', () => {
  it('400 nodes on 10.42.0.0/16 with /24: a /15 that avoids the service range, or a /25 node mask', () => {
    const r = netPlan({}, { servers: 1, agents: 399 });
    const exhausted = r.findings.find((f) => f.code === 'network.pod-subnets-exhausted');
    expect(exhausted).toMatchObject({
      severity: 'error',
      params: { family: 'ipv4', nodes: 400, nodeSubnets: '256', clusterCidr: '10.42.0.0/16', nodeMask: 24 },
    });
    // 10.42.0.0/15 would swallow the default service range 10.43.0.0/16, so the next free /15 is proposed.
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted')).toEqual([
      {
        kind: 'cluster-cidr',
        family: 'ipv4',
        cidr: '10.44.0.0/15',
        mask: null,
        maxPods: null,
        flags: ['--cluster-cidr=10.44.0.0/15'],
      },
      {
        kind: 'node-mask',
        family: 'ipv4',
        mask: 25,
        maxPods: null,
        flags: ['--kube-controller-manager-arg=node-cidr-mask-size-ipv4=25'],
      },
    ]);
  });

  it('enlarges in place when nothing is in the way', () => {
    const r = netPlan({ serviceCidr: '10.96.0.0/16' }, { agents: 399 });
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted')[0]).toMatchObject({ cidr: '10.42.0.0/15' });
  });

  it('600 nodes: a /14 keeps 110 pods per node; the /26 mask that would cost 49 of them is not offered', () => {
    const r = netPlan({}, { agents: 599 });
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted')).toEqual([
      {
        kind: 'cluster-cidr',
        family: 'ipv4',
        cidr: '10.44.0.0/14',
        mask: null,
        maxPods: null,
        flags: ['--cluster-cidr=10.44.0.0/14'],
      },
    ]);
  });

  it('60,000 nodes on a /20: a larger CIDR together with a longer node mask, still 110 pods per node', () => {
    const r = netPlan({ clusterCidr: '10.0.0.0/20', serviceCidr: '10.250.0.0/16' }, { agents: 59_999 });
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted')).toEqual([
      {
        kind: 'cluster-cidr',
        family: 'ipv4',
        cidr: '10.0.0.0/9',
        mask: 25,
        maxPods: null,
        flags: ['--cluster-cidr=10.0.0.0/9', '--kube-controller-manager-arg=node-cidr-mask-size-ipv4=25'],
      },
    ]);
  });

  it('when no fix keeps max-pods, the ones that lower it are offered with the lowered value', () => {
    const r = netPlan({ clusterCidr: '10.0.0.0/16', serviceCidr: '10.250.0.0/16' }, { agents: 70_000 });
    const fixes = fixesOf(r.findings, 'network.pod-subnets-exhausted');
    expect(fixes.length).toBeGreaterThan(0);
    expect(
      fixes.every(
        (f) => (f.kind === 'cluster-cidr' || f.kind === 'node-mask') && f.maxPods !== null && f.maxPods < 110,
      ),
    ).toBe(true);
  });

  it('dual-stack: the IPv6 /56 runs out at the same 256 nodes and gets its own fixes, with the whole list in the flag', () => {
    const r = netPlan(
      { ipFamily: 'dual', clusterCidr: '10.42.0.0/16,2001:db8:42::/56', serviceCidr: '10.43.0.0/16,2001:db8:43::/112' },
      { agents: 299 },
    );
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted', 'ipv6')).toContainEqual({
      kind: 'cluster-cidr',
      family: 'ipv6',
      cidr: '2001:db8:42::/55',
      mask: null,
      maxPods: null,
      flags: ['--cluster-cidr=10.42.0.0/16,2001:db8:42::/55'],
    });
    expect(fixesOf(r.findings, 'network.pod-subnets-exhausted', 'ipv6')).toContainEqual(
      expect.objectContaining({
        kind: 'node-mask',
        mask: 65,
        flags: ['--kube-controller-manager-arg=node-cidr-mask-size-ipv6=65'],
      }),
    );
  });

  it('every suggested fix clears the error and overlaps nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 257, max: 60_000 }),
        fc.integer({ min: 14, max: 20 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 20, max: 200 }),
        (nodes, prefix, second, maxPods) => {
          const cluster = `10.${String(second)}.0.0/${String(prefix)}`.replace(
            /^10\.(\d+)\.0\.0\/(\d+)$/,
            (_m, b: string, p: string) => {
              // Align the second octet to the prefix so the input itself is valid.
              const step = 2 ** Math.max(0, 16 - Number(p));
              return `10.${String(Math.floor(Number(b) / step) * step)}.0.0/${p}`;
            },
          );
          const input = planInput({ agents: nodes - 1 }, seedRules, {
            network: { clusterCidr: cluster, serviceCidr: '10.250.0.0/16', maxPods },
          });
          const before = computePlan(input, seedRules);
          const exhausted = before.findings.find((f) => f.code === 'network.pod-subnets-exhausted');
          if (!exhausted) return;
          const fixes = findingFixes(exhausted);
          expect(fixes.length).toBeGreaterThan(0);
          for (const fix of fixes) {
            const after = computePlan(applyNetworkFix(input, fix), seedRules);
            const afterCodes = codes(after);
            expect(afterCodes).not.toContain('network.pod-subnets-exhausted');
            expect(afterCodes).not.toContain('network.overlap');
            expect(afterCodes).not.toContain('network.max-pods-exceed-subnet');
            expect(afterCodes).not.toContain('network.node-mask-too-short');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('max-pods beyond the node subnet', () => {
  it('/26 nodes (61 usable) with 110 max pods: lower max-pods to 61, or widen the node subnet to /25', () => {
    const r = netPlan({ nodeMaskV4: 26 });
    const f = r.findings.find((x) => x.code === 'network.max-pods-exceed-subnet');
    expect(f).toMatchObject({ severity: 'error', params: { maxPods: 110, usablePerNode: 61, nodeMask: 26 } });
    expect(fixesOf(r.findings, 'network.max-pods-exceed-subnet')).toEqual([
      { kind: 'max-pods', maxPods: 61, flags: ['--kubelet-arg=max-pods=61'] },
      {
        kind: 'node-mask',
        family: 'ipv4',
        mask: 25,
        maxPods: null,
        flags: ['--kube-controller-manager-arg=node-cidr-mask-size-ipv4=25'],
      },
    ]);
    for (const fix of fixesOf(r.findings, 'network.max-pods-exceed-subnet')) {
      expect(
        codes(computePlan(applyNetworkFix(planInput({}, seedRules, { network: { nodeMaskV4: 26 } }), fix), seedRules)),
      ).not.toContain('network.max-pods-exceed-subnet');
    }
  });

  it('253 pods fit a /24; 254 do not', () => {
    expect(codes(netPlan({ maxPods: 253 }))).not.toContain('network.max-pods-exceed-subnet');
    expect(codes(netPlan({ maxPods: 254 }))).toContain('network.max-pods-exceed-subnet');
  });
});
