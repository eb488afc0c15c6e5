import { addressSpace, formatCidr } from '../../network/cidr';
import { validCidrs } from '../../network/network-plan';
import { versionGate } from '../../model/rules-lookup';
import type { Rules, VersionGateId } from '../../model/rules';
import type { PlanField } from '../../model/plan-input';
import { firstReleaseWith, formatK3sVersion, meetsGate, type K3sVersion } from '../../model/k3s-version';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/**
 * Whether this version has a gated change and, when it does not, the release to move to: the first
 * of the plan's own minor line that has it, or of the next line that does.
 */
function gate(
  rules: Rules,
  id: VersionGateId,
  version: K3sVersion,
): { met: boolean; since: string; source: Rules['versionGates'][number]['source'] } | null {
  const g = versionGate(rules, id);
  if (!g) return null;
  const next = firstReleaseWith(version, g.since);
  return {
    met: meetsGate(version, g.since),
    since: next ? formatK3sVersion(next) : (g.since[0] ?? ''),
    source: g.source,
  };
}

/**
 * A feature that came in two steps, experimental and then stable (each a version gate): an error
 * (stage 'unavailable') before the first, a warning ('experimental') before the second, none after.
 */
function stagedVersion(
  code: 'network.dual-stack-version' | 'network.embedded-registry-version',
  gates: { readonly available: VersionGateId; readonly stable: VersionGateId },
  field: PlanField,
  rules: Rules,
  version: K3sVersion,
): AnyFinding[] {
  const available = gate(rules, gates.available, version);
  const stable = gate(rules, gates.stable, version);
  const missing =
    available && !available.met
      ? { severity: 'error' as const, stage: 'unavailable' as const, id: gates.available, gate: available }
      : stable && !stable.met
        ? { severity: 'warning' as const, stage: 'experimental' as const, id: gates.stable, gate: stable }
        : null;
  if (!missing) return [];
  return [
    finding(
      code,
      missing.severity,
      { version: formatK3sVersion(version), stage: missing.stage, since: missing.gate.since },
      {
        fields: [field, 'cluster.k3sVersion'],
        ruleId: `versionGates[${missing.id}]`,
        source: missing.gate.source,
      },
    ),
  ];
}

/** Dual-stack and IPv6-only need releases that support them; dual-stack is chosen once, at creation. */
export const checkIpFamilyVersions: Check = ({ network, rules, version }) => {
  const out: AnyFinding[] = [];
  if (network.ipFamily === 'dual') {
    out.push(
      ...stagedVersion(
        'network.dual-stack-version',
        { available: 'dual-stack', stable: 'dual-stack-stable' },
        'network.ipFamily',
        rules,
        version,
      ),
      finding(
        'network.dual-stack-at-creation',
        'info',
        {},
        { fields: ['network.ipFamily'], ruleId: 'network.settings[dual-stack]', source: rules.network.dualStackSource },
      ),
    );
  }
  if (network.ipFamily === 'ipv6') {
    const g = gate(rules, 'ipv6-only', version);
    if (g && !g.met) {
      out.push(
        finding(
          'network.ipv6-only-version',
          'error',
          { version: formatK3sVersion(version), since: g.since },
          { fields: ['network.ipFamily', 'cluster.k3sVersion'], ruleId: 'versionGates[ipv6-only]', source: g.source },
        ),
      );
    }
  }
  return out;
};

/** IPv6 specifics: node-ip order for IPv6-primary dual-stack, the kubelet bug before 1.27, router advertisements, masquerading. */
export const checkIpv6: Check = ({ net, network, rules, version }) => {
  const out: AnyFinding[] = [];
  const hasV6 = net.families.includes('ipv6');
  if (network.ipFamily === 'dual' && net.primary === 'ipv6') {
    out.push(
      finding(
        'network.ipv6-primary-node-ip',
        'warning',
        {},
        {
          fields: ['network.clusterCidr'],
          ruleId: 'network.ipv6PrimaryNodeIpSource',
          source: rules.network.ipv6PrimaryNodeIpSource,
        },
      ),
    );
  }
  if (network.ipFamily === 'dual') {
    const fixed = gate(rules, 'kubelet-ipv6-node-ip-fixed', version);
    if (fixed && !fixed.met) {
      out.push(
        finding(
          'network.kubelet-ipv6-bug',
          'warning',
          { version: formatK3sVersion(version), since: fixed.since },
          {
            fields: ['network.ipFamily', 'cluster.k3sVersion'],
            ruleId: 'versionGates[kubelet-ipv6-node-ip-fixed]',
            source: rules.network.kubeletIpv6BugSource,
          },
        ),
      );
    }
  }
  if (hasV6) {
    out.push(
      finding(
        'network.ipv6-accept-ra',
        'info',
        {},
        {
          fields: ['network.ipFamily'],
          ruleId: 'network.ipv6AcceptRaSource',
          source: rules.network.ipv6AcceptRaSource,
        },
      ),
    );
    const v6 = net.perFamily.find((p) => p.family === 'ipv6')?.clusterCidr ?? null;
    // Unique local and reserved (documentation) ranges are not routed on the internet.
    const unrouted = v6 !== null && (addressSpace(v6) === 'unique-local' || addressSpace(v6) === 'reserved');
    if (v6 && !network.flannelIpv6Masq && network.flannelBackend !== 'none' && unrouted) {
      out.push(
        finding(
          'network.ipv6-masq-suggested',
          'info',
          { cidr: formatCidr(v6) },
          {
            fields: ['network.flannelIpv6Masq'],
            ruleId: 'network.ipv6MasqSource',
            source: rules.network.ipv6MasqSource,
          },
        ),
      );
    }
  }
  if (network.flannelIpv6Masq && (!hasV6 || network.flannelBackend === 'none')) {
    out.push(
      finding(
        'network.ipv6-masq-ignored',
        'warning',
        { reason: hasV6 ? 'no-flannel' : 'ipv4-only' },
        { fields: ['network.flannelIpv6Masq'], ruleId: 'network.ipv6MasqSource', source: rules.network.ipv6MasqSource },
      ),
    );
  }
  return out;
};

/** WireGuard and IPsec, Flannel's deprecated backends: removed from this version on, or deprecated until then. */
const checkBackendRemoval: Check = ({ network, rules, version }) => {
  const backend = network.flannelBackend;
  if (backend !== 'wireguard' && backend !== 'ipsec') return [];
  const fields = ['network.flannelBackend'] as const;
  const source = rules.network.flannelBackends.find((b) => b.id === backend)?.source ?? rules.network.hostGwSource;
  const removal = gate(rules, backend === 'wireguard' ? 'wireguard-backend-removed' : 'ipsec-backend-removed', version);
  if (removal?.met)
    return [
      finding(
        'network.backend-removed',
        'error',
        { backend, removedIn: removal.since, version: formatK3sVersion(version) },
        { fields: [...fields, 'cluster.k3sVersion'], ruleId: `network.flannelBackends[${backend}]`, source },
      ),
    ];
  if (!removal) return [];
  const strongswan = backend === 'ipsec' ? (gate(rules, 'strongswan-unbundled', version)?.met ?? false) : false;
  return [
    finding(
      'network.backend-deprecated',
      'warning',
      { backend, removedIn: removal.since, strongswanUnbundled: strongswan },
      { fields, ruleId: `network.flannelBackends[${backend}]`, source },
    ),
  ];
};

/** What host-gw (nodes on one layer-2 network) and no Flannel at all (a CNI of your own) ask of the network. */
const checkBackendNeeds: Check = ({ network, rules }) => {
  const fields = ['network.flannelBackend'] as const;
  if (network.flannelBackend === 'host-gw')
    return [
      finding(
        'network.host-gw-layer2',
        'info',
        {},
        { fields, ruleId: 'network.hostGwSource', source: rules.network.hostGwSource },
      ),
    ];
  if (network.flannelBackend === 'none')
    return [
      finding(
        'network.custom-cni',
        'info',
        {},
        { fields, ruleId: 'network.customCniSource', source: rules.network.customCniSource },
      ),
    ];
  return [];
};

/** Flannel over the nodes' external IPs: they must be set per node, and only WireGuard encrypts that traffic. */
const checkFlannelExternalIp: Check = ({ network, rules }) => {
  if (!network.flannelExternalIp) return [];
  const backend = network.flannelBackend;
  const out: AnyFinding[] = [
    finding(
      'network.external-ip-needs-node-ip',
      'info',
      {},
      {
        fields: ['network.flannelExternalIp'],
        ruleId: 'network.externalIpSource',
        source: rules.network.externalIpSource,
      },
    ),
  ];
  if (backend !== 'wireguard-native' && backend !== 'none') {
    out.push(
      finding(
        'network.external-ip-unencrypted',
        'warning',
        { backend },
        {
          fields: ['network.flannelExternalIp', 'network.flannelBackend'],
          ruleId: 'network.externalIpSource',
          source: rules.network.externalIpSource,
        },
      ),
    );
  }
  return out;
};

/** Flannel backend status by version, and what each backend asks of the network. */
export const checkFlannelBackend: Check = (ctx) => [
  ...checkBackendRemoval(ctx),
  ...checkBackendNeeds(ctx),
  ...checkFlannelExternalIp(ctx),
];

/**
 * Security of the pod network: VXLAN's port and Flannel's bridge. VXLAN's advice is a warning only
 * where the plan gives a reason: node addresses in public space with no host firewall limiting
 * 8472/udp to them. A private node network, or one not entered, gets the advice as a note.
 */
export const checkNetworkSecurity: Check = ({ network, host, net, rules }) => {
  const out: AnyFinding[] = [];
  const vxlan = rules.ports.inbound.find((p) => p.id === 'flannel-vxlan');
  if (network.flannelBackend === 'vxlan' && vxlan) {
    const nodeNetworks = validCidrs(net.lists.nodeNetwork);
    const restricted = host.firewall !== 'off' && nodeNetworks.length > 0;
    const publicNodes = nodeNetworks.some((c) => addressSpace(c) === 'public');
    const nodeNetwork = nodeNetworks.length === 0 ? 'unknown' : publicNodes ? 'public' : 'private';
    out.push(
      finding(
        'security.vxlan-exposed',
        publicNodes && !restricted ? 'warning' : 'info',
        { restricted, nodeNetwork, port: vxlan.from, protocol: vxlan.protocol },
        {
          fields: ['network.flannelBackend', 'network.nodeNetwork', 'host.firewall'],
          ruleId: 'ports.inbound[flannel-vxlan]',
          source: rules.network.vxlanExposureSource,
        },
      ),
    );
  }
  if (network.flannelBackend !== 'none') {
    out.push(
      finding(
        'security.flannel-net-raw',
        'info',
        {},
        { fields: ['network.flannelBackend'], ruleId: 'network.netRawSource', source: rules.network.netRawSource },
      ),
    );
  }
  return out;
};

/** Agentless servers and the egress selector mode that lets the apiserver reach cluster services. */
export const checkEgressSelector: Check = ({ cluster, network, rules }) => {
  const out: AnyFinding[] = [];
  const agentless = cluster.serverWorkloads === 'agentless';
  if (agentless) {
    out.push(
      finding(
        'network.agentless-servers',
        'warning',
        { embeddedEtcd: cluster.datastore === 'embedded-etcd' },
        {
          fields: ['cluster.serverWorkloads'],
          ruleId: 'network.agentlessSource',
          source: rules.network.agentlessSource,
        },
      ),
    );
    if (network.egressSelectorMode === 'agent' || network.egressSelectorMode === 'disabled') {
      out.push(
        finding(
          'network.egress-agentless',
          'warning',
          { mode: network.egressSelectorMode },
          {
            fields: ['network.egressSelectorMode', 'cluster.serverWorkloads'],
            ruleId: 'network.egressSelectorSource',
            source: rules.network.egressSelectorSource,
          },
        ),
      );
    }
  }
  if (network.egressSelectorMode === 'pod' && network.flannelBackend === 'none') {
    out.push(
      finding(
        'network.egress-pod-custom-cni',
        'warning',
        {},
        {
          fields: ['network.egressSelectorMode', 'network.flannelBackend'],
          ruleId: 'network.egressSelectorSource',
          source: rules.network.egressSelectorSource,
        },
      ),
    );
  }
  return out;
};

/** Packaged components: Traefik and ServiceLB on every node's 80/443, and the embedded registry's version and trust model. */
export const checkComponents: Check = ({ network, rules, version }) => {
  const out: AnyFinding[] = [];
  const ingress = rules.ports.inbound.find((p) => p.id === 'ingress-http');
  const ingressTls = rules.ports.inbound.find((p) => p.id === 'ingress-https');
  if (network.traefik && network.servicelb && ingress && ingressTls) {
    out.push(
      finding(
        'network.servicelb-host-ports',
        'info',
        { httpPort: ingress.from, httpsPort: ingressTls.from },
        {
          fields: ['network.traefik', 'network.servicelb'],
          ruleId: 'ports.inbound[ingress-http]',
          source: ingress.source,
        },
      ),
    );
  }
  if (network.traefik && !network.servicelb && ingress) {
    out.push(
      finding(
        'network.traefik-without-servicelb',
        'info',
        {},
        {
          fields: ['network.traefik', 'network.servicelb'],
          ruleId: 'ports.inbound[ingress-http]',
          source: ingress.source,
        },
      ),
    );
  }
  if (network.embeddedRegistry) {
    out.push(
      ...stagedVersion(
        'network.embedded-registry-version',
        { available: 'embedded-registry', stable: 'embedded-registry-ga' },
        'network.embeddedRegistry',
        rules,
        version,
      ),
    );
    out.push(
      finding(
        'network.embedded-registry-trust',
        'info',
        {},
        {
          fields: ['network.embeddedRegistry'],
          ruleId: 'network.embeddedRegistrySource',
          source: rules.network.embeddedRegistrySource,
        },
      ),
    );
  }
  return out;
};
