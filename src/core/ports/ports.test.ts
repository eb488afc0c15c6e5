import { describe, expect, it } from 'vitest';
import { netPlan, plan, seedRules, upstreamRules } from '../testing/fixtures';
import { layoutTopology } from '../diagrams/topology';
import { portRange } from '../model/format';

const ports = (r: ReturnType<typeof netPlan>, role: 'server' | 'agent' | 'datastore') =>
  r.network.inbound[role].map((p) => `${p.protocol}/${portRange(p)}`);

describe('inbound rules filtered to the plan (K3s inbound-rules table)', () => {
  it('default single server with VXLAN, Traefik and ServiceLB', () => {
    const r = netPlan({});
    expect(ports(r, 'server')).toEqual(['tcp/6443', 'udp/8472', 'tcp/10250', 'tcp/80', 'tcp/443', 'tcp/6443']);
    expect(ports(r, 'agent')).toEqual(['udp/8472', 'tcp/10250', 'tcp/80', 'tcp/443']);
    expect(r.network.inbound.datastore).toEqual([]);
  });

  it('2379-2380 between servers only for HA embedded etcd', () => {
    expect(ports(netPlan({}, { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }), 'server')).toContain(
      'tcp/2379-2380',
    );
    expect(
      ports(netPlan({}, { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }), 'agent'),
    ).not.toContain('tcp/2379-2380');
    expect(ports(netPlan({}, { haMode: 'single', datastore: 'embedded-etcd', servers: 1 }), 'server')).not.toContain(
      'tcp/2379-2380',
    );
  });

  it('wireguard-native opens 51820 for IPv4 and 51821 for IPv6, and no 8472', () => {
    const dual = netPlan({
      flannelBackend: 'wireguard-native',
      ipFamily: 'dual',
      clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
      serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
    });
    expect(ports(dual, 'agent')).toEqual(expect.arrayContaining(['udp/51820', 'udp/51821']));
    expect(ports(dual, 'agent')).not.toContain('udp/8472');
    expect(ports(netPlan({ flannelBackend: 'wireguard-native' }), 'agent')).not.toContain('udp/51821');
  });

  it('no Flannel ports with a custom CNI or host-gw', () => {
    for (const flannelBackend of ['none', 'host-gw'] as const) {
      const p = ports(netPlan({ flannelBackend }), 'agent');
      expect(p.filter((x) => ['udp/8472', 'udp/51820', 'udp/51821'].includes(x))).toEqual([]);
    }
  });

  it('the embedded registry opens 5001 and 6443 between all nodes', () => {
    const r = netPlan({ embeddedRegistry: true });
    expect(ports(r, 'agent')).toEqual(expect.arrayContaining(['tcp/5001', 'tcp/6443']));
  });

  it('an external datastore is reached by the servers on its own port', () => {
    expect(ports(netPlan({}, { haMode: 'ha-external', datastore: 'postgres', servers: 2 }), 'datastore')).toEqual([
      'tcp/5432',
    ]);
    expect(ports(netPlan({}, { haMode: 'ha-external', datastore: 'mariadb', servers: 2 }), 'datastore')).toEqual([
      'tcp/3306',
    ]);
    expect(ports(netPlan({}, { haMode: 'ha-external', datastore: 'external-etcd', servers: 2 }), 'datastore')).toEqual([
      'tcp/2379',
    ]);
  });

  it('agentless servers open only what the control plane needs', () => {
    const r = netPlan(
      {},
      { serverWorkloads: 'agentless', haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 },
    );
    expect(ports(r, 'server')).toEqual(['tcp/2379-2380', 'tcp/6443', 'tcp/6443']);
  });

  it('80 and 443 only while Traefik and ServiceLB both run', () => {
    expect(ports(netPlan({ servicelb: false }), 'agent')).not.toContain('tcp/80');
    expect(ports(netPlan({ traefik: false }), 'agent')).not.toContain('tcp/443');
  });

  it('both editions list the same eight table rows', () => {
    for (const rules of [seedRules, upstreamRules]) expect(rules.ports.inbound.filter((p) => p.listed)).toHaveLength(8);
  });
});

describe('joining servers reach the other servers on 6443', () => {
  // "The K3s server needs port 6443 to be accessible by all nodes": a joining server registers with
  // a running one on the supervisor port, so servers must be allowed to reach servers there.
  it.each([
    ['HA embedded etcd', { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 }],
    ['HA external database', { haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 2 }],
  ] as const)('%s: port list, security groups, firewall and diagram allow servers → servers 6443', (_name, cluster) => {
    const r = plan(cluster, seedRules, {
      network: { nodeNetwork: '192.168.10.0/24' },
      host: { firewall: 'firewalld' },
    });
    const rule = r.network.ports.find((p) => p.id === 'supervisor-api');
    expect(rule).toMatchObject({ from: 6443, destinations: 'servers' });
    expect(['servers', 'all-nodes']).toContain(rule?.sources);
    const group = r.network.securityGroups.find((g) => g.id === 'supervisor-api');
    expect(group).toMatchObject({
      target: 'servers',
      ports: '6443',
      from: { kind: 'cidrs', cidrs: ['192.168.10.0/24'] },
    });
    // kubectl reaches 6443 from anywhere the operators are, so the servers open it to every source.
    const serverScript = r.network.firewall.find((s) => s.role === 'server')?.lines.map((l) => l.command) ?? [];
    expect(serverScript).toContain('firewall-cmd --permanent --add-port=6443/tcp');
    const peers = layoutTopology(r).edges.find((e) => e.id === 'server-peers');
    expect(peers?.ports.map((p) => p.ports)).toContain('6443');
  });
  it('without a node network, the security group names every node as the source', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }, seedRules);
    expect(r.network.securityGroups.find((g) => g.id === 'supervisor-api')?.from).toEqual({
      kind: 'party',
      party: 'all-nodes',
    });
  });
});
