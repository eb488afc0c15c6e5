import { z } from 'zod';
import { SEVERITIES } from '../findings/finding';
import { EditionSchema } from '../rules/schema';
import { PLAN_FORMAT_VERSION, PlanInputSchema } from './plan-input';

/**
 * The downloadable plan: input, the rules it was computed with, sizing and findings.
 * Published as JSON Schema (public/schema/plan.v1.json) so other tools can validate a plan.
 * Memory is in GiB here (the K3s docs' "GB"), vCPU as counted by the docs.
 */
const SourceJsonSchema = z.strictObject({
  title: z.string(),
  url: z.string(),
  permalink: z.string().nullable(),
  section: z.string(),
  date: z.string().nullable(),
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

export const PlanJsonSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(PLAN_FORMAT_VERSION),
  /** The link that recreates this plan in k3s-sizer. */
  link: z.string(),
  input: PlanInputSchema,
  rules: z.strictObject({ id: z.string(), edition: EditionSchema, version: z.string(), published: z.string() }),
  k3sVersion: z.strictObject({ requested: z.string(), resolved: z.string() }),
  sizing: z.strictObject({
    server: FigureJsonSchema.extend({
      count: z.int(),
      tier: z.string().nullable(),
      basis: z.string(),
      counts: z.enum(['all-nodes', 'agents']),
      minimum: ResourcesJsonSchema,
      recommended: ResourcesJsonSchema.nullable(),
      measured: MeasuredJsonSchema,
      etcdDiskGiB: z.strictObject({ atDefaultQuota: z.number(), atSuggestedMaxQuota: z.number() }).nullable(),
      source: SourceJsonSchema,
    }),
    agent: z.strictObject({
      count: z.int(),
      minimum: ResourcesJsonSchema,
      recommended: ResourcesJsonSchema.nullable(),
      measured: MeasuredJsonSchema,
      source: SourceJsonSchema,
    }),
    database: FigureJsonSchema.extend({ datastore: z.string(), tier: z.string(), basis: z.string(), source: SourceJsonSchema }).nullable(),
    etcd: z.strictObject({ members: z.int(), quorum: z.int(), faultTolerance: z.int() }).nullable(),
    totals: FigureJsonSchema,
  }),
  findings: z.array(
    z.strictObject({
      code: z.string(),
      severity: z.enum(SEVERITIES),
      message: z.string(),
      why: z.string(),
      fix: z.string(),
      params: z.record(z.string(), z.unknown()),
      fields: z.array(z.string()),
      ruleId: z.string(),
      source: SourceJsonSchema,
    }),
  ),
});
export type PlanJson = z.infer<typeof PlanJsonSchema>;

/** MiB → GiB, rounded to three decimals so 275 MiB reads 0.269. */
export function toGiB(mib: number): number {
  return Math.round((mib / 1024) * 1000) / 1000;
}
