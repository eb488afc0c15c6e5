/**
 * Every text a catalog renders, with real parameters, for the glossary test and for reading the
 * translations as a reader meets them (scripts/dump-texts.ts): the catalog's plain strings, each
 * message function called with the parameters the page passes it, the findings of random and
 * hand-built plans, the generated files' comments, the superseded-rules notice and the update notice. Only tests
 * and scripts import this module.
 */
import { planDay2Of } from '../../core/plan/plan-day2';
import fc from 'fast-check';
import { renderFiles } from '../../core/config/files';
import { computePlan, type PlanResult } from '../../core/plan/compute-plan';
import { matchMachines } from '../../core/machines/match';
import { planMachines } from '../../core/plan/plan-machines';
import type { Architecture } from '../../core/model/rules';
import type { PlanInput } from '../../core/model/plan-input';
import { inboundPort } from '../../core/model/rules-lookup';
import type { Rules } from '../../core/model/rules';
import { planInputArb } from '../../core/testing/arbitraries';
import { machineCatalog, planInput, seedRules, seedRules2611, upstreamRules } from '../../core/testing/fixtures';
import { en, type Catalog } from '../en';
import { fileTexts } from '../file-texts';
import { findingText } from '../finding-text';
import { createFormatter, type Formatter } from '../format';
import { ja } from '../ja';
import { databaseBasisText, serverBasisText } from '../plan-text';
import { SUPERSEDED_TEXTS } from '../superseded-text';
import { COMPARE_SAMPLE_PARAMS, COMPARE_TEXTS } from '../compare-text';
import { UPDATE_TEXTS } from '../update-text';
import { MACHINES_TEXTS, machineFindingText } from '../machines-text';
import { CLI_TEXTS } from '../cli-text';
import { DAY2_TEXTS, day2FileTexts, day2FindingText } from '../day2-text';
import { AIRGAP_TEXTS } from '../day2-airgap-text';
import { TOKEN_STEP_IDS } from '../../core/day2/tokens';
import { renderDay2Files } from '../../core/day2/render';
import { STEP_IDS } from '../../core/day2/steps';
import { UPGRADE_GATE_IDS, VERSION_GATE_IDS } from '../../core/model/rules';
import { LOCALE_TAGS, type Locale } from '../types';
import { zh } from '../zh';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, ja, zh };

export interface RenderedText {
  /** Where the text comes from: a catalog path, a finding code and part, or a generated file. */
  readonly where: string;
  readonly text: string;
  /** Every parameter set that rendered this text (a finding's params, a message's sample), where there are any. */
  readonly params?: readonly unknown[];
}

/** The rules files the texts are rendered with: the shipped ones, or altered copies (rules-numbers.test.ts). */
export interface RulesPair {
  readonly seed: Rules;
  readonly upstream: Rules;
}
const SHIPPED: RulesPair = { seed: seedRules, upstream: upstreamRules };

type Leaf = { readonly path: string; readonly value: unknown };

/** Every leaf of a catalog with its dotted path. */
export function catalogLeaves(node: unknown, path = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, child]) => catalogLeaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, value: node }];
}

const range = (counts: 'all-nodes' | 'agents', above: number | null, upTo: number | null) => ({ counts, above, upTo });

/**
 * Parameters for every message function outside the findings, as the page passes them: several
 * sets where a message chooses between wordings, large counts where a count can be large.
 */
export const SAMPLE_PARAMS: Readonly<Record<string, readonly unknown[]>> = {
  'app.footer': [{ rulesId: 'upstream-2026.12' }],
  'app.printedFrom': [{ date: '2026-12-04' }],
  'edition.option': [
    { edition: 'seed', version: '2026.12', superseded: false },
    { edition: 'upstream', version: '2026.11', superseded: true },
  ],
  'edition.compareTitle': [{ other: 'seed' }, { other: 'upstream' }],
  'edition.compareIntro': [
    { current: 'upstream', other: 'seed' },
    { current: 'seed', other: 'upstream' },
  ],
  'edition.compareAgree': [{ other: 'seed' }, { other: 'upstream' }],
  'edition.changeDate': [{ date: '2025-03' }],
  'edition.switchTo': [{ edition: 'seed' }, { edition: 'upstream' }],
  'form.boardMemory.option': [{ gib: 8 }],
  'form.k3sVersion.resolved': [{ version: 'v1.33.4+k3s1' }],
  'form.workloads.agentsNote': [{ agents: 1 }, { agents: 12_345 }],
  'form.workloads.group': [{ n: 2 }],
  'form.workloads.remove': [{ name: 'web' }],
  'form.workloads.custom.remove': [{ name: '独自 1' }],
  'form.workloads.custom.describe': [{ name: 'Shape 1', vcpu: 6, memoryMiB: 12 * 1024 }],
  'form.countErrors.required': [{ code: 'required' }],
  'form.countErrors.not-a-number': [{ code: 'not-a-number' }],
  'form.countErrors.not-whole': [{ code: 'not-whole' }],
  'form.countErrors.too-small': [{ code: 'too-small', min: 1 }],
  'form.countErrors.too-large': [{ code: 'too-large', max: 100_000 }],
  'form.findingsHere': [{ count: 1 }, { count: 3 }],
  'workloadPlan.summary': [
    { pods: 12_000, cpuMillis: 3_000_500, memoryMiB: 6_000_000, agents: 20_234, packed: 20_233, shape: 'cloud-4x8' },
    { pods: 30, cpuMillis: 7500, memoryMiB: 15_360, agents: 3, packed: 3, shape: 'custom-1' },
  ],
  'workloadPlan.why': [{ waste: 0.12 }],
  'workloadPlan.budgetTitle': [{ shape: 'cloud-4x8' }, { shape: 'pi4-8gb' }],
  'workloadPlan.room': [{ percent: 80 }],
  'workloadPlan.podsBy': [{ by: 'max-pods' }, { by: 'pod-subnet' }],
  'workloadPlan.serversCounted': [{ pods: 40, cpuMillis: 1200, memoryMiB: 2048 }],
  'results.summary': [
    { servers: 3, agents: 12_345, mode: 'ha-embedded', datastore: 'embedded-etcd' },
    { servers: 1, agents: 0, mode: 'single', datastore: 'sqlite' },
    { servers: 2, agents: 800, mode: 'ha-external', datastore: 'postgres' },
  ],
  'results.server.title': [{ count: 3 }],
  'results.server.tierBasis': [
    {
      ...range('all-nodes', 100, 250),
      count: 203,
      servers: 3,
      agents: 200,
      tier: 'large',
      printed: range('all-nodes', 100, 250),
      scaling: null,
    },
  ],
  'results.server.baselineBasis': [{ ...range('all-nodes', null, 10), count: 4, tier: 'small' }],
  'results.server.measuredDetail': [
    { role: 'server-with-workload', processor: 'x86-server', column: 'etcd', version: 'v1.32.2+k3s1' },
    { role: 'server-with-one-agent', processor: 'arm-sbc', column: 'sqlite', version: 'v1.32.2+k3s1' },
    { role: 'agent', processor: 'x86-server', column: 'sqlite', version: 'v1.32.2+k3s1' },
  ],
  'results.server.measuredElsewhere': [{ share: 0.06 }],
  'results.server.etcdDiskValue': [{ atDefault: 10 * 1024, atMax: 50 * 1024 }],
  'results.agent.title': [{ count: 20_234 }],
  'results.agent.plusWorkloads': [{ recommended: true }, { recommended: false }],
  'results.agent.fromWorkloads': [{ shape: 'cloud-8x32' }],
  'results.datastore.external': [{ datastore: 'mysql' }, { datastore: 'external-etcd' }],
  'results.datastore.onServers': [{ datastore: 'sqlite' }, { datastore: 'embedded-etcd' }],
  'results.datastore.tierBasis': [{ ...range('all-nodes', 500, null), count: 100_006, tier: 'xx-large' }],
  'results.datastore.quorum': [
    { quorum: 2, members: 3, faultTolerance: 1 },
    { quorum: 3, members: 5, faultTolerance: 2 },
  ],
  'results.totals.parts': [
    { servers: 1, hasDatabase: false },
    { servers: 3, hasDatabase: true },
  ],
  'results.ofACore': [{ share: 0.25 }],
  'results.coreCount': [{ vcpu: 1 }, { vcpu: 2.5 }],
  'network.capacity': [{ family: 'ipv4' }, { family: 'ipv6' }],
  'network.nodeSubnetsValue': [{ subnets: '256', mask: 24, used: 100_006, left: '0' }],
  'network.nodeSubnetsOver': [{ subnets: '256', used: 100_006 }],
  'network.addressesPerNodeValue': [{ addresses: '256', usable: '254' }],
  'network.podsPerNodeValue': [
    { pods: 110, maxPods: 110 },
    { pods: 62, maxPods: 110 },
  ],
  'network.serviceAddresses': [{ addresses: 65_536n }],
  'network.clusterAddresses': [{ addresses: 1n << 72n }],
  'network.firewallTitle': [{ firewall: 'off' }, { firewall: 'ufw' }],
  'network.firewallRecommendOff': [{ command: 'ufw disable' }],
  'network.nodeNetworkSource': [{ cidrs: ['10.0.0.0/24', '10.0.1.0/24'] }],
  'network.osIntro': [{ os: 'ubuntu', version: '24.04' }],
  'network.copyLabel': [{ what: 'install.sh' }, { what: '設定' }],
  'install.omitted': [{ keys: ['cluster-cidr', 'service-cidr'] }],
  'install.download': [{ file: 'config-server-init.yaml' }],
  'install.registriesNote': [{ wildcard: true }, { wildcard: false }],
  'install.stepServers': [{ count: 2 }],
  'install.stepAgents': [{ count: 1 }, { count: 20_234 }],
  'install.nodeNameNote': [{ name: 'agent-1' }],
  'install.comments.header': [
    { rulesId: 'upstream-2026.12', edition: 'ED', role: 'ROLE', link: 'https://example.org/#p' },
  ],
  'install.script.header': [{ rulesId: 'upstream-2026.12', link: 'https://example.org/#p' }],
  'install.script.usage': ['sh install.sh server-init|server|agent [node-name]'],
  'visuals.serverPool': [{ count: 3 }],
  'visuals.agentPool': [{ count: 20_234 }],
  'visuals.datastoreMembers': [{ count: 5 }],
  'visuals.quorumCaption': [
    { quorum: 2, members: 3, faultTolerance: 1 },
    { quorum: 3, members: 5, faultTolerance: 2 },
  ],
  'visuals.controlPlaneCaption': [{ servers: 3 }],
  'visuals.exportLabel': [{ button: 'SVG', diagram: 'topology' }],
  'visuals.tooltipAgents': [{ agents: 1 }, { agents: 12_000 }],
  'visuals.tooltipNodes': [{ nodes: 100_006 }],
  'visuals.tooltipMembers': [{ members: 3 }],
  'visuals.chartServerVcpu': [{ servers: 3 }],
  'visuals.chartServerMemory': [{ servers: 1 }],
  'visuals.chartPods': [{ family: 'ipv4' }, { family: 'ipv6' }],
  'visuals.podsExhaustedAt': [{ nodes: 65_536 }],
  'visuals.podsNotExhausted': [{ xMax: 100_000 }],
  'visuals.chartCost': [{ agents: 20_234 }],
  'fixes.applyLabel': [{ text: 'fix' }],
  'fixes.describe': [
    { kind: 'cluster-cidr', family: 'ipv4', cidr: '10.0.0.0/14', mask: 25, maxPods: 100, flags: [] },
    { kind: 'cluster-cidr', family: 'ipv6', cidr: 'fd00:42::/48', mask: null, maxPods: null, flags: [] },
    { kind: 'node-mask', family: 'ipv4', mask: 25, maxPods: 120, flags: [] },
    { kind: 'node-mask', family: 'ipv6', mask: 72, maxPods: null, flags: [] },
    { kind: 'max-pods', maxPods: 120, flags: [] },
    { kind: 'private-range', family: 'ipv4', field: 'serviceCidr', cidr: '10.43.0.0/16', flags: [] },
  ],
  'findings.counts': [
    { error: 0, warning: 1, info: 2 },
    { error: 12_345, warning: 0, info: 1 },
  ],
  'source.asOf': [{ date: '2026-11-20' }],
  'rules.errorKinds.network': [{ file: 'upstream-2026.12.json' }],
  'rules.errorKinds.http': [{ file: 'upstream-2026.12.json', status: 404 }],
  'rules.errorKinds.json': [{ file: 'upstream-2026.12.json' }],
  'rules.errorKinds.schema': [{ file: 'upstream-2026.12.json' }],
  'rules.errorKinds.unknown': [{ file: 'upstream-1999.01' }],
  'rules.errorKinds.index': [{}],
  'toolbar.importErrors.not-json': [{ detail: 'Unexpected token' }],
  'toolbar.importErrors.newer-format': [{ detail: '9' }],
  'toolbar.importErrors.unknown-rules': [{ detail: 'upstream-1999.01' }],
  'toolbar.importErrors.invalid': [{}],
  'notices.unknownParams': [{ names: ['foo'] }, { names: ['foo', 'bar'] }],
  'notices.invalidParam': [{ name: 'agents', value: '-1' }],
  'notices.newerFormat': [{ version: '9' }],
};

const SERVERS3 = ['server-1', 'server-2', 'server-3'];
/** Parameters for every air-gap and token message (src/i18n/day2-airgap-text.ts), as the panel passes them. */
export const AIRGAP_SAMPLE_PARAMS: Readonly<Record<string, readonly unknown[]>> = {
  'airgap.noBuild': [{ arch: 's390x' }],
  'airgap.release': [{ release: 'v1.33.4+k3s1', arch: 'arm64' }],
  'airgap.method': [
    { registry: null, mirrorOf: 'docker.io' },
    { registry: 'registry.example.com:5000', mirrorOf: 'docker.io' },
  ],
  'airgap.variants': [{ names: ['k3s-airgap-images-arm64.tar.gz', 'k3s-airgap-images-arm64.tar'] }],
  'airgap.install': [{ env: 'INSTALL_K3S_SKIP_DOWNLOAD', script: 'k3s-install.sh' }],
  'airgap.registries': [
    { file: 'registries.yaml', endpoint: 'https://registry.example.com:5000', mirrorOf: 'docker.io' },
  ],
  'tokens.short': [{ prefix: 'K10' }],
  ...Object.fromEntries(
    TOKEN_STEP_IDS.map((id) => [
      `tokens.steps.${id}`,
      [
        { nodes: SERVERS3, file: '/var/lib/rancher/k3s/server/token' },
        { nodes: ['server-1'], file: '/var/lib/rancher/k3s/server/agent-token' },
      ],
    ]),
  ),
  'tokens.agentToken': [
    { file: '/var/lib/rancher/k3s/server/agent-token', separate: true },
    { file: '/var/lib/rancher/k3s/server/agent-token', separate: false },
  ],
  'tokens.rotate': [
    { available: true, version: 'v1.33.4+k3s1', release: null },
    { available: false, version: 'v1.28.1+k3s1', release: 'v1.28.2+k3s1' },
    { available: false, version: 'v1.0.0+k3s1', release: null },
  ],
};

/** Parameters for every day-2 message outside its findings (src/i18n/day2-text.ts), as the panel passes them. */
export const DAY2_SAMPLE_PARAMS: Readonly<Record<string, readonly unknown[]>> = {
  noFacts: [{ rulesId: 'seed-2026.11' }],
  'backup.kind.etcd-snapshots': [{ datastore: 'embedded-etcd' }],
  'backup.kind.sqlite-copy': [{ datastore: 'sqlite' }],
  'backup.kind.database': [{ datastore: 'postgres' }, { datastore: 'external-etcd' }],
  'backup.fields.schedule.help': [{ value: '0 */12 * * *' }],
  'backup.fields.retention.help': [{ value: '5' }],
  'backup.fields.retention.invalid': [{ min: 1, max: 1000 }],
  'backup.fields.directory.help': [{ value: '/var/lib/rancher/k3s/server/db/snapshots' }],
  'backup.fields.s3Endpoint.help': [{ value: 's3.amazonaws.com' }],
  'backup.fields.s3Region.help': [{ value: 'us-east-1' }],
  'backup.snapshotsOn': [
    { schedule: '0 */12 * * *', retention: 12_345, directory: '/var/lib/rancher/k3s/server/db/snapshots' },
  ],
  'backup.s3Target': [
    { endpoint: 's3.amazonaws.com', bucket: 'k3s-backups', folder: '', region: 'us-east-1', verifyTls: true },
    { endpoint: 'minio.example.com:9000', bucket: 'k3s', folder: 'prod', region: 'us-east-1', verifyTls: false },
  ],
  'backup.disk': [
    { neededMiB: 12 * 1024, atMaxMiB: 48 * 1024, retention: 5, withDatabase: true, quotaMiB: 2048, maxQuotaMiB: 8192 },
    {
      neededMiB: 20_000 * 1024,
      atMaxMiB: 80_000 * 1024,
      retention: 10_000,
      withDatabase: false,
      quotaMiB: 2048,
      maxQuotaMiB: 8192,
    },
  ],
  'backup.diskGiven': [
    { diskGiB: 20, fits: false },
    { diskGiB: 10_000, fits: true },
  ],
  'backup.dropInTitle': [{ file: 'etcd-snapshots.yaml' }],
  'backup.dropInIntro': [{ path: '/etc/rancher/k3s/config.yaml.d/etcd-snapshots.yaml' }],
  'backup.credentials': [{ accessKeyEnv: 'AWS_ACCESS_KEY_ID', secretKeyEnv: 'AWS_SECRET_ACCESS_KEY' }],
  ...Object.fromEntries(STEP_IDS.map((id) => [`backup.steps.${id}`, [{ nodes: SERVERS3 }, { nodes: ['server-1'] }]])),
  'backup.resetFlag': [{ file: '/var/lib/rancher/k3s/server/db/reset-flag' }],
  'backup.tokenWhy': [{ file: '/var/lib/rancher/k3s/server/token' }],
  'upgrade.fields.from.help': [{ value: 'stable' }],
  'upgrade.fromTo': [
    { from: 'v1.30', fromExact: false, to: 'v1.32', toExact: false },
    { from: 'v1.36.3+k3s1', fromExact: true, to: 'v1.37.1+k3s1', toExact: true },
  ],
  'upgrade.pathTitle': [{ steps: 1 }, { steps: 3 }],
  'upgrade.stepTitle': [
    { line: 'v1.31', target: 'v1.31', channel: true },
    { line: 'v1.36', target: 'v1.36.3+k3s1', channel: false },
  ],
  'upgrade.crossed': [{ gates: ['traefik-v3', 'containerd-2'] }],
  'upgrade.orderServers': [
    { servers: 1, atOnce: 1, tolerated: 0, etcd: false },
    { servers: 3, atOnce: 1, tolerated: 1, etcd: true },
    { servers: 2, atOnce: 1, tolerated: 1, etcd: false },
  ],
  'upgrade.orderRegistration': [
    { fixed: true, serverUrl: 'https://k3s.example.com:6443' },
    { fixed: false, serverUrl: 'https://server-1:6443' },
  ],
  'upgrade.orderAgents': [
    { agents: 20_234, size: 50, batches: 405, first: 'agent-1', last: 'agent-50' },
    { agents: 1, size: 1, batches: 1, first: null, last: null },
  ],
  'upgrade.onServer': [{ name: 'server-1' }],
  'upgrade.onAgents': [{ agents: 20_234, size: 50 }],
  'upgrade.controllerStep': [{ line: 'v1.31', file: 'k3s-upgrade-v1.31.yaml' }],
  'upgrade.download': [{ file: 'k3s-upgrade-v1.31.yaml' }],
  'files.dropInHeader': [
    {
      rulesId: 'upstream-2026.12',
      link: 'https://example.org/#p',
      path: '/etc/rancher/k3s/config.yaml.d/etcd-snapshots.yaml',
    },
  ],
  'files.upgradeHeader': [
    { rulesId: 'upstream-2026.12', link: 'https://example.org/#p', line: 'v1.31', namespace: 'system-upgrade' },
  ],
};

const HA3 = { servers: 3, agents: 120, haMode: 'ha-embedded', datastore: 'embedded-etcd' } as const;
/** Hand-built plans that reach every day-2 finding and the upgrade gates. */
export const DAY2_PLANS: readonly PlanInput[] = [
  planInput(HA3),
  planInput(HA3, seedRules, { backup: { snapshots: false } }),
  planInput(HA3, seedRules, { backup: { retention: 10_000, diskGiB: 20, s3: true } }),
  planInput(HA3, seedRules, { upgrade: { from: 'v1.30', to: 'v1.32' }, network: { embeddedRegistry: true } }),
  planInput(HA3, seedRules, { upgrade: { from: 'v1.32.2+k3s1', to: 'v1.30.4+k3s1' } }),
  planInput({ ...HA3, servers: 2, serverWorkloads: 'agentless' }, seedRules, { upgrade: { to: 'latest' } }),
  planInput({ agents: 20_234 }, upstreamRules, {
    upgrade: { from: 'v1.22.5+k3s1', to: 'v1.28.4+k3s2' },
    network: { flannelBackend: 'ipsec' },
  }),
  planInput({ agents: 2, arch: 's390x' }, seedRules, {
    upgrade: { from: 'v1.25.1+k3s1', to: 'v1.27.16+k3s1' },
    network: {
      flannelBackend: 'wireguard',
      ipFamily: 'dual',
      clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
      serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
    },
  }),
  planInput({ agents: 2, arch: 'arm64' }, seedRules, { upgrade: { from: 'v1.27.1+k3s1', to: 'v1.27.2+k3s1' } }),
  planInput({ servers: 2, haMode: 'ha-external', datastore: 'postgres' }, seedRules, { upgrade: { to: 'latest' } }),
  // Air-gapped (decision 024): a registry with credentials and a CA, an upgrade; the images method; an old release.
  planInput({ ...HA3, arch: 'arm64' }, seedRules, {
    airgap: { enabled: true, registry: 'registry.example.com:5000', registryAuth: true, registryCa: true },
    upgrade: { to: 'latest' },
  }),
  planInput({ agents: 3, arch: 'armhf', k3sVersion: 'v1.24.17+k3s1' }, seedRules, {
    airgap: { enabled: true, registry: 'registry.local', registryAuth: false, registryCa: true },
    upgrade: { to: 'v1.25' },
  }),
  planInput({ agents: 0, k3sVersion: 'v1.28.1+k3s1' }, seedRules, { airgap: { enabled: true } }),
];

/**
 * Parameters of the messages that state what a rules file holds, taken from the rules they are
 * rendered with (so rules-numbers.test.ts can alter the rules and see the text follow).
 */
export function rulesSampleParams({ seed, upstream }: RulesPair): Readonly<Record<string, readonly unknown[]>> {
  const { defaults } = seed.network;
  const batchSize = seed.cluster.joinBatchMaxAgents;
  const scaling = upstream.serverSizing.haScaling;
  const supervisor = seed.install.supervisorPort;
  return {
    'form.serviceCidr.help': [{ dnsOffset: defaults.clusterDnsOffset }],
    'form.nodeMaskV4.help': [{ mask: defaults.nodeMaskV4 }],
    'form.nodeMaskV6.help': [{ mask: defaults.nodeMaskV6 }],
    'form.maxPods.help': [
      { defaultMaxPods: defaults.maxPods, recommendedMax: seed.cluster.kubernetesLimits.maxPodsPerNode },
    ],
    'form.traefik.help': [
      { httpPort: inboundPort(seed, 'ingress-http'), httpsPort: inboundPort(seed, 'ingress-https') },
    ],
    'form.workloads.reservations.help': [{ evictionMiB: seed.kubelet.evictionHardMemoryMiB }],
    'install.stepAgentsBatches': [{ count: 20_234, batchSize, batches: Math.ceil(20_234 / batchSize) }],
    'install.comments.registriesHeader': [
      { rulesId: upstream.id, link: 'https://example.org/#p', latestTagEnv: upstream.registries?.latestTagEnv ?? '' },
    ],
    'visuals.registrationSteps': [
      {
        step: 1,
        lbPort: seed.registration.clientLoadBalancerPort,
        serverUrl: `https://k3s.example.com:${String(supervisor)}`,
      },
      { step: 2, supervisorPort: supervisor },
      {
        step: 3,
        passwordFile: seed.registration.nodePasswordFile,
        secret: seed.registration.nodePasswordSecret,
        namespace: seed.registration.nodePasswordNamespace,
      },
      { step: 4, service: seed.registration.endpointsService },
      { step: 5, servers: 1 },
      { step: 5, servers: 3 },
    ],
    'results.server.tierBasis': [
      ...(SAMPLE_PARAMS['results.server.tierBasis'] ?? []),
      ...(scaling
        ? [
            {
              ...range('agents', 900, 1200),
              count: 1100,
              servers: scaling.minServers + 2,
              agents: 1100,
              tier: 'unknown-row',
              printed: range('agents', 700, 900),
              scaling: {
                basis: 'worked-example',
                stated: scaling.agentFactor,
                factor: 1.33,
                minServers: scaling.minServers,
                example: scaling.workedExample
                  ? { baseAgents: scaling.workedExample.baseAgents, scaledAgents: scaling.workedExample.scaledAgents }
                  : null,
              },
            },
            {
              ...range('agents', 1800, null),
              count: 20_000,
              servers: scaling.minServers,
              agents: 20_000,
              tier: 'unknown-row',
              printed: range('agents', 1200, null),
              scaling: {
                basis: 'stated',
                stated: scaling.agentFactor,
                factor: scaling.agentFactor,
                minServers: scaling.minServers,
                example: null,
              },
            },
          ]
        : []),
    ],
  };
}

/** Every message function's sample parameters: the fixed ones and those taken from the rules. */
export function sampleParams(rules: RulesPair = SHIPPED): Readonly<Record<string, readonly unknown[]>> {
  return { ...SAMPLE_PARAMS, ...rulesSampleParams(rules) };
}

/** Hand-built plans that reach the findings random plans rarely do, and the largest counts. */
const DUAL = {
  ipFamily: 'dual',
  clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
  serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
} as const;
export const HAND_BUILT_PLANS: readonly PlanInput[] = [
  planInput(),
  planInput({ agents: 100_005 }),
  planInput({ agents: 255 }),
  planInput({ agents: 300 }, upstreamRules),
  planInput({ servers: 4, haMode: 'ha-embedded', datastore: 'embedded-etcd', agents: 20_234 }, upstreamRules),
  planInput({ servers: 9, haMode: 'ha-embedded', datastore: 'embedded-etcd' }),
  planInput({}, seedRules, { network: { clusterCidr: '2001:db8:42::/56' } }),
  planInput({}, seedRules, { network: { clusterCidr: '10.42.0.0/15' } }),
  planInput({}, seedRules, { network: { nodeNetwork: '10.42.8.0/24' } }),
  planInput({}, seedRules, { network: { serviceCidr: '10.32.0.0/11' } }),
  planInput({}, seedRules, { network: { nodeMaskV4: 16 } }),
  planInput({}, seedRules, {
    network: { ipFamily: 'ipv6', clusterCidr: '2001:db8::/47', serviceCidr: '2001:db8:43::/112' },
  }),
  planInput({}, seedRules, { network: { nodeMaskV4: 25, maxPods: 200 } }),
  planInput({}, seedRules, { network: { serviceCidr: '8.8.0.0/16' } }),
  planInput({ agents: 3 }, seedRules, {
    network: { ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: 'fd00:42::/112' },
  }),
  planInput({}, seedRules, { network: DUAL }),
  planInput({}, seedRules, {
    network: { ...DUAL, clusterCidr: '2001:db8:42::/56,10.42.0.0/16', serviceCidr: '2001:db8:43::/112,10.43.0.0/16' },
  }),
  planInput({ agents: 2 }, seedRules, {
    workloads: {
      enabled: true,
      groups: [{ name: 'a', replicas: 2, cpuMillis: 500, memoryMiB: 256 }],
      shapes: ['cloud-2x4'],
      spares: 0,
    },
  }),
  planInput({ agents: 2 }, seedRules, {
    workloads: {
      enabled: true,
      groups: [{ name: 'tiny', replicas: 300, cpuMillis: 5, memoryMiB: 8 }],
      shapes: ['cloud-8x32'],
    },
    network: { nodeMaskV4: 26 },
  }),
  planInput({ agents: 2 }, seedRules, {
    workloads: {
      enabled: true,
      groups: [{ name: 'ml', replicas: 1, cpuMillis: 64_000, memoryMiB: 1024 }],
      shapes: ['custom-1'],
      custom: [{ vcpu: 6, memoryGiB: 12, processor: 'x86-server' }],
    },
  }),
  planInput({}, seedRules, { install: { agentNames: 'w1,w2', serverNames: 'Server_{n}' } }),
  // A link pinned to the superseded 2026.11 file, air-gapped: that file has no air-gap facts.
  planInput({}, seedRules2611, { airgap: { enabled: true } }),
];

const rulesOf = (input: PlanInput, rules: RulesPair = SHIPPED): Rules =>
  input.rules === rules.seed.id ? rules.seed : input.rules === seedRules2611.id ? seedRules2611 : rules.upstream;

const cachedPlans = new WeakMap<RulesPair, readonly PlanResult[]>();

/**
 * The random plans of catalogs.test.ts (same seed) and the hand-built ones (and any `extra`),
 * computed once per rules pair.
 */
export function samplePlans(
  randomRuns = 300,
  rules: RulesPair = SHIPPED,
  extra: readonly PlanInput[] = [],
): readonly PlanResult[] {
  const cached = cachedPlans.get(rules);
  if (cached) return cached;
  const random = fc.sample(planInputArb([rules.seed.id, rules.upstream.id]), { numRuns: randomRuns, seed: 20261122 });
  const plans = [...HAND_BUILT_PLANS, ...extra, ...random].map((input) => computePlan(input, rulesOf(input, rules)));
  cachedPlans.set(rules, plans);
  return plans;
}

export function formatterFor(locale: Locale): Formatter {
  return createFormatter(LOCALE_TAGS[locale]);
}

const asLines = (out: unknown): string[] => (Array.isArray(out) ? out.map(String) : [String(out)]);

/** The comment words of a generated file: whole comment lines and the notes after " # ". */
function comments(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#!'))
    .flatMap((line) => {
      const trimmed = line.trimStart();
      if (trimmed.startsWith('#')) return [trimmed.replace(/^#+\s?/, '')];
      const at = line.indexOf(' # ');
      return at >= 0 ? [line.slice(at + 3)] : [];
    })
    .filter((c) => c.trim() !== '');
}

/** Parameters for the command line's messages (src/i18n/cli-text.ts), as src/cli passes them. */
export const CLI_SAMPLE_PARAMS: Readonly<Record<string, readonly unknown[]>> = {
  'usage.value.int': [
    { min: 1, max: 99 },
    { min: 0, max: 100000 },
    { min: null, max: null },
  ],
  'usage.value.oneOf': [{ values: ['single', 'ha-embedded', 'ha-external'] }],
  'usage.value.someOf': [{ values: ['cloud-2x4', 'cloud-4x8', 'pi4-8gb'] }],
  'usage.value.items': [{ syntax: 'name:replicas:cpuMillis:memoryMiB' }],
  'errors.unknownOption': [
    { option: '--frobnicate', similar: [] },
    { option: '--server', similar: ['--machines-server'] },
    { option: '--enabled', similar: ['--workloads-enabled', '--airgap-enabled'] },
  ],
  'errors.missingValue': [{ option: '--servers' }],
  'errors.repeatedOption': [{ option: '--servers' }],
  'errors.field': [{ label: 'Servers', option: '--servers', message: 'Enter 1 or more.' }],
  'errors.notOneOf': [{ value: 'active-passive', values: ['single', 'ha-embedded', 'ha-external'] }],
  'errors.invalidValue': [{ value: 'pods' }],
  'errors.unreadable': [{ file: 'plan.json', detail: 'ENOENT' }],
  'errors.rulesFile': [{ file: 'public/data/rules/seed-2026.12.json', detail: 'Unexpected end of JSON input' }],
  'errors.unknownRules': [{ value: 'seed-1999.01', known: ['seed-2026.12', 'upstream-2026.12'] }],
  'errors.cannotWrite': [{ path: 'out', detail: 'EACCES' }],
  'summary.rules': [{ rulesId: 'seed-2026.12' }],
  'summary.cpuAndMemory': [
    { vcpu: 4, vcpuOrMore: false, memoryMiB: 8192 },
    { vcpu: 16, vcpuOrMore: true, memoryMiB: 32768 },
  ],
  'summary.wrote': [
    { count: 1, dir: 'out' },
    { count: 6, dir: 'out' },
  ],
  'usage.options.site': [{ url: 'http://127.0.0.1:5173/' }],
  'usage.exit.ok': [{ code: 0 }],
  'usage.exit.errors': [{ code: 1 }],
  'usage.exit.badInput': [{ code: 2 }],
};

/** Message texts the page and the generated files show, in one language. */
export function renderedTexts(
  locale: Locale,
  options: {
    readonly randomRuns?: number;
    readonly files?: boolean;
    /** Render with these rules files instead of the shipped ones (same ids). */
    readonly rules?: RulesPair;
    /** Plans to render beside the hand-built and random ones. */
    readonly plans?: readonly PlanInput[];
  } = {},
): RenderedText[] {
  const m = CATALOGS[locale];
  const f = formatterFor(locale);
  const rulesPair = options.rules ?? SHIPPED;
  const samples = sampleParams(rulesPair);
  const out: RenderedText[] = [];
  const seen = new Map<string, unknown[]>();
  const add = (where: string, text: string, params?: unknown) => {
    const key = `${where}\u0000${text}`;
    const sets = seen.get(key);
    if (sets) {
      if (params !== undefined) sets.push(params);
      return;
    }
    const fresh = params === undefined ? [] : [params];
    seen.set(key, fresh);
    out.push(params === undefined ? { where, text } : { where, text, params: fresh });
  };

  for (const leaf of catalogLeaves(m)) {
    if (leaf.path.startsWith('findings.messages.')) continue;
    if (typeof leaf.value === 'string') add(leaf.path, leaf.value);
    else if (Array.isArray(leaf.value))
      leaf.value.forEach((v) => {
        add(leaf.path, String(v));
      });
    else if (typeof leaf.value === 'function') {
      const sets = samples[leaf.path];
      if (!sets) throw new Error(`no sample parameters for ${leaf.path}: add them to SAMPLE_PARAMS`);
      for (const p of sets)
        for (const line of asLines((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)))
          add(leaf.path, line, p);
    }
  }

  const plans = samplePlans(options.randomRuns, rulesPair, options.plans);
  for (const result of plans) {
    for (const finding of result.findings) {
      const text = findingText(m.findings.messages, finding, f);
      add(`findings.messages.${finding.code}.title`, text.title, finding.params);
      add(`findings.messages.${finding.code}.why`, text.why, finding.params);
      add(`findings.messages.${finding.code}.fix`, text.fix, finding.params);
    }
    const { servers, agents } = result.input.cluster;
    add('results.server.basis (plan)', serverBasisText(result.sizing.server, result.input.cluster, m, f), {
      basis: result.sizing.server.basis,
      servers,
      agents,
    });
    if (result.sizing.database)
      add(
        'results.datastore.tierBasis (plan)',
        databaseBasisText(result.sizing.database, m, f),
        result.sizing.database.tier,
      );
  }

  // The machine findings: each hand-built plan's machines on its own architecture and on arm64,
  // from the shipped catalog and from its boards alone (where no provider has a type large enough).
  const boardsOnly = {
    ...machineCatalog,
    providers: machineCatalog.providers.filter((p) => p.kind === 'single-board-computer'),
  };
  for (const result of plans.slice(0, HAND_BUILT_PLANS.length)) {
    const rules = rulesOf(result.input, rulesPair);
    for (const arch of new Set<Architecture>([result.input.cluster.arch, 'arm64']))
      for (const catalog of [machineCatalog, boardsOnly])
        for (const finding of matchMachines(result.sizing, { arch }, catalog, { rules }).findings) {
          const text = machineFindingText(MACHINES_TEXTS[locale].findings, finding, f);
          add(`findings.messages.${finding.code}.title`, text.title, finding.params);
          add(`findings.messages.${finding.code}.why`, text.why, finding.params);
          add(`findings.messages.${finding.code}.fix`, text.fix, finding.params);
        }
  }

  // A chosen machine type that does not serve its role: too small, of another architecture, unknown.
  const haArm = planInput({ servers: 3, agents: 50, haMode: 'ha-external', datastore: 'postgres', arch: 'arm64' });
  for (const machines of [
    { server: 'aws-ec2/m7g.large', agent: 'aws-ec2/m6i.large', database: 'aws-ec2/m99.large' },
    { server: 'aws-ec2/m99.large', agent: 'raspberry-pi/raspberry-pi-4b-1gb', database: 'gce/n1-standard-2' },
    { server: 'raspberry-pi/raspberry-pi-4b-1gb', agent: 'x/y', database: 'raspberry-pi/raspberry-pi-5-1gb' },
  ]) {
    const input = { ...haArm, machines: { ...haArm.machines, ...machines } };
    const seed = rulesPair.seed;
    for (const finding of planMachines(computePlan(input, seed), machineCatalog, seed).findings) {
      const text = machineFindingText(MACHINES_TEXTS[locale].findings, finding, f);
      add(`findings.messages.${finding.code}.title`, text.title, finding.params);
      add(`findings.messages.${finding.code}.why`, text.why, finding.params);
      add(`findings.messages.${finding.code}.fix`, text.fix, finding.params);
    }
  }

  if (options.files !== false) {
    for (const result of plans.slice(0, HAND_BUILT_PLANS.length + 40)) {
      const rules = rulesOf(result.input, rulesPair);
      for (const file of renderFiles(
        result.config,
        result.install,
        rules,
        fileTexts(m, rules, 'https://example.org/k3s-sizer/#plan'),
      )) {
        for (const c of comments(file.text))
          add(`file ${file.kind === 'config' ? 'config.yaml' : file.name}`, c, { rulesId: rules.id });
      }
    }
  }

  for (const t of day2Texts(locale, plans, rulesPair)) add(t.where, t.text, t.params?.[0]);
  for (const t of machinesTexts(locale)) add(t.where, t.text, t.params?.[0]);

  const sup = SUPERSEDED_TEXTS[locale];
  const ids = { rulesId: 'upstream-2026.11', newer: 'upstream-2026.12' };
  for (const leaf of catalogLeaves(sup)) {
    if (typeof leaf.value === 'string') add(`superseded.${leaf.path}`, leaf.value);
    else if (typeof leaf.value === 'function')
      add(`superseded.${leaf.path}`, String((leaf.value as (p: unknown) => unknown)(ids)), ids);
  }
  for (const leaf of catalogLeaves(UPDATE_TEXTS[locale])) add(`update.${leaf.path}`, String(leaf.value));
  for (const leaf of catalogLeaves(CLI_TEXTS[locale])) {
    const where = `cli.${leaf.path}`;
    if (typeof leaf.value === 'string') add(where, leaf.value);
    else if (typeof leaf.value === 'function') {
      const samples = CLI_SAMPLE_PARAMS[leaf.path];
      if (!samples) throw new Error(`no sample parameters for cli ${leaf.path}: add them to CLI_SAMPLE_PARAMS`);
      for (const p of samples) add(where, String((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)), p);
    }
  }
  for (const leaf of catalogLeaves(COMPARE_TEXTS[locale])) {
    const where = `compare.${leaf.path}`;
    if (typeof leaf.value === 'string') add(where, leaf.value);
    else if (typeof leaf.value === 'function') {
      const samples = COMPARE_SAMPLE_PARAMS[leaf.path];
      if (!samples) throw new Error(`no sample parameters for compare ${leaf.path}: add them to COMPARE_SAMPLE_PARAMS`);
      for (const p of samples) add(where, String((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)), p);
    }
  }
  return out;
}

/** Parameters for every message of the machines panel outside its findings, as the panel passes them. */
export const MACHINES_SAMPLE_PARAMS: Readonly<Record<string, readonly unknown[]>> = {
  intro: [{ catalog: 'machines-2026.12', published: '2026-12-04', arch: 'arm64' }],
  need: [
    { count: 3, vcpu: 4, orMore: false, memoryMiB: 8192, workloadShape: false },
    { count: 1200, vcpu: 16, orMore: true, memoryMiB: 65536, workloadShape: false },
    { count: 12, vcpu: 8, orMore: false, memoryMiB: 32768, workloadShape: true },
  ],
  size: [{ vcpu: 2, memoryMiB: 7680 }],
  headroom: [
    { vcpu: 0, memoryMiB: 0 },
    { vcpu: 2, memoryMiB: 8192 },
  ],
  tooSmall: [{ largest: 'Raspberry Pi 5 (16 GB)' }],
  noArchitecture: [{ arch: 's390x' }],
  option: [
    { name: 'm7g.xlarge', vcpu: 4, memoryMiB: 16384, smallest: true },
    { name: 'n1-standard-2', vcpu: 2, memoryMiB: 7680, smallest: false },
  ],
  totals: [{ machines: 53, vcpu: 212, memoryMiB: 868352 }],
  costPriced: [{ amount: '$6,314.26', hours: 730 }],
  costUnpriced: [{ types: ['aws-ec2/m7g.xlarge', 'aws-ec2/t4g.small'] }],
  costMixed: [{ currencies: ['USD', 'EUR'] }],
  pricesIntro: [{ hours: 730 }],
  priceLabel: [{ name: 'm7g.xlarge' }],
  currencyLabel: [{ name: 'm7g.xlarge' }],
  perLabel: [{ name: 'Raspberry Pi 5 (8 GB)' }],
  nodeLabelsHelp: [{ label: 'node.kubernetes.io/instance-type' }],
};

/** The machines panel's texts in one language: every message with sample parameters (its findings come with the plans). */
function machinesTexts(locale: Locale): RenderedText[] {
  const f = formatterFor(locale);
  const out: RenderedText[] = [];
  for (const leaf of catalogLeaves(MACHINES_TEXTS[locale])) {
    if (leaf.path.startsWith('findings.')) continue;
    const where = `machines.${leaf.path}`;
    if (typeof leaf.value === 'string') out.push({ where, text: leaf.value });
    else if (typeof leaf.value === 'function') {
      const samples = MACHINES_SAMPLE_PARAMS[leaf.path];
      if (!samples)
        throw new Error(`no sample parameters for machines ${leaf.path}: add them to MACHINES_SAMPLE_PARAMS`);
      for (const p of samples)
        for (const line of asLines((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)))
          out.push({ where, text: line, params: [p] });
    }
  }
  return out;
}

/** The day-2 texts in one language: every message with sample parameters, the findings of plans, the files' comments. */
function day2Texts(locale: Locale, plans: readonly PlanResult[], rulesPair: RulesPair): RenderedText[] {
  const t = DAY2_TEXTS[locale];
  const f = formatterFor(locale);
  const out: RenderedText[] = [];
  for (const leaf of catalogLeaves(t)) {
    if (leaf.path.startsWith('findings.')) continue;
    const where = `day2.${leaf.path}`;
    if (typeof leaf.value === 'string') out.push({ where, text: leaf.value });
    else if (typeof leaf.value === 'function') {
      const samples = DAY2_SAMPLE_PARAMS[leaf.path];
      if (!samples) throw new Error(`no sample parameters for day2 ${leaf.path}: add them to DAY2_SAMPLE_PARAMS`);
      for (const p of samples)
        for (const line of asLines((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)))
          out.push({ where, text: line, params: [p] });
    }
  }
  for (const leaf of catalogLeaves(AIRGAP_TEXTS[locale])) {
    const where = `day2.${leaf.path}`;
    if (typeof leaf.value === 'string') out.push({ where, text: leaf.value });
    else if (typeof leaf.value === 'function') {
      const samples = AIRGAP_SAMPLE_PARAMS[leaf.path];
      if (!samples) throw new Error(`no sample parameters for ${leaf.path}: add them to AIRGAP_SAMPLE_PARAMS`);
      for (const p of samples)
        for (const line of asLines((leaf.value as (p: unknown, f: Formatter) => unknown)(p, f)))
          out.push({ where, text: line, params: [p] });
    }
  }
  // Every gate's words, whether or not a plan crosses it.
  for (const gate of [...VERSION_GATE_IDS, ...UPGRADE_GATE_IDS]) {
    const text = day2FindingText(
      t.findings,
      {
        code: 'upgrade.gate-crossed',
        severity: 'info',
        params: { gate, line: 'v1.32', release: 'v1.32.0+k3s1', from: 'v1.31.4+k3s1', to: 'v1.32.0+k3s1' },
        fields: [],
        ruleId: '',
        source: { doc: 'x', section: 'x' },
      },
      f,
    );
    for (const part of ['title', 'why', 'fix'] as const)
      out.push({ where: `day2.findings.upgrade.gate-crossed.${gate}.${part}`, text: text[part], params: [{ gate }] });
  }
  const day2Plans = [...DAY2_PLANS.map((input) => computePlan(input, rulesOf(input, rulesPair))), ...plans];
  for (const result of day2Plans) {
    const d = planDay2Of(result, rulesOf(result.input, rulesPair));
    if (!d) continue;
    for (const x of d.findings) {
      const text = day2FindingText(t.findings, x, f);
      for (const part of ['title', 'why', 'fix'] as const)
        out.push({ where: `day2.findings.${x.code}.${part}`, text: text[part], params: [x.params] });
    }
  }
  for (const result of day2Plans.slice(0, DAY2_PLANS.length)) {
    const d = planDay2Of(result, rulesOf(result.input, rulesPair));
    if (!d) continue;
    const rules = rulesOf(result.input, rulesPair);
    for (const file of renderDay2Files(
      d,
      rules,
      day2FileTexts(t, {
        rulesId: rules.id,
        link: 'https://example.org/k3s-sizer/#plan',
        dropInPath: d.backup.dropIn?.path ?? '',
        namespace: rules.upgrades?.controller.namespace ?? '',
      }),
    ))
      for (const c of comments(file.text)) out.push({ where: `day2 file ${file.kind}`, text: c, params: [d] });
  }
  return out;
}
