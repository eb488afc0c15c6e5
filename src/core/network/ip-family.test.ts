import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../plan/plan-input';
import { seedRules, upstreamRules } from '../testing/fixtures';
import { applyIpFamily } from './ip-family';

describe('applyIpFamily', () => {
  it('dual-stack fills in the edition’s documented example', () => {
    expect(applyIpFamily(DEFAULT_NETWORK, 'dual', upstreamRules)).toMatchObject({
      ipFamily: 'dual',
      clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
      serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
    });
    expect(applyIpFamily(DEFAULT_NETWORK, 'dual', seedRules).clusterCidr).toBe('10.42.0.0/16,2001:cafe:42::/56');
  });
  it('keeps lists that already fit the family, in their order', () => {
    const mine = { ...DEFAULT_NETWORK, clusterCidr: 'fd42::/56,10.60.0.0/16', serviceCidr: 'fd43::/112,10.61.0.0/16' };
    expect(applyIpFamily(mine, 'dual', upstreamRules)).toMatchObject({ clusterCidr: 'fd42::/56,10.60.0.0/16', serviceCidr: 'fd43::/112,10.61.0.0/16' });
  });
  it('back to IPv4 restores the K3s defaults and drops IPv6 masquerading', () => {
    const dual = { ...applyIpFamily(DEFAULT_NETWORK, 'dual', upstreamRules), flannelIpv6Masq: true };
    expect(applyIpFamily(dual, 'ipv4', upstreamRules)).toMatchObject({ clusterCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16', flannelIpv6Masq: false });
  });
});
