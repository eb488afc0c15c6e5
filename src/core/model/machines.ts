import { z } from './zod';
import { ArchitectureSchema, PROCESSOR_CLASSES, SourceRefSchema } from './rules';
import { CurrencySchema, PRICE_PERIODS } from './plan-input';

/**
 * The shape of one published machine catalog (public/data/machines/<id>.json): machine types of
 * a few providers, each with its vCPU, memory, architectures, processor class and the page its
 * figures were read from. Like the rules files, a published catalog never changes; a changed
 * figure is a new version, listed in public/data/machines/CHANGELOG.md.
 */
export const MACHINES_SCHEMA_VERSION = 1;

export const MachineCatalogIdSchema = z
  .string()
  .check(z.regex(/^machines-\d{4}\.\d{1,2}$/, 'a machine catalog id looks like machines-2026.12'));

const IsoDate = z.iso.date();
const Key = z.string().check(z.regex(/^[a-z0-9-]+$/));
/** A provider's own identifier of a machine type: m6i.large, n1-standard-4, raspberry-pi-5-8gb. */
export const MachineTypeIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/));

export const PROVIDER_KINDS = ['cloud', 'low-cost-cloud', 'single-board-computer'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The roles of a plan that run on machines of their own: K3s servers, K3s agents, external database hosts. */
export const MACHINE_ROLES = ['server', 'agent', 'database'] as const;
export type MachineRole = (typeof MACHINE_ROLES)[number];

// The price vocabulary is the plan input's (a typed price is part of the plan).
export { PRICE_PERIODS, MachinePriceSchema, type PricePeriod, type MachinePrice } from './plan-input';

/** A page the catalog's figures come from, and when they were read from it. */
export const MachineSourceSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  url: z.url(),
  /** The exact revision that was read (a commit permalink), where there is one. */
  permalink: z.optional(z.url()),
  /** Date of that revision, as precisely as it is known; null when the page does not show it. */
  date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  /** The date the figures were read from the page. */
  read: IsoDate,
  /** What the page says that the catalog uses, and what it leaves out. */
  note: z.optional(z.string().check(z.minLength(1))),
});
export type MachineSource = z.infer<typeof MachineSourceSchema>;

/** A list price, only where a dated source backs it: "list price at <asOf>, <region>". */
export const ListPriceSchema = z.strictObject({
  amount: z.number().check(z.gte(0)),
  currency: CurrencySchema,
  per: z.enum(PRICE_PERIODS),
  region: z.string().check(z.minLength(1)),
  asOf: IsoDate,
  source: SourceRefSchema,
});
export type ListPrice = z.infer<typeof ListPriceSchema>;

export const MachineProviderSchema = z.strictObject({
  id: Key,
  name: z.string().check(z.minLength(1)),
  kind: z.enum(PROVIDER_KINDS),
});
export type MachineProvider = z.infer<typeof MachineProviderSchema>;

/** Facts every size of a family shares (processor, architecture, burstable CPU), with their sources. */
export const MachineFamilySchema = z.strictObject({
  provider: Key,
  id: MachineTypeIdSchema,
  name: z.string().check(z.minLength(1)),
  processorName: z.nullable(z.string().check(z.minLength(1))),
  sources: z.array(SourceRefSchema).check(z.minLength(1)),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type MachineFamily = z.infer<typeof MachineFamilySchema>;

export const MachineTypeSchema = z.strictObject({
  provider: Key,
  id: MachineTypeIdSchema,
  /** The provider's own name for the type (m6i.large, Raspberry Pi 5 (8 GB)): a proper noun, not translated. */
  name: z.string().check(z.minLength(1)),
  family: MachineTypeIdSchema,
  vcpu: z.int().check(z.positive()),
  /** The source's memory figure in MiB (GiB × 1024; a source's "GB" is read as GiB). */
  memoryMiB: z.int().check(z.positive()),
  /** The figure as the source writes it ("8.00 GiB", "7.5 GB"), so a reader can check the reading. */
  memoryAsPublished: z.string().check(z.minLength(1)),
  /** The K3s architectures the type runs: the rules' own enumeration. */
  architectures: z.array(ArchitectureSchema).check(z.minLength(1)),
  /**
   * Which K3s resource-profiling measurement applies: `arm-sbc` for boards of the profiled
   * Raspberry Pi class, `x86-server` for server-class CPUs (the profiling's other machine),
   * whatever their instruction set.
   */
  processor: z.enum(PROCESSOR_CLASSES),
  /** A baseline CPU share with bursts above it (EC2 T family), rather than whole vCPUs at all times. */
  burstable: z.boolean(),
  source: SourceRefSchema,
  listPrices: z.optional(z.array(ListPriceSchema)),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type MachineType = z.infer<typeof MachineTypeSchema>;

export const MachineCatalogSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(MACHINES_SCHEMA_VERSION),
    id: MachineCatalogIdSchema,
    version: z.string().check(z.regex(/^\d{4}\.\d{1,2}$/)),
    published: IsoDate,
    conventions: z.strictObject({
      /** Hours an hourly price is multiplied by for a month. */
      hoursPerMonth: z.number().check(z.positive(), z.lte(744)),
      hoursPerMonthBasis: z.string().check(z.minLength(1)),
      memory: z.string().check(z.minLength(1)),
    }),
    sources: z.record(Key, MachineSourceSchema),
    providers: z.array(MachineProviderSchema).check(z.minLength(1)),
    families: z.array(MachineFamilySchema).check(z.minLength(1)),
    types: z.array(MachineTypeSchema).check(z.minLength(1)),
    /** Providers and families the catalog does not cover, and why (no source with the figures). */
    gaps: z.array(
      z.strictObject({
        provider: z.string().check(z.minLength(1)),
        kind: z.enum(PROVIDER_KINDS),
        families: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        reason: z.string().check(z.minLength(1)),
      }),
    ),
  })
  .check(
    z.superRefine((catalog, ctx) => {
      const cite = (ref: { doc: string }, path: (string | number)[]) => {
        if (!(ref.doc in catalog.sources))
          ctx.addIssue({ code: 'custom', path: [...path, 'doc'], message: `unknown source "${ref.doc}"` });
      };
      const providers = new Set(catalog.providers.map((p) => p.id));
      if (providers.size !== catalog.providers.length)
        ctx.addIssue({ code: 'custom', path: ['providers'], message: 'provider ids must be unique' });
      const families = new Set<string>();
      catalog.families.forEach((family, i) => {
        if (!providers.has(family.provider))
          ctx.addIssue({
            code: 'custom',
            path: ['families', i, 'provider'],
            message: `unknown provider "${family.provider}"`,
          });
        const key = `${family.provider}/${family.id}`;
        if (families.has(key))
          ctx.addIssue({ code: 'custom', path: ['families', i, 'id'], message: `duplicate family "${key}"` });
        families.add(key);
        family.sources.forEach((s, j) => {
          cite(s, ['families', i, 'sources', j]);
        });
      });
      const types = new Set<string>();
      catalog.types.forEach((type, i) => {
        if (!providers.has(type.provider))
          ctx.addIssue({
            code: 'custom',
            path: ['types', i, 'provider'],
            message: `unknown provider "${type.provider}"`,
          });
        if (!families.has(`${type.provider}/${type.family}`))
          ctx.addIssue({ code: 'custom', path: ['types', i, 'family'], message: `unknown family "${type.family}"` });
        const key = machineTypeKey(type);
        if (types.has(key))
          ctx.addIssue({ code: 'custom', path: ['types', i, 'id'], message: `duplicate type "${key}"` });
        types.add(key);
        if (new Set(type.architectures).size !== type.architectures.length)
          ctx.addIssue({ code: 'custom', path: ['types', i, 'architectures'], message: 'architectures repeat' });
        cite(type.source, ['types', i, 'source']);
        type.listPrices?.forEach((price, j) => {
          cite(price.source, ['types', i, 'listPrices', j, 'source']);
        });
      });
    }),
  );
export type MachineCatalog = z.infer<typeof MachineCatalogSchema>;

/** The key a type is known by across providers, in prices and in a plan: "aws-ec2/m6i.large". */
export function machineTypeKey(type: { readonly provider: string; readonly id: string }): string {
  return `${type.provider}/${type.id}`;
}

/** public/data/machines/index.json: the published catalogs and the one a plan uses by default. */
export const MachineCatalogIndexSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(MACHINES_SCHEMA_VERSION),
    default: MachineCatalogIdSchema,
    files: z
      .array(
        z.strictObject({
          id: MachineCatalogIdSchema,
          version: z.string().check(z.regex(/^\d{4}\.\d{1,2}$/)),
          file: z.string().check(z.regex(/^[a-z0-9.-]+\.json$/)),
        }),
      )
      .check(z.minLength(1)),
  })
  .check(
    z.refine((index) => index.files.some((f) => f.id === index.default), {
      message: 'the default catalog id must be one of the files',
      path: ['default'],
    }),
  );
export type MachineCatalogIndex = z.infer<typeof MachineCatalogIndexSchema>;
