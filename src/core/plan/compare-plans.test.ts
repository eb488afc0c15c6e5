import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetPlan } from '../model/presets';
import { planInputArb } from '../testing/arbitraries';
import { GiB, machineCatalog, plan, seedRules, upstreamRules } from '../testing/fixtures';
import type { MachinesInput } from '../model/plan-input';
import { planMachines } from './plan-machines';
import { computePlan, type PlanResult } from './compute-plan';
import { bestColumns, comparePlans, comparesCosts, type ComparedRow, type ComparedRowId } from './compare-plans';

const row = <I extends ComparedRowId>(rows: readonly ComparedRow[], id: I) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r as Extract<ComparedRow, { id: I }>;
};

const embedded200 = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 200, disk: 'nvme' });
const postgres200 = computePlan(presetPlan('ha-postgres-200', seedRules.id), seedRules);

describe('comparePlans: embedded etcd against PostgreSQL for 200 agents (seed tables)', () => {
  const c = comparePlans([embedded200, postgres200]);

  it('sizes each role from the tables: 203 and 202 nodes are both Large (up to 250)', () => {
    // Seed HA server table, Large row: 8 vCPU, 16 GB per server; the database table's Large row: 4 vCPU, 16 GB.
    // Agents: the seed's hardware table for every node recommends 2 cores and 1 GB.
    expect(row(c.rows, 'servers').cells).toEqual([
      expect.objectContaining({ count: 3, vcpu: 8, memoryMiB: 16 * GiB }),
      expect.objectContaining({ count: 2, vcpu: 8, memoryMiB: 16 * GiB, diskMiB: null }),
    ]);
    expect(row(c.rows, 'agents').cells).toEqual([
      { count: 200, vcpu: 2, vcpuOrMore: false, memoryMiB: 1 * GiB, diskMiB: null },
      { count: 200, vcpu: 2, vcpuOrMore: false, memoryMiB: 1 * GiB, diskMiB: null },
    ]);
    expect(row(c.rows, 'database').cells).toEqual([
      null,
      { count: 1, vcpu: 4, vcpuOrMore: false, memoryMiB: 16 * GiB, diskMiB: null },
    ]);
    // Embedded etcd sizes its disk on every server; the external database sizes none.
    expect(row(c.rows, 'servers').cells[0]?.diskMiB).toBeGreaterThan(0);
  });

  it('totals: 203 machines each; 3×8 + 200×2 = 424 against 2×8 + 200×2 + 4 = 420 vCPU; 248 GB each', () => {
    expect(row(c.rows, 'total-machines')).toMatchObject({ cells: [203, 203], differs: false, best: [] });
    expect(row(c.rows, 'total-vcpu')).toMatchObject({
      cells: [
        { vcpu: 424, orMore: false },
        { vcpu: 420, orMore: false },
      ],
      differs: true,
      best: [1],
    });
    expect(row(c.rows, 'total-memory')).toMatchObject({
      cells: [(3 * 16 + 200) * GiB, (2 * 16 + 200 + 16) * GiB],
      differs: false,
      best: [],
    });
  });

  it('quorum: three etcd members need two and survive one failure; PostgreSQL has no etcd quorum', () => {
    expect(row(c.rows, 'etcd-quorum').cells).toEqual([{ members: 3, quorum: 2 }, null]);
    // The database's own replication decides its failures: no best column where one is unknown.
    expect(row(c.rows, 'failures-tolerated')).toMatchObject({ cells: [1, null], differs: true, best: [] });
  });

  it('names the ports that differ: etcd peers on one side, PostgreSQL on the other', () => {
    const opened = (id: string) => c.ports.filter((p) => p.rule.id === id).map((p) => p.cells);
    expect(opened('etcd-peers')).toContainEqual([true, false]);
    expect(c.ports.find((p) => p.rule.id === 'datastore' && p.rule.from === 5432)?.cells).toEqual([false, true]);
    // The API port is open in both and so not listed.
    expect(c.ports.some((p) => p.rule.id === 'supervisor-api')).toBe(false);
  });

  it('the datastore and rules rows', () => {
    expect(row(c.rows, 'datastore')).toMatchObject({
      cells: [
        { datastore: 'embedded-etcd', haMode: 'ha-embedded' },
        { datastore: 'postgres', haMode: 'ha-external' },
      ],
      differs: true,
      best: [],
    });
    expect(row(c.rows, 'rules')).toMatchObject({ cells: [seedRules.id, seedRules.id], differs: false });
    expect(c.rows.some((r) => r.id === 'workloads')).toBe(false);
  });
});

describe('comparePlans: best columns', () => {
  it('more failures tolerated: five etcd members survive two, three survive one, SQLite none', () => {
    const c = comparePlans([
      plan({ servers: 1 }),
      plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }),
      plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 5 }),
    ]);
    expect(row(c.rows, 'failures-tolerated')).toMatchObject({ cells: [0, 1, 2], best: [2] });
    expect(row(c.rows, 'etcd-quorum').cells).toEqual([null, { members: 3, quorum: 2 }, { members: 5, quorum: 3 }]);
  });

  it('fewer errors: SQLite on two servers is an error the single server does not have', () => {
    const c = comparePlans([plan({ servers: 2 }), plan({ servers: 1 })]);
    const errors = row(c.rows, 'errors');
    // The default single server has no error; two servers on SQLite have at least that one.
    expect(errors.cells[1]).toBe(0);
    expect(errors.cells[0]).toBeGreaterThanOrEqual(1);
    expect(errors.best).toEqual([1]);
    const sqlite = c.findings.find((f) => f.code === 'topology.sqlite-multi-server');
    expect(sqlite?.cells.map((x) => x?.severity ?? null)).toEqual(['error', null]);
  });

  it('fewer machines: ties are all best; all equal is no best', () => {
    const c = comparePlans([plan({ agents: 5 }), plan({ agents: 3 }), plan({ agents: 3 })]);
    expect(row(c.rows, 'total-machines')).toMatchObject({ cells: [6, 4, 4], best: [1, 2] });
    expect(bestColumns([4, 4], 'fewer')).toEqual([]);
  });

  it('a floor ("16+ vCPU") is never called the fewest, and an exact figure is not best when a floor may be lower', () => {
    expect(
      bestColumns(
        [
          { vcpu: 8, orMore: false },
          { vcpu: 16, orMore: true },
        ],
        'fewer',
      ),
    ).toEqual([0]);
    expect(
      bestColumns(
        [
          { vcpu: 16, orMore: true },
          { vcpu: 20, orMore: false },
        ],
        'fewer',
      ),
    ).toEqual([]);
    expect(bestColumns([1, null], 'more')).toEqual([]);
  });

  it('each column keeps its own rules edition: 53 nodes are Medium (4 vCPU) in the seed, 2 CPU upstream', () => {
    const cluster = { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 50 } as const;
    const c = comparePlans([plan(cluster, seedRules), plan(cluster, upstreamRules)]);
    expect(row(c.rows, 'rules').cells).toEqual([seedRules.id, upstreamRules.id]);
    expect(row(c.rows, 'servers').cells.map((s) => s.vcpu)).toEqual([4, 2]);
  });

  it('shows the workload result where a column plans from workloads', () => {
    const web = computePlan(presetPlan('web-app-workloads', seedRules.id), seedRules);
    const c = comparePlans([plan(), web]);
    const w = row(c.rows, 'workloads');
    expect(w.cells[0]).toBeNull();
    expect(w.cells[1]?.agents).toBe(web.input.cluster.agents);
  });
});

describe('comparePlans: properties', () => {
  const rulesOf = (id: string) => (id === upstreamRules.id ? upstreamRules : seedRules);
  const results = fc
    .array(planInputArb([seedRules.id, upstreamRules.id]), { minLength: 2, maxLength: 3 })
    .map((inputs) => inputs.map((i) => computePlan(i, rulesOf(i.rules))));

  it('a plan compared with itself shows no differences and no best column', () => {
    fc.assert(
      fc.property(planInputArb([seedRules.id, upstreamRules.id]), fc.integer({ min: 2, max: 3 }), (input, n) => {
        const r = computePlan(input, rulesOf(input.rules));
        const c = comparePlans(Array.from({ length: n }, () => r));
        expect(c.rows.filter((x) => x.differs || x.best.length > 0)).toEqual([]);
        expect(c.findings).toEqual([]);
        expect(c.ports).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('the best columns and the differences do not depend on the columns’ order', () => {
    fc.assert(
      fc.property(results, fc.boolean(), (rs: PlanResult[], rotate) => {
        // A permutation: reversed, or rotated by one.
        const order = rs.map((_, i) => (rotate ? (i + 1) % rs.length : rs.length - 1 - i));
        const a = comparePlans(rs);
        const b = comparePlans(order.map((i) => rs[i] as PlanResult));
        for (const ra of a.rows) {
          const rb = b.rows.find((x) => x.id === ra.id);
          expect(rb?.differs).toBe(ra.differs);
          // Column j of b is column order[j] of a.
          expect(rb?.best.map((j) => order[j]).sort()).toEqual([...ra.best].sort());
        }
        expect(b.findings.map((f) => f.code).sort()).toEqual(a.findings.map((f) => f.code).sort());
        expect(b.ports.map((p) => p.key).sort()).toEqual(a.ports.map((p) => p.key).sort());
      }),
      { numRuns: 40 },
    );
  });
});

describe('the monthly cost row (machines with typed prices)', () => {
  const HA_50 = { servers: 3, agents: 50, haMode: 'ha-embedded', datastore: 'embedded-etcd', arch: 'arm64' } as const;
  const hourly = (type: string, amount: number, currency = 'USD') => ({ type, amount, currency, per: 'hour' }) as const;
  const m7g = 'aws-ec2/m7g.xlarge';
  const withMachines = (cluster: Parameters<typeof plan>[0], machines: Partial<MachinesInput>) => {
    const r = plan(cluster, seedRules, { machines });
    return { r, m: planMachines(r, machineCatalog, seedRules) };
  };

  it('chosen types priced in one currency: each plan’s month, the cheaper one best', () => {
    const chosen = { server: m7g, agent: m7g, prices: [hourly(m7g, 0.1632)] };
    const a = withMachines(HA_50, chosen);
    const b = withMachines({ ...HA_50, agents: 20 }, chosen);
    const c = comparePlans([a.r, b.r], [a.m, b.m]);
    const cost = row(c.rows, 'monthly-cost');
    // 53 and 23 machines × 0.1632 USD an hour × 730 hours (the catalog's month).
    const chosenMonth = { status: 'priced', basis: 'chosen', provider: null, currency: 'USD' };
    expect(cost.cells).toMatchObject([chosenMonth, chosenMonth]);
    const amounts = cost.cells.map((x) => (x?.status === 'priced' ? x.amount : Number.NaN));
    expect(amounts[0]).toBeCloseTo(53 * 0.1632 * 730, 6);
    expect(amounts[1]).toBeCloseTo(23 * 0.1632 * 730, 6);
    expect(cost).toMatchObject({ differs: true, best: [1] });
  });

  it('prices in two currencies are shown but not ranked', () => {
    const a = withMachines(HA_50, { server: m7g, agent: m7g, prices: [hourly(m7g, 0.1632)] });
    const b = withMachines({ ...HA_50, agents: 20 }, { server: m7g, agent: m7g, prices: [hourly(m7g, 0.15, 'EUR')] });
    const cost = row(comparePlans([a.r, b.r], [a.m, b.m]).rows, 'monthly-cost');
    expect(cost.cells.map((x) => x && 'currency' in x && x.currency)).toEqual(['USD', 'EUR']);
    expect(cost).toMatchObject({ differs: true, best: [] });
  });

  it('without chosen types, the cheapest provider whose smallest types all have a price', () => {
    const bare = withMachines(HA_50, {});
    const listOf = (id: string) => bare.m.match.providers.find((p) => p.provider.id === id)?.machines ?? [];
    const [aws, pi] = [listOf('aws-ec2'), listOf('raspberry-pi')];
    const prices = [
      ...aws.map((l) => ({ type: l.key, amount: 2, currency: 'USD', per: 'month' }) as const),
      ...pi.map((l) => ({ type: l.key, amount: 1, currency: 'USD', per: 'month' }) as const),
    ];
    const a = withMachines(HA_50, { prices });
    // Every role has a board, and 53 boards at 1 USD a month cost less than 53 EC2 machines at 2.
    expect(pi.reduce((n, l) => n + l.count, 0)).toBe(53);
    expect(row(comparePlans([a.r, bare.r], [a.m, bare.m]).rows, 'monthly-cost').cells).toEqual([
      { status: 'priced', basis: 'cheapest-provider', provider: 'Raspberry Pi', amount: 53, currency: 'USD' },
      { status: 'unpriced' },
    ]);
  });

  it('a plan whose catalog did not load has no cost; without machines there is no cost row at all', () => {
    const a = withMachines(HA_50, { server: m7g });
    expect(row(comparePlans([a.r, a.r], [a.m, null]).rows, 'monthly-cost')).toMatchObject({
      cells: [{ status: 'unpriced' }, null],
      best: [],
    });
    expect(comparePlans([a.r, a.r]).rows.map((r) => r.id)).not.toContain('monthly-cost');
  });

  it('the row is asked for once some plan names a machine type or a price', () => {
    const bare = plan(HA_50);
    expect(comparesCosts([bare, bare])).toBe(false);
    expect(comparesCosts([bare, withMachines(HA_50, { agent: m7g }).r])).toBe(true);
    expect(comparesCosts([withMachines(HA_50, { prices: [hourly(m7g, 1)] }).r])).toBe(true);
  });
});
