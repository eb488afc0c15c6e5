import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../model/plan-input';
import { seedRules, seedRules2611, upstreamRules } from '../testing/fixtures';
import { applyIpFamily } from './ip-family';

describe('applyIpFamily', () => {
  // K3s's own ranges for an IPv6 node (pkg/util/net.go, GetDefaultAddresses): unique local, not the
  // docs' examples, which are documentation (2001:db8::) or someone else's (2001:cafe::) addresses.
  it.each([seedRules, upstreamRules])(
    '$id: dual-stack and IPv6-only fill in K3s’s own unique local ranges',
    (rules) => {
      expect(applyIpFamily(DEFAULT_NETWORK, 'dual', rules)).toMatchObject({
        ipFamily: 'dual',
        clusterCidr: '10.42.0.0/16,fd00:42::/56',
        serviceCidr: '10.43.0.0/16,fd00:43::/112',
      });
      expect(applyIpFamily(DEFAULT_NETWORK, 'ipv6', rules)).toMatchObject({
        ipFamily: 'ipv6',
        clusterCidr: 'fd00:42::/56',
        serviceCidr: 'fd00:43::/112',
      });
    },
  );
  it('a superseded rules file without those ranges falls back to its documented example', () => {
    expect(applyIpFamily(DEFAULT_NETWORK, 'dual', seedRules2611).clusterCidr).toBe('10.42.0.0/16,2001:cafe:42::/56');
  });
  it('keeps lists that already fit the family, in their order', () => {
    const mine = { ...DEFAULT_NETWORK, clusterCidr: 'fd42::/56,10.60.0.0/16', serviceCidr: 'fd43::/112,10.61.0.0/16' };
    expect(applyIpFamily(mine, 'dual', upstreamRules)).toMatchObject({
      clusterCidr: 'fd42::/56,10.60.0.0/16',
      serviceCidr: 'fd43::/112,10.61.0.0/16',
    });
  });
  it('back to IPv4 restores the K3s defaults and drops IPv6 masquerading', () => {
    const dual = { ...applyIpFamily(DEFAULT_NETWORK, 'dual', upstreamRules), flannelIpv6Masq: true };
    expect(applyIpFamily(dual, 'ipv4', upstreamRules)).toMatchObject({
      clusterCidr: '10.42.0.0/16',
      serviceCidr: '10.43.0.0/16',
      flannelIpv6Masq: false,
    });
  });
});
