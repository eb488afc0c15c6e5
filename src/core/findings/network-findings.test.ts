import { describe, expect, it } from 'vitest';
import { applyNetworkFix, type NetworkFix } from '../network/fixes';
import { computePlan } from '../plan/compute-plan';
import { codes, netPlan, plan, planInput, seedRules, upstreamRules } from '../testing/fixtures';
import { findingFixes, type AnyFinding, type FindingCode } from './finding';

function only(findings: readonly AnyFinding[], code: FindingCode): AnyFinding {
  const hits = findings.filter((f) => f.code === code);
  expect(hits, `exactly one ${code}`).toHaveLength(1);
  const [hit] = hits;
  if (!hit) throw new Error('unreachable');
  return hit;
}
const DUAL = {
  ipFamily: 'dual',
  clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
  serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
} as const;

describe('CIDR validation', () => {
  it('host bits set: an error naming the network that was meant', () => {
    expect(only(netPlan({ clusterCidr: '10.42.0.1/16' }).findings, 'network.cidr-invalid')).toMatchObject({
      severity: 'error',
      params: { field: 'clusterCidr', value: '10.42.0.1/16', reason: 'host-bits', network: '10.42.0.0/16' },
      fields: ['network.clusterCidr'],
    });
  });
  it('prefix out of range and plain nonsense', () => {
    expect(only(netPlan({ serviceCidr: '10.43.0.0/40' }).findings, 'network.cidr-invalid').params).toMatchObject({
      reason: 'prefix-range',
      maxPrefix: 32,
    });
    expect(only(netPlan({ nodeNetwork: '192.168.1' }).findings, 'network.cidr-invalid').params).toMatchObject({
      field: 'nodeNetwork',
      reason: 'syntax',
      // Shown as examples: K3s's IPv4 default and the unique local range it picks itself for IPv6.
      examples: ['10.42.0.0/16', 'fd00:42::/56'],
    });
  });
  it('a range of the wrong family for the chosen IP family', () => {
    expect(
      only(netPlan({ clusterCidr: '2001:db8:42::/56' }).findings, 'network.cidr-wrong-family').params,
    ).toMatchObject({ field: 'clusterCidr', family: 'ipv6', mode: 'ipv4' });
    expect(codes(netPlan({ clusterCidr: '2001:db8:42::/56' }))).not.toContain('network.cidr-list-shape');
  });
  it('dual-stack lists need exactly one range of each family', () => {
    expect(
      only(netPlan({ ...DUAL, clusterCidr: '10.42.0.0/16' }).findings, 'network.cidr-list-shape').params,
    ).toMatchObject({ field: 'clusterCidr', count: 1, expected: 2, example: '10.42.0.0/16,fd00:42::/56' });
    expect(
      only(netPlan({ ...DUAL, serviceCidr: '10.43.0.0/16,10.44.0.0/16' }).findings, 'network.cidr-list-shape').params,
    ).toMatchObject({ field: 'serviceCidr', count: 2, example: '10.43.0.0/16,fd00:43::/112' });
    expect(codes(netPlan(DUAL))).not.toContain('network.cidr-list-shape');
  });
  it('single-stack lists hold one range; an empty one is flagged', () => {
    expect(only(netPlan({ clusterCidr: '' }).findings, 'network.cidr-list-shape').params).toMatchObject({
      count: 0,
      expected: 1,
    });
    expect(codes(netPlan({ clusterCidr: '10.42.0.0/16,10.50.0.0/16' }))).toContain('network.cidr-list-shape');
  });
  it('the docs’ examples are valid in both editions', () => {
    for (const rules of [seedRules, upstreamRules]) {
      const { dualStack, ipv6Only } = rules.network.examples;
      const dual = codes(netPlan({ ipFamily: 'dual', ...dualStack }, {}, rules));
      const v6 = codes(netPlan({ ipFamily: 'ipv6', ...ipv6Only }, {}, rules));
      for (const c of [dual, v6]) {
        expect(
          c.filter(
            (x) => x.startsWith('network.cidr') || x === 'network.overlap' || x === 'network.service-cidr-too-wide',
          ),
        ).toEqual([]);
      }
    }
  });
});

describe('overlaps', () => {
  it.each([
    [{ clusterCidr: '10.42.0.0/15' }, 'clusterCidr', 'serviceCidr'],
    [{ nodeNetwork: '10.42.8.0/24' }, 'clusterCidr', 'nodeNetwork'],
    [{ nodeNetwork: '10.0.0.0/8' }, 'clusterCidr', 'nodeNetwork'],
  ])('%o overlaps (%s with %s)', (network, a, b) => {
    const f = netPlan(network).findings.find((x) => x.code === 'network.overlap');
    expect(f).toMatchObject({ severity: 'error', params: { a, b } });
  });
  it('the K3s defaults do not overlap each other or a typical home LAN', () => {
    expect(codes(netPlan({ nodeNetwork: '192.168.1.0/24' }))).not.toContain('network.overlap');
  });
});

describe('limits', () => {
  it('service CIDR wider than /12 (IPv4) or /112 (IPv6)', () => {
    expect(codes(netPlan({ serviceCidr: '10.48.0.0/12' }))).not.toContain('network.service-cidr-too-wide');
    expect(
      only(netPlan({ serviceCidr: '10.32.0.0/11' }).findings, 'network.service-cidr-too-wide').params,
    ).toMatchObject({ prefix: 11, maxPrefix: 12, maxPrefixV4: 12, maxPrefixV6: 112 });
    expect(
      only(
        netPlan({ ...DUAL, serviceCidr: '10.43.0.0/16,2001:db8:43::/108' }).findings,
        'network.service-cidr-too-wide',
      ).params,
    ).toMatchObject({ family: 'ipv6', maxPrefix: 112 });
  });
  it('a node mask not longer than the cluster prefix', () => {
    expect(only(netPlan({ nodeMaskV4: 16 }).findings, 'network.node-mask-too-short').params).toEqual({
      family: 'ipv4',
      nodeMask: 16,
      clusterPrefix: 16,
      // kube-controller-manager's node-cidr-mask-size defaults, which K3s keeps: /24 and /64.
      defaultMaskV4: 24,
      defaultMaskV6: 64,
    });
    expect(codes(netPlan({ nodeMaskV4: 17 }))).not.toContain('network.node-mask-too-short');
  });
  it('an IPv6 node mask more than 16 bits longer than the cluster prefix', () => {
    expect(
      codes(netPlan({ ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/48', serviceCidr: '2001:db8:43::/112' })),
    ).not.toContain('network.ipv6-node-mask-gap');
    expect(
      only(
        netPlan({ ipFamily: 'ipv6', clusterCidr: '2001:db8::/47', serviceCidr: '2001:db8:43::/112' }).findings,
        'network.ipv6-node-mask-gap',
      ).params,
    ).toEqual({ nodeMask: 64, clusterPrefix: 47, maxGap: 16 });
  });
  it('more than 110 pods per node is beyond Kubernetes’ recommendation', () => {
    expect(codes(netPlan({ maxPods: 110 }))).not.toContain('network.max-pods-above-recommended');
    expect(only(netPlan({ maxPods: 111 }).findings, 'network.max-pods-above-recommended').severity).toBe('warning');
  });
});

describe('the defaults and the LAN', () => {
  it('without a node network, the default ranges may collide with a LAN', () => {
    expect(only(netPlan({}).findings, 'network.default-cidrs-lan').params).toEqual({
      cidrs: ['10.42.0.0/16', '10.43.0.0/16'],
    });
    expect(codes(netPlan({ nodeNetwork: '192.168.0.0/24' }))).not.toContain('network.default-cidrs-lan');
    expect(codes(netPlan({ clusterCidr: '10.100.0.0/16', serviceCidr: '10.101.0.0/16' }))).not.toContain(
      'network.default-cidrs-lan',
    );
  });
});

describe('IP family and version gates', () => {
  it.each([
    ['v1.20.15+k3s1', 'error', 'unavailable'],
    ['v1.23.6+k3s1', 'warning', 'experimental'],
  ] as const)('dual-stack on %s: %s (%s)', (k3sVersion, severity, stage) => {
    expect(only(netPlan(DUAL, { k3sVersion }).findings, 'network.dual-stack-version')).toMatchObject({
      severity,
      params: { stage },
    });
  });
  it('dual-stack is stable from v1.23.7 and is chosen at creation', () => {
    const c = codes(netPlan(DUAL, { k3sVersion: 'v1.23.7+k3s1' }));
    expect(c).not.toContain('network.dual-stack-version');
    expect(c).toContain('network.dual-stack-at-creation');
  });
  it('IPv6-only needs v1.22.9', () => {
    const v6 = { ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: '2001:db8:43::/112' } as const;
    expect(codes(netPlan(v6, { k3sVersion: 'v1.22.8+k3s1' }))).toContain('network.ipv6-only-version');
    expect(codes(netPlan(v6, { k3sVersion: 'v1.22.9+k3s1' }))).not.toContain('network.ipv6-only-version');
  });
  it('the kubelet IPv6 node-ip bug affects dual-stack before 1.27', () => {
    expect(only(netPlan(DUAL, { k3sVersion: 'v1.26.15+k3s1' }).findings, 'network.kubelet-ipv6-bug').params).toEqual({
      version: 'v1.26.15+k3s1',
      since: 'v1.27.0+k3s1',
    });
    expect(codes(netPlan(DUAL, { k3sVersion: 'v1.27.0+k3s1' }))).not.toContain('network.kubelet-ipv6-bug');
  });
  it('IPv6-first dual-stack needs explicit node IPs', () => {
    expect(
      codes(
        netPlan({
          ...DUAL,
          clusterCidr: '2001:db8:42::/56,10.42.0.0/16',
          serviceCidr: '2001:db8:43::/112,10.43.0.0/16',
        }),
      ),
    ).toContain('network.ipv6-primary-node-ip');
    expect(codes(netPlan(DUAL))).not.toContain('network.ipv6-primary-node-ip');
  });
  it('router advertisements note, and masquerading suggested for unrouted IPv6 pod ranges', () => {
    const c = codes(netPlan(DUAL));
    expect(c).toContain('network.ipv6-accept-ra');
    expect(c).toContain('network.ipv6-masq-suggested');
    expect(codes(netPlan({ ...DUAL, flannelIpv6Masq: true }))).not.toContain('network.ipv6-masq-suggested');
    expect(codes(netPlan({}))).not.toContain('network.ipv6-accept-ra');
  });
  it('IPv6 masquerading is ignored on IPv4-only clusters and without Flannel', () => {
    expect(only(netPlan({ flannelIpv6Masq: true }).findings, 'network.ipv6-masq-ignored').params).toEqual({
      reason: 'ipv4-only',
    });
    expect(
      only(netPlan({ ...DUAL, flannelIpv6Masq: true, flannelBackend: 'none' }).findings, 'network.ipv6-masq-ignored')
        .params,
    ).toEqual({ reason: 'no-flannel' });
  });
});

describe('Flannel backends', () => {
  it('legacy wireguard: deprecated before v1.26, removed from v1.26', () => {
    expect(
      only(
        netPlan({ flannelBackend: 'wireguard' }, { k3sVersion: 'v1.25.16+k3s4' }).findings,
        'network.backend-deprecated',
      ).params,
    ).toMatchObject({ backend: 'wireguard', removedIn: 'v1.26.0+k3s1' });
    expect(
      only(netPlan({ flannelBackend: 'wireguard' }, { k3sVersion: 'v1.26.0+k3s1' }).findings, 'network.backend-removed')
        .severity,
    ).toBe('error');
  });
  it('ipsec: removed from v1.27; before that strongSwan must come from the host after the 2022-12 releases', () => {
    expect(codes(netPlan({ flannelBackend: 'ipsec' }))).toContain('network.backend-removed');
    expect(
      only(netPlan({ flannelBackend: 'ipsec' }, { k3sVersion: 'v1.26.5+k3s1' }).findings, 'network.backend-deprecated')
        .params,
    ).toMatchObject({ strongswanUnbundled: true });
    expect(
      only(netPlan({ flannelBackend: 'ipsec' }, { k3sVersion: 'v1.25.4+k3s1' }).findings, 'network.backend-deprecated')
        .params,
    ).toMatchObject({ strongswanUnbundled: false });
  });
  it('host-gw needs layer 2; none means a custom CNI', () => {
    expect(codes(netPlan({ flannelBackend: 'host-gw' }))).toContain('network.host-gw-layer2');
    expect(codes(netPlan({ flannelBackend: 'none' }))).toContain('network.custom-cni');
    expect(codes(netPlan({ flannelBackend: 'vxlan' }))).not.toContain('network.custom-cni');
  });
  it('external IPs: nodes need --node-external-ip, and unencrypted backends warn', () => {
    expect(codes(netPlan({ flannelExternalIp: true, flannelBackend: 'wireguard-native' }))).toContain(
      'network.external-ip-needs-node-ip',
    );
    expect(codes(netPlan({ flannelExternalIp: true, flannelBackend: 'wireguard-native' }))).not.toContain(
      'network.external-ip-unencrypted',
    );
    expect(only(netPlan({ flannelExternalIp: true }).findings, 'network.external-ip-unencrypted').params).toEqual({
      backend: 'vxlan',
    });
  });
});

describe('security', () => {
  // A warning means "look here": it needs a reason the plan shows. Advice every VXLAN plan gets is a note.
  it('VXLAN: a warning only for public node addresses that no firewall limits; otherwise a note', () => {
    expect(only(netPlan({}).findings, 'security.vxlan-exposed')).toMatchObject({
      severity: 'info',
      // K3s requirements, inbound rules: Flannel VXLAN on 8472/udp.
      params: { restricted: false, nodeNetwork: 'unknown', port: 8472, protocol: 'udp' },
    });
    expect(only(netPlan({ nodeNetwork: '192.168.1.0/24' }).findings, 'security.vxlan-exposed')).toMatchObject({
      severity: 'info',
      params: { nodeNetwork: 'private' },
    });
    expect(only(netPlan({ nodeNetwork: '203.0.114.0/24' }).findings, 'security.vxlan-exposed')).toMatchObject({
      severity: 'warning',
      params: { restricted: false, nodeNetwork: 'public' },
    });
    expect(
      only(
        netPlan({ nodeNetwork: '203.0.114.0/24' }, {}, seedRules, { firewall: 'ufw' }).findings,
        'security.vxlan-exposed',
      ),
    ).toMatchObject({ severity: 'info', params: { restricted: true } });
    expect(
      only(
        netPlan({ nodeNetwork: '192.168.1.0/24' }, {}, seedRules, { firewall: 'ufw' }).findings,
        'security.vxlan-exposed',
      ),
    ).toMatchObject({ severity: 'info', params: { restricted: true } });
    expect(codes(netPlan({ flannelBackend: 'wireguard-native' }))).not.toContain('security.vxlan-exposed');
  });
  it('the default plan carries no warning: nothing in it is wrong', () => {
    for (const rules of [seedRules, upstreamRules]) {
      expect(
        netPlan({}, {}, rules)
          .findings.filter((f) => f.severity !== 'info')
          .map((f) => f.code),
      ).toEqual([]);
    }
  });
  it('NET_RAW note whenever Flannel’s bridge is in use', () => {
    expect(codes(netPlan({}))).toContain('security.flannel-net-raw');
    expect(codes(netPlan({ flannelBackend: 'none' }))).not.toContain('security.flannel-net-raw');
  });
});

describe('egress selector and agentless servers', () => {
  const agentless = {
    serverWorkloads: 'agentless',
    haMode: 'ha-embedded',
    datastore: 'embedded-etcd',
    servers: 3,
  } as const;
  it('agentless servers with the agent or disabled mode cannot reach cluster services', () => {
    expect(only(netPlan({}, agentless).findings, 'network.egress-agentless').params).toEqual({ mode: 'agent' });
    expect(codes(netPlan({ egressSelectorMode: 'cluster' }, agentless))).not.toContain('network.egress-agentless');
    expect(only(netPlan({}, agentless).findings, 'network.agentless-servers').params).toEqual({ embeddedEtcd: true });
  });
  it('pod mode with a custom CNI warns', () => {
    expect(codes(netPlan({ egressSelectorMode: 'pod', flannelBackend: 'none' }))).toContain(
      'network.egress-pod-custom-cni',
    );
    expect(codes(netPlan({ egressSelectorMode: 'pod' }))).not.toContain('network.egress-pod-custom-cni');
  });
});

describe('packaged components', () => {
  it('Traefik with ServiceLB takes 80/443 on every node; without ServiceLB its LoadBalancer waits', () => {
    expect(only(netPlan({}).findings, 'network.servicelb-host-ports').params).toEqual({ httpPort: 80, httpsPort: 443 });
    expect(codes(netPlan({ servicelb: false }))).toContain('network.traefik-without-servicelb');
    expect(codes(netPlan({ traefik: false }))).not.toContain('network.servicelb-host-ports');
  });
  it.each([
    ['v1.28.5+k3s1', 'error'],
    ['v1.29.1+k3s1', 'warning'],
    ['v1.31.4+k3s1', null],
  ] as const)('embedded registry on %s → %s', (k3sVersion, severity) => {
    const f = netPlan({ embeddedRegistry: true }, { k3sVersion }).findings.find(
      (x) => x.code === 'network.embedded-registry-version',
    );
    expect(f?.severity ?? null).toBe(severity);
    expect(codes(netPlan({ embeddedRegistry: true }, { k3sVersion }))).toContain('network.embedded-registry-trust');
  });
  // The remedy names the first release of the plan's own minor line that has the feature, or the
  // next line's when that line never got it; never simply the first backport in the list.
  it.each([
    ['v1.28.5+k3s1', 'v1.28.6+k3s1'],
    ['v1.30.5+k3s1', 'v1.30.8+k3s1'],
    ['v1.28.9+k3s1', 'v1.29.12+k3s1'],
    ['v1.26.2+k3s1', 'v1.26.13+k3s1'],
  ] as const)('embedded registry on %s: the remedy names %s', (k3sVersion, since) => {
    expect(
      only(netPlan({ embeddedRegistry: true }, { k3sVersion }).findings, 'network.embedded-registry-version'),
    ).toMatchObject({ params: { since } });
  });
  it('arm64 before the 4k-page fix: the remedy names the plan line’s release', () => {
    const f = plan({ arch: 'arm64', k3sVersion: 'v1.26.2+k3s1' }).findings.find(
      (x) => x.code === 'platform.arm64-page-size',
    );
    expect(f?.params).toMatchObject({ since: 'v1.26.5+k3s1' });
  });
});

describe('ranges outside private address space', () => {
  it.each([
    ['the seed’s example, someone else’s space', '10.42.0.0/16,2001:cafe:42::/56', 'public'],
    ['the docs’ documentation prefix (RFC 3849)', '10.42.0.0/16,2001:db8:42::/56', 'reserved'],
  ] as const)('%s: a warning with a unique local range of the same size to apply', (_name, clusterCidr, space) => {
    const r = netPlan({ ipFamily: 'dual', clusterCidr, serviceCidr: '10.43.0.0/16,fd00:43::/112' }, { agents: 3 });
    const f = only(r.findings, 'network.range-not-private');
    expect(f).toMatchObject({ severity: 'warning', params: { field: 'clusterCidr', family: 'ipv6', space } });
    const fix = findingFixes(f)[0];
    expect(fix).toMatchObject({
      kind: 'private-range',
      cidr: 'fd00:42::/56',
      flags: ['--cluster-cidr=10.42.0.0/16,fd00:42::/56'],
    });
    // Applying it clears the warning and overlaps nothing.
    const fixed = computePlan(
      applyNetworkFix(
        planInput({ agents: 3 }, seedRules, {
          network: { ipFamily: 'dual', clusterCidr, serviceCidr: '10.43.0.0/16,fd00:43::/112' },
        }),
        fix as NetworkFix,
      ),
      seedRules,
    );
    expect(codes(fixed)).not.toContain('network.range-not-private');
    expect(codes(fixed)).not.toContain('network.overlap');
  });
  it('a public IPv4 service range is flagged too; private, shared and unique local ranges are not', () => {
    expect(only(netPlan({ serviceCidr: '8.8.0.0/16' }).findings, 'network.range-not-private').params).toMatchObject({
      field: 'serviceCidr',
      family: 'ipv4',
      space: 'public',
    });
    for (const network of [
      {},
      { clusterCidr: '100.64.0.0/16' },
      { ipFamily: 'ipv6', clusterCidr: 'fd00:42::/56', serviceCidr: 'fd00:43::/112' },
    ] as const) {
      expect(codes(netPlan(network))).not.toContain('network.range-not-private');
    }
  });
  it('the fix avoids the plan’s other ranges', () => {
    const r = netPlan({ ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: 'fd00:42::/112' });
    const fix = findingFixes(only(r.findings, 'network.range-not-private'))[0];
    expect(fix).toMatchObject({ kind: 'private-range' });
    expect(fix && 'cidr' in fix ? fix.cidr : '').not.toBe('fd00:42::/56');
  });
});

describe('the default pod range at its limit (the docs: "more than 255 nodes")', () => {
  // A /16 with /24 node subnets numbers 256 nodes: 256 fit with nothing to spare, 257 do not.
  it.each([
    [255, null],
    [256, 'warning'],
    [257, 'error'],
  ] as const)('%i nodes → %s', (nodes, severity) => {
    const r = plan({ agents: nodes - 1 });
    const full = r.findings.find((f) => f.code === 'network.pod-subnets-full');
    const exhausted = r.findings.find((f) => f.code === 'network.pod-subnets-exhausted');
    expect(full?.severity ?? exhausted?.severity ?? null).toBe(severity);
  });
  it('at 256 the warning offers a range with room, which clears it', () => {
    const input = planInput({ agents: 255 });
    const f = only(computePlan(input, seedRules).findings, 'network.pod-subnets-full');
    const fix = findingFixes(f)[0];
    // 10.42.0.0/15 would take the service range 10.43.0.0/16: the next free /15.
    expect(fix).toMatchObject({ kind: 'cluster-cidr', cidr: '10.44.0.0/15' });
    expect(codes(computePlan(applyNetworkFix(input, fix as NetworkFix), seedRules))).not.toContain(
      'network.pod-subnets-full',
    );
  });
});
