import type { IpFamilyMode, NetworkInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import { parseCidr, splitCidrList, type IpFamily } from './cidr';

const WANTED: Readonly<Record<IpFamilyMode, readonly IpFamily[]>> = {
  ipv4: ['ipv4'],
  ipv6: ['ipv6'],
  dual: ['ipv4', 'ipv6'],
};

function fitsFamilies(text: string, wanted: readonly IpFamily[]): boolean {
  const families = splitCidrList(text).map((t) => {
    const r = parseCidr(t);
    return r.ok ? r.cidr.family : null;
  });
  return families.length === wanted.length && wanted.every((f) => families.includes(f));
}

/**
 * K3s's own cluster and service ranges for an IP family mode, as the flags take them: its IPv4
 * defaults, and for IPv6 the unique local ranges K3s picks itself (fd00:42::/56, fd00:43::/112)
 * where the rules file has them, else the docs' dual-stack and IPv6-only examples.
 */
export function ownRanges(
  mode: IpFamilyMode,
  rules: Pick<Rules, 'network'>,
): { readonly clusterCidr: string; readonly serviceCidr: string } {
  const { defaults, examples, ipv6Defaults } = rules.network;
  const v6 = ipv6Defaults ?? null;
  if (mode === 'ipv4') return { clusterCidr: defaults.clusterCidr, serviceCidr: defaults.serviceCidr };
  if (mode === 'ipv6') return v6 ?? examples.ipv6Only;
  return v6
    ? {
        clusterCidr: `${defaults.clusterCidr},${v6.clusterCidr}`,
        serviceCidr: `${defaults.serviceCidr},${v6.serviceCidr}`,
      }
    : examples.dualStack;
}

/**
 * The network inputs after the person picks an IP family: CIDR lists that already fit the family
 * are kept; others become K3s's own ranges (`ownRanges`). IPv6 masquerading is turned off for IPv4-only.
 */
export function applyIpFamily(network: NetworkInput, mode: IpFamilyMode, rules: Pick<Rules, 'network'>): NetworkInput {
  const wanted = WANTED[mode];
  const suggested = ownRanges(mode, rules);
  return {
    ...network,
    ipFamily: mode,
    clusterCidr: fitsFamilies(network.clusterCidr, wanted) ? network.clusterCidr : suggested.clusterCidr,
    serviceCidr: fitsFamilies(network.serviceCidr, wanted) ? network.serviceCidr : suggested.serviceCidr,
    flannelIpv6Masq: mode === 'ipv4' ? false : network.flannelIpv6Masq,
  };
}
