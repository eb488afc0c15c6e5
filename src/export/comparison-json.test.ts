import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oracleTest } from '../core/testing/oracle-test';
import { pythonInterpreter } from '../core/testing/oracles';
import { defaultPlanInput } from '../core/model/plan-input';
import { presetPlan } from '../core/model/presets';
import { comparePlans } from '../core/plan/compare-plans';
import { ComparisonJsonSchema } from '../core/plan/comparison-json-schema';
import { computePlan } from '../core/plan/compute-plan';
import { machineCatalog, plan, seedRules, upstreamRules } from '../core/testing/fixtures';
import { planMachines } from '../core/plan/plan-machines';
import { encodeComparison } from '../url/compare-url';
import { encodePlan } from '../url/plan-url';
import { buildComparisonJson } from './comparison-json';

describe('the comparison as JSON', () => {
  const HA_200 = { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 200, disk: 'nvme' } as const;
  // A price of 1 USD a month for each EC2 type the plan's roles would take: its month is its machine count.
  const ec2 = planMachines(plan(HA_200), machineCatalog, seedRules).match.providers.find(
    (p) => p.provider.id === 'aws-ec2',
  );
  const prices = (ec2?.machines ?? []).map((l) => ({ type: l.key, amount: 1, currency: 'USD', per: 'month' }) as const);
  const embedded = plan(HA_200, seedRules, { machines: { prices } });
  const postgres = computePlan(presetPlan('ha-postgres-200', seedRules.id), seedRules);
  const upstream = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 200 }, upstreamRules);
  const results = [embedded, postgres, upstream];
  const defaults = defaultPlanInput(seedRules.id);
  const json = ComparisonJsonSchema.parse(
    buildComparisonJson(
      results,
      // The third plan's catalog "did not load".
      comparePlans(results, [
        planMachines(embedded, machineCatalog, seedRules),
        planMachines(postgres, machineCatalog, seedRules),
        null,
      ]),
      {
        comparison: `https://example.test/?${encodeComparison(
          embedded.input,
          [postgres.input, upstream.input],
          defaults,
        )}`,
        plans: results.map((r) => `?${encodePlan(r.input, defaults)}`),
      },
      'https://example.test/schema/comparison.v1.json',
    ),
  );

  it('passes its published schema, with every plan, its input and its own rules', () => {
    expect(json.plans.map((p) => p.input.rules)).toEqual([seedRules.id, seedRules.id, upstreamRules.id]);
    expect(json.plans[1]?.summary).toBe('2 servers, 200 agents · HA with an external datastore · PostgreSQL');
    expect(json.link).toContain('cmp=');
  });

  it('carries the rows in GB with the best column (0-based): 424 vs 420 vCPU, 248 GB each in the seed', () => {
    const vcpu = json.rows.find((r) => r.id === 'total-vcpu');
    expect(vcpu?.cells.slice(0, 2)).toEqual([
      { vcpu: 424, vcpuOrMore: false },
      { vcpu: 420, vcpuOrMore: false },
    ]);
    const db = json.rows.find((r) => r.id === 'database');
    expect(db?.cells).toEqual([null, { count: 1, vcpu: 4, vcpuOrMore: false, memoryGiB: 16, diskGiB: null }, null]);
  });

  it('carries each plan’s month: priced, unpriced, or null where the catalog was not loaded', () => {
    expect(json.rows.find((r) => r.id === 'monthly-cost')?.cells).toEqual([
      { status: 'priced', basis: 'cheapest-provider', provider: 'Amazon EC2', amount: 203, currency: 'USD' },
      { status: 'unpriced' },
      null,
    ]);
  });

  it('names the findings and ports that differ, in English', () => {
    const pg = json.ports.find((p) => p.id === 'datastore' && p.port === '5432');
    expect(pg?.cells).toEqual([false, true, false]);
    for (const x of json.findings) for (const c of x.cells) if (c) expect(c.message).not.toBe('');
  });

  // python3-jsonschema, which shares no code with zod, reads the published file as another tool would.
  oracleTest(
    'validates against public/schema/comparison.v1.json (python3-jsonschema), and a broken copy does not',
    ['jsonschema'],
    () => {
      const schema = join(import.meta.dirname, '../../public/schema/comparison.v1.json');
      const check = (doc: unknown) =>
        spawnSync(
          pythonInterpreter(),
          [
            '-c',
            'import json,sys,jsonschema; s=json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(s); jsonschema.Draft202012Validator(s).validate(json.load(sys.stdin))',
            schema,
          ],
          { input: JSON.stringify(doc), encoding: 'utf8' },
        );
      const good = check(json);
      expect(good.stderr).toBe('');
      expect(good.status).toBe(0);
      const broken = { ...json, rows: json.rows.map((r) => (r.id === 'total-vcpu' ? { ...r, cells: [424] } : r)) };
      expect(check(broken).status).not.toBe(0);
    },
  );
});
