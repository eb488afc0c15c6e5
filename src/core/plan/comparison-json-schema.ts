import { z } from '../model/zod';
import { SEVERITIES } from '../findings/finding';
import { PORT_IDS, PORT_PARTIES } from '../model/rules';
import { DatastoreSchema, HaModeSchema, PlanInputSchema } from '../model/plan-input';

/**
 * The downloadable comparison of up to three plans (docs/decisions/026-comparing-plans.md), published
 * as JSON Schema (public/schema/comparison.v1.json). Each plan is its input, rules id and link; the
 * rows are what the page's table shows, memory and disk in GiB (the docs' "GB"), each with whether
 * the plans differ and the best columns (0-based) where one direction is plainly better.
 */
export const COMPARISON_FORMAT_VERSION = 1;

const MachinesJsonSchema = z.strictObject({
  count: z.int(),
  vcpu: z.number(),
  vcpuOrMore: z.boolean(),
  memoryGiB: z.number(),
  /** Disk sized on each machine (embedded etcd's database and snapshots); null where none is sized. */
  diskGiB: z.nullable(z.number()),
});

/** A plan's monthly cost from its machines (see CostCell in compare-plans.ts); null where its catalog was not loaded. */
const CostJsonSchema = z.nullable(
  z.union([
    z.strictObject({
      status: z.literal('priced'),
      basis: z.enum(['chosen', 'cheapest-provider']),
      provider: z.nullable(z.string()),
      amount: z.number(),
      currency: z.string(),
    }),
    z.strictObject({ status: z.literal('unpriced') }),
    z.strictObject({ status: z.literal('mixed-currencies'), currencies: z.array(z.string()) }),
  ]),
);

function row<const I extends readonly [string, ...string[]], C extends z.ZodMiniType>(ids: I, cell: C) {
  return z.strictObject({
    id: z.enum(ids),
    differs: z.boolean(),
    best: z.array(z.int().check(z.minimum(0))),
    cells: z.array(cell),
  });
}

export const ComparisonJsonSchema = z.strictObject({
  $schema: z.string(),
  schemaVersion: z.literal(COMPARISON_FORMAT_VERSION),
  /** The comparison's link: the first plan's keys, then one `cmp` parameter per other plan. */
  link: z.string(),
  plans: z.array(
    z.strictObject({
      /** The plan's own link (query string), as a single-plan link writes it. */
      link: z.string(),
      summary: z.string(),
      input: PlanInputSchema,
    }),
  ),
  rows: z.array(
    z.union([
      row(['rules'], z.string()),
      row(['datastore'], z.strictObject({ datastore: DatastoreSchema, haMode: HaModeSchema })),
      row(['servers'], MachinesJsonSchema),
      row(['agents', 'database'], z.nullable(MachinesJsonSchema)),
      row(['total-machines', 'errors', 'warnings', 'notes'], z.int()),
      row(['total-vcpu'], z.strictObject({ vcpu: z.number(), vcpuOrMore: z.boolean() })),
      row(['total-memory'], z.strictObject({ memoryGiB: z.number() })),
      row(['etcd-quorum'], z.nullable(z.strictObject({ members: z.int(), quorum: z.int() }))),
      row(['failures-tolerated'], z.nullable(z.int())),
      row(['workloads'], z.nullable(z.strictObject({ agents: z.nullable(z.int()), shape: z.nullable(z.string()) }))),
      row(['monthly-cost'], CostJsonSchema),
    ]),
  ),
  /** Findings raised in some plans and not others, or graded differently; each cell null where the plan has none. */
  findings: z.array(
    z.strictObject({
      code: z.string(),
      cells: z.array(z.nullable(z.strictObject({ severity: z.enum(SEVERITIES), message: z.string() }))),
    }),
  ),
  /** Port rules opened in some plans and not others; each cell true where the plan opens it. */
  ports: z.array(
    z.strictObject({
      id: z.enum(PORT_IDS),
      protocol: z.enum(['tcp', 'udp']),
      port: z.string(),
      source: z.enum(PORT_PARTIES),
      destination: z.enum(PORT_PARTIES),
      cells: z.array(z.boolean()),
    }),
  ),
});
export type ComparisonJson = z.infer<typeof ComparisonJsonSchema>;
