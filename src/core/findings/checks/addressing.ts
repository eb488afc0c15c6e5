import { addressSpace, cidrsOverlap, formatCidr, parseCidr, splitCidrList, type Cidr } from '../../network/cidr';
import { exhaustionFixes, maxPodsFixes, privateRangeFixes } from '../../network/fixes';
import { ownRanges } from '../../network/ip-family';
import { validCidrs, type CidrListField, type FamilyPlan, type PodCapacity } from '../../network/network-plan';
import type { PlanField } from '../../model/plan-input';
import { finding, type AnyFinding } from '../finding';
import type { Check, CheckContext } from './context';

const fieldOf = (f: CidrListField): PlanField => `network.${f}`;
const maskFieldOf = (fp: FamilyPlan): PlanField => (fp.family === 'ipv4' ? 'network.nodeMaskV4' : 'network.nodeMaskV6');
const LISTS: readonly CidrListField[] = ['clusterCidr', 'serviceCidr', 'nodeNetwork'];

/** Each entry of each CIDR list: well-formed, prefix in range, no host bits; the right family. */
export const checkCidrSyntax: Check = ({ net, network, rules }) => {
  const out: AnyFinding[] = [];
  for (const field of LISTS) {
    for (const entry of net.lists[field]) {
      if (!entry.result.ok) {
        const e = entry.result.error;
        out.push(
          finding(
            'network.cidr-invalid',
            'error',
            {
              field,
              value: entry.text,
              reason: e.code,
              network: e.code === 'host-bits' ? e.network : null,
              maxPrefix: e.code === 'prefix-range' ? e.max : null,
              examples: splitCidrList(ownRanges('dual', rules).clusterCidr),
            },
            { fields: [fieldOf(field)], ruleId: 'network.defaults', source: rules.network.defaults.source },
          ),
        );
      } else if (field !== 'nodeNetwork' && !net.families.includes(entry.result.cidr.family)) {
        out.push(
          finding(
            'network.cidr-wrong-family',
            'error',
            { field, value: entry.text, family: entry.result.cidr.family, mode: network.ipFamily },
            {
              fields: [fieldOf(field), 'network.ipFamily'],
              ruleId: 'network.examples',
              source: rules.network.dualStackSource,
            },
          ),
        );
      }
    }
  }
  return out;
};

/** Single-stack lists hold one range; dual-stack lists one range of each family. */
export const checkCidrListShape: Check = ({ net, network, rules }) => {
  const out: AnyFinding[] = [];
  for (const field of ['clusterCidr', 'serviceCidr'] as const) {
    const valid = net.lists[field].flatMap((e) => (e.result.ok ? [e.result.cidr] : []));
    const expected = net.families.length;
    const malformed = net.lists[field].length - valid.length;
    const wrongFamily = valid.filter((c) => !net.families.includes(c.family)).length;
    // A malformed or wrong-family entry has its own finding; the shape is judged only when every entry reads well.
    if (malformed > 0 || wrongFamily > 0) continue;
    const familiesCovered = net.families.every((f) => valid.some((c) => c.family === f));
    if (valid.length !== expected || !familiesCovered) {
      out.push(
        finding(
          'network.cidr-list-shape',
          'error',
          {
            field,
            mode: network.ipFamily,
            count: net.lists[field].length,
            expected,
            example: ownRanges('dual', rules)[field],
          },
          {
            fields: [fieldOf(field), 'network.ipFamily'],
            ruleId: 'network.examples',
            source: rules.network.dualStackSource,
          },
        ),
      );
    }
  }
  return out;
};

/** Cluster, service and node networks must not share addresses. */
export const checkOverlaps: Check = ({ net, rules }) => {
  const out: AnyFinding[] = [];
  const valid = (f: CidrListField): Cidr[] => net.lists[f].flatMap((e) => (e.result.ok ? [e.result.cidr] : []));
  const pairs: [CidrListField, CidrListField][] = [
    ['clusterCidr', 'serviceCidr'],
    ['clusterCidr', 'nodeNetwork'],
    ['serviceCidr', 'nodeNetwork'],
  ];
  for (const [a, b] of pairs) {
    for (const x of valid(a)) {
      for (const y of valid(b)) {
        if (cidrsOverlap(x, y)) {
          out.push(
            finding(
              'network.overlap',
              'error',
              { a, aCidr: formatCidr(x), b, bCidr: formatCidr(y) },
              {
                fields: [fieldOf(a), fieldOf(b)],
                ruleId: 'network.defaults',
                source: rules.network.defaults.source,
              },
            ),
          );
        }
      }
    }
  }
  return out;
};

/** Service range size limit, node mask against the cluster prefix, and the IPv6 16-bit gap. */
export const checkPrefixLimits: Check = ({ net, rules }) => {
  const out: AnyFinding[] = [];
  const { serviceCidrMaxPrefix, ipv6NodeMaskMaxGap } = rules.network;
  for (const fp of net.perFamily) {
    const maskField = maskFieldOf(fp);
    if (fp.serviceCidr && fp.serviceCidr.prefix < serviceCidrMaxPrefix[fp.family]) {
      out.push(
        finding(
          'network.service-cidr-too-wide',
          'error',
          {
            cidr: formatCidr(fp.serviceCidr),
            family: fp.family,
            prefix: fp.serviceCidr.prefix,
            maxPrefix: serviceCidrMaxPrefix[fp.family],
            maxPrefixV4: serviceCidrMaxPrefix.ipv4,
            maxPrefixV6: serviceCidrMaxPrefix.ipv6,
          },
          {
            fields: ['network.serviceCidr'],
            ruleId: 'network.serviceCidrMaxPrefix',
            source: serviceCidrMaxPrefix.source,
          },
        ),
      );
    }
    if (!fp.clusterCidr) continue;
    if (fp.nodeMask <= fp.clusterCidr.prefix) {
      out.push(
        finding(
          'network.node-mask-too-short',
          'error',
          {
            family: fp.family,
            nodeMask: fp.nodeMask,
            clusterPrefix: fp.clusterCidr.prefix,
            defaultMaskV4: rules.network.defaults.nodeMaskV4,
            defaultMaskV6: rules.network.defaults.nodeMaskV6,
          },
          {
            fields: [maskField, 'network.clusterCidr'],
            ruleId: 'network.defaults.nodeMask',
            source: rules.network.defaults.nodeMaskSource,
          },
        ),
      );
    } else if (fp.family === 'ipv6' && fp.nodeMask - fp.clusterCidr.prefix > ipv6NodeMaskMaxGap.bits) {
      out.push(
        finding(
          'network.ipv6-node-mask-gap',
          'error',
          { nodeMask: fp.nodeMask, clusterPrefix: fp.clusterCidr.prefix, maxGap: ipv6NodeMaskMaxGap.bits },
          {
            fields: [maskField, 'network.clusterCidr'],
            ruleId: 'network.ipv6NodeMaskMaxGap',
            source: ipv6NodeMaskMaxGap.source,
          },
        ),
      );
    }
  }
  return out;
};

/** A family whose cluster CIDR and pod capacity are known. */
type SizedFamily = FamilyPlan & { readonly clusterCidr: Cidr; readonly pods: PodCapacity };
const isSized = (fp: FamilyPlan): fp is SizedFamily => fp.pods !== null && fp.clusterCidr !== null;

/** Node subnets: fewer than the nodes (an error, with fixes that fit), or every one in use with none to spare. */
function nodeSubnetFindings(fp: SizedFamily, { net, network, rules }: CheckContext): AnyFinding[] {
  const out: AnyFinding[] = [];
  const maskField = maskFieldOf(fp);
  if (!fp.pods.fits) {
    out.push(
      finding(
        'network.pod-subnets-exhausted',
        'error',
        {
          family: fp.family,
          nodes: fp.pods.nodes,
          nodeSubnets: fp.pods.nodeSubnets.toString(),
          clusterCidr: formatCidr(fp.clusterCidr),
          nodeMask: fp.nodeMask,
          fixes: exhaustionFixes(fp, net, network, rules),
        },
        {
          fields: ['network.clusterCidr', maskField, 'cluster.agents'],
          ruleId: 'network.capacitySource',
          source: rules.network.capacitySource,
        },
      ),
    );
  }
  // Every node subnet in use: the plan fits, but a node that is replaced or added gets none. The
  // docs put the limit one lower ("modify the default cluster-cidr if desiring more than 255
  // nodes"); the arithmetic says 256 fit, with nothing to spare, so 256 is a warning, 257 an error.
  if (fp.pods.fits && fp.pods.subnetsLeft === 0n && fp.pods.nodes > 0) {
    out.push(
      finding(
        'network.pod-subnets-full',
        'warning',
        {
          family: fp.family,
          nodes: fp.pods.nodes,
          nodeSubnets: fp.pods.nodeSubnets.toString(),
          clusterCidr: formatCidr(fp.clusterCidr),
          fixes: exhaustionFixes(fp, net, network, rules, fp.pods.nodes + 1),
        },
        {
          fields: ['network.clusterCidr', maskField, 'cluster.agents'],
          ruleId: 'network.capacitySource',
          source: rules.network.capacitySource,
        },
      ),
    );
  }
  return out;
}

/** Addresses in each node subnet: fewer than max-pods, with fixes that fit. */
function subnetSizeFindings(fp: SizedFamily, { net, network, rules }: CheckContext): AnyFinding[] {
  if (fp.pods.usablePerNode >= BigInt(network.maxPods)) return [];
  return [
    finding(
      'network.max-pods-exceed-subnet',
      'error',
      {
        family: fp.family,
        maxPods: network.maxPods,
        usablePerNode: Number(fp.pods.usablePerNode),
        nodeMask: fp.nodeMask,
        fixes: maxPodsFixes(fp, net, network, rules),
      },
      {
        fields: ['network.maxPods', maskFieldOf(fp)],
        ruleId: 'network.reservedPerNodeSubnet',
        source: rules.network.reservedPerNodeSubnet.source,
      },
    ),
  ];
}

/** max-pods above the Kubernetes limit per node the rules recommend. */
const checkMaxPodsRecommended: Check = ({ network, rules }) => {
  const recommendedMax = rules.cluster.kubernetesLimits.maxPodsPerNode;
  if (network.maxPods <= recommendedMax) return [];
  return [
    finding(
      'network.max-pods-above-recommended',
      'warning',
      { maxPods: network.maxPods, recommendedMax },
      {
        fields: ['network.maxPods'],
        ruleId: 'cluster.kubernetesLimits.maxPodsPerNode',
        source: rules.cluster.kubernetesLimits.source,
      },
    ),
  ];
};

/** Enough node subnets for every node, and enough addresses in each for max-pods; with fixes that fit. */
export const checkPodCapacity: Check = (ctx) => [
  ...ctx.net.perFamily
    .filter(isSized)
    .flatMap((fp) => [...nodeSubnetFindings(fp, ctx), ...subnetSizeFindings(fp, ctx)]),
  ...checkMaxPodsRecommended(ctx),
];

/**
 * Without a node network to check against, the K3s defaults can collide with LANs that already use
 * them. Advice that applies to every such plan is a note that asks for the node network: a warning
 * is kept for a reason the plan shows (an entered node network that overlaps is an overlap error).
 */
export const checkDefaultsAgainstLan: Check = ({ net, rules }) => {
  if (net.lists.nodeNetwork.length > 0) return [];
  const defaults = [rules.network.defaults.clusterCidr, rules.network.defaults.serviceCidr].flatMap((t) => {
    const r = parseCidr(t);
    return r.ok ? [r.cidr] : [];
  });
  const inUse = [...net.lists.clusterCidr, ...net.lists.serviceCidr]
    .flatMap((e) => (e.result.ok ? [e.result.cidr] : []))
    .filter((c) => defaults.some((d) => d.family === c.family && d.start === c.start && d.prefix === c.prefix))
    .map(formatCidr);
  if (inUse.length === 0) return [];
  return [
    finding(
      'network.default-cidrs-lan',
      'info',
      { cidrs: inUse },
      {
        fields: ['network.nodeNetwork', 'network.clusterCidr', 'network.serviceCidr'],
        ruleId: 'network.defaults',
        source: rules.network.defaults.source,
      },
    ),
  ];
};

/**
 * Cluster and service ranges belong in private (RFC 1918) or unique local (fd00::/8) space: a
 * public range is someone else's addresses, which the cluster would then hide from its pods; a
 * reserved one (2001:db8::/32 is for documentation, RFC 3849) is not meant for any network. The
 * fix offers a private range of the same size.
 */
export const checkRangesPrivate: Check = ({ net, network, rules }) => {
  const out: AnyFinding[] = [];
  for (const field of ['clusterCidr', 'serviceCidr'] as const) {
    for (const cidr of validCidrs(net.lists[field])) {
      const space = addressSpace(cidr);
      if (space !== 'public' && space !== 'reserved') continue;
      const source =
        cidr.family === 'ipv6'
          ? (rules.network.ipv6Defaults?.source ?? rules.network.ipv6MasqSource)
          : rules.network.fixSearchSpaces.source;
      out.push(
        finding(
          'network.range-not-private',
          'warning',
          {
            field,
            cidr: formatCidr(cidr),
            family: cidr.family,
            space,
            fixes: privateRangeFixes(field, cidr, net, network, rules),
          },
          {
            fields: [fieldOf(field)],
            ruleId: 'network.fixSearchSpaces',
            source,
          },
        ),
      );
    }
  }
  return out;
};
