import { portRange } from '../model/format';
import type { IpFamily } from '../network/cidr';
import { isExternalDatastore } from '../model/ha';
import type { ClusterInput, NetworkInput } from '../model/plan-input';
import type { PortCondition, PortId, PortParty, Rules, SourceRef } from '../model/rules';

/** One inbound rule the plan needs: protocol, port range, who sends, who receives, and why. */
export interface PortRule {
  readonly id: PortId;
  readonly protocol: 'tcp' | 'udp';
  readonly from: number;
  readonly to: number;
  readonly sources: PortParty;
  readonly destinations: PortParty;
  /** True for rows of the K3s inbound-rules table, false for rows derived from other pages. */
  readonly listed: boolean;
  readonly source: SourceRef;
}

export type NodeRole = 'server' | 'agent' | 'datastore';

function applies(
  when: PortCondition,
  cluster: ClusterInput,
  network: NetworkInput,
  families: readonly IpFamily[],
): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'embedded-etcd-ha':
      return cluster.datastore === 'embedded-etcd' && cluster.servers > 1;
    case 'vxlan':
      return network.flannelBackend === 'vxlan';
    case 'wireguard-native-ipv4':
      return network.flannelBackend === 'wireguard-native' && families.includes('ipv4');
    case 'wireguard-native-ipv6':
      return network.flannelBackend === 'wireguard-native' && families.includes('ipv6');
    case 'embedded-registry':
      return network.embeddedRegistry;
    case 'external-datastore':
      return isExternalDatastore(cluster.datastore);
    case 'traefik-servicelb':
      return network.traefik && network.servicelb;
    case 'kubelet-reachable':
      return network.metricsServer || network.egressSelectorMode === 'disabled';
  }
}

/**
 * The inbound rules of the K3s table (and the derived datastore, ingress and kubectl rows) that this
 * plan needs. `datastorePort` is the external datastore's port as the plan gives it (0: the
 * engine's default), the one datastore-endpoint names.
 */
export function derivePortRules(
  cluster: ClusterInput,
  network: NetworkInput,
  families: readonly IpFamily[],
  rules: Rules,
  datastorePort = 0,
  datastoreMembers = 1,
): PortRule[] {
  const out: PortRule[] = rules.ports.inbound
    .filter((p) => applies(p.when, cluster, network, families))
    .map((p) => ({
      id: p.id,
      protocol: p.protocol,
      from: p.from,
      to: p.to,
      sources: p.sources,
      destinations: p.destinations,
      listed: p.listed,
      source: p.source,
    }));
  const datastore = cluster.datastore;
  if (datastore !== 'sqlite' && datastore !== 'embedded-etcd') {
    const port = datastorePort === 0 ? rules.ports.externalDatastore[datastore] : datastorePort;
    out.push({
      id: 'datastore',
      protocol: 'tcp',
      from: port,
      to: port,
      sources: 'servers',
      destinations: 'datastore',
      listed: false,
      source: rules.ports.externalDatastore.source,
    });
    // An external etcd cluster's members replicate to each other on the peer port.
    const peers = rules.ports.externalEtcdPeers;
    if (datastore === 'external-etcd' && datastoreMembers > 1 && peers) {
      out.push({
        id: 'datastore-peers',
        protocol: 'tcp',
        from: peers.port,
        to: peers.port,
        sources: 'datastore',
        destinations: 'datastore',
        listed: false,
        source: peers.source,
      });
    }
  }
  return out;
}

/** Whether machines of `role` receive traffic for this rule. Agentless servers run no kubelet or Flannel. */
export function receives(rule: PortRule, role: NodeRole, agentlessServers: boolean): boolean {
  switch (rule.destinations) {
    case 'servers':
      return role === 'server';
    case 'agents':
      return role === 'agent';
    case 'all-nodes':
      return role === 'agent' || (role === 'server' && !agentlessServers);
    case 'datastore':
      return role === 'datastore';
    case 'clients':
    case 'operators':
      return false;
  }
}

/** The rules a machine of this role must open, in table order. */
export function inboundFor(portRules: readonly PortRule[], role: NodeRole, agentlessServers: boolean): PortRule[] {
  return portRules.filter((r) => receives(r, role, agentlessServers));
}

/** A rule as a cloud security group would hold it: target group, protocol, ports, and where traffic may come from. */
export interface SecurityGroupRow {
  readonly id: PortId;
  readonly target: PortParty;
  readonly protocol: 'tcp' | 'udp';
  readonly ports: string;
  /** The node networks when known and the senders are nodes; otherwise the sending party. */
  readonly from:
    | { readonly kind: 'cidrs'; readonly cidrs: readonly string[] }
    | { readonly kind: 'party'; readonly party: PortParty };
}

/** Machines of the plan: their traffic comes from the node network when it is known. */
const NODE_SENDERS: ReadonlySet<PortParty> = new Set<PortParty>(['servers', 'agents', 'all-nodes', 'datastore']);

export function securityGroupRows(portRules: readonly PortRule[], nodeNetworks: readonly string[]): SecurityGroupRow[] {
  return portRules.map((r) => ({
    id: r.id,
    target: r.destinations,
    protocol: r.protocol,
    ports: portRange(r),
    from:
      nodeNetworks.length > 0 && NODE_SENDERS.has(r.sources)
        ? { kind: 'cidrs', cidrs: nodeNetworks }
        : { kind: 'party', party: r.sources },
  }));
}
