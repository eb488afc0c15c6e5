import { describe, expect, it } from 'vitest';
import { netPlan, seedRules } from '../testing/fixtures';

const script = (r: ReturnType<typeof netPlan>, role: 'server' | 'agent' | 'datastore') =>
  r.network.firewall.find((s) => s.role === role)?.lines.map((l) => l.command) ?? [];

describe('firewalld', () => {
  it('reproduces the docs’ default rules for a server, plus the plan’s other ports', () => {
    const r = netPlan({}, {}, seedRules, { os: 'rhel', osVersion: '9.6', firewall: 'firewalld' });
    expect(script(r, 'server')).toEqual([
      'firewall-cmd --permanent --add-port=6443/tcp',
      'firewall-cmd --permanent --add-port=8472/udp',
      'firewall-cmd --permanent --add-port=10250/tcp',
      'firewall-cmd --permanent --add-port=80/tcp',
      'firewall-cmd --permanent --add-port=443/tcp',
      'firewall-cmd --permanent --zone=trusted --add-source=10.42.0.0/16',
      'firewall-cmd --permanent --zone=trusted --add-source=10.43.0.0/16',
      'firewall-cmd --reload',
    ]);
  });

  it('uses the plan’s own CIDRs and limits node-to-node ports to the node network', () => {
    const r = netPlan(
      { clusterCidr: '10.100.0.0/16', serviceCidr: '10.101.0.0/16', nodeNetwork: '192.168.10.0/24' },
      { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 },
      seedRules,
      { os: 'rhel', firewall: 'firewalld' },
    );
    const lines = script(r, 'server');
    expect(lines).toContain(
      `firewall-cmd --permanent --add-rich-rule='rule family="ipv4" source address="192.168.10.0/24" port port="2379-2380" protocol="tcp" accept'`,
    );
    expect(lines).toContain(
      `firewall-cmd --permanent --add-rich-rule='rule family="ipv4" source address="192.168.10.0/24" port port="8472" protocol="udp" accept'`,
    );
    // kubectl reaches 6443 from anywhere the operator sits, so 6443 stays a plain port rule.
    expect(lines).toContain('firewall-cmd --permanent --add-port=6443/tcp');
    expect(lines).toContain('firewall-cmd --permanent --zone=trusted --add-source=10.100.0.0/16');
    expect(lines).toContain('firewall-cmd --permanent --zone=trusted --add-source=10.101.0.0/16');
    expect(lines.join('\n')).not.toContain('10.42.0.0/16');
    expect(r.network.firewall.find((s) => s.role === 'server')?.restrictedToNodeNetwork).toBe(true);
  });
});

describe('ufw', () => {
  it('writes ranges with a colon and trusts pod and service ranges of both families', () => {
    const r = netPlan(
      {
        ipFamily: 'dual',
        clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
        serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
        flannelBackend: 'wireguard-native',
      },
      { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 },
      seedRules,
      { os: 'ubuntu', firewall: 'ufw' },
    );
    const lines = script(r, 'server');
    expect(lines).toContain('ufw allow 2379:2380/tcp');
    expect(lines).toContain('ufw allow 51820/udp');
    expect(lines).toContain('ufw allow 51821/udp');
    expect(lines).toContain('ufw allow from 2001:db8:42::/56 to any');
    expect(lines).toContain('ufw allow from 2001:db8:43::/112 to any');
  });
});

describe('firewall off', () => {
  it('disables the firewall the OS ships', () => {
    expect(script(netPlan({}, {}, seedRules, { os: 'ubuntu', firewall: 'off' }), 'agent')).toEqual(['ufw disable']);
    expect(script(netPlan({}, {}, seedRules, { os: 'fedora', osVersion: '42', firewall: 'off' }), 'agent')).toEqual([
      'systemctl disable firewalld --now',
    ]);
  });
});

describe('database host', () => {
  it('opens only the datastore port, to the servers, and has no pod rules', () => {
    const r = netPlan(
      { nodeNetwork: '10.0.5.0/24' },
      { haMode: 'ha-external', datastore: 'postgres', servers: 2 },
      seedRules,
      { os: 'rhel', firewall: 'firewalld' },
    );
    expect(script(r, 'datastore')).toEqual([
      `firewall-cmd --permanent --add-rich-rule='rule family="ipv4" source address="10.0.5.0/24" port port="5432" protocol="tcp" accept'`,
      'firewall-cmd --reload',
    ]);
  });
});
