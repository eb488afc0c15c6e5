import { z } from './zod';
import {
  ArchitectureSchema,
  DiskKindSchema,
  FLANNEL_BACKENDS,
  OPERATING_SYSTEMS,
  PROCESSOR_CLASSES,
  RulesIdSchema,
} from './rules';
import { isK3sVersionInput } from './k3s-version';
import { isCronSchedule } from './cron';

/** Format version of a plan input: the `v` of a shared link and the `schemaVersion` of a JSON plan. */
export const PLAN_FORMAT_VERSION = 1;

export const HA_MODES = ['single', 'ha-embedded', 'ha-external'] as const;
export const HaModeSchema = z.enum(HA_MODES);
export type HaMode = z.infer<typeof HaModeSchema>;

export const DATASTORES = ['sqlite', 'embedded-etcd', 'mysql', 'mariadb', 'postgres', 'external-etcd'] as const;
export const DatastoreSchema = z.enum(DATASTORES);
export type Datastore = z.infer<typeof DatastoreSchema>;
export const EXTERNAL_DATASTORES = [
  'mysql',
  'mariadb',
  'postgres',
  'external-etcd',
] as const satisfies readonly Datastore[];

export const DEVICE_CLASSES = ['server', 'low-power-board'] as const;
export const DeviceClassSchema = z.enum(DEVICE_CLASSES);
/** Memory of a low-power board, in GB as the boards are sold (Raspberry Pi 4: 1–8 GB; Pi 5: 2–16 GB). */
export const BOARD_MEMORY_GIB = [1, 2, 4, 8, 16] as const;
export const BoardMemorySchema = z.literal(BOARD_MEMORY_GIB);
export type BoardMemoryGiB = (typeof BOARD_MEMORY_GIB)[number];
export type DeviceClass = z.infer<typeof DeviceClassSchema>;

/**
 * What servers run besides the control plane: workload pods too (K3s default, servers are
 * schedulable), nothing else (tainted CriticalAddonsOnly), or no agent at all (--disable-agent).
 */
export const SERVER_WORKLOADS = ['shared', 'dedicated', 'agentless'] as const;
export const ServerWorkloadsSchema = z.enum(SERVER_WORKLOADS);
export type ServerWorkloads = z.infer<typeof ServerWorkloadsSchema>;

/** Bounds on what a person can enter. Not K3s facts: they keep the arithmetic and the page sane. */
export const PLAN_LIMITS = {
  servers: { min: 1, max: 99 },
  agents: { min: 0, max: 100_000 },
} as const;

export const K3sVersionInputSchema = z
  .string()
  .check(
    z.maxLength(40),
    z.refine(isK3sVersionInput, 'a channel (stable, latest), a minor line (v1.31) or a version (v1.31.4+k3s1)'),
  );

export const ClusterInputSchema = z.strictObject({
  servers: z.int().check(z.gte(PLAN_LIMITS.servers.min), z.lte(PLAN_LIMITS.servers.max)),
  agents: z.int().check(z.gte(PLAN_LIMITS.agents.min), z.lte(PLAN_LIMITS.agents.max)),
  haMode: HaModeSchema,
  datastore: DatastoreSchema,
  disk: DiskKindSchema,
  arch: ArchitectureSchema,
  device: DeviceClassSchema,
  // Absent in plans written before it existed: the 8 GB board the profiling measured.
  boardMemoryGiB: z._default(BoardMemorySchema, 8),
  serverWorkloads: ServerWorkloadsSchema,
  k3sVersion: K3sVersionInputSchema,
});
export type ClusterInput = z.infer<typeof ClusterInputSchema>;

export const IP_FAMILIES = ['ipv4', 'ipv6', 'dual'] as const;
export const IpFamilyModeSchema = z.enum(IP_FAMILIES);
export type IpFamilyMode = z.infer<typeof IpFamilyModeSchema>;

export { FLANNEL_BACKENDS, OPERATING_SYSTEMS };
export const FlannelBackendSchema = z.enum(FLANNEL_BACKENDS);
export type FlannelBackend = z.infer<typeof FlannelBackendSchema>;

export const EGRESS_SELECTOR_MODES = ['agent', 'pod', 'cluster', 'disabled'] as const;
export const EgressSelectorModeSchema = z.enum(EGRESS_SELECTOR_MODES);
export type EgressSelectorMode = z.infer<typeof EgressSelectorModeSchema>;

/**
 * A CIDR list as the K3s flags take it ("10.42.0.0/16,2001:db8:42::/56"). Only the character set
 * is checked here; what is wrong with a value (host bits, family, overlap) is a finding.
 */
export const CidrListTextSchema = z
  .string()
  .check(z.maxLength(200), z.regex(/^[0-9a-fA-F:./,\s]*$/, 'IP addresses with a /prefix, separated by commas'));

export const NetworkInputSchema = z.strictObject({
  ipFamily: IpFamilyModeSchema,
  clusterCidr: CidrListTextSchema,
  serviceCidr: CidrListTextSchema,
  nodeMaskV4: z.int().check(z.gte(0), z.lte(32)),
  nodeMaskV6: z.int().check(z.gte(0), z.lte(128)),
  maxPods: z.int().check(z.gte(1), z.lte(1000)),
  /** The LAN or VPC range(s) the machines sit in; empty when unknown. */
  nodeNetwork: CidrListTextSchema,
  flannelBackend: FlannelBackendSchema,
  flannelIpv6Masq: z.boolean(),
  flannelExternalIp: z.boolean(),
  traefik: z.boolean(),
  servicelb: z.boolean(),
  metricsServer: z.boolean(),
  embeddedRegistry: z.boolean(),
  egressSelectorMode: EgressSelectorModeSchema,
});
export type NetworkInput = z.infer<typeof NetworkInputSchema>;

export const OperatingSystemSchema = z.enum(OPERATING_SYSTEMS);
export type OperatingSystem = z.infer<typeof OperatingSystemSchema>;

export const FIREWALLS = ['off', 'firewalld', 'ufw'] as const;
export const FirewallSchema = z.enum(FIREWALLS);
export type Firewall = z.infer<typeof FirewallSchema>;

export const OsVersionSchema = z
  .string()
  .check(z.regex(/^\d{1,3}(\.\d{1,2})?$/, 'a release number such as 24.04, 12 or 9.6'));

export const HostInputSchema = z.strictObject({
  os: OperatingSystemSchema,
  osVersion: OsVersionSchema,
  firewall: FirewallSchema,
});
export type HostInput = z.infer<typeof HostInputSchema>;

/** How nodes get unique names: their hostnames, K3S_NODE_NAME from the naming pattern, or --with-node-id. */
export const NODE_NAMINGS = ['hostname', 'node-name', 'with-node-id'] as const;
export const NodeNamingSchema = z.enum(NODE_NAMINGS);
export type NodeNaming = z.infer<typeof NodeNamingSchema>;

export const KUBECONFIG_MODES = ['0600', '0644'] as const;

/**
 * What the generated config files and install commands need. Free text, length-limited here;
 * whether a value is a valid hostname, address or identifier is a finding, and an invalid value
 * is never written into a file. No secret is ever part of this input.
 */
export const InstallInputSchema = z.strictObject({
  /** Fixed registration address (load balancer, DNS name or virtual IP); empty for the first server. */
  registrationAddress: z.string().check(z.maxLength(253)),
  /** A naming pattern with {n} (server-{n}) or a comma-separated list of hostnames. */
  serverNames: z.string().check(z.maxLength(2000)),
  agentNames: z.string().check(z.maxLength(2000)),
  nodeNaming: NodeNamingSchema,
  /** External datastore host (several, comma-separated, for external etcd). */
  datastoreHost: z.string().check(z.maxLength(500)),
  /** 0 means the engine's default port. */
  datastorePort: z.int().check(z.gte(0), z.lte(65535)),
  datastoreName: z.string().check(z.maxLength(64)),
  datastoreUser: z.string().check(z.maxLength(64)),
  kubeconfigMode: z.enum(KUBECONFIG_MODES),
});
export type InstallInput = z.infer<typeof InstallInputSchema>;

/** Agent shapes offered for comparison (see core/workloads/shapes.ts for their sizes). */
export const SHAPE_IDS = ['cloud-2x4', 'cloud-4x8', 'cloud-8x32', 'pi4-8gb'] as const;
/** The reader's own shapes, by position in the plan's `custom` list. */
export const CUSTOM_SHAPE_IDS = ['custom-1', 'custom-2', 'custom-3'] as const;
export const ShapeIdSchema = z.enum([...SHAPE_IDS, ...CUSTOM_SHAPE_IDS]);
export type ShapeId = z.infer<typeof ShapeIdSchema>;
export type CustomShapeId = (typeof CUSTOM_SHAPE_IDS)[number];

export const WORKLOAD_LIMITS = {
  groups: 12,
  replicas: { min: 0, max: 100_000 },
  cpuMillis: { min: 1, max: 256_000 },
  memoryMiB: { min: 1, max: 4_194_304 },
  daemonSetCpuMillis: { min: 0, max: 64_000 },
  daemonSetMemoryMiB: { min: 0, max: 262_144 },
  targetPercent: { min: 10, max: 100 },
  spares: { min: 0, max: 2 },
  reservedCpuMillis: { min: 0, max: 64_000 },
  reservedMemoryMiB: { min: 0, max: 262_144 },
  customShapes: 3,
  shapeVcpu: { min: 1, max: 512 },
  shapeMemoryGiB: { min: 1, max: 4096 },
} as const;

/** An agent shape of the reader's own: whole vCPUs, whole GiB of memory, and the processor class K3s was profiled on. */
export const CustomShapeSchema = z.strictObject({
  vcpu: z.int().check(z.gte(WORKLOAD_LIMITS.shapeVcpu.min), z.lte(WORKLOAD_LIMITS.shapeVcpu.max)),
  memoryGiB: z.int().check(z.gte(WORKLOAD_LIMITS.shapeMemoryGiB.min), z.lte(WORKLOAD_LIMITS.shapeMemoryGiB.max)),
  processor: z.enum(PROCESSOR_CLASSES),
});
export type CustomShape = z.infer<typeof CustomShapeSchema>;

export const WorkloadGroupSchema = z.strictObject({
  /** Shown in the plan and written in the link as `name:replicas:cpu:memory`, so no `:` or `,`. */
  name: z.string().check(z.maxLength(40), z.regex(/^[^:,]*$/, 'no “:” or “,”')),
  replicas: z.int().check(z.gte(WORKLOAD_LIMITS.replicas.min), z.lte(WORKLOAD_LIMITS.replicas.max)),
  cpuMillis: z.int().check(z.gte(WORKLOAD_LIMITS.cpuMillis.min), z.lte(WORKLOAD_LIMITS.cpuMillis.max)),
  memoryMiB: z.int().check(z.gte(WORKLOAD_LIMITS.memoryMiB.min), z.lte(WORKLOAD_LIMITS.memoryMiB.max)),
});
export type WorkloadGroup = z.infer<typeof WorkloadGroupSchema>;

const ReservedSchema = z.strictObject({
  cpuMillis: z.int().check(z.gte(WORKLOAD_LIMITS.reservedCpuMillis.min), z.lte(WORKLOAD_LIMITS.reservedCpuMillis.max)),
  memoryMiB: z.int().check(z.gte(WORKLOAD_LIMITS.reservedMemoryMiB.min), z.lte(WORKLOAD_LIMITS.reservedMemoryMiB.max)),
});

/**
 * Workload-driven agent planning. When enabled, the agent count comes from packing these pods
 * onto the chosen shape instead of the Agents field. Reservations left null take the rules
 * file's kubelet defaults.
 */
export const WorkloadsInputSchema = z.strictObject({
  enabled: z.boolean(),
  groups: z.array(WorkloadGroupSchema).check(z.maxLength(WORKLOAD_LIMITS.groups)),
  daemonSetCpuMillis: z
    .int()
    .check(z.gte(WORKLOAD_LIMITS.daemonSetCpuMillis.min), z.lte(WORKLOAD_LIMITS.daemonSetCpuMillis.max)),
  daemonSetMemoryMiB: z
    .int()
    .check(z.gte(WORKLOAD_LIMITS.daemonSetMemoryMiB.min), z.lte(WORKLOAD_LIMITS.daemonSetMemoryMiB.max)),
  targetPercent: z.int().check(z.gte(WORKLOAD_LIMITS.targetPercent.min), z.lte(WORKLOAD_LIMITS.targetPercent.max)),
  /**
   * The shapes compared; the plan uses `shape`, or the best of these when it is 'best'. A custom
   * id names an entry of `custom` by position; one with no entry is left out of the comparison.
   */
  shapes: z.array(ShapeIdSchema).check(z.minLength(1), z.maxLength(SHAPE_IDS.length + CUSTOM_SHAPE_IDS.length)),
  shape: z.union([z.literal('best'), ShapeIdSchema]),
  // Absent in plans written before it existed: none.
  custom: z._default(z.array(CustomShapeSchema).check(z.maxLength(WORKLOAD_LIMITS.customShapes)), []),
  spares: z.int().check(z.gte(WORKLOAD_LIMITS.spares.min), z.lte(WORKLOAD_LIMITS.spares.max)),
  kubeReserved: z.nullable(ReservedSchema),
  systemReserved: z.nullable(ReservedSchema),
  evictionMemoryMiB: z.nullable(z.int().check(z.gte(0), z.lte(WORKLOAD_LIMITS.reservedMemoryMiB.max))),
});
export type WorkloadsInput = z.infer<typeof WorkloadsInputSchema>;

/** A fresh copy of the default workload section (its lists are never shared between plans). */
export function defaultWorkloads(): WorkloadsInput {
  return { ...DEFAULT_WORKLOADS, groups: [], shapes: [...DEFAULT_WORKLOADS.shapes], custom: [] };
}

export const DEFAULT_WORKLOADS: WorkloadsInput = {
  enabled: false,
  groups: [],
  daemonSetCpuMillis: 0,
  daemonSetMemoryMiB: 0,
  targetPercent: 70,
  shapes: [...SHAPE_IDS],
  shape: 'best',
  custom: [],
  spares: 1,
  kubeReserved: null,
  systemReserved: null,
  evictionMemoryMiB: null,
};

/** Bounds on the day-2 inputs. Not K3s facts: they keep the arithmetic and the page sane. */
export const BACKUP_LIMITS = {
  retention: { min: 1, max: 1000 },
  diskGiB: { min: 0, max: 100_000 },
} as const;

/**
 * Day 2, backups (decision 020). Empty text and a null retention mean K3s's own default, which
 * the rules file holds; a 0 disk size means not given. No credential is part of this input: the
 * S3 keys are placeholders in the generated file, or the environment variables K3s reads.
 */
export const BackupInputSchema = z.strictObject({
  /** Scheduled etcd snapshots on (K3s's default) or off (--etcd-disable-snapshots). */
  snapshots: z.boolean(),
  schedule: z.string().check(
    z.maxLength(100),
    z.refine((t) => t.trim() === '' || isCronSchedule(t), 'a cron schedule such as 0 */6 * * * or @daily'),
  ),
  retention: z.nullable(z.int().check(z.gte(BACKUP_LIMITS.retention.min), z.lte(BACKUP_LIMITS.retention.max))),
  /** An absolute path of characters a shell takes unquoted, or empty for K3s's default. */
  directory: z.string().check(z.maxLength(255), z.regex(/^(\/[A-Za-z0-9._@%+=:,/-]*)?$/, 'an absolute path')),
  /** Free space on the disk that holds the snapshots, GiB; 0 when not given. */
  diskGiB: z.int().check(z.gte(BACKUP_LIMITS.diskGiB.min), z.lte(BACKUP_LIMITS.diskGiB.max)),
  s3: z.boolean(),
  /** host or host:port; empty for K3s's default endpoint. */
  s3Endpoint: z
    .string()
    .check(
      z.maxLength(255),
      z.regex(/^([A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:\d{1,5})?)?$/, 'a host name, with :port if needed'),
    ),
  /** S3 bucket naming: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
  s3Bucket: z.string().check(z.regex(/^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])?$/, 'a bucket name')),
  s3Folder: z.string().check(z.maxLength(255), z.regex(/^[A-Za-z0-9._/-]*$/, 'letters, digits, . _ - and /')),
  s3Region: z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]*$/, 'a region such as us-east-1')),
  s3VerifyTls: z.boolean(),
});
export type BackupInput = z.infer<typeof BackupInputSchema>;

export const DEFAULT_BACKUP: BackupInput = {
  snapshots: true,
  schedule: '',
  retention: null,
  directory: '',
  diskGiB: 0,
  s3: false,
  s3Endpoint: '',
  s3Bucket: '',
  s3Folder: '',
  s3Region: '',
  s3VerifyTls: true,
};

const OptionalVersionSchema = z.string().check(
  z.maxLength(40),
  z.refine(
    (t) => t.trim() === '' || isK3sVersionInput(t),
    'a channel (stable, latest), a minor line (v1.31) or a version (v1.31.4+k3s1)',
  ),
);

/**
 * Day 2, an upgrade (decision 020): from and to, each resolved like the cluster's version. An
 * empty `from` is the plan's own version; an empty `to` plans no upgrade.
 */
export const UpgradeInputSchema = z.strictObject({ from: OptionalVersionSchema, to: OptionalVersionSchema });
export type UpgradeInput = z.infer<typeof UpgradeInputSchema>;

export const DEFAULT_UPGRADE: UpgradeInput = { from: '', to: '' };

/** How a price is counted: per hour (× the catalog's hours per month) or per month. */
export const PRICE_PERIODS = ['hour', 'month'] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];

/** ISO 4217 code: USD, EUR, JPY. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/**
 * A price the reader types for a machine type (plan input, not a secret): an amount per hour or per
 * month in one currency. It replaces any list price of the type. Amounts below a millionth are not
 * taken, so a link writes every amount as plain decimals.
 */
export const MachinePriceSchema = z.strictObject({
  amount: z.number().check(
    z.gte(0),
    z.lte(1_000_000),
    z.refine((a) => a === 0 || a >= 0.000001),
  ),
  currency: CurrencySchema,
  per: z.enum(PRICE_PERIODS),
});
export type MachinePrice = z.infer<typeof MachinePriceSchema>;

/**
 * A machine type as a plan names it, "provider/id" (aws-ec2/m7g.large), or empty for none. The id
 * part is also a Kubernetes label value (at most 63 characters, starting and ending with a letter or
 * digit), so it can be written as the node's instance-type label as it is.
 */
export const MachineTypeRefSchema = z
  .string()
  .check(z.maxLength(100), z.regex(/^([a-z0-9-]{1,36}\/[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?)?$/));

/** A price typed for one machine type. */
export const TypedPriceSchema = z.strictObject({
  type: MachineTypeRefSchema.check(z.minLength(1)),
  amount: MachinePriceSchema.shape.amount,
  currency: CurrencySchema,
  per: z.enum(PRICE_PERIODS),
});
export type TypedPrice = z.infer<typeof TypedPriceSchema>;

/** At most 12 typed prices (MachinesInputSchema). */
export const MACHINE_LIMITS = { prices: 12 } as const;

/**
 * Machines (decision 025): the machine type the reader chose for each role (empty: none chosen),
 * the prices they typed, the machine catalog the choice was made in (empty: the published
 * default), and whether config.yaml labels each node with its type.
 */
export const MachinesInputSchema = z.strictObject({
  catalog: z.string().check(z.regex(/^(machines-\d{4}\.\d{1,2})?$/)),
  server: MachineTypeRefSchema,
  agent: MachineTypeRefSchema,
  database: MachineTypeRefSchema,
  prices: z.array(TypedPriceSchema).check(
    z.maxLength(12),
    z.refine((ps) => new Set(ps.map((p) => p.type)).size === ps.length),
  ),
  /** Write node-label node.kubernetes.io/instance-type=<type> in the servers' and agents' config.yaml. */
  nodeLabels: z.boolean(),
});
export type MachinesInput = z.infer<typeof MachinesInputSchema>;

export const DEFAULT_MACHINES: MachinesInput = {
  catalog: '',
  server: '',
  agent: '',
  database: '',
  prices: [],
  nodeLabels: false,
};

/** A fresh copy of the default machines section (its price list is never shared between plans). */
export const defaultMachines = (): MachinesInput => ({ ...DEFAULT_MACHINES, prices: [] });
/**
 * Day 2, an air-gapped install (decision 024): the nodes reach no internet, so the release's files
 * are downloaded beforehand and the installer skips its download. An empty registry means the
 * images archive on every node; a registry (host or host:port) mirrors K3s's images, with
 * placeholders for its credentials and CA file when it needs them. No credential is an input.
 */
export const AirgapInputSchema = z.strictObject({
  enabled: z.boolean(),
  registry: z
    .string()
    .check(
      z.maxLength(255),
      z.regex(/^([A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:\d{1,5})?)?$/, 'a host name, with :port if needed'),
    ),
  registryAuth: z.boolean(),
  registryCa: z.boolean(),
});
export type AirgapInput = z.infer<typeof AirgapInputSchema>;

export const DEFAULT_AIRGAP: AirgapInput = { enabled: false, registry: '', registryAuth: false, registryCa: false };

export const PlanInputSchema = z.strictObject({
  rules: RulesIdSchema,
  cluster: ClusterInputSchema,
  network: NetworkInputSchema,
  host: HostInputSchema,
  install: InstallInputSchema,
  /** Absent in plans saved before workload planning existed: then it is off. */
  workloads: z._default(WorkloadsInputSchema, defaultWorkloads),
  /** Absent in plans saved before day-2 planning existed: K3s's defaults, nothing uploaded. */
  backup: z._default(BackupInputSchema, () => ({ ...DEFAULT_BACKUP })),
  /** Absent in plans saved before day-2 planning existed: no upgrade planned. */
  upgrade: z._default(UpgradeInputSchema, () => ({ ...DEFAULT_UPGRADE })),
  /** Absent in plans saved before machines were part of the plan: none chosen, no prices. */
  machines: z._default(MachinesInputSchema, defaultMachines),
  /** Absent in plans saved before air-gapped installs were planned: the nodes download K3s themselves. */
  airgap: z._default(AirgapInputSchema, () => ({ ...DEFAULT_AIRGAP })),
});
export type PlanInput = z.infer<typeof PlanInputSchema>;

export const DEFAULT_CLUSTER: ClusterInput = {
  servers: 1,
  agents: 2,
  haMode: 'single',
  datastore: 'sqlite',
  disk: 'sata-ssd',
  arch: 'x86_64',
  device: 'server',
  boardMemoryGiB: 8,
  serverWorkloads: 'shared',
  k3sVersion: 'stable',
};

/** K3s's own defaults (10.42.0.0/16, 10.43.0.0/16, /24 and /64 node masks, 110 pods), all packaged components on. */
export const DEFAULT_NETWORK: NetworkInput = {
  ipFamily: 'ipv4',
  clusterCidr: '10.42.0.0/16',
  serviceCidr: '10.43.0.0/16',
  nodeMaskV4: 24,
  nodeMaskV6: 64,
  maxPods: 110,
  nodeNetwork: '',
  flannelBackend: 'vxlan',
  flannelIpv6Masq: false,
  flannelExternalIp: false,
  traefik: true,
  servicelb: true,
  metricsServer: true,
  embeddedRegistry: false,
  egressSelectorMode: 'agent',
};

/** The release a person most likely runs when they pick an operating system. */
export const DEFAULT_OS_VERSIONS: Readonly<Record<OperatingSystem, string>> = {
  ubuntu: '24.04',
  debian: '12',
  raspios: '12',
  rhel: '9.6',
  fedora: '42',
  sles: '15.6',
  opensuse: '15.6',
};

export const DEFAULT_HOST: HostInput = { os: 'ubuntu', osVersion: DEFAULT_OS_VERSIONS.ubuntu, firewall: 'off' };

export const DEFAULT_INSTALL: InstallInput = {
  registrationAddress: '',
  serverNames: 'server-{n}',
  agentNames: 'agent-{n}',
  nodeNaming: 'hostname',
  datastoreHost: '',
  datastorePort: 0,
  datastoreName: 'k3s',
  datastoreUser: 'k3s',
  kubeconfigMode: '0600',
};

/** The plan a new visitor starts from; the rules id comes from the published rules index. */
export function defaultPlanInput(rulesId: string): PlanInput {
  return {
    rules: rulesId,
    cluster: { ...DEFAULT_CLUSTER },
    network: { ...DEFAULT_NETWORK },
    host: { ...DEFAULT_HOST },
    install: { ...DEFAULT_INSTALL },
    workloads: defaultWorkloads(),
    backup: { ...DEFAULT_BACKUP },
    upgrade: { ...DEFAULT_UPGRADE },
    machines: defaultMachines(),
    airgap: { ...DEFAULT_AIRGAP },
  };
}

/** Field identifiers, used to place a finding or an input error beside its control. */
export type ClusterField = keyof ClusterInput;
export type NetworkField = keyof NetworkInput;
export type HostField = keyof HostInput;
export type InstallField = keyof InstallInput;
export type WorkloadsField = keyof WorkloadsInput;
export type BackupField = keyof BackupInput;
export type UpgradeField = keyof UpgradeInput;
export type MachinesField = keyof MachinesInput;
export type AirgapField = keyof AirgapInput;
export type PlanField =
  | `cluster.${ClusterField}`
  | `network.${NetworkField}`
  | `host.${HostField}`
  | `install.${InstallField}`
  | `workloads.${WorkloadsField}`
  | `backup.${BackupField}`
  | `upgrade.${UpgradeField}`
  | `machines.${MachinesField}`
  | `airgap.${AirgapField}`
  | 'rules';
