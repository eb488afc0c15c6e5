import { formatCidr } from '../network/cidr';
import { validCidrs, type NetworkPlan } from '../network/network-plan';
import { osSteps } from '../host/os-steps';
import { isExternalDatastore } from '../model/ha';
import type { PlanInput } from '../model/plan-input';
import type { Rules, SettingId, SourceRef } from '../model/rules';
import { meetsGate, parseK3sVersion, type K3sVersion } from '../model/k3s-version';
import { versionGate } from '../model/rules-lookup';
import { addressKind, isSqlIdentifier, nodeNames, urlHost } from './names';

export const CONFIG_ROLES = ['server-init', 'server', 'agent'] as const;
export type ConfigRole = (typeof CONFIG_ROLES)[number];

/** A config.yaml value: a string, a boolean, a whole number (an int flag), or a list (a repeatable flag). */
export type ConfigValue = string | boolean | number | readonly string[];

/** One key of config.yaml, with the K3s setting it is (for the "same on every server"/"fixed at creation" comments). */
export interface ConfigEntry {
  readonly key: string;
  readonly value: ConfigValue;
  readonly setting: SettingId | null;
  /** True when the value is a placeholder to replace before installing. */
  readonly placeholder: boolean;
}

export interface ConfigFile {
  readonly role: ConfigRole;
  readonly fileName: string;
  readonly entries: readonly ConfigEntry[];
}

/** A value the plan could not write because its input is invalid; the finding beside the field says why. */
export interface OmittedValue {
  readonly key: string;
  readonly field:
    | 'network.clusterCidr'
    | 'network.serviceCidr'
    | 'network.flannelBackend'
    | 'install.registrationAddress'
    | 'install.datastoreHost'
    | 'install.datastoreName'
    | 'install.datastoreUser';
}

/** Secrets held in memory only; when absent, placeholders are written. */
export interface Secrets {
  readonly token?: string;
  readonly agentToken?: string;
  readonly databasePassword?: string;
}

export const PLACEHOLDERS = {
  token: '<server-token>',
  agentToken: '<agent-token>',
  databasePassword: '<db-password>',
  databaseHost: '<database-host>',
} as const;

/**
 * Kubernetes' well-known label for a node's machine type (k8s.io/api core/v1 LabelInstanceTypeStable).
 * A kubelet may set it on its own node (the NodeRestriction admission plugin allows node.kubernetes.io/
 * labels), and K3s's embedded cloud controller reports a label already on the node as its instance type
 * instead of "k3s" (k3s-io/k3s pkg/cloudprovider/instances.go, commit 93565e9a).
 */
export const INSTANCE_TYPE_LABEL = 'node.kubernetes.io/instance-type';

/** The node-label entry for a role's chosen machine type ("aws-ec2/m7g.large" → m7g.large), when the reader asked for labels. */
function instanceTypeLabel(input: PlanInput, role: 'server' | 'agent'): string[] {
  const key = input.machines.nodeLabels ? input.machines[role] : '';
  const id = key.slice(key.indexOf('/') + 1);
  return id === '' ? [] : [`${INSTANCE_TYPE_LABEL}=${id}`];
}

/** Example paths for external etcd client certificates; the files are the operator's own. */
export const ETCD_TLS_FILES = {
  'datastore-cafile': '/etc/rancher/k3s/datastore/ca.crt',
  'datastore-certfile': '/etc/rancher/k3s/datastore/client.crt',
  'datastore-keyfile': '/etc/rancher/k3s/datastore/client.key',
} as const;

/**
 * /etc/rancher/k3s/registries.yaml for every node when the embedded registry mirror is on: the
 * mirror shares only the registries listed under `mirrors`, so without the file it shares nothing.
 * "*" (every registry) from the releases that support the wildcard; the docs' example registries
 * before them.
 */
export interface RegistriesFile {
  readonly fileName: 'registries.yaml';
  readonly path: string;
  /** The registries the embedded registry mirror shares; none when the file is only for a private registry. */
  readonly mirrors: readonly string[];
  /** True when the embedded registry mirror is on (the mirrors above are its). */
  readonly embedded: boolean;
  readonly wildcard: boolean;
  /** The variable that would let images tagged latest be shared (unsupported; named in a comment). */
  readonly latestTagEnv: string;
  readonly source: SourceRef;
  /** An air-gapped plan's private registry (decision 024), or null. */
  readonly privateRegistry: PrivateRegistry | null;
}

/** Stand-ins for a private registry's credentials and CA file: never filled from the page, never in the link. */
export const REGISTRY_PLACEHOLDERS = {
  username: '<registry-username>',
  password: '<registry-password>',
  caFile: '/etc/rancher/k3s/registry-ca.crt',
} as const;

/**
 * A private registry that mirrors the registry K3s's images come from (the K3s docs' private
 * registry method): a `mirrors` entry with its endpoint, and a `configs` entry under its host with
 * placeholders for the credentials and the CA file when the plan says it needs them.
 */
export interface PrivateRegistry {
  /** host or host:port, as entered: the `configs` key. */
  readonly host: string;
  /** `https://<host>`: the endpoint containerd pulls from. */
  readonly endpoint: string;
  /** The registry it mirrors (docker.io). */
  readonly mirrorOf: string;
  readonly auth: { readonly username: string; readonly password: string } | null;
  readonly caFile: string | null;
  readonly source: SourceRef;
}

export interface ConfigPlan {
  /** config-server-init.yaml always; config-server.yaml with more than one server; config-agent.yaml with agents. */
  readonly files: readonly ConfigFile[];
  /** registries.yaml for every node, when the embedded registry is on and the rules file describes it. */
  readonly registries: RegistriesFile | null;
  /** What agents and joining servers register with: the fixed registration address or the first server. */
  readonly serverUrl: string;
  readonly firstServerName: string;
  readonly omitted: readonly OmittedValue[];
  /** True while tokens or the database password are placeholders. */
  readonly usesPlaceholders: boolean;
}

function sameCidrList(text: string, reference: string): boolean {
  const canon = (t: string) =>
    t
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .join(',');
  return canon(text) === canon(reference);
}

/**
 * The external datastore endpoint in the documented format for its engine. An endpoint with an
 * invalid host, database name or user is not written at all (listed in `omitted`): a default put
 * in its place would connect somewhere the reader did not ask for. No host yet is a placeholder.
 */
function datastoreEndpoint(
  input: PlanInput,
  rules: Rules,
  password: string,
  omitted: OmittedValue[],
): { endpoint: string; placeholder: boolean } | null {
  const { cluster, install } = input;
  const ds = cluster.datastore;
  if (!isExternalDatastore(ds) || ds === 'sqlite' || ds === 'embedded-etcd') return null;
  const port = install.datastorePort === 0 ? rules.ports.externalDatastore[ds] : install.datastorePort;
  const hosts = install.datastoreHost
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const invalid: OmittedValue[] = [];
  if (hosts.some((h) => addressKind(h) === null))
    invalid.push({ key: 'datastore-endpoint', field: 'install.datastoreHost' });
  if (ds !== 'external-etcd') {
    if (!isSqlIdentifier(install.datastoreName))
      invalid.push({ key: 'datastore-endpoint', field: 'install.datastoreName' });
    if (!isSqlIdentifier(install.datastoreUser))
      invalid.push({ key: 'datastore-endpoint', field: 'install.datastoreUser' });
  }
  if (invalid.length > 0) {
    omitted.push(...invalid);
    return null;
  }
  const usable = hosts.length > 0 ? hosts : [PLACEHOLDERS.databaseHost];
  const placeholderHost = hosts.length === 0;
  if (ds === 'external-etcd') {
    return {
      endpoint: usable.map((h) => `https://${urlHost(h)}:${String(port)}`).join(','),
      placeholder: placeholderHost,
    };
  }
  const name = install.datastoreName;
  const user = install.datastoreUser;
  const host = urlHost(usable[0] ?? PLACEHOLDERS.databaseHost);
  const endpoint =
    ds === 'postgres'
      ? `postgres://${user}:${password}@${host}:${String(port)}/${name}`
      : `mysql://${user}:${password}@tcp(${host}:${String(port)})/${name}`;
  return { endpoint, placeholder: placeholderHost || password === PLACEHOLDERS.databasePassword };
}

/**
 * The content of /etc/rancher/k3s/config.yaml for each role, as objects. Values come from the
 * plan; defaults are left out; invalid inputs are left out (listed in `omitted`); secrets are
 * placeholders unless given in memory.
 */
export function buildConfigFiles(
  input: PlanInput,
  rules: Rules,
  net: NetworkPlan,
  version: K3sVersion,
  secrets: Secrets = {},
): ConfigPlan {
  const plan = unlabelledConfigFiles(input, rules, net, version, secrets);
  // --node-label is repeatable (a string slice in pkg/cli/cmds/agent.go): a YAML list. An agentless
  // server runs no kubelet, so it has no node to label.
  const agentless = input.cluster.serverWorkloads === 'agentless';
  const labels = {
    server: agentless ? [] : instanceTypeLabel(input, 'server'),
    agent: instanceTypeLabel(input, 'agent'),
  };
  const files = plan.files.map((file) => {
    const value = labels[file.role === 'agent' ? 'agent' : 'server'];
    if (value.length === 0) return file;
    const label: ConfigEntry = { key: 'node-label', value, setting: null, placeholder: false };
    return { ...file, entries: [...file.entries, label] };
  });
  return { ...plan, files };
}

const entry = (
  key: string,
  value: ConfigValue,
  setting: SettingId | null = null,
  placeholder = false,
): ConfigEntry => ({
  key,
  value,
  setting,
  placeholder,
});

/** The address joining nodes register with: the fixed registration address, else the first server. */
function registrationOf(input: PlanInput, rules: Rules, omitted: OmittedValue[]) {
  const { cluster, install } = input;
  const serverNames = nodeNames(install.serverNames, cluster.servers);
  const firstServerName = serverNames.ok ? serverNames.nameOf(1) : 'server-1';
  const registration = install.registrationAddress.trim();
  const valid = registration !== '' && addressKind(registration) !== null;
  if (registration !== '' && !valid) omitted.push({ key: 'tls-san', field: 'install.registrationAddress' });
  const host = urlHost(valid ? registration : firstServerName);
  return {
    firstServerName,
    tlsSan: valid ? registration : null,
    serverUrl: `https://${host}:${String(rules.install.supervisorPort)}`,
  };
}

/** Cluster-wide server settings: the tokens, the datastore, the registration name, the servers' role. */
function clusterEntries(
  input: PlanInput,
  rules: Rules,
  secrets: Secrets,
  tlsSan: string | null,
  omitted: OmittedValue[],
): ConfigEntry[] {
  const { cluster, network } = input;
  const shared: ConfigEntry[] = [];
  shared.push(entry('token', secrets.token ?? PLACEHOLDERS.token, 'token', secrets.token === undefined));
  if (cluster.agents > 0)
    shared.push(
      entry(
        'agent-token',
        secrets.agentToken ?? PLACEHOLDERS.agentToken,
        'agent-token',
        secrets.agentToken === undefined,
      ),
    );
  const password = secrets.databasePassword ?? PLACEHOLDERS.databasePassword;
  const endpoint = datastoreEndpoint(input, rules, password, omitted);
  if (endpoint) {
    shared.push(entry('datastore-endpoint', endpoint.endpoint, 'datastore-endpoint', endpoint.placeholder));
  }
  if (cluster.datastore === 'external-etcd') {
    for (const [key, path] of Object.entries(ETCD_TLS_FILES)) shared.push(entry(key, path, 'datastore-endpoint', true));
  }
  if (tlsSan !== null) shared.push(entry('tls-san', [tlsSan]));
  if (cluster.serverWorkloads === 'dedicated') shared.push(entry('node-taint', [rules.install.dedicatedServerTaint]));
  if (cluster.serverWorkloads === 'agentless') shared.push(entry('disable-agent', true));
  if (network.egressSelectorMode !== 'agent')
    shared.push(entry('egress-selector-mode', network.egressSelectorMode, 'egress-selector-mode'));
  return shared;
}

/** The cluster and service ranges and the node masks, where they differ from K3s's defaults. */
function rangeEntries(input: PlanInput, rules: Rules, net: NetworkPlan, omitted: OmittedValue[]): ConfigEntry[] {
  const { network } = input;
  const out: ConfigEntry[] = [];
  const defaults = rules.network.defaults;
  const cidrsReadable = (field: 'clusterCidr' | 'serviceCidr'): boolean =>
    net.lists[field].length > 0 &&
    net.lists[field].every((e) => e.result.ok && net.families.includes(e.result.cidr.family)) &&
    net.lists[field].length === net.families.length;
  // --cluster-cidr and --service-cidr are repeatable flags (string slices in pkg/cli/cmds/server.go),
  // so config.yaml lists one range per family, primary first.
  if (!sameCidrList(network.clusterCidr, defaults.clusterCidr)) {
    if (cidrsReadable('clusterCidr'))
      out.push(entry('cluster-cidr', validCidrs(net.lists.clusterCidr).map(formatCidr), 'cluster-cidr'));
    else omitted.push({ key: 'cluster-cidr', field: 'network.clusterCidr' });
  }
  // A service range wider than K3s allows stops the apiserver: left out, like invalid input.
  const serviceTooWide = net.perFamily.some(
    (fp) => fp.serviceCidr !== null && fp.serviceCidr.prefix < rules.network.serviceCidrMaxPrefix[fp.family],
  );
  if (!sameCidrList(network.serviceCidr, defaults.serviceCidr)) {
    if (cidrsReadable('serviceCidr') && !serviceTooWide) {
      // No cluster-dns: without it K3s takes the 10th address of every service range, each family's
      // (k3s-io/k3s pkg/cli/server/server.go, commit 005499a9); the plan never asks for another.
      out.push(entry('service-cidr', validCidrs(net.lists.serviceCidr).map(formatCidr), 'service-cidr'));
    } else {
      omitted.push({ key: 'service-cidr', field: 'network.serviceCidr' });
    }
  }
  const controllerArgs: string[] = [];
  if (net.families.includes('ipv4') && network.nodeMaskV4 !== defaults.nodeMaskV4)
    controllerArgs.push(`node-cidr-mask-size-ipv4=${String(network.nodeMaskV4)}`);
  if (net.families.includes('ipv6') && network.nodeMaskV6 !== defaults.nodeMaskV6)
    controllerArgs.push(`node-cidr-mask-size-ipv6=${String(network.nodeMaskV6)}`);
  if (controllerArgs.length > 0) out.push(entry('kube-controller-manager-arg', controllerArgs, 'node-cidr-mask-size'));
  return out;
}

/** Flannel, the packaged components and the embedded registry, where they differ from K3s's defaults. */
function componentEntries(
  input: PlanInput,
  rules: Rules,
  net: NetworkPlan,
  version: K3sVersion,
  omitted: OmittedValue[],
): ConfigEntry[] {
  const { network } = input;
  const out: ConfigEntry[] = [];
  if (network.flannelBackend !== 'vxlan') {
    // A backend this release no longer has makes K3s refuse to start: left out, as invalid input is.
    const removal =
      network.flannelBackend === 'wireguard'
        ? 'wireguard-backend-removed'
        : network.flannelBackend === 'ipsec'
          ? 'ipsec-backend-removed'
          : null;
    const gate = removal ? versionGate(rules, removal) : undefined;
    if (gate && meetsGate(version, gate.since))
      omitted.push({ key: 'flannel-backend', field: 'network.flannelBackend' });
    else out.push(entry('flannel-backend', network.flannelBackend, 'flannel-backend'));
  }
  if (network.flannelIpv6Masq && net.families.includes('ipv6') && network.flannelBackend !== 'none')
    out.push(entry('flannel-ipv6-masq', true, 'flannel-ipv6-masq'));
  if (network.flannelExternalIp) out.push(entry('flannel-external-ip', true, 'flannel-external-ip'));
  if (network.flannelBackend === 'none') out.push(entry('disable-network-policy', true, 'disable-network-policy'));
  const disabled = [
    !network.traefik && 'traefik',
    !network.servicelb && 'servicelb',
    !network.metricsServer && 'metrics-server',
  ].filter((x): x is string => x !== false);
  if (disabled.length > 0) out.push(entry('disable', disabled, 'disable'));
  if (network.embeddedRegistry) out.push(entry('embedded-registry', true, 'embedded-registry'));
  return out;
}

/** Node settings, on servers and agents alike: the kubelet's arguments, node ids, the bundled iptables. */
function nodeEntries(input: PlanInput, rules: Rules, net: NetworkPlan, version: K3sVersion): ConfigEntry[] {
  const { cluster, network, install } = input;
  const node: ConfigEntry[] = [];
  const kubeletArgs: string[] = [];
  if (network.maxPods !== rules.network.defaults.maxPods) kubeletArgs.push(`max-pods=${String(network.maxPods)}`);
  const ipv6BugFixed = versionGate(rules, 'kubelet-ipv6-node-ip-fixed');
  if (network.ipFamily === 'dual' && ipv6BugFixed && !meetsGate(version, ipv6BugFixed.since)) {
    kubeletArgs.push(net.primary === 'ipv6' ? 'node-ip=::' : 'node-ip=0.0.0.0');
  }
  if (kubeletArgs.length > 0) node.push(entry('kubelet-arg', kubeletArgs));
  if (install.nodeNaming === 'with-node-id') node.push(entry('with-node-id', true));
  if (osSteps(input.host, cluster, network, rules).some((s) => s.id === 'old-iptables'))
    node.push(entry('prefer-bundled-bin', true));
  return node;
}

/** The config files of buildConfigFiles, before the node labels. */
function unlabelledConfigFiles(
  input: PlanInput,
  rules: Rules,
  net: NetworkPlan,
  version: K3sVersion,
  secrets: Secrets,
): ConfigPlan {
  const { cluster, install } = input;
  const omitted: OmittedValue[] = [];
  const { firstServerName, tlsSan, serverUrl } = registrationOf(input, rules, omitted);
  const shared = [
    ...clusterEntries(input, rules, secrets, tlsSan, omitted),
    ...rangeEntries(input, rules, net, omitted),
    ...componentEntries(input, rules, net, version, omitted),
  ];
  const node = nodeEntries(input, rules, net, version);
  const serverOnly: ConfigEntry[] = install.kubeconfigMode === '0644' ? [entry('write-kubeconfig-mode', '0644')] : [];
  const embedded = cluster.datastore === 'embedded-etcd';
  const files: ConfigFile[] = [
    {
      role: 'server-init',
      fileName: 'config-server-init.yaml',
      entries: [...(embedded ? [entry('cluster-init', true)] : []), ...shared, ...node, ...serverOnly],
    },
  ];
  if (cluster.servers > 1) {
    files.push({
      role: 'server',
      fileName: 'config-server.yaml',
      entries: [...(embedded ? [entry('server', serverUrl)] : []), ...shared, ...node, ...serverOnly],
    });
  }
  if (cluster.agents > 0) {
    const agentToken = secrets.agentToken ?? PLACEHOLDERS.agentToken;
    files.push({
      role: 'agent',
      fileName: 'config-agent.yaml',
      entries: [
        entry('server', serverUrl),
        entry('token', agentToken, null, secrets.agentToken === undefined),
        ...node,
      ],
    });
  }
  const usesPlaceholders = files.some((f) => f.entries.some((e) => e.placeholder));
  return {
    files,
    registries: registriesFile(input, rules, version),
    serverUrl,
    firstServerName,
    omitted,
    usesPlaceholders,
  };
}

/** The plan's private registry, when it is air-gapped with one and the rules file has the facts. */
export function privateRegistryOf(input: PlanInput, rules: Rules): PrivateRegistry | null {
  const a = input.airgap;
  const host = a.registry.trim();
  if (!a.enabled || host === '' || !rules.airgap) return null;
  return {
    host,
    endpoint: `https://${host}`,
    mirrorOf: rules.airgap.mirroredRegistry,
    auth: a.registryAuth
      ? { username: REGISTRY_PLACEHOLDERS.username, password: REGISTRY_PLACEHOLDERS.password }
      : null,
    caFile: a.registryCa ? REGISTRY_PLACEHOLDERS.caFile : null,
    source: rules.airgap.registriesFileSource,
  };
}

function registriesFile(input: PlanInput, rules: Rules, version: K3sVersion): RegistriesFile | null {
  const facts = rules.registries;
  if (!facts) return null;
  const embedded = input.network.embeddedRegistry;
  const privateRegistry = privateRegistryOf(input, rules);
  if (!embedded && !privateRegistry) return null;
  const wildcardGate = versionGate(rules, 'embedded-registry-wildcard');
  const wildcard = embedded && wildcardGate !== undefined && meetsGate(version, wildcardGate.since);
  return {
    fileName: 'registries.yaml',
    path: facts.path,
    mirrors: !embedded ? [] : wildcard ? ['*'] : facts.defaultMirrors,
    embedded,
    wildcard,
    latestTagEnv: facts.latestTagEnv,
    // The embedded registry's page when it is on; the private-registry page when the file is only for that.
    source: embedded || !privateRegistry ? facts.source : privateRegistry.source,
    privateRegistry,
  };
}

/** A config file as the plain object a YAML writer takes. */
export function configObject(file: ConfigFile): Record<string, ConfigValue> {
  return Object.fromEntries(file.entries.map((e) => [e.key, e.value]));
}

/**
 * The plan's config files with secrets the page holds in memory in place of the placeholders: the
 * same files computePlan wrote, for the same resolved release.
 */
export function configWithSecrets(
  result: {
    readonly input: PlanInput;
    readonly config: ConfigPlan;
    readonly network: { readonly addressing: NetworkPlan };
    readonly version: { readonly resolved: string };
  },
  rules: Rules,
  secrets: Secrets,
): ConfigPlan {
  const version = parseK3sVersion(result.version.resolved);
  if (!version) return result.config;
  return buildConfigFiles(result.input, rules, result.network.addressing, version, secrets);
}
