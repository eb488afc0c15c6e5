/**
 * Property-based fuzzing of JSON plan import: random text, random JSON, hostile keys and
 * valid plans with one field broken. Import must not throw, must never half-import, must
 * take back every valid plan exactly, and must name what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClusterInputSchema,
  HostInputSchema,
  InstallInputSchema,
  NetworkInputSchema,
  BackupInputSchema,
  UpgradeInputSchema,
  DEFAULT_BACKUP,
  DEFAULT_UPGRADE,
  DEFAULT_MACHINES,
  PLAN_FORMAT_VERSION,
  PlanInputSchema,
  defaultPlanInput,
} from '../core/model/plan-input';
import { planInputArb } from '../core/testing/arbitraries';
import { importPlanJson, type ImportResult } from './plan-import';

const known = ['seed-2026.11', 'upstream-2026.11'] as const;
const ERRORS = ['not-json', 'newer-format', 'unknown-rules', 'invalid'];

const planArb = planInputArb(known);

/** Every field of a plan input, as [section, field]. */
const SHAPES = {
  cluster: ClusterInputSchema.shape,
  network: NetworkInputSchema.shape,
  host: HostInputSchema.shape,
  install: InstallInputSchema.shape,
  backup: BackupInputSchema.shape,
  upgrade: UpgradeInputSchema.shape,
};
/** Fields added after plans were first saved take their default when absent: a missing one is not an error. */
const ADDED_LATER = new Set(['cluster.boardMemoryGiB']);
const FIELDS = (Object.keys(SHAPES) as (keyof typeof SHAPES)[])
  .flatMap((section) => Object.keys(SHAPES[section]).map((f) => [section, f] as const))
  .filter(([section, f]) => !ADDED_LATER.has(`${section}.${f}`));

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  ' ',
  'Servers',
  'agents ',
  '\u0000',
  'polluted',
);
const anyJsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    1,
    -1,
    1.5,
    1e308,
    -1e308,
    5e-324,
    100001,
    2 ** 53,
    '',
    '1',
    '3',
    'true',
    '__proto__',
    [],
    {},
    [1],
    { a: 1 },
  ),
);

/** Valid JSON text holding a copy of `value` with `key: extra` added (JSON.stringify would drop a __proto__ key). */
function withExtraKey(value: object, key: string, extra: unknown): string {
  const text = JSON.stringify(value);
  return `{${JSON.stringify(key)}:${JSON.stringify(extra)},${text.slice(1)}`;
}

/** The invariant every result keeps: ok with a whole valid plan under published rules, or a named error. */
function checkResult(r: ImportResult): void {
  if (r.ok) {
    const parsed = PlanInputSchema.safeParse(r.plan);
    if (!parsed.success) throw new Error(`imported an invalid plan: ${parsed.error.message}`);
    if (!(known as readonly string[]).includes(r.plan.rules))
      throw new Error(`imported unpublished rules ${r.plan.rules}`);
    expect(Object.keys(r.plan).sort()).toEqual([
      'backup',
      'cluster',
      'host',
      'install',
      'machines',
      'network',
      'rules',
      'upgrade',
      'workloads',
    ]);
  } else {
    if (!ERRORS.includes(r.error) || typeof r.detail !== 'string')
      throw new Error(`unexpected result ${JSON.stringify(r)}`);
  }
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype polluted');
}

const RUNS = 2000;

describe('importPlanJson under fuzzing', () => {
  it('never throws on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ':',
            ',',
            'null',
            'true',
            '1e999',
            '-',
            '0',
            '"__proto__"',
            '"input"',
            '"schemaVersion"',
            ' ',
            '\\u0000',
            '\\',
          ),
          { maxLength: 40 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        checkResult(importPlanJson(t, known));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON value, wrapped or not, and never half-imports', () => {
    fc.assert(
      fc.property(anyJsonValue, fc.boolean(), fc.option(anyJsonValue), (value, wrap, version) => {
        const text = JSON.stringify(wrap ? { schemaVersion: version, input: value } : value);
        const r = importPlanJson(text, known);
        checkResult(r);
        // Random JSON is never a plan (it would need every field right).
        expect(r.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('takes back every valid plan exactly: bare, or wrapped as a downloaded plan', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom('bare', 'wrapped', 'wrapped-no-version', 'wrapped-older'),
        fc.dictionary(fc.string({ maxLength: 8 }), anyJsonValue, { maxKeys: 3 }),
        (plan, form, extra) => {
          const doc =
            form === 'bare'
              ? plan
              : {
                  ...extra,
                  ...(form === 'wrapped'
                    ? { schemaVersion: PLAN_FORMAT_VERSION }
                    : form === 'wrapped-older'
                      ? { schemaVersion: 0 }
                      : {}),
                  input: plan,
                };
          const r = importPlanJson(JSON.stringify(doc, null, form === 'bare' ? 0 : 2), known);
          expect(r).toEqual({ ok: true, plan });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a plan with one field of the wrong type, naming the field', () => {
    const wrongValue = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom(...FIELDS),
        wrongValue,
        fc.boolean(),
        (plan, [section, name], value, wrap) => {
          const sectionValue: Record<string, unknown> = { ...plan[section] };
          fc.pre(typeof value !== typeof sectionValue[name] || value === null);
          // A null is the right type for a nullable field (the backup's retention).
          const shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> = SHAPES[section];
          fc.pre(shape[name]?.safeParse(value).success !== true);
          sectionValue[name] = value;
          const broken = { ...plan, [section]: sectionValue };
          const r = importPlanJson(JSON.stringify(wrap ? { schemaVersion: 1, input: broken } : broken), known);
          checkResult(r);
          expect(r).toMatchObject({ ok: false, error: 'invalid' });
          expect(r.ok ? '' : r.detail).toContain(`${section}.${name}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses out-of-range, fractional and infinite counts', () => {
    const base = defaultPlanInput(known[0]);
    const counts = FIELDS.filter(
      ([section, name]) => typeof (base[section] as Record<string, unknown>)[name] === 'number',
    );
    // Every count's range starts at 0 or 1 and ends at 100,000 or below. Written as JSON number text, so 1e999 reads as Infinity.
    const badNumber = fc.oneof(
      fc.integer({ min: -1e9, max: -1 }).map(String),
      fc.integer({ min: 100_001, max: 1e9 }).map(String),
      fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }).map(String),
      fc.constantFrom('1e999', '-1e999', '1e308', '-1e308', '0.5', '1.0000001', '-0.0001', '99.5', '1e-7'),
    );
    fc.assert(
      fc.property(planArb, fc.constantFrom(...counts), badNumber, (plan, [section, name], numberText) => {
        const text = JSON.stringify({ ...plan, [section]: { ...plan[section], [name]: '\u0000N' } }).replace(
          '"\\u0000N"',
          () => numberText,
        );
        expect(text).toContain(`"${name}":${numberText}`);
        const r = importPlanJson(text, known);
        checkResult(r);
        expect(r).toMatchObject({ ok: false, error: 'invalid' });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses extra and hostile keys at any level, and missing keys', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom('root', 'cluster', 'network', 'host', 'install', 'backup', 'upgrade'),
        hostileKey,
        anyJsonValue,
        (plan, where, key, extra) => {
          const text =
            where === 'root'
              ? withExtraKey(plan, key, extra)
              : JSON.stringify(plan).replace(
                  `"${where}":{`,
                  () => `"${where}":{${JSON.stringify(key)}:${JSON.stringify(extra)},`,
                );
          const r = importPlanJson(text, known);
          checkResult(r);
          expect(r).toMatchObject({ ok: false, error: 'invalid' });
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(planArb, fc.constantFrom(...FIELDS), (plan, [section, name]) => {
        const sectionValue = Object.fromEntries(Object.entries(plan[section]).filter(([k]) => k !== name));
        const r = importPlanJson(JSON.stringify({ ...plan, [section]: sectionValue }), known);
        expect(r).toMatchObject({ ok: false, error: 'invalid' });
        expect(r.ok ? '' : r.detail).toContain(`${section}.${name}`);
      }),
      { numRuns: 500 },
    );
  });

  it('a plan saved before the board memory existed imports with the profiled board’s 8 GB', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const cluster: Record<string, unknown> = { ...plan.cluster };
        delete cluster.boardMemoryGiB;
        const r = importPlanJson(JSON.stringify({ ...plan, cluster }), known);
        expect(r.ok && r.plan.cluster.boardMemoryGiB).toBe(8);
      }),
      { numRuns: 100 },
    );
  });

  it('a plan saved before day-2 planning existed imports with K3s’s backup defaults and no upgrade', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, wrap) => {
        const old: Record<string, unknown> = { ...plan };
        delete old.backup;
        delete old.upgrade;
        const r = importPlanJson(JSON.stringify(wrap ? { schemaVersion: 1, input: old } : old), known);
        expect(r).toEqual({ ok: true, plan: { ...plan, backup: DEFAULT_BACKUP, upgrade: DEFAULT_UPGRADE } });
      }),
      { numRuns: 100 },
    );
  });

  it('a plan saved before machines were part of the plan imports with none chosen and no prices', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, wrap) => {
        const old: Record<string, unknown> = { ...plan };
        delete old.machines;
        const r = importPlanJson(JSON.stringify(wrap ? { schemaVersion: 1, input: old } : old), known);
        expect(r).toEqual({ ok: true, plan: { ...plan, machines: DEFAULT_MACHINES } });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a newer format and an unpublished rules id, by name', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.oneof(
          fc.integer({ min: PLAN_FORMAT_VERSION + 1, max: 1e9 }),
          fc.double({ min: PLAN_FORMAT_VERSION + 1e-9, noNaN: true, noDefaultInfinity: true }),
        ),
        (plan, version) => {
          expect(importPlanJson(JSON.stringify({ schemaVersion: version, input: plan }), known)).toEqual({
            ok: false,
            error: 'newer-format',
            detail: String(version),
          });
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        planArb,
        fc.tuple(
          fc.stringMatching(/^[a-z]{1,10}$/),
          fc.integer({ min: 1000, max: 9999 }),
          fc.integer({ min: 1, max: 99 }),
        ),
        (plan, [edition, year, minor]) => {
          const id = `${edition}-${String(year)}.${String(minor)}`;
          fc.pre(!(known as readonly string[]).includes(id));
          expect(importPlanJson(JSON.stringify({ ...plan, rules: id }), known)).toEqual({
            ok: false,
            error: 'unknown-rules',
            detail: id,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
