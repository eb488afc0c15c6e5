/** fast-check arbitraries for plan inputs and machine catalogs. Only tests import this module. */
import fc from 'fast-check';
import { ARCHITECTURES, DISK_KINDS, PROCESSOR_CLASSES } from '../model/rules';
import { BURSTABLE_POLICIES } from '../machines/match';
import { MachineCatalogSchema, PRICE_PERIODS, type MachineCatalog, type MachinePrice } from '../model/machines';
import {
  BOARD_MEMORY_GIB,
  DATASTORES,
  DEFAULT_OS_VERSIONS,
  DEVICE_CLASSES,
  EGRESS_SELECTOR_MODES,
  FIREWALLS,
  FLANNEL_BACKENDS,
  HA_MODES,
  IP_FAMILIES,
  KUBECONFIG_MODES,
  NODE_NAMINGS,
  OPERATING_SYSTEMS,
  PLAN_LIMITS,
  SERVER_WORKLOADS,
  CUSTOM_SHAPE_IDS,
  SHAPE_IDS,
  WORKLOAD_LIMITS,
  BACKUP_LIMITS,
  type AirgapInput,
  type BackupInput,
  type PlanInput,
  type UpgradeInput,
  type MachinesInput,
  MACHINE_LIMITS,
} from '../model/plan-input';

/** Text of the characters a CIDR list may hold, valid CIDRs or not (findings judge them). */
const cidrChars = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:./, \t'.split('')), maxLength: 60 });
/** Free text as people type it, and as attackers do: URL syntax, markup, emoji, the longest allowed. */
const freeText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength: Math.min(maxLength, 80) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }).filter((s) => s.length <= maxLength),
    fc.constantFrom(
      '&',
      '=',
      '+',
      '%',
      '%25',
      '#',
      '?',
      ' ',
      '&a=1',
      'server-{n}',
      '__proto__',
      'constructor',
      '<b>x</b>',
    ),
    fc.constantFrom('x', '%', '😀').map((s) => s.repeat(Math.floor(maxLength / s.length))),
  );

/** Any valid plan input: every enum value, edge counts, awkward versions and hostile free text. */
export function planInputArb(knownRules: readonly string[]): fc.Arbitrary<PlanInput> {
  return fc.record({
    rules: fc.constantFrom(...knownRules),
    cluster: fc.record({
      servers: fc.integer(PLAN_LIMITS.servers),
      agents: fc.oneof(fc.integer(PLAN_LIMITS.agents), fc.constantFrom(PLAN_LIMITS.agents.min, PLAN_LIMITS.agents.max)),
      haMode: fc.constantFrom(...HA_MODES),
      datastore: fc.constantFrom(...DATASTORES),
      disk: fc.constantFrom(...DISK_KINDS),
      arch: fc.constantFrom(...ARCHITECTURES),
      device: fc.constantFrom(...DEVICE_CLASSES),
      boardMemoryGiB: fc.constantFrom(...BOARD_MEMORY_GIB),
      serverWorkloads: fc.constantFrom(...SERVER_WORKLOADS),
      k3sVersion: versionText,
    }),
    network: fc.record({
      ipFamily: fc.constantFrom(...IP_FAMILIES),
      clusterCidr: cidrChars,
      serviceCidr: cidrChars,
      nodeMaskV4: fc.integer({ min: 0, max: 32 }),
      nodeMaskV6: fc.integer({ min: 0, max: 128 }),
      maxPods: fc.integer({ min: 1, max: 1000 }),
      nodeNetwork: cidrChars,
      flannelBackend: fc.constantFrom(...FLANNEL_BACKENDS),
      flannelIpv6Masq: fc.boolean(),
      flannelExternalIp: fc.boolean(),
      traefik: fc.boolean(),
      servicelb: fc.boolean(),
      metricsServer: fc.boolean(),
      embeddedRegistry: fc.boolean(),
      egressSelectorMode: fc.constantFrom(...EGRESS_SELECTOR_MODES),
    }),
    host: fc.record({
      os: fc.constantFrom(...OPERATING_SYSTEMS),
      osVersion: fc.oneof(
        fc.constantFrom(...Object.values(DEFAULT_OS_VERSIONS)),
        fc.stringMatching(/^\d{1,3}(\.\d{1,2})?$/),
      ),
      firewall: fc.constantFrom(...FIREWALLS),
    }),
    install: fc.record({
      registrationAddress: freeText(253),
      serverNames: freeText(2000),
      agentNames: freeText(2000),
      nodeNaming: fc.constantFrom(...NODE_NAMINGS),
      datastoreHost: freeText(500),
      datastorePort: fc.integer({ min: 0, max: 65535 }),
      datastoreName: freeText(64),
      datastoreUser: freeText(64),
      kubeconfigMode: fc.constantFrom(...KUBECONFIG_MODES),
    }),
    workloads: workloadsArb,
    backup: backupArb,
    upgrade: upgradeArb,
    machines: machinesInputArb,
    airgap: airgapArb,
  });
}

const typeRef = fc.oneof(
  fc.constantFrom(
    'aws-ec2/m7g.large',
    'aws-ec2/t3.micro',
    'raspberry-pi/raspberry-pi-5-8gb',
    'gce/n1-standard-4',
    'x/y',
  ),
  fc.stringMatching(/^[a-z0-9-]{1,12}\/[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?$/),
);

/** Any valid machines section: no choice, catalog types and unknown ones, typed prices in any currency and period. */
export const machinesInputArb: fc.Arbitrary<MachinesInput> = fc.record({
  catalog: fc.constantFrom('', 'machines-2026.12', 'machines-2027.1'),
  server: fc.oneof(fc.constant(''), typeRef),
  agent: fc.oneof(fc.constant(''), typeRef),
  database: fc.oneof(fc.constant(''), typeRef),
  prices: fc.uniqueArray(
    fc.record({
      type: typeRef,
      amount: fc.oneof(
        fc.constantFrom(0, 0.000001, 0.0816, 0.1 + 0.2, 12.5, 1_000_000),
        fc.double({ min: 0.000001, max: 1_000_000, noNaN: true }),
      ),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CNY'),
      per: fc.constantFrom(...PRICE_PERIODS),
    }),
    { maxLength: MACHINE_LIMITS.prices, selector: (p) => p.type },
  ),
  nodeLabels: fc.boolean(),
});

/** A K3s version as people write it: a channel, a minor line or a release, in the forms the schema takes. */
const versionText = fc.oneof(
  fc.constantFrom('stable', 'latest', ' stable', 'latest\t', '1.31', 'v1.31.4', '1.31.4+k3s2'),
  fc.integer({ min: 0, max: 99 }).map((mi) => `v1.${String(mi)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
    .map(([mi, pa, r]) => `v1.${String(mi)}.${String(pa)}+k3s${String(r)}`),
);

/** Any valid backup section: K3s's defaults (empty), schedules robfig/cron takes, S3 targets of every shape the form takes. */
export const backupArb: fc.Arbitrary<BackupInput> = fc.record({
  snapshots: fc.boolean(),
  schedule: fc.oneof(
    fc.constant(''),
    fc.constantFrom(
      '0 */12 * * *',
      '@daily',
      '*/15 * * * *',
      '30 2 * * sun',
      '0 0 1 jan,jul *',
      '@every 6h',
      '0 0 ? * 1-5',
    ),
    fc
      .tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 23 }))
      .map(([m, h]) => `${String(m)} */${String(h)} * * *`),
  ),
  retention: fc.option(fc.integer(BACKUP_LIMITS.retention), { nil: null }),
  directory: fc.oneof(
    fc.constantFrom('', '/var/lib/rancher/k3s/server/db/snapshots', '/mnt/backup/k3s', '/'),
    fc.stringMatching(/^\/[A-Za-z0-9._@%+=:,/-]{0,40}$/),
  ),
  diskGiB: fc.oneof(fc.constant(0), fc.integer(BACKUP_LIMITS.diskGiB)),
  s3: fc.boolean(),
  s3Endpoint: fc.oneof(
    fc.constantFrom('', 'minio.example.com:9000', 's3.eu-central-1.amazonaws.com', '10.0.0.5:9000', 'A'),
    fc.stringMatching(/^[a-z0-9]([a-z0-9.-]{0,30}[a-z0-9])?(:\d{1,5})?$/),
  ),
  s3Bucket: fc.oneof(
    fc.constantFrom('', 'k3s-backups', 'a.b'),
    fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,20}[a-z0-9]$/),
  ),
  s3Folder: fc.oneof(fc.constantFrom('', 'cluster-1', 'prod/etcd'), fc.stringMatching(/^[A-Za-z0-9._/-]{0,30}$/)),
  s3Region: fc.oneof(fc.constantFrom('', 'us-east-1', 'eu-central-1'), fc.stringMatching(/^[a-z0-9-]{0,20}$/)),
  s3VerifyTls: fc.boolean(),
});

/** Any valid upgrade section: no upgrade, or from and to in every form the version field takes. */
export const upgradeArb: fc.Arbitrary<UpgradeInput> = fc.record({
  from: fc.oneof(fc.constant(''), versionText),
  to: fc.oneof(fc.constant(''), versionText),
});

/** Any valid air-gap section: off, the images archive on every node, or a private registry in every form the field takes. */
export const airgapArb: fc.Arbitrary<AirgapInput> = fc.record({
  enabled: fc.boolean(),
  // Mostly a few fixed hosts: each other host is one more distinct script for shellcheck in the oracle test.
  registry: fc.oneof(
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: fc.constantFrom('registry.example.com:5000', 'registry.local', '10.0.0.5:5000', 'R'), weight: 3 },
    { arbitrary: fc.stringMatching(/^[a-z0-9]([a-z0-9.-]{0,30}[a-z0-9])?(:\d{1,5})?$/), weight: 1 },
  ),
  registryAuth: fc.boolean(),
  registryCa: fc.boolean(),
});

const int = (limits: { readonly min: number; readonly max: number }) => fc.integer(limits);
const reserved = fc.option(
  fc.record({ cpuMillis: int(WORKLOAD_LIMITS.reservedCpuMillis), memoryMiB: int(WORKLOAD_LIMITS.reservedMemoryMiB) }),
  { nil: null },
);

/** Any valid workload section: up to the group limit, names of any characters but `:` and `,`. */
export const workloadsArb = fc.record({
  enabled: fc.boolean(),
  groups: fc.array(
    fc.record({
      name: fc.string({ maxLength: 40 }).filter((n) => !/[:,]/.test(n)),
      replicas: int(WORKLOAD_LIMITS.replicas),
      cpuMillis: int(WORKLOAD_LIMITS.cpuMillis),
      memoryMiB: int(WORKLOAD_LIMITS.memoryMiB),
    }),
    { maxLength: WORKLOAD_LIMITS.groups },
  ),
  daemonSetCpuMillis: int(WORKLOAD_LIMITS.daemonSetCpuMillis),
  daemonSetMemoryMiB: int(WORKLOAD_LIMITS.daemonSetMemoryMiB),
  targetPercent: int(WORKLOAD_LIMITS.targetPercent),
  shapes: fc.uniqueArray(fc.constantFrom(...SHAPE_IDS, ...CUSTOM_SHAPE_IDS), { minLength: 1 }),
  shape: fc.constantFrom('best' as const, ...SHAPE_IDS, ...CUSTOM_SHAPE_IDS),
  // Custom ids may name entries that are missing (as a hand-edited link can): the plan copes.
  custom: fc.array(
    fc.record({
      vcpu: int(WORKLOAD_LIMITS.shapeVcpu),
      memoryGiB: int(WORKLOAD_LIMITS.shapeMemoryGiB),
      processor: fc.constantFrom(...PROCESSOR_CLASSES),
    }),
    { maxLength: WORKLOAD_LIMITS.customShapes },
  ),
  spares: int(WORKLOAD_LIMITS.spares),
  kubeReserved: reserved,
  systemReserved: reserved,
  evictionMemoryMiB: fc.option(int(WORKLOAD_LIMITS.reservedMemoryMiB), { nil: null }),
});

/** Which roles may use burstable types. */
export const burstablePolicyArb = fc.constantFrom(...BURSTABLE_POLICIES);

/** Prices a reader might type for some of a catalog's types: per hour or per month, in one of two currencies. */
export function machinePricesArb(keys: readonly string[]): fc.Arbitrary<Record<string, MachinePrice>> {
  return fc.dictionary(
    fc.constantFrom(...keys),
    fc.record({
      amount: fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true }),
      currency: fc.constantFrom('USD', 'EUR'),
      per: fc.constantFrom(...PRICE_PERIODS),
    }),
    { maxKeys: keys.length },
  );
}

const machineRef = { doc: 'page', section: 'Table' };

/**
 * A valid machine catalog of two or three providers with few, small, often equal sizes, so that
 * ties, boundaries, burstable types, boards and missing architectures all come up.
 */
export const machineCatalogArb: fc.Arbitrary<MachineCatalog> = fc
  .array(
    fc.record({
      provider: fc.constantFrom('p', 'q', 'r'),
      vcpu: fc.constantFrom(1, 2, 4, 8, 16, 32, 64),
      memoryMiB: fc.constantFrom(256, 268, 275, 512, 1024, 1588, 1596, 1613, 2048, 4096, 8192, 16_384, 65_536),
      architectures: fc.uniqueArray(fc.constantFrom(...ARCHITECTURES), { minLength: 1, maxLength: 2 }),
      processor: fc.constantFrom(...PROCESSOR_CLASSES),
      burstable: fc.boolean(),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((types) =>
    MachineCatalogSchema.parse({
      schemaVersion: 1,
      id: 'machines-2026.12',
      version: '2026.12',
      published: '2026-12-04',
      conventions: { hoursPerMonth: 730, hoursPerMonthBasis: 'test', memory: 'test' },
      sources: { page: { title: 'A page', url: 'https://example.org/', date: null, read: '2026-12-04' } },
      providers: ['p', 'q', 'r'].map((id) => ({ id, name: `Provider ${id}`, kind: 'cloud' })),
      families: ['p', 'q', 'r'].map((provider) => ({
        provider,
        id: 'f',
        name: 'F',
        processorName: null,
        sources: [machineRef],
      })),
      // Ids in no size order, so the tie-break on the id is exercised.
      types: types.map((t, i) => ({
        ...t,
        id: `t${String((i * 7) % 15)}-${String(i)}`,
        name: `T${String(i)}`,
        family: 'f',
        memoryAsPublished: 'as published',
        source: machineRef,
      })),
      gaps: [],
    }),
  );
