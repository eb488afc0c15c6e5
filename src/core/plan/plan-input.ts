import { z } from 'zod';
import { ArchitectureSchema, DiskKindSchema, RulesIdSchema } from '../rules/schema';
import { isK3sVersionInput } from '../version/k3s-version';

/** Format version of a plan input: the `v` of a shared link and the `schemaVersion` of a JSON plan. */
export const PLAN_FORMAT_VERSION = 1;

export const HA_MODES = ['single', 'ha-embedded', 'ha-external'] as const;
export const HaModeSchema = z.enum(HA_MODES);
export type HaMode = z.infer<typeof HaModeSchema>;

export const DATASTORES = ['sqlite', 'embedded-etcd', 'mysql', 'mariadb', 'postgres', 'external-etcd'] as const;
export const DatastoreSchema = z.enum(DATASTORES);
export type Datastore = z.infer<typeof DatastoreSchema>;
export const EXTERNAL_DATASTORES = ['mysql', 'mariadb', 'postgres', 'external-etcd'] as const satisfies readonly Datastore[];

export const DEVICE_CLASSES = ['server', 'low-power-board'] as const;
export const DeviceClassSchema = z.enum(DEVICE_CLASSES);
export type DeviceClass = z.infer<typeof DeviceClassSchema>;

/** Whether servers also run workload pods (K3s default: servers are schedulable) or are kept for the control plane. */
export const SERVER_WORKLOADS = ['shared', 'dedicated'] as const;
export const ServerWorkloadsSchema = z.enum(SERVER_WORKLOADS);
export type ServerWorkloads = z.infer<typeof ServerWorkloadsSchema>;

/** Bounds on what a person can enter. Not K3s facts: they keep the arithmetic and the page sane. */
export const PLAN_LIMITS = {
  servers: { min: 1, max: 99 },
  agents: { min: 0, max: 100_000 },
} as const;

export const K3sVersionInputSchema = z
  .string()
  .max(40)
  .refine(isK3sVersionInput, 'a channel (stable, latest), a minor line (v1.31) or a version (v1.31.4+k3s1)');

export const ClusterInputSchema = z.strictObject({
  servers: z.int().min(PLAN_LIMITS.servers.min).max(PLAN_LIMITS.servers.max),
  agents: z.int().min(PLAN_LIMITS.agents.min).max(PLAN_LIMITS.agents.max),
  haMode: HaModeSchema,
  datastore: DatastoreSchema,
  disk: DiskKindSchema,
  arch: ArchitectureSchema,
  device: DeviceClassSchema,
  serverWorkloads: ServerWorkloadsSchema,
  k3sVersion: K3sVersionInputSchema,
});
export type ClusterInput = z.infer<typeof ClusterInputSchema>;

export const PlanInputSchema = z.strictObject({
  rules: RulesIdSchema,
  cluster: ClusterInputSchema,
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
  serverWorkloads: 'shared',
  k3sVersion: 'stable',
};

/** The plan a new visitor starts from; the rules id comes from the published rules index. */
export function defaultPlanInput(rulesId: string): PlanInput {
  return { rules: rulesId, cluster: { ...DEFAULT_CLUSTER } };
}

/** Field identifiers, used to place a finding or an input error beside its control. */
export type ClusterField = keyof ClusterInput;
export type PlanField = `cluster.${ClusterField}` | 'rules';
