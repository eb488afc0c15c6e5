import type { NetworkInput, PlanInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import {
  addressSpace,
  alignedBlock,
  cidrContains,
  cidrsOverlap,
  FAMILY_BITS,
  findFreeBlock,
  formatCidr,
  parseCidr,
  splitCidrList,
  type Cidr,
  type IpFamily,
} from './cidr';
import { validCidrs, type FamilyPlan, type NetworkPlan } from './network-plan';

/**
 * A change that makes the plan's addressing fit, written as the exact K3s flags and applicable
 * to the plan input as it is.
 */
export type NetworkFix =
  /** A larger cluster CIDR, with a longer node mask (and lower max-pods) only where the CIDR alone cannot fit. */
  | {
      readonly kind: 'cluster-cidr';
      readonly family: IpFamily;
      readonly cidr: string;
      readonly mask: number | null;
      readonly maxPods: number | null;
      readonly flags: readonly string[];
    }
  | {
      readonly kind: 'node-mask';
      readonly family: IpFamily;
      readonly mask: number;
      readonly maxPods: number | null;
      readonly flags: readonly string[];
    }
  | { readonly kind: 'max-pods'; readonly maxPods: number; readonly flags: readonly string[] }
  /** A private (RFC 1918) or unique local (fd00::/8) range of the same size in place of a public or reserved one. */
  | {
      readonly kind: 'private-range';
      readonly field: 'clusterCidr' | 'serviceCidr';
      readonly family: IpFamily;
      readonly cidr: string;
      readonly flags: readonly string[];
    };

/** Bits needed to number `count` subnets: 257 nodes need 9 bits (512 subnets). */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

const nodeMaskFlag = (family: IpFamily, mask: number): string =>
  `--kube-controller-manager-arg=node-cidr-mask-size-${family}=${String(mask)}`;
const maxPodsFlag = (maxPods: number): string => `--kubelet-arg=max-pods=${String(maxPods)}`;

function usable(family: IpFamily, mask: number, rules: Rules): bigint {
  return (1n << BigInt(FAMILY_BITS[family] - mask)) - BigInt(rules.network.reservedPerNodeSubnet[family]);
}

/** The cluster-cidr list with one family's entry replaced (the flag lists every family, primary first). */
export function replaceFamilyCidr(listText: string, family: IpFamily, cidr: string): string {
  const entries = splitCidrList(listText);
  const index = entries.findIndex((text) => {
    const parsed = parseCidr(text);
    return parsed.ok && parsed.cidr.family === family;
  });
  if (index === -1) return [...entries, cidr].join(',');
  return entries.map((text, i) => (i === index ? cidr : text)).join(',');
}

/** Every range the new cluster CIDR must stay clear of: service ranges and node networks. */
function rangesToAvoid(plan: NetworkPlan): Cidr[] {
  return [...validCidrs(plan.lists.serviceCidr), ...validCidrs(plan.lists.nodeNetwork)];
}

/**
 * The smallest larger cluster CIDR that numbers every node and overlaps nothing, trying the
 * current node mask first and then longer ones (fewer addresses per node) until one fits.
 */
function largerClusterCidr(
  fp: FamilyPlan,
  plan: NetworkPlan,
  rules: Rules,
  neededBits: number,
): { cidr: Cidr; mask: number } | null {
  const current = fp.clusterCidr;
  if (!current) return null;
  if (fp.family === 'ipv6' && neededBits > rules.network.ipv6NodeMaskMaxGap.bits) return null;
  const avoid = rangesToAvoid(plan);
  const spaces = rules.network.fixSearchSpaces[fp.family].flatMap((t) => {
    const r = parseCidr(t);
    return r.ok ? [r.cidr] : [];
  });
  // Search the private space the current range lives in first, from where it is.
  const ordered = [
    ...spaces.filter((s) => cidrContains(s, current)),
    ...spaces.filter((s) => !cidrContains(s, current)),
  ];
  for (let mask = fp.nodeMask; mask <= FAMILY_BITS[fp.family] && usable(fp.family, mask, rules) >= 1n; mask += 1) {
    const prefix = mask - neededBits;
    // A prefix at or beyond the current one means the mask alone fits: that is the node-mask fix.
    if (prefix >= current.prefix) return null;
    if (prefix < 1) continue;
    const enlarged = alignedBlock(current.start, prefix, fp.family);
    if (!avoid.some((a) => cidrsOverlap(a, enlarged))) return { cidr: enlarged, mask };
    const found = findFreeBlock(prefix, fp.family, ordered, avoid, current.start);
    if (found) return { cidr: found, mask };
  }
  return null;
}

/**
 * Fixes for a family whose node subnets run out: the smallest larger cluster CIDR that fits and
 * overlaps nothing (with a longer node mask only if needed), and a longer node mask on the current
 * CIDR. A fix that lowers max-pods is offered only when no fix keeps it.
 */
export function exhaustionFixes(
  fp: FamilyPlan,
  plan: NetworkPlan,
  network: NetworkInput,
  rules: Rules,
  forNodes: number = plan.podNodes,
): NetworkFix[] {
  const current = fp.clusterCidr;
  if (!current || !fp.pods || BigInt(forNodes) <= fp.pods.nodeSubnets) return [];
  const neededBits = bitsFor(forNodes);
  const lowered = (mask: number): number | null => {
    const room = usable(fp.family, mask, rules);
    return room < BigInt(network.maxPods) ? Number(room) : null;
  };

  const candidates: NetworkFix[] = [];
  const larger = largerClusterCidr(fp, plan, rules, neededBits);
  if (larger) {
    const list = replaceFamilyCidr(network.clusterCidr, fp.family, formatCidr(larger.cidr));
    const mask = larger.mask === fp.nodeMask ? null : larger.mask;
    const maxPods = lowered(larger.mask);
    candidates.push({
      kind: 'cluster-cidr',
      family: fp.family,
      cidr: formatCidr(larger.cidr),
      mask,
      maxPods,
      flags: [
        `--cluster-cidr=${list}`,
        ...(mask === null ? [] : [nodeMaskFlag(fp.family, mask)]),
        ...(maxPods === null ? [] : [maxPodsFlag(maxPods)]),
      ],
    });
  }

  const mask = current.prefix + neededBits;
  const withinGap = fp.family === 'ipv4' || neededBits <= rules.network.ipv6NodeMaskMaxGap.bits;
  if (withinGap && mask <= FAMILY_BITS[fp.family] && usable(fp.family, mask, rules) >= 1n) {
    const maxPods = lowered(mask);
    candidates.push({
      kind: 'node-mask',
      family: fp.family,
      mask,
      maxPods,
      flags: maxPods === null ? [nodeMaskFlag(fp.family, mask)] : [nodeMaskFlag(fp.family, mask), maxPodsFlag(maxPods)],
    });
  }
  const keepsMaxPods = (f: NetworkFix): boolean =>
    (f.kind === 'cluster-cidr' || f.kind === 'node-mask') && f.maxPods === null;
  return candidates.some(keepsMaxPods) ? candidates.filter(keepsMaxPods) : candidates;
}

/**
 * Fixes for max-pods above what one node subnet can address: lower max-pods to what fits, or a
 * shorter node mask that holds max-pods while still giving every node a subnet.
 */
export function maxPodsFixes(fp: FamilyPlan, plan: NetworkPlan, network: NetworkInput, rules: Rules): NetworkFix[] {
  const current = fp.clusterCidr;
  if (!current || !fp.pods || fp.pods.usablePerNode >= BigInt(network.maxPods)) return [];
  const fixes: NetworkFix[] = [];
  if (fp.pods.usablePerNode >= 1n) {
    const maxPods = Number(fp.pods.usablePerNode);
    fixes.push({ kind: 'max-pods', maxPods, flags: [maxPodsFlag(maxPods)] });
  }
  const reserved = rules.network.reservedPerNodeSubnet[fp.family];
  const mask = FAMILY_BITS[fp.family] - bitsFor(network.maxPods + reserved);
  if (mask > current.prefix && mask - current.prefix >= bitsFor(plan.podNodes)) {
    fixes.push({ kind: 'node-mask', family: fp.family, mask, maxPods: null, flags: [nodeMaskFlag(fp.family, mask)] });
  }
  return fixes;
}

/**
 * A private or unique local range of the same prefix for a cluster or service range that lies in
 * public or reserved space, clear of every other range of the plan. For IPv6 the search starts at
 * K3s's own unique local range for that setting (fd00:42::/56, fd00:43::/112) where the rules file
 * has it. Searches only the private and unique local spaces the rules list.
 */
export function privateRangeFixes(
  field: 'clusterCidr' | 'serviceCidr',
  current: Cidr,
  plan: NetworkPlan,
  network: NetworkInput,
  rules: Rules,
): NetworkFix[] {
  const spaces = rules.network.fixSearchSpaces[current.family].flatMap((t) => {
    const r = parseCidr(t);
    return r.ok && (addressSpace(r.cidr) === 'private' || addressSpace(r.cidr) === 'unique-local') ? [r.cidr] : [];
  });
  const others = (['clusterCidr', 'serviceCidr', 'nodeNetwork'] as const)
    .filter((f) => f !== field)
    .flatMap((f) => validCidrs(plan.lists[f]));
  const preferred = current.family === 'ipv6' ? rules.network.ipv6Defaults?.[field] : undefined;
  const start = preferred ? parseCidr(preferred) : null;
  const found = findFreeBlock(current.prefix, current.family, spaces, others, start?.ok ? start.cidr.start : null);
  if (!found) return [];
  const cidr = formatCidr(found);
  const list = replaceFamilyCidr(network[field], current.family, cidr);
  return [
    {
      kind: 'private-range',
      field,
      family: current.family,
      cidr,
      flags: [`--${field === 'clusterCidr' ? 'cluster-cidr' : 'service-cidr'}=${list}`],
    },
  ];
}

/** The plan with a fix applied; every other input is kept. */
export function applyNetworkFix(input: PlanInput, fix: NetworkFix): PlanInput {
  const network = { ...input.network };
  switch (fix.kind) {
    case 'cluster-cidr':
      network.clusterCidr = replaceFamilyCidr(network.clusterCidr, fix.family, fix.cidr);
      if (fix.mask !== null) {
        if (fix.family === 'ipv4') network.nodeMaskV4 = fix.mask;
        else network.nodeMaskV6 = fix.mask;
      }
      if (fix.maxPods !== null) network.maxPods = fix.maxPods;
      break;
    case 'node-mask':
      if (fix.family === 'ipv4') network.nodeMaskV4 = fix.mask;
      else network.nodeMaskV6 = fix.mask;
      if (fix.maxPods !== null) network.maxPods = fix.maxPods;
      break;
    case 'max-pods':
      network.maxPods = fix.maxPods;
      break;
    case 'private-range':
      network[fix.field] = replaceFamilyCidr(network[fix.field], fix.family, fix.cidr);
      break;
  }
  return { ...input, network };
}
