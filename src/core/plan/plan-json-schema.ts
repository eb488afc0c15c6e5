import { z } from '../model/zod';
import { SEVERITIES } from '../findings/finding';
import { EditionSchema, PORT_PARTIES, PROCESSOR_CLASSES } from '../model/rules';
import { PLAN_FORMAT_VERSION, PlanInputSchema } from '../model/plan-input';

/**
 * The downloadable plan: input, the rules it was computed with, sizing and findings.
 * Published as JSON Schema (public/schema/plan.v1.json) so other tools can validate a plan.
 * Memory is in GiB here (the K3s docs' "GB"), vCPU as counted by the docs.
 */
const SourceJsonSchema = z.strictObject({
  title: z.string(),
  url: z.string(),
  permalink: z.nullable(z.string()),
  section: z.string(),
  date: z.nullable(z.string()),
});

const ResourcesJsonSchema = z.strictObject({ vcpu: z.number(), memoryGiB: z.number() });
const FigureJsonSchema = z.strictObject({ vcpu: z.number(), vcpuOrMore: z.boolean(), memoryGiB: z.number() });

const MeasuredJsonSchema = z.strictObject({
  cpuCoreShare: z.number(),
  memoryGiB: z.number(),
  role: z.string(),
  processor: z.string(),
  datastoreColumn: z.enum(['sqlite', 'etcd']),
  k3sVersion: z.string(),
  source: SourceJsonSchema,
});

/** Address counts can exceed 2^53 (IPv6), so they are decimal strings. */
const BigCount = z.string().check(z.regex(/^-?\d+$/));

const FamilyJsonSchema = z.strictObject({
  family: z.enum(['ipv4', 'ipv6']),
  clusterCidr: z.nullable(z.string()),
  serviceCidr: z.nullable(z.string()),
  nodeMask: z.int(),
  nodeSubnets: z.nullable(BigCount),
  addressesPerNode: z.nullable(BigCount),
  usablePerNode: z.nullable(BigCount),
  podsPerNode: z.nullable(z.int()),
  podCapacity: z.nullable(BigCount),
  nodes: z.int(),
  subnetsLeft: z.nullable(BigCount),
  fits: z.nullable(z.boolean()),
  serviceAddresses: z.nullable(BigCount),
  apiServiceIp: z.nullable(z.string()),
  clusterDnsIp: z.nullable(z.string()),
});

const FindingJsonSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  why: z.string(),
  fix: z.string(),
  params: z.record(z.string(), z.unknown()),
  fields: z.array(z.string()),
  ruleId: z.string(),
  source: SourceJsonSchema,
});

/** A step of a backup or a restore: what it is (in English), where it runs, the lines to paste there. */
const Day2StepJsonSchema = z.strictObject({
  id: z.string(),
  on: z.enum(['all-servers', 'first-server', 'other-servers', 'server', 'operator', 'database']),
  nodes: z.array(z.string()),
  text: z.string(),
  commands: z.array(z.string()),
});

const UpgradeEndJsonSchema = z.strictObject({
  requested: z.string(),
  resolved: z.string(),
  line: z.string(),
  exact: z.boolean(),
});

/** A step of an air-gapped install's preparation or of the tokens' life (decision 024), in English. */
const Day2NamedStepJsonSchema = z.strictObject({
  id: z.string(),
  // AIRGAP_STEP_TARGETS and TOKEN_STEP_TARGETS (day2/airgap.ts, day2/tokens.ts), written out so the schema loads without them.
  on: z.enum(['operator', 'all-nodes', 'first-server', 'all-servers', 'agents']),
  nodes: z.array(z.string()),
  text: z.string(),
  commands: z.array(z.string()),
});

const ReleaseAssetJsonSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  /** Where it goes on a node; null: beside install.sh. */
  destination: z.nullable(z.string()),
});

/** An air-gapped install (decision 024): the release files, where they go per role, the steps before installing. */
const AirgapJsonSchema = z.strictObject({
  method: z.enum(['images', 'registry']),
  release: z.string(),
  releaseArch: z.string(),
  downloads: z.array(ReleaseAssetJsonSchema),
  imageVariants: z.array(z.string()),
  roles: z.array(
    z.strictObject({
      role: z.enum(['server-init', 'server', 'agent']),
      files: z.array(z.strictObject({ name: z.string(), destination: z.nullable(z.string()) })),
    }),
  ),
  /** The private registry: its host and endpoint, and whether placeholders stand for credentials or a CA file (never their values). */
  registry: z.nullable(
    z.strictObject({
      host: z.string(),
      endpoint: z.string(),
      mirrorOf: z.string(),
      auth: z.boolean(),
      caFile: z.nullable(z.string()),
    }),
  ),
  skipDownloadEnv: z.string(),
  installer: z.string(),
  steps: z.array(Day2NamedStepJsonSchema),
  source: SourceJsonSchema,
});

/** Join tokens (decision 024): the secure token's files, the steps to join with it, the rotation. */
const TokensJsonSchema = z.strictObject({
  serverTokenFile: z.string(),
  agentTokenFile: z.string(),
  securePrefix: z.string(),
  separateAgentToken: z.boolean(),
  joinSteps: z.array(Day2NamedStepJsonSchema),
  rotation: z.strictObject({
    available: z.boolean(),
    firstRelease: z.nullable(z.string()),
    steps: z.array(Day2NamedStepJsonSchema),
  }),
  source: SourceJsonSchema,
});

/** Day 2 (decision 020): backups and restore, an upgrade when the plan asks for one, and their findings. */
const Day2JsonSchema = z.strictObject({
  backup: z.strictObject({
    kind: z.enum(['etcd-snapshots', 'sqlite-copy', 'database']),
    description: z.string(),
    snapshots: z.nullable(
      z.strictObject({
        enabled: z.boolean(),
        schedule: z.string(),
        retention: z.int(),
        directory: z.string(),
        s3: z.nullable(
          z.strictObject({
            endpoint: z.string(),
            bucket: z.string(),
            folder: z.string(),
            region: z.string(),
            verifyTls: z.boolean(),
            /** The environment variables K3s also reads the keys from; the keys themselves are never written here. */
            credentialEnv: z.array(z.string()),
          }),
        ),
      }),
    ),
    /** Space the retained snapshots need on each server, GiB. */
    diskGiB: z.nullable(
      z.strictObject({
        needed: z.number(),
        neededAtSuggestedMaxQuota: z.number(),
        withDatabase: z.boolean(),
        given: z.nullable(z.number()),
        fits: z.nullable(z.boolean()),
      }),
    ),
    dropIn: z.nullable(z.strictObject({ fileName: z.string(), path: z.string(), content: z.string() })),
    backupSteps: z.array(Day2StepJsonSchema),
    restoreSteps: z.array(Day2StepJsonSchema),
    token: z.strictObject({ file: z.string(), why: z.string() }),
    source: SourceJsonSchema,
  }),
  upgrade: z.nullable(
    z.strictObject({
      from: UpgradeEndJsonSchema,
      to: UpgradeEndJsonSchema,
      direction: z.enum(['up', 'same', 'down']),
      order: z.strictObject({
        servers: z.int(),
        serversAtOnce: z.int(),
        tolerated: z.int(),
        etcdMembers: z.nullable(z.int()),
        registration: z.enum(['fixed', 'first-server']),
        serverUrl: z.string(),
        agents: z.int(),
        agentBatch: z.nullable(z.strictObject({ size: z.int(), batches: z.int() })),
      }),
      steps: z.array(
        z.strictObject({
          line: z.string(),
          env: z.strictObject({ name: z.enum(['INSTALL_K3S_VERSION', 'INSTALL_K3S_CHANNEL']), value: z.string() }),
          servers: z.array(z.strictObject({ name: z.string(), command: z.string() })),
          agentCommand: z.nullable(z.string()),
          gates: z.array(z.string()),
          manifests: z.strictObject({ fileName: z.string(), content: z.string() }),
        }),
      ),
      controller: z.strictObject({ install: z.string(), watch: z.array(z.string()), upgradesServers: z.boolean() }),
    }),
  ),
  /** Absent in plans saved before decision 024; null when the plan is not air-gapped. */
  airgap: z.optional(z.nullable(AirgapJsonSchema)),
  /** Absent in plans saved before decision 024. */
  tokens: z.optional(z.nullable(TokensJsonSchema)),
  findings: z.array(FindingJsonSchema),
});

/** A machine type of the catalog as the JSON plan names it; memory in MiB, as the catalog holds it. */
const MachineTypeJsonSchema = z.strictObject({
  key: z.string(),
  provider: z.string(),
  id: z.string(),
  name: z.string(),
  vcpu: z.int(),
  memoryMiB: z.int(),
  architectures: z.array(z.string()),
  processor: z.enum(PROCESSOR_CLASSES),
  burstable: z.boolean(),
});
const MachineTotalsJsonSchema = z.strictObject({ machines: z.int(), vcpu: z.int(), memoryMiB: z.int() });
const HeadroomJsonSchema = z.strictObject({ vcpu: z.int(), memoryMiB: z.int() });
const MACHINE_ROLES_JSON = ['server', 'agent', 'database'] as const;
/**
 * A machine list's monthly cost: `priced` with the amount in one currency (hourly prices × hours
 * per month), or why there is none (`unpriced` names the types without a price, `mixed-currencies`
 * the currencies, `incomplete` when a role has no type).
 */
const MonthlyCostJsonSchema = z.strictObject({
  status: z.enum(['priced', 'unpriced', 'mixed-currencies', 'incomplete']),
  amount: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  hoursPerMonth: z.number(),
  lines: z.array(
    z.strictObject({
      role: z.enum(MACHINE_ROLES_JSON),
      key: z.string(),
      count: z.int(),
      price: z.strictObject({
        amount: z.number(),
        currency: z.string(),
        per: z.enum(['hour', 'month']),
        origin: z.enum(['reader', 'list']),
        region: z.nullable(z.string()),
        asOf: z.nullable(z.string()),
      }),
      monthlyEach: z.number(),
      monthly: z.number(),
    }),
  ),
  missing: z.array(z.string()),
  currencies: z.array(z.string()),
});
/** The machines of a plan (decision 025). */
const MachinesJsonSchema = z.strictObject({
  catalog: z.strictObject({ id: z.string(), version: z.string(), published: z.string() }),
  arch: z.string(),
  burstable: z.enum(['agents-only', 'all-roles', 'none']),
  hoursPerMonth: z.number(),
  /** What each machine of a role needs: vCPU and MiB, from the sizing or workload planning's agent shape. */
  needs: z.array(
    z.strictObject({
      role: z.enum(MACHINE_ROLES_JSON),
      count: z.int(),
      vcpu: z.int(),
      vcpuOrMore: z.boolean(),
      memoryMiB: z.int(),
      basis: z.enum(['sizing', 'workload-shape']),
    }),
  ),
  /** Per provider: the smallest type per role (or why none), its machine list's totals and monthly cost. */
  providers: z.array(
    z.strictObject({
      provider: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
      roles: z.array(
        z.strictObject({
          role: z.enum(MACHINE_ROLES_JSON),
          status: z.enum(['matched', 'too-small', 'burstable-only', 'no-architecture']),
          type: z.nullable(MachineTypeJsonSchema),
          needMemoryMiB: z.nullable(z.int()),
          headroom: z.nullable(HeadroomJsonSchema),
        }),
      ),
      complete: z.boolean(),
      totals: MachineTotalsJsonSchema,
      cost: MonthlyCostJsonSchema,
    }),
  ),
  /** The type the reader chose per role, with its fit, the list's totals and monthly cost; null when none is chosen. */
  chosen: z.nullable(
    z.strictObject({
      roles: z.array(
        z.strictObject({
          role: z.enum(MACHINE_ROLES_JSON),
          count: z.int(),
          key: z.string(),
          status: z.enum(['fits', 'too-small', 'wrong-architecture', 'unknown-type']),
          type: z.nullable(MachineTypeJsonSchema),
          headroom: z.nullable(HeadroomJsonSchema),
          burstableAgainstPolicy: z.boolean(),
        }),
      ),
      complete: z.boolean(),
      totals: MachineTotalsJsonSchema,
      cost: MonthlyCostJsonSchema,
    }),
  ),
  /** The label config.yaml sets to each node's chosen type, or null when the reader did not ask for it. */
  nodeLabel: z.nullable(z.string()),
  findings: z.array(FindingJsonSchema),
});

export const PlanJsonSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(PLAN_FORMAT_VERSION),
  /** The link that recreates this plan in k3s-sizer. */
  link: z.string(),
  input: PlanInputSchema,
  rules: z.strictObject({ id: z.string(), edition: EditionSchema, version: z.string(), published: z.string() }),
  k3sVersion: z.strictObject({ requested: z.string(), resolved: z.string() }),
  sizing: z.strictObject({
    server: z.extend(FigureJsonSchema, {
      count: z.int(),
      tier: z.nullable(z.string()),
      basis: z.string(),
      counts: z.enum(['all-nodes', 'agents']),
      minimum: ResourcesJsonSchema,
      recommended: z.nullable(ResourcesJsonSchema),
      measured: MeasuredJsonSchema,
      /** The table's memory figure where the plan raised it above the measured use; absent or null otherwise. */
      tableMemoryGiB: z.optional(z.nullable(z.number())),
      etcdDiskGiB: z.nullable(z.strictObject({ atDefaultQuota: z.number(), atSuggestedMaxQuota: z.number() })),
      source: SourceJsonSchema,
    }),
    agent: z.strictObject({
      count: z.int(),
      minimum: ResourcesJsonSchema,
      recommended: z.nullable(ResourcesJsonSchema),
      measured: MeasuredJsonSchema,
      source: SourceJsonSchema,
    }),
    database: z.nullable(
      z.extend(FigureJsonSchema, {
        datastore: z.string(),
        tier: z.string(),
        basis: z.string(),
        source: SourceJsonSchema,
      }),
    ),
    etcd: z.nullable(z.strictObject({ members: z.int(), quorum: z.int(), faultTolerance: z.int() })),
    totals: FigureJsonSchema,
  }),
  network: z.strictObject({
    ipFamily: z.enum(['ipv4', 'ipv6', 'dual']),
    primaryFamily: z.enum(['ipv4', 'ipv6']),
    families: z.array(FamilyJsonSchema),
    clusterDns: z.nullable(z.string()),
    flannelBackend: z.string(),
    firewall: z.array(
      z.strictObject({
        role: z.enum(['server', 'agent', 'datastore']),
        firewall: z.enum(['off', 'firewalld', 'ufw']),
        commands: z.array(z.string()),
      }),
    ),
    osPreparation: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        conditional: z.boolean(),
        commands: z.array(z.string()),
        source: SourceJsonSchema,
      }),
    ),
  }),
  /** Inbound rules: `source` and `destination` are who sends and who receives; `reference` cites the rule. */
  ports: z.array(
    z.strictObject({
      protocol: z.enum(['tcp', 'udp']),
      port: z.string(),
      source: z.enum(PORT_PARTIES),
      destination: z.enum(PORT_PARTIES),
      purpose: z.string(),
      reference: SourceJsonSchema,
    }),
  ),
  /** config.yaml per role and install.sh, with placeholders for every secret. */
  config: z.strictObject({
    serverUrl: z.string(),
    files: z.array(
      z.strictObject({ role: z.enum(['server-init', 'server', 'agent']), fileName: z.string(), content: z.string() }),
    ),
    /** registries.yaml for every node when the embedded registry mirror is on (absent in plans saved before it existed). */
    registries: z.optional(z.nullable(z.strictObject({ fileName: z.string(), path: z.string(), content: z.string() }))),
    installScript: z.string(),
    omitted: z.array(z.strictObject({ key: z.string(), field: z.string() })),
  }),
  /**
   * Workload planning's result, when the plan uses it: every shape compared with what an agent of it
   * leaves for pods, how many agents it needs, and which shape the plan uses and why (absent in
   * plans saved before it was written).
   */
  workloads: z.optional(
    z.nullable(
      z.strictObject({
        requested: z.strictObject({ pods: z.int(), cpuMillis: z.int(), memoryMiB: z.int() }),
        podsPerNode: z.strictObject({ maxPods: z.int(), subnet: z.int() }),
        shapes: z.array(
          z.strictObject({
            id: z.string(),
            vcpu: z.number(),
            memoryGiB: z.number(),
            processor: z.enum(PROCESSOR_CLASSES),
            allocatable: z.strictObject({ cpuMillis: z.int(), memoryMiB: z.int() }),
            room: z.strictObject({ cpuMillis: z.int(), memoryMiB: z.int() }),
            podsPerAgent: z.int(),
            podsLimitedBy: z.enum(['max-pods', 'pod-subnet']),
            packedAgents: z.int(),
            agents: z.int(),
            runsEveryPod: z.boolean(),
            unrequestedShare: z.number(),
            busiest: z.strictObject({ cpu: z.number(), memory: z.number() }),
            podLimited: z.boolean(),
            failureUnsafe: z.boolean(),
          }),
        ),
        recommended: z.nullable(z.string()),
        recommendedByProcessor: z.strictObject({
          'x86-server': z.nullable(z.string()),
          'arm-sbc': z.nullable(z.string()),
        }),
        chosen: z.nullable(z.string()),
        chosenBecause: z.enum(['recommended', 'picked', 'none-fits']),
        agents: z.nullable(z.int()),
      }),
    ),
  ),
  findings: z.array(FindingJsonSchema),
  /** Backups, restore and an upgrade (absent in plans saved before them; null under rules files without their facts). */
  day2: z.optional(z.nullable(Day2JsonSchema)),
  /** The machines (absent in plans saved before them; null when the machine catalog could not be loaded). */
  machines: z.optional(z.nullable(MachinesJsonSchema)),
});
export type PlanJson = z.infer<typeof PlanJsonSchema>;

/** MiB → GiB, rounded to three decimals so 275 MiB reads 0.269. */
export function toGiB(mib: number): number {
  return Math.round((mib / 1024) * 1000) / 1000;
}
