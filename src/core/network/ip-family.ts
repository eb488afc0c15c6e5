import type { IpFamilyMode, NetworkInput } from '../plan/plan-input';
import type { Rules } from '../rules/schema';
import { parseCidr, splitCidrList, type IpFamily } from './cidr';

const WANTED: Readonly<Record<IpFamilyMode, readonly IpFamily[]>> = { ipv4: ['ipv4'], ipv6: ['ipv6'], dual: ['ipv4', 'ipv6'] };

function fitsFamilies(text: string, wanted: readonly IpFamily[]): boolean {
  const families = splitCidrList(text).map((t) => {
    const r = parseCidr(t);
    return r.ok ? r.cidr.family : null;
  });
  return families.length === wanted.length && wanted.every((f) => families.includes(f));
}

/**
 * The network inputs after the person picks an IP family: CIDR lists that already fit the family
 * are kept; others become the documented values (the K3s defaults, or the docs' dual-stack and
 * IPv6-only examples of the rules edition). IPv6 masquerading is turned off for IPv4-only.
 */
export function applyIpFamily(network: NetworkInput, mode: IpFamilyMode, rules: Pick<Rules, 'network'>): NetworkInput {
  const wanted = WANTED[mode];
  const { defaults, examples } = rules.network;
  const suggested = mode === 'ipv4' ? defaults : mode === 'ipv6' ? examples.ipv6Only : examples.dualStack;
  return {
    ...network,
    ipFamily: mode,
    clusterCidr: fitsFamilies(network.clusterCidr, wanted) ? network.clusterCidr : suggested.clusterCidr,
    serviceCidr: fitsFamilies(network.serviceCidr, wanted) ? network.serviceCidr : suggested.serviceCidr,
    flannelIpv6Masq: mode === 'ipv4' ? false : network.flannelIpv6Masq,
  };
}
