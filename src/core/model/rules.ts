import { z } from './zod';
import { K3S_VERSION_PATTERN } from './k3s-version';

// Enumerations the rules data shares with the plan input (kept here so plan-input imports rules, not the reverse).
export const OPERATING_SYSTEMS = ['ubuntu', 'debian', 'raspios', 'rhel', 'fedora', 'sles', 'opensuse'] as const;
/** Flannel backends, current and removed, so a plan that names a removed one can be told so. */
export const FLANNEL_BACKENDS = ['vxlan', 'host-gw', 'wireguard-native', 'none', 'ipsec', 'wireguard'] as const;

/**
 * The shape of one published rules file (public/data/rules/<id>.json).
 * Every number the app uses about K3s lives in such a file, next to the source it came from.
 * Shape is checked here; meaning (which tier applies, which finding fires) is core logic.
 */
export const RULES_SCHEMA_VERSION = 1;

export const EDITIONS = ['seed', 'upstream'] as const;
export const EditionSchema = z.enum(EDITIONS);
export type Edition = z.infer<typeof EditionSchema>;

export const RulesIdSchema = z.string().check(z.regex(/^[a-z]+-\d{4}\.\d{1,2}$/, 'a rules id looks like seed-2026.11'));

const IsoDate = z.iso.date();
const SourceKey = z.string().check(z.regex(/^[a-z0-9-]+$/));
const K3sVersionString = z.string().check(z.regex(K3S_VERSION_PATTERN, 'a K3s version looks like v1.26.5+k3s1'));

/** A document the rules cite: the live page and, where it was read at a fixed revision, a permalink. */
export const SourceDocSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  url: z.url(),
  /** The exact revision that was read (a commit permalink), where there is one. */
  permalink: z.optional(z.url()),
  /** Date of that revision or publication, as precisely as it is known (2024, 2024-10 or 2024-10-15); null when unknown. */
  date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
});
export type SourceDoc = z.infer<typeof SourceDocSchema>;

/** Where a row comes from: a document key from `sources`, the section, and optionally its page anchor. */
export const SourceRefSchema = z.strictObject({
  doc: SourceKey,
  section: z.string().check(z.minLength(1)),
  anchor: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

const ResourcesSchema = z.strictObject({
  vcpu: z.number().check(z.positive()),
  memoryMiB: z.int().check(z.positive()),
});
export type Resources = z.infer<typeof ResourcesSchema>;

const BaselineSchema = z.strictObject({
  minimum: ResourcesSchema,
  recommended: z.nullable(ResourcesSchema),
  source: SourceRefSchema,
});

const TierBase = {
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Inclusive upper bound of the counted quantity; null for the open-ended last row. */
  upTo: z.nullable(z.int().check(z.positive())),
  vcpu: z.number().check(z.positive()),
  /** True where the source writes "16+": the figure is a floor, not an exact size. */
  vcpuOrMore: z.boolean(),
  memoryMiB: z.int().check(z.positive()),
  source: SourceRefSchema,
};

export const ServerTierSchema = z.strictObject({
  ...TierBase,
  /** False where the source states the row for HA servers only and a single server falls back to the baseline. */
  appliesToSingleServer: z.boolean(),
});
export type ServerTier = z.infer<typeof ServerTierSchema>;

export const DatabaseTierSchema = z.strictObject(TierBase);
export type DatabaseTier = z.infer<typeof DatabaseTierSchema>;

function ascendingTiers(tiers: readonly { upTo: number | null }[]): boolean {
  return tiers.every((t, i) => {
    const isLast = i === tiers.length - 1;
    if (isLast) return t.upTo === null;
    const next = tiers[i + 1];
    return t.upTo !== null && next !== undefined && (next.upTo === null || next.upTo > t.upTo);
  });
}
const TIER_ORDER_MESSAGE = 'tiers must ascend by upTo and end with one open-ended row (upTo: null)';

export const SIZING_COUNTS = ['all-nodes', 'agents'] as const;
export type SizingCounts = (typeof SIZING_COUNTS)[number];

export const PROCESSOR_CLASSES = ['x86-server', 'arm-sbc'] as const;
export type ProcessorClass = (typeof PROCESSOR_CLASSES)[number];

export const PROFILING_ROLES = ['server-with-workload', 'server-with-one-agent', 'agent'] as const;
export type ProfilingRole = (typeof PROFILING_ROLES)[number];

export const DISK_KINDS = ['nvme', 'sata-ssd', 'hdd', 'sd-card', 'emmc', 'cloud-volume'] as const;
export const DiskKindSchema = z.enum(DISK_KINDS);
export type DiskKind = z.infer<typeof DiskKindSchema>;

export const ARCHITECTURES = ['x86_64', 'arm64', 'armhf', 's390x'] as const;
export const ArchitectureSchema = z.enum(ARCHITECTURES);
export type Architecture = z.infer<typeof ArchitectureSchema>;

/** How well a disk kind carries a datastore: ok, risky (works, with latency or wear risk), unsuitable. */
export const DISK_FITNESS = ['ok', 'risky', 'unsuitable'] as const;
const DiskFitnessSchema = z.enum(DISK_FITNESS);
export type DiskFitness = z.infer<typeof DiskFitnessSchema>;

/** Documented changes that make an edition differ from the seed documents; the catalog explains each id. */
export const EDITION_CHANGE_IDS = [
  'server-sizing-guide',
  'ha-server-table-removed',
  's390x-removed',
  'flash-storage-under-etcd',
] as const;
export type EditionChangeId = (typeof EDITION_CHANGE_IDS)[number];

export const VERSION_GATE_IDS = [
  'arm64-any-page-size',
  'dual-stack',
  'dual-stack-stable',
  'ipv6-only',
  'wireguard-backend-removed',
  'ipsec-backend-removed',
  'strongswan-unbundled',
  'kubelet-ipv6-node-ip-fixed',
  'embedded-registry',
  'embedded-registry-ga',
  'embedded-registry-wildcard',
  's390x-builds-removed',
] as const;
export type VersionGateId = (typeof VERSION_GATE_IDS)[number];
/** Gates added after the first rules files were published: a file without them reads as not knowing them. */
const GATES_ADDED_LATER: readonly VersionGateId[] = ['embedded-registry-wildcard', 's390x-builds-removed'];

/** Who sends or receives traffic in a firewall rule. */
export const PORT_PARTIES = ['servers', 'agents', 'all-nodes', 'datastore', 'clients', 'operators'] as const;
export type PortParty = (typeof PORT_PARTIES)[number];

/** When an inbound rule applies to a plan. */
export const PORT_CONDITIONS = [
  'always',
  'embedded-etcd-ha',
  'vxlan',
  'wireguard-native-ipv4',
  'wireguard-native-ipv6',
  'embedded-registry',
  'external-datastore',
  'traefik-servicelb',
  /** metrics-server runs, or the egress selector is disabled so the apiserver reaches kubelets directly. */
  'kubelet-reachable',
] as const;
export type PortCondition = (typeof PORT_CONDITIONS)[number];

export const PORT_IDS = [
  'etcd-peers',
  'supervisor-api',
  'flannel-vxlan',
  'kubelet',
  'flannel-wireguard-ipv4',
  'flannel-wireguard-ipv6',
  'spegel-p2p',
  'spegel-api',
  'datastore',
  'datastore-peers',
  'ingress-http',
  'ingress-https',
  'kubectl',
] as const;
export type PortId = (typeof PORT_IDS)[number];

export const LOCAL_PORT_IDS = [
  'etcd-metrics',
  'etcd-legacy-http',
  'apiserver-local',
  'cri-streaming',
  'kubelet-health',
  'kube-proxy-metrics',
  'kubelet-api',
  'kube-proxy-health',
  'controller-manager-metrics',
  'cloud-controller-manager-metrics',
  'scheduler-metrics',
] as const;

export const OS_STEP_IDS = [
  'nm-cloud-setup',
  'rhel10-kernel-modules-extra',
  'raspios-cgroups',
  'ubuntu-raspi-vxlan-module',
  'old-iptables',
  'wireguard-kernel-module',
  'ipv6-accept-ra',
] as const;
export type OsStepId = (typeof OS_STEP_IDS)[number];

/** K3s settings whose traits the rules record (fixed when the cluster is created; identical on every server). */
export const SETTING_IDS = [
  'token',
  'agent-token',
  'datastore-endpoint',
  'cluster-cidr',
  'service-cidr',
  'node-cidr-mask-size',
  'dual-stack',
  'cluster-dns',
  'flannel-backend',
  'flannel-ipv6-masq',
  'flannel-external-ip',
  'disable',
  'disable-network-policy',
  'embedded-registry',
  'egress-selector-mode',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

const OsVersionText = z.string().check(z.regex(/^\d{1,3}(\.\d{1,2})?$/));

/** Gates only the upgrade path reads (the rules' `upgrades.gates`); the others are `versionGates`. */
export const UPGRADE_GATE_IDS = ['traefik-v3', 'containerd-2'] as const;
export type UpgradeGateId = (typeof UPGRADE_GATE_IDS)[number];
export type AnyGateId = VersionGateId | UpgradeGateId;

/** Which plans a gate crossed on the way matters to. */
export const UPGRADE_CONDITIONS = [
  'always',
  'traefik',
  'flannel-wireguard',
  'flannel-ipsec',
  'embedded-registry',
  'dual-stack',
  's390x',
  'arm64',
] as const;
export type UpgradeCondition = (typeof UPGRADE_CONDITIONS)[number];

const AbsolutePath = z.string().check(z.startsWith('/'));
const FindingSeverity = z.enum(['error', 'warning', 'info']);
const Text = z.string().check(z.minLength(1));

/**
 * What K3s does with backups by default and where each restore step comes from: etcd snapshot
 * defaults (the flags' own values), the S3 defaults and the variables the credentials may come
 * from, the files a restore touches, the server token every backup needs, SQLite's database
 * directory and the config drop-in directory the snapshot settings are written to.
 */
const BackupRulesSchema = z.strictObject({
  snapshots: z.strictObject({
    scheduleCron: Text,
    retention: z.int().check(z.positive()),
    directory: AbsolutePath,
    source: SourceRefSchema,
    flagsSource: SourceRefSchema,
  }),
  s3: z.strictObject({
    endpoint: Text,
    region: Text,
    accessKeyEnv: Text,
    secretKeyEnv: Text,
    source: SourceRefSchema,
    flagsSource: SourceRefSchema,
  }),
  restore: z.strictObject({
    serverService: Text,
    databaseDirectory: AbsolutePath,
    resetFlagFile: AbsolutePath,
    source: SourceRefSchema,
    newHostsSource: SourceRefSchema,
  }),
  token: z.strictObject({
    file: AbsolutePath,
    source: SourceRefSchema,
    whySource: SourceRefSchema,
    rotationSource: SourceRefSchema,
  }),
  sqlite: z.strictObject({ directory: AbsolutePath, source: SourceRefSchema }),
  externalSource: SourceRefSchema,
  configDropIns: z.strictObject({ directory: AbsolutePath, source: SourceRefSchema }),
  /**
   * `--etcd-s3-retention` (decision 024): the first releases of each line with the flag. Before
   * them S3 kept as many snapshots as `--etcd-snapshot-retention`; from them S3 keeps its own count,
   * K3s's default unless set. Absent in files published before it was read.
   */
  s3Retention: z.optional(
    z.strictObject({
      flag: Text,
      since: z.array(K3sVersionString).check(z.minLength(1)),
      source: SourceRefSchema,
      flagSource: SourceRefSchema,
    }),
  ),
});
export type BackupRules = z.infer<typeof BackupRulesSchema>;

/** A release asset's architecture name and the binary's file name, per architecture of the plan. */
const AirgapArchitectureSchema = z.strictObject({
  arch: z.enum(ARCHITECTURES),
  /** The name K3s's release assets use (amd64, arm64, arm, s390x). */
  release: z.string().check(z.regex(/^[a-z0-9]+$/)),
  /** The binary's asset name (k3s, k3s-arm64, k3s-armhf, k3s-s390x). */
  binary: z.string().check(z.regex(/^k3s[a-z0-9-]*$/)),
});

/**
 * Air-gapped installs (decision 024): the release assets each node needs and where they go, the
 * installer variable that skips the download, the default route K3s needs, the registry K3s's
 * images come from (mirrored by a private registry), from the K3s docs' air-gap and private
 * registry pages and K3s's own release scripts.
 */
const AirgapRulesSchema = z.strictObject({
  releaseUrl: z.url(),
  binaryPath: AbsolutePath,
  imagesDirectory: AbsolutePath,
  skipDownloadEnv: Text,
  architectures: z.array(AirgapArchitectureSchema).check(z.minLength(1)),
  /** `<prefix><release arch><extension>`; the first extension is the one the plan downloads. */
  imageArchive: z.strictObject({
    prefix: Text,
    extensions: z.array(z.string().check(z.startsWith('.'))).check(z.minLength(1)),
  }),
  /** The images a release needs, one per line, for a private registry. */
  imageList: Text,
  /** `<prefix><release arch>.txt`: the release's checksums, which the installer reads too. */
  checksumsPrefix: Text,
  /** The registry K3s's own images are pulled from, which a private registry mirrors. */
  mirroredRegistry: Text,
  /** The docs' dummy-interface default route, for nodes that have none. */
  defaultRoute: z.array(Text).check(z.minLength(1)),
  source: SourceRefSchema,
  binarySource: SourceRefSchema,
  routeSource: SourceRefSchema,
  installSource: SourceRefSchema,
  registrySource: SourceRefSchema,
  registriesFileSource: SourceRefSchema,
  assetsSource: SourceRefSchema,
  binaryNamesSource: SourceRefSchema,
  upgradeSource: SourceRefSchema,
});
export type AirgapRules = z.infer<typeof AirgapRulesSchema>;

/**
 * Join tokens (decision 024): the short format the plan writes trusts the server's CA blindly; the
 * secure `K10…` token K3s writes once the first server is up; the agent token's file; rotation.
 */
const TokenRulesSchema = z.strictObject({
  serverTokenFile: AbsolutePath,
  agentTokenFile: AbsolutePath,
  /** The agent's service, restarted with a new token (the server's is backup.restore.serverService). */
  agentService: Text,
  securePrefix: Text,
  /** The first releases of each line with `k3s token rotate`. */
  rotateSince: z.array(K3sVersionString).check(z.minLength(1)),
  formatSource: SourceRefSchema,
  firstServerSource: SourceRefSchema,
  agentSource: SourceRefSchema,
  rotateSource: SourceRefSchema,
  serviceSource: SourceRefSchema,
});
export type TokenRules = z.infer<typeof TokenRulesSchema>;

/**
 * How K3s is upgraded: one minor line at a time, servers first; the channel server; the
 * system-upgrade-controller's Plan as the K3s docs configure it; gates only upgrades read, and
 * which gates (of either list) to report when the path crosses them, for which plans, how loudly.
 */
const UpgradeRulesSchema = z.strictObject({
  maxMinorsPerStep: z.int().check(z.positive()),
  pathSource: SourceRefSchema,
  orderSource: SourceRefSchema,
  scriptSource: SourceRefSchema,
  channelUrl: z.url(),
  channelSource: SourceRefSchema,
  downgradeSource: SourceRefSchema,
  controller: z.strictObject({
    installManifests: z.array(z.url()).check(z.minLength(1)),
    apiVersion: Text,
    kind: Text,
    namespace: Text,
    serviceAccountName: Text,
    image: Text,
    controlPlaneLabel: Text,
    /** The value K3s gives the label on servers, which the server plan selects. */
    controlPlaneValue: Text,
    serverPlanName: Text,
    agentPlanName: Text,
    serverConcurrency: z.int().check(z.positive()),
    source: SourceRefSchema,
    installSource: SourceRefSchema,
    planTypeSource: SourceRefSchema,
    agentlessSource: SourceRefSchema,
  }),
  gates: z.array(
    z.strictObject({
      id: z.enum(UPGRADE_GATE_IDS),
      since: z.array(K3sVersionString).check(z.minLength(1)),
      source: SourceRefSchema,
    }),
  ),
  crossings: z.array(
    z.strictObject({
      gate: z.enum([...VERSION_GATE_IDS, ...UPGRADE_GATE_IDS]),
      when: z.enum(UPGRADE_CONDITIONS),
      severity: FindingSeverity,
    }),
  ),
});
export type UpgradeRules = z.infer<typeof UpgradeRulesSchema>;

export const RulesSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(RULES_SCHEMA_VERSION),
    id: RulesIdSchema,
    edition: EditionSchema,
    version: z.string().check(z.regex(/^\d{4}\.\d{1,2}$/)),
    published: IsoDate,
    sources: z.record(SourceKey, SourceDocSchema),

    /** Per-node baseline hardware. `scope` says whether the source gives one table for every node or one per role. */
    hardware: z.strictObject({
      scope: z.enum(['every-node', 'per-role']),
      server: BaselineSchema,
      agent: BaselineSchema,
    }),

    serverSizing: z.strictObject({
      counts: z.enum(SIZING_COUNTS),
      statedFor: z.enum(['ha-servers', 'servers']),
      tiers: z.array(ServerTierSchema).check(z.minLength(1), z.refine(ascendingTiers, TIER_ORDER_MESSAGE)),
      /** "With 3 HA servers, agents can scale ~50% more": every tier bound multiplied by agentFactor. */
      haScaling: z.nullable(
        z.strictObject({
          minServers: z.int().check(z.gte(2)),
          agentFactor: z.number().check(z.gt(1)),
          source: SourceRefSchema,
          /**
           * The source's own worked example ("3 servers with 4 vCPU / 8 GB can scale to ~1200
           * agents": 900 → 1,200). Where it implies a smaller factor than `agentFactor`, the plan
           * uses the example's ratio, in whole agents.
           */
          workedExample: z.optional(
            z.strictObject({
              baseAgents: z.int().check(z.positive()),
              scaledAgents: z.int().check(z.positive()),
              source: SourceRefSchema,
            }),
          ),
        }),
      ),
    }),

    databaseSizing: z.strictObject({
      counts: z.enum(SIZING_COUNTS),
      tiers: z.array(DatabaseTierSchema).check(z.minLength(1), z.refine(ascendingTiers, TIER_ORDER_MESSAGE)),
    }),

    profiling: z.strictObject({
      k3sVersion: K3sVersionString,
      rows: z
        .array(
          z.strictObject({
            role: z.enum(PROFILING_ROLES),
            processor: z.enum(PROCESSOR_CLASSES),
            processorName: z.string().check(z.minLength(1)),
            cpuCoreShare: z.number().check(z.gte(0), z.lte(1)),
            /** Set where another table of the same page gives a different CPU figure for this row. */
            cpuCoreShareElsewhere: z.optional(z.number().check(z.gte(0), z.lte(1))),
            memoryMiB: z.strictObject({ sqlite: z.int().check(z.positive()), etcd: z.int().check(z.positive()) }),
          }),
        )
        .check(z.minLength(1)),
      source: SourceRefSchema,
      datastoreIo: z.array(
        z.strictObject({
          datastore: z.enum(['sqlite', 'etcd']),
          iops: z.int().check(z.positive()),
          kibPerSecond: z.int().check(z.positive()),
          maxLatencyMs: z.number().check(z.positive()),
        }),
      ),
      datastoreIoSource: SourceRefSchema,
    }),

    /** The board class the low-power device option stands for (the profiling's Raspberry Pi 4B, 4 cores, 8 GB). */
    lowPowerBoard: z.strictObject({
      vcpu: z.int().check(z.positive()),
      memoryMiB: z.int().check(z.positive()),
      source: SourceRefSchema,
    }),

    disks: z.strictObject({
      kinds: z.array(
        z.strictObject({
          id: DiskKindSchema,
          etcd: DiskFitnessSchema,
          kine: DiskFitnessSchema,
          source: SourceRefSchema,
        }),
      ),
      ssdRecommended: SourceRefSchema,
      cloudMinimumSizeForMaxIops: SourceRefSchema,
      separateServerAndAgentData: SourceRefSchema,
    }),

    etcd: z.strictObject({
      haMinServers: z.int().check(z.gte(1)),
      recommendedMaxMembers: z.int().check(z.gte(1)),
      quotaMiB: z.strictObject({ default: z.int().check(z.positive()), suggestedMax: z.int().check(z.positive()) }),
      snapshots: z.strictObject({
        intervalHours: z.int().check(z.positive()),
        retention: z.int().check(z.gte(0)),
        directory: z.string().check(z.minLength(1)),
      }),
      quorumSource: SourceRefSchema,
      topologySource: SourceRefSchema,
      quotaSource: SourceRefSchema,
      snapshotSource: SourceRefSchema,
      slowDiskSource: SourceRefSchema,
    }),

    externalDatastore: z.strictObject({
      haMinServers: z.int().check(z.gte(1)),
      topologySource: SourceRefSchema,
      sqliteSingleServerSource: SourceRefSchema,
    }),

    cluster: z.strictObject({
      /** Beyond this many nodes the plan counts as a large cluster (the sizing tables' first row ends here). */
      largeAboveNodes: z.int().check(z.positive()),
      largeClusterSource: SourceRefSchema,
      joinBatchMaxAgents: z.int().check(z.positive()),
      joinBatchSource: SourceRefSchema,
      uniqueHostnamesSource: SourceRefSchema,
      kubernetesLimits: z.strictObject({
        maxNodes: z.int().check(z.positive()),
        maxPodsPerNode: z.int().check(z.positive()),
        maxPods: z.int().check(z.positive()),
        source: SourceRefSchema,
      }),
    }),

    architectures: z.array(
      z.strictObject({
        id: ArchitectureSchema,
        /** Whether this edition's requirements page lists the architecture. */
        listed: z.boolean(),
        /** Date upstream stopped producing builds, or null while builds continue. */
        buildsEnded: z.nullable(IsoDate),
        source: SourceRefSchema,
      }),
    ),

    versionGates: z.array(
      z.strictObject({
        id: z.enum(VERSION_GATE_IDS),
        /** First release of each minor line that has the change; later minors have it too. */
        since: z.array(K3sVersionString).check(z.minLength(1)),
        source: SourceRefSchema,
      }),
    ),

    network: z.strictObject({
      defaults: z.strictObject({
        clusterCidr: z.string(),
        serviceCidr: z.string(),
        nodeMaskV4: z.int(),
        nodeMaskV6: z.int(),
        maxPods: z.int().check(z.positive()),
        /** Offsets into the service range: the kubernetes API service (1) and the cluster DNS (10). */
        apiServiceOffset: z.int().check(z.nonnegative()),
        clusterDnsOffset: z.int().check(z.nonnegative()),
        source: SourceRefSchema,
        nodeMaskSource: SourceRefSchema,
        maxPodsSource: SourceRefSchema,
      }),
      examples: z.strictObject({
        dualStack: z.strictObject({ clusterCidr: z.string(), serviceCidr: z.string() }),
        ipv6Only: z.strictObject({ clusterCidr: z.string(), serviceCidr: z.string() }),
        source: SourceRefSchema,
      }),
      /**
       * K3s's own IPv6 ranges (unique local, fd00::/8) when the node's first address is IPv6 and no
       * CIDR is given: what the plan suggests for IPv6 instead of the docs' example ranges, which are
       * documentation or someone else's addresses.
       */
      ipv6Defaults: z.optional(
        z.strictObject({ clusterCidr: z.string(), serviceCidr: z.string(), source: SourceRefSchema }),
      ),
      serviceCidrMaxPrefix: z.strictObject({ ipv4: z.int(), ipv6: z.int(), source: SourceRefSchema }),
      /** kube-controller-manager refuses an IPv6 node mask more than this many bits longer than the cluster prefix. */
      ipv6NodeMaskMaxGap: z.strictObject({ bits: z.int().check(z.positive()), source: SourceRefSchema }),
      /** Addresses of each node's pod subnet that pods cannot use (network, gateway, and IPv4 broadcast). */
      reservedPerNodeSubnet: z.strictObject({
        ipv4: z.int().check(z.nonnegative()),
        ipv6: z.int().check(z.nonnegative()),
        source: SourceRefSchema,
      }),
      /** Private ranges a suggested larger cluster CIDR is searched in. */
      fixSearchSpaces: z.strictObject({
        ipv4: z.array(z.string()).check(z.minLength(1)),
        ipv6: z.array(z.string()).check(z.minLength(1)),
        source: SourceRefSchema,
      }),
      nodeMaskFlagSource: SourceRefSchema,
      /** Where K3s itself warns that the default cluster CIDR runs out (about 255 nodes). */
      capacitySource: SourceRefSchema,
      dualStackSource: SourceRefSchema,
      ipv6PrimaryNodeIpSource: SourceRefSchema,
      ipv6AcceptRaSource: SourceRefSchema,
      kubeletIpv6BugSource: SourceRefSchema,
      ipv6MasqSource: SourceRefSchema,
      externalIpSource: SourceRefSchema,
      hostGwSource: SourceRefSchema,
      customCniSource: SourceRefSchema,
      vxlanExposureSource: SourceRefSchema,
      netRawSource: SourceRefSchema,
      egressSelectorSource: SourceRefSchema,
      agentlessSource: SourceRefSchema,
      embeddedRegistrySource: SourceRefSchema,
      flannelBackends: z.array(
        z.strictObject({
          id: z.enum(FLANNEL_BACKENDS),
          status: z.enum(['current', 'deprecated']),
          source: SourceRefSchema,
        }),
      ),
      settings: z.array(
        z.strictObject({
          id: z.enum(SETTING_IDS),
          creationOnly: z.boolean(),
          sameOnAllServers: z.boolean(),
          source: SourceRefSchema,
        }),
      ),
    }),

    ports: z.strictObject({
      inbound: z.array(
        z.strictObject({
          id: z.enum(PORT_IDS),
          protocol: z.enum(['tcp', 'udp']),
          from: z.int().check(z.gte(1), z.lte(65535)),
          to: z.int().check(z.gte(1), z.lte(65535)),
          sources: z.enum(PORT_PARTIES),
          destinations: z.enum(PORT_PARTIES),
          when: z.enum(PORT_CONDITIONS),
          /** False for rows derived from other pages (datastore, ingress, kubectl), not the requirements table. */
          listed: z.boolean(),
          source: SourceRefSchema,
        }),
      ),
      local: z.array(z.strictObject({ id: z.enum(LOCAL_PORT_IDS), port: z.int().check(z.gte(1), z.lte(65535)) })),
      localSource: SourceRefSchema,
      externalDatastore: z.strictObject({
        mysql: z.int(),
        mariadb: z.int(),
        postgres: z.int(),
        'external-etcd': z.int(),
        source: SourceRefSchema,
      }),
      /** An external etcd cluster's members talk to each other on the peer port. */
      externalEtcdPeers: z.optional(
        z.strictObject({ port: z.int().check(z.gte(1), z.lte(65535)), source: SourceRefSchema }),
      ),
      firewall: z.strictObject({
        firewalldDisable: z.string(),
        ufwDisable: z.string(),
        source: SourceRefSchema,
      }),
    }),

    osSteps: z.array(
      z.strictObject({
        id: z.enum(OS_STEP_IDS),
        when: z.strictObject({
          os: z.optional(z.array(z.enum(OPERATING_SYSTEMS))),
          /** Inclusive lower and exclusive upper bound of the OS release. */
          versionFrom: z.optional(OsVersionText),
          versionBelow: z.optional(OsVersionText),
          lowPowerBoard: z.optional(z.boolean()),
          backends: z.optional(z.array(z.enum(FLANNEL_BACKENDS))),
          ipv6: z.optional(z.boolean()),
        }),
        commands: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        /** Steps that apply only in a situation the plan cannot know (e.g. router advertisements). */
        conditional: z.boolean(),
        source: SourceRefSchema,
        /** Where the seed documents word the step differently (an older path or release range), shown beside it. */
        seedWording: z.optional(
          z.strictObject({
            commands: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
            source: SourceRefSchema,
          }),
        ),
      }),
    ),
    /** The embedded registry's mirror configuration: the file every node reads and what it must list. */
    registries: z.optional(
      z.strictObject({
        path: z.string().check(z.startsWith('/')),
        /** The environment variable that lets images tagged latest be shared. */
        latestTagEnv: z.string().check(z.minLength(1)),
        /** Registries the mirror lists when the release has no "*" wildcard. */
        defaultMirrors: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        source: SourceRefSchema,
      }),
    ),
    /** Day 2: backups and their restore (decision 020); absent in files published before it. */
    backup: z.optional(BackupRulesSchema),
    /** Day 2: upgrades (decision 020); absent in files published before it. */
    upgrades: z.optional(UpgradeRulesSchema),
    /** Day 2: air-gapped installs (decision 024); absent in files published before it. */
    airgap: z.optional(AirgapRulesSchema),
    /** Day 2: join tokens and their rotation (decision 024); absent in files published before it. */
    tokens: z.optional(TokenRulesSchema),
    /** Facts the generated install commands and config files rest on. */
    install: z.strictObject({
      scriptUrl: z.url(),
      configPath: z.string().check(z.startsWith('/')),
      supervisorPort: z.int().check(z.gte(1), z.lte(65535)),
      serverUninstall: z.string().check(z.startsWith('/')),
      agentUninstall: z.string().check(z.startsWith('/')),
      dedicatedServerTaint: z.string().check(z.minLength(1)),
      scriptSource: SourceRefSchema,
      configSource: SourceRefSchema,
      joinSource: SourceRefSchema,
      uninstallSource: SourceRefSchema,
      taintSource: SourceRefSchema,
      tokenSource: SourceRefSchema,
      datastoreSource: SourceRefSchema,
      registrationSource: SourceRefSchema,
    }),

    /** How an agent registers: its local client load balancer, the supervisor, the node password. */
    registration: z.strictObject({
      clientLoadBalancerPort: z.int().check(z.gte(1), z.lte(65535)),
      nodePasswordFile: z.string().check(z.startsWith('/')),
      nodePasswordSecret: z.string().check(z.minLength(1)),
      nodePasswordNamespace: z.string().check(z.minLength(1)),
      endpointsService: z.string().check(z.minLength(1)),
      source: SourceRefSchema,
      portSource: SourceRefSchema,
    }),

    /**
     * What kubelet keeps from pods by default, for workload planning: kube-reserved and
     * system-reserved (none unless set) and the hard eviction threshold on memory.available.
     */
    kubelet: z.strictObject({
      kubeReserved: z.strictObject({ cpuMillis: z.int().check(z.gte(0)), memoryMiB: z.int().check(z.gte(0)) }),
      systemReserved: z.strictObject({ cpuMillis: z.int().check(z.gte(0)), memoryMiB: z.int().check(z.gte(0)) }),
      evictionHardMemoryMiB: z.int().check(z.gte(0)),
      source: SourceRefSchema,
    }),

    /** What changed upstream since the seed documents, each with its date and source; empty for the seed edition. */
    changes: z.array(
      z.strictObject({
        id: z.enum(EDITION_CHANGE_IDS),
        date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
        source: SourceRefSchema,
      }),
    ),

    releases: z.strictObject({
      asOf: IsoDate,
      channels: z.strictObject({ stable: K3sVersionString, latest: K3sVersionString }),
      known: z.array(K3sVersionString).check(z.minLength(1)),
      source: SourceRefSchema,
    }),
  })
  .check(
    z.superRefine((rules, ctx) => {
      // Every cited document must exist in `sources`, so a link can always be drawn.
      const visit = (value: unknown, path: (string | number)[]): void => {
        if (Array.isArray(value)) {
          value.forEach((v, i) => {
            visit(v, [...path, i]);
          });
          return;
        }
        if (value === null || typeof value !== 'object') return;
        const record = value as Record<string, unknown>;
        if (typeof record.doc === 'string' && typeof record.section === 'string' && !(record.doc in rules.sources)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'doc'], message: `unknown source "${record.doc}"` });
        }
        for (const [key, child] of Object.entries(record)) {
          if (key !== 'sources') visit(child, [...path, key]);
        }
      };
      visit(rules, []);

      const archIds = new Set(rules.architectures.map((a) => a.id));
      for (const arch of ARCHITECTURES) {
        if (!archIds.has(arch))
          ctx.addIssue({ code: 'custom', path: ['architectures'], message: `missing architecture "${arch}"` });
      }
      const diskIds = new Set(rules.disks.kinds.map((d) => d.id));
      for (const disk of DISK_KINDS) {
        if (!diskIds.has(disk))
          ctx.addIssue({ code: 'custom', path: ['disks', 'kinds'], message: `missing disk kind "${disk}"` });
      }
      for (const processor of PROCESSOR_CLASSES) {
        for (const role of PROFILING_ROLES) {
          if (!rules.profiling.rows.some((r) => r.processor === processor && r.role === role)) {
            ctx.addIssue({
              code: 'custom',
              path: ['profiling', 'rows'],
              message: `missing profiling row ${role}/${processor}`,
            });
          }
        }
      }
      const gateIds = new Set<string>(rules.versionGates.map((g) => g.id));
      for (const gate of VERSION_GATE_IDS) {
        if (!gateIds.has(gate) && !GATES_ADDED_LATER.includes(gate)) {
          ctx.addIssue({ code: 'custom', path: ['versionGates'], message: `missing version gate "${gate}"` });
        }
      }
      const portIds = new Set<string>(rules.ports.inbound.map((p) => p.id));
      // The datastore rule is built from ports.externalDatastore, whose port depends on the database.
      for (const id of PORT_IDS.filter((p) => p !== 'datastore' && p !== 'datastore-peers')) {
        if (!portIds.has(id))
          ctx.addIssue({ code: 'custom', path: ['ports', 'inbound'], message: `missing port rule "${id}"` });
      }
      const settingIds = new Set<string>(rules.network.settings.map((x) => x.id));
      for (const id of SETTING_IDS) {
        if (!settingIds.has(id))
          ctx.addIssue({ code: 'custom', path: ['network', 'settings'], message: `missing setting "${id}"` });
      }
      // Every gate a crossing names must be one the file lists.
      const upgradeGateIds = new Set<string>(rules.upgrades?.gates.map((g) => g.id) ?? []);
      rules.upgrades?.crossings.forEach((c, i) => {
        if (!gateIds.has(c.gate) && !upgradeGateIds.has(c.gate))
          ctx.addIssue({
            code: 'custom',
            path: ['upgrades', 'crossings', i, 'gate'],
            message: `crossing names gate "${c.gate}", which the file does not list`,
          });
      });
      const backendIds = new Set<string>(rules.network.flannelBackends.map((b) => b.id));
      for (const id of FLANNEL_BACKENDS) {
        if (!backendIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['network', 'flannelBackends'],
            message: `missing Flannel backend "${id}"`,
          });
      }
    }),
  );

export type Rules = z.infer<typeof RulesSchema>;

/** One entry of public/data/rules/index.json. */
/** Corrections a newer rules file makes to an older one of the same edition. */
export const RULES_CORRECTION_IDS = [
  'supervisor-from-servers',
  'kubelet-port-follows-metrics-server',
  's390x-builds-removed',
  'ha-scaling-worked-example',
  'large-cluster-threshold',
  'os-steps-by-release',
  'ipv6-ranges-unique-local',
  'embedded-registry-mirrors',
  'external-etcd-peers',
] as const;
export type RulesCorrectionId = (typeof RULES_CORRECTION_IDS)[number];

export const RulesIndexSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(RULES_SCHEMA_VERSION),
    default: RulesIdSchema,
    files: z
      .array(
        z.strictObject({
          id: RulesIdSchema,
          edition: EditionSchema,
          version: z.string(),
          file: z.string().check(z.regex(/^[a-z0-9.-]+\.json$/)),
          /** A newer file of the same edition that corrects this one; links that pin this one still open with it, and say so. */
          supersededBy: z.optional(RulesIdSchema),
          /** What the newer file corrects; the catalogs explain each id. */
          corrections: z.optional(z.array(z.enum(RULES_CORRECTION_IDS))),
        }),
      )
      .check(z.minLength(1)),
  })
  .check(
    z.refine((index) => index.files.some((f) => f.id === index.default), {
      message: 'the default rules id must be one of the files',
      path: ['default'],
    }),
  );
export type RulesIndex = z.infer<typeof RulesIndexSchema>;
