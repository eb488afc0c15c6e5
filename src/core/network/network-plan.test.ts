import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPlan, seedRules, upstreamRules } from '../testing/fixtures';
import { parseCidr } from './cidr';
import { podCapacity } from './network-plan';

describe('pod capacity (K3s defaults: 10.42.0.0/16, /24 node subnets, 110 max pods)', () => {
  it('256 node subnets of 256 addresses, 253 usable, 110 pods each', () => {
    const fam = netPlan({}, { servers: 1, agents: 2 }).network.addressing.perFamily[0];
    expect(fam?.pods).toMatchObject({
      nodeSubnets: 256n,
      addressesPerNode: 256n,
      usablePerNode: 253n,
      podsPerNode: 110,
      podCapacity: 28160n,
      nodes: 3,
      subnetsLeft: 253n,
      fits: true,
    });
    expect(fam?.services).toEqual({ addresses: 65536n, apiServiceIp: '10.43.0.1', clusterDnsIp: '10.43.0.10' });
    expect(fam?.clusterAddresses).toBe(65536n);
  });

  it.each([
    [255, true],
    [256, true],
    [257, false],
  ])('1 server + %i agents: %i node subnets needed → fits %s', (total, fits) => {
    const fam = netPlan({}, { servers: 1, agents: total - 1 }).network.addressing.perFamily[0];
    expect(fam?.pods?.fits).toBe(fits);
    expect(fam?.pods?.subnetsLeft).toBe(256n - BigInt(total));
  });

  it('agentless servers take no pod subnet', () => {
    const fam = netPlan(
      {},
      { servers: 3, agents: 256, serverWorkloads: 'agentless', haMode: 'ha-embedded', datastore: 'embedded-etcd' },
    ).network.addressing.perFamily[0];
    expect(fam?.pods).toMatchObject({ nodes: 256, fits: true });
  });

  it('a /25 node mask halves addresses (125 usable) and doubles subnets', () => {
    const fam = netPlan({ nodeMaskV4: 25 }).network.addressing.perFamily[0];
    expect(fam?.pods).toMatchObject({
      nodeSubnets: 512n,
      addressesPerNode: 128n,
      usablePerNode: 125n,
      podsPerNode: 110,
    });
  });

  it('the docs’ dual-stack example: IPv4 first, /56 with /64 nodes gives 256 IPv6 subnets of 2^64 addresses', () => {
    for (const rules of [seedRules, upstreamRules]) {
      const { dualStack } = rules.network.examples;
      const a = netPlan(
        { ipFamily: 'dual', clusterCidr: dualStack.clusterCidr, serviceCidr: dualStack.serviceCidr },
        {},
        rules,
      ).network.addressing;
      expect(a.families).toEqual(['ipv4', 'ipv6']);
      const v6 = a.perFamily[1];
      expect(v6?.pods).toMatchObject({ nodeSubnets: 256n, addressesPerNode: 1n << 64n, podsPerNode: 110 });
      expect(v6?.services?.addresses).toBe(65536n);
      expect(a.clusterDns).toBe('10.43.0.10');
    }
  });

  it('IPv6-first dual-stack makes IPv6 the primary family and the cluster DNS an IPv6 address', () => {
    const a = netPlan({
      ipFamily: 'dual',
      clusterCidr: '2001:db8:42::/56,10.42.0.0/16',
      serviceCidr: '2001:db8:43::/112,10.43.0.0/16',
    }).network.addressing;
    expect(a.primary).toBe('ipv6');
    expect(a.clusterDns).toBe('2001:db8:43::a');
  });

  it('no capacity when the node mask is not longer than the cluster prefix', () => {
    expect(netPlan({ nodeMaskV4: 16 }).network.addressing.perFamily[0]?.pods).toBeNull();
  });
});

describe('capacity laws', () => {
  const v4 = fc
    .tuple(fc.integer({ min: 8, max: 28 }), fc.integer({ min: 1, max: 4 }))
    .map(([prefix, extra]) => ({ prefix, mask: Math.min(32, prefix + extra) }));
  it('a longer node mask never raises pods per node and never lowers the node subnet count', () => {
    fc.assert(
      fc.property(v4, fc.integer({ min: 1, max: 300 }), ({ prefix, mask }, maxPods) => {
        const c = parseCidr(`10.0.0.0/${String(prefix)}`);
        if (!c.ok || mask >= 32) return;
        const a = podCapacity(c.cidr, mask, maxPods, 1, 3);
        const b = podCapacity(c.cidr, mask + 1, maxPods, 1, 3);
        if (!a || !b) return;
        expect(b.podsPerNode).toBeLessThanOrEqual(a.podsPerNode);
        expect(b.nodeSubnets).toBeGreaterThanOrEqual(a.nodeSubnets);
      }),
    );
  });

  it('node subnets × subnet size equals the cluster block (brute-force count on small blocks)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 22, max: 30 }), fc.integer({ min: 1, max: 2 }), (prefix, extra) => {
        const c = parseCidr(`10.1.0.0/${String(prefix)}`);
        if (!c.ok) return;
        const mask = prefix + extra;
        const cap = podCapacity(c.cidr, mask, 110, 1, 3);
        let subnets = 0n;
        for (let start = 0n; start < 1n << BigInt(32 - prefix); start += 1n << BigInt(32 - mask)) subnets += 1n;
        expect(cap?.nodeSubnets).toBe(subnets);
        expect((cap?.nodeSubnets ?? 0n) * (cap?.addressesPerNode ?? 0n)).toBe(1n << BigInt(32 - prefix));
      }),
    );
  });
});
