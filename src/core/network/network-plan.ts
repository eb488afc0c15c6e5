import type { ClusterInput, NetworkInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import {
  addressAt,
  blockSize,
  FAMILY_BITS,
  formatCidr,
  parseCidr,
  splitCidrList,
  type Cidr,
  type CidrResult,
  type IpFamily,
} from './cidr';

/** The three CIDR list inputs of a plan. */
export type CidrListField = 'clusterCidr' | 'serviceCidr' | 'nodeNetwork';

export interface CidrEntry {
  readonly text: string;
  readonly result: CidrResult;
}

/** Pod addressing of one family: node subnets, addresses per node and what the plan uses of them. */
export interface PodCapacity {
  /** 2^(node mask − cluster prefix): how many nodes can get a pod subnet. */
  readonly nodeSubnets: bigint;
  /** 2^(bits − node mask): addresses in each node's pod subnet. */
  readonly addressesPerNode: bigint;
  /** Addresses pods can use on a node: the subnet minus network, gateway (and IPv4 broadcast). */
  readonly usablePerNode: bigint;
  /** What kubelet will run: the smaller of max pods and the usable addresses. */
  readonly podsPerNode: number;
  readonly podCapacity: bigint;
  /** Nodes that need a pod subnet (agentless servers do not). */
  readonly nodes: number;
  readonly subnetsLeft: bigint;
  readonly fits: boolean;
}

export interface ServiceCapacity {
  readonly addresses: bigint;
  /**
   * The kubernetes API service address: in the primary family's range only, since the apiserver
   * service is single-stack (k3s-io/k3s pkg/cli/server/server.go, ServiceIPRanges[0]); null for
   * the other family.
   */
  readonly apiServiceIp: string | null;
  /** The cluster DNS address in this range: K3s takes the 10th address of every service range when --cluster-dns is not set (same file). */
  readonly clusterDnsIp: string | null;
}

export interface FamilyPlan {
  readonly family: IpFamily;
  readonly clusterCidr: Cidr | null;
  /** Addresses in the cluster CIDR. */
  readonly clusterAddresses: bigint | null;
  readonly serviceCidr: Cidr | null;
  readonly nodeMask: number;
  /** Null when the cluster CIDR is missing or invalid, or the node mask is not longer than its prefix. */
  readonly pods: PodCapacity | null;
  readonly services: ServiceCapacity | null;
}

export interface NetworkPlan {
  /** The families the cluster runs, primary first (the order of the cluster-cidr list for dual-stack). */
  readonly families: readonly IpFamily[];
  readonly primary: IpFamily;
  readonly lists: Readonly<Record<CidrListField, readonly CidrEntry[]>>;
  readonly perFamily: readonly FamilyPlan[];
  readonly podNodes: number;
  /** The primary family's cluster DNS address (every family's is in `perFamily`). */
  readonly clusterDns: string | null;
}

export function nodeMaskOf(network: Pick<NetworkInput, 'nodeMaskV4' | 'nodeMaskV6'>, family: IpFamily): number {
  return family === 'ipv4' ? network.nodeMaskV4 : network.nodeMaskV6;
}

export function parseCidrList(text: string): CidrEntry[] {
  return splitCidrList(text).map((t) => ({ text: t, result: parseCidr(t) }));
}

/** Valid entries of a list, in order. */
export function validCidrs(entries: readonly CidrEntry[]): Cidr[] {
  return entries.flatMap((e) => (e.result.ok ? [e.result.cidr] : []));
}

function familiesOf(mode: NetworkInput['ipFamily'], clusterEntries: readonly CidrEntry[]): IpFamily[] {
  if (mode === 'ipv4') return ['ipv4'];
  if (mode === 'ipv6') return ['ipv6'];
  const first = validCidrs(clusterEntries)[0];
  return first?.family === 'ipv6' ? ['ipv6', 'ipv4'] : ['ipv4', 'ipv6'];
}

/** Nodes that receive a pod subnet: every agent, and every server unless servers run without an agent. */
export function podSubnetNodes(cluster: Pick<ClusterInput, 'servers' | 'agents' | 'serverWorkloads'>): number {
  return cluster.agents + (cluster.serverWorkloads === 'agentless' ? 0 : cluster.servers);
}

/** Pod capacity of one family for a cluster CIDR and node mask; null when the mask is not longer than the prefix. */
export function podCapacity(
  clusterCidr: Cidr,
  nodeMask: number,
  maxPods: number,
  nodes: number,
  reserved: number,
): PodCapacity | null {
  const bits = FAMILY_BITS[clusterCidr.family];
  if (nodeMask <= clusterCidr.prefix || nodeMask > bits) return null;
  const nodeSubnets = 1n << BigInt(nodeMask - clusterCidr.prefix);
  const addressesPerNode = blockSize(nodeMask, clusterCidr.family);
  const usable = addressesPerNode - BigInt(reserved);
  const usablePerNode = usable > 0n ? usable : 0n;
  const podsPerNode = usablePerNode < BigInt(maxPods) ? Number(usablePerNode) : maxPods;
  return {
    nodeSubnets,
    addressesPerNode,
    usablePerNode,
    podsPerNode,
    podCapacity: nodeSubnets * BigInt(podsPerNode),
    nodes,
    subnetsLeft: nodeSubnets - BigInt(nodes),
    fits: BigInt(nodes) <= nodeSubnets,
  };
}

/** Reads the network half of the plan: CIDR lists per family, pod and service capacity, the cluster DNS address. */
export function planNetwork(cluster: ClusterInput, network: NetworkInput, rules: Rules): NetworkPlan {
  const lists = {
    clusterCidr: parseCidrList(network.clusterCidr),
    serviceCidr: parseCidrList(network.serviceCidr),
    nodeNetwork: parseCidrList(network.nodeNetwork),
  };
  const families = familiesOf(network.ipFamily, lists.clusterCidr);
  const nodes = podSubnetNodes(cluster);
  const { defaults, reservedPerNodeSubnet } = rules.network;
  const primary = families[0] ?? 'ipv4';
  const perFamily = families.map((family): FamilyPlan => {
    const clusterCidr = validCidrs(lists.clusterCidr).find((c) => c.family === family) ?? null;
    const serviceCidr = validCidrs(lists.serviceCidr).find((c) => c.family === family) ?? null;
    const nodeMask = nodeMaskOf(network, family);
    return {
      family,
      clusterCidr,
      clusterAddresses: clusterCidr ? blockSize(clusterCidr.prefix, family) : null,
      serviceCidr,
      nodeMask,
      pods: clusterCidr
        ? podCapacity(clusterCidr, nodeMask, network.maxPods, nodes, reservedPerNodeSubnet[family])
        : null,
      services: serviceCidr
        ? {
            addresses: blockSize(serviceCidr.prefix, family),
            apiServiceIp: family === primary ? addressAt(serviceCidr, BigInt(defaults.apiServiceOffset)) : null,
            clusterDnsIp: addressAt(serviceCidr, BigInt(defaults.clusterDnsOffset)),
          }
        : null,
    };
  });
  return {
    families,
    primary,
    lists,
    perFamily,
    podNodes: nodes,
    clusterDns: perFamily.find((p) => p.family === primary)?.services?.clusterDnsIp ?? null,
  };
}

export { formatCidr };
