import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { machineTypeKey, type MachineCatalog, type MachinePrice, type MachineType } from '../model/machines';
import type { PlanInput } from '../model/plan-input';
import { ARCHITECTURES, type Architecture, type Rules } from '../model/rules';
import { computePlan } from '../plan/compute-plan';
import { burstablePolicyArb, machineCatalogArb, machinePricesArb, planInputArb } from '../testing/arbitraries';
import { machineCatalog, seedRules, upstreamRules } from '../testing/fixtures';
import { matchMachines, type BurstablePolicy, type MachinePlan } from './match';

/**
 * The rules of decision 019, restated here from the plan's input and the rules file rather than
 * from the matcher's own intermediate values: what a role needs, which types may serve it, and
 * which of them is the smallest.
 */
type Role = 'server' | 'agent' | 'database';

/** "Smaller": fewer vCPU, then less memory, then the id in code-unit order. */
const smaller = (a: MachineType, b: MachineType): boolean =>
  a.vcpu !== b.vcpu ? a.vcpu < b.vcpu : a.memoryMiB !== b.memoryMiB ? a.memoryMiB < b.memoryMiB : a.id < b.id;

function measuredMiB(input: PlanInput, rules: Rules, role: Role, type: MachineType): number {
  if (role === 'database') return 0;
  const profiled =
    role === 'agent'
      ? 'agent'
      : input.cluster.serverWorkloads === 'shared'
        ? 'server-with-workload'
        : 'server-with-one-agent';
  const row = rules.profiling.rows.find((r) => r.role === profiled && r.processor === type.processor);
  if (!row) throw new Error('no profiling row');
  return input.cluster.datastore === 'embedded-etcd' ? row.memoryMiB.etcd : row.memoryMiB.sqlite;
}

const burstableOk = (policy: BurstablePolicy, role: Role) =>
  policy === 'all-roles' || (policy === 'agents-only' && role === 'agent');

interface Case {
  readonly input: PlanInput;
  readonly rules: Rules;
  readonly arch: Architecture;
  readonly policy: BurstablePolicy;
  readonly prices: Record<string, MachinePrice>;
  readonly catalog: MachineCatalog;
  /** An agent shape of the test's own, small enough that K3s's measured use can decide. */
  readonly agentShape?: { readonly vcpu: number; readonly memoryMiB: number } | null;
}

function check({ input, rules, arch, policy, prices, catalog, agentShape = null }: Case): void {
  const result = computePlan(input, rules);
  const shape = agentShape ?? result.workloads?.inUse?.outcome.shape ?? null;
  const { sizing } = result;
  const plan: MachinePlan = matchMachines(sizing, { arch, agentShape: shape, prices }, catalog, {
    rules,
    burstable: policy,
  });

  // What each role needs, from the sizing and the rules' agent baseline.
  const baseline = rules.hardware.agent.recommended ?? rules.hardware.agent.minimum;
  const expected = [
    ...(sizing.server.count > 0
      ? [
          {
            role: 'server' as const,
            count: sizing.server.count,
            vcpu: sizing.server.vcpu,
            memoryMiB: sizing.server.memoryMiB,
          },
        ]
      : []),
    ...(sizing.agent.count > 0
      ? [
          {
            role: 'agent' as const,
            count: sizing.agent.count,
            vcpu: shape?.vcpu ?? baseline.vcpu,
            memoryMiB: shape?.memoryMiB ?? baseline.memoryMiB,
          },
        ]
      : []),
    ...(sizing.database
      ? [
          {
            role: 'database' as const,
            count: sizing.database.members,
            vcpu: sizing.database.vcpu,
            memoryMiB: sizing.database.memoryMiB,
          },
        ]
      : []),
  ];
  expect(plan.needs.map((n) => ({ role: n.role, count: n.count, vcpu: n.vcpu, memoryMiB: n.memoryMiB }))).toEqual(
    expected,
  );

  const fitsSomewhere = expected.map(() => false);
  let tooSmall = 0;
  for (const p of plan.providers) {
    const types = catalog.types.filter((t) => t.provider === p.provider.id);
    const ofArch = types.filter((t) => t.architectures.includes(arch));
    expected.forEach((need, i) => {
      const allowed = ofArch.filter((t) => !t.burstable || burstableOk(policy, need.role));
      const eligible = allowed.filter(
        (t) => t.vcpu >= need.vcpu && t.memoryMiB >= Math.max(need.memoryMiB, measuredMiB(input, rules, need.role, t)),
      );
      const match = p.roles[i];
      expect(match?.role).toBe(need.role);
      if (!match) return;
      switch (match.status) {
        case 'matched': {
          fitsSomewhere[i] = true;
          const { type, headroom, needMemoryMiB } = match.choice;
          // Every chosen type meets its role's need …
          expect(eligible).toContain(type);
          expect(needMemoryMiB).toBe(Math.max(need.memoryMiB, measuredMiB(input, rules, need.role, type)));
          expect(headroom).toEqual({ vcpu: type.vcpu - need.vcpu, memoryMiB: type.memoryMiB - needMemoryMiB });
          // … and no smaller type of that provider does.
          expect(eligible.filter((t) => smaller(t, type))).toEqual([]);
          break;
        }
        case 'too-small':
          tooSmall += 1;
          expect(eligible).toEqual([]);
          expect(allowed).toContain(match.largest);
          expect(allowed.filter((t) => smaller(match.largest, t))).toEqual([]);
          break;
        case 'burstable-only':
          expect(ofArch.length).toBeGreaterThan(0);
          expect(allowed).toEqual([]);
          break;
        case 'no-architecture':
          expect(ofArch).toEqual([]);
          break;
      }
    });

    // The machine list is count × chosen type of every matched role, and the totals add it up.
    const lines = p.roles.flatMap((m, i) =>
      m.status === 'matched' ? [{ count: expected[i]?.count ?? 0, type: m.choice.type }] : [],
    );
    expect(p.machines.map((l) => [l.count, l.key])).toEqual(lines.map((l) => [l.count, machineTypeKey(l.type)]));
    expect(p.complete).toBe(lines.length === expected.length);
    expect(p.totals.machines).toBe(lines.reduce((s, l) => s + l.count, 0));
    expect(p.totals.vcpu).toBe(lines.reduce((s, l) => s + l.count * l.type.vcpu, 0));

    // A cost exists exactly when the list is whole and every type on it has a price in one currency.
    const typed = lines.map((l) => prices[machineTypeKey(l.type)]);
    const currencies = new Set(typed.flatMap((t) => (t ? [t.currency] : [])));
    if (!p.complete) expect(p.cost.status).toBe('incomplete');
    else if (typed.some((t) => t === undefined)) expect(p.cost.status).toBe('unpriced');
    else if (currencies.size > 1) expect(p.cost.status).toBe('mixed-currencies');
    else {
      const hours = catalog.conventions.hoursPerMonth;
      const sum = lines.reduce((s, l, i) => {
        const t = typed[i];
        return t ? s + l.count * (t.per === 'hour' ? t.amount * hours : t.amount) : s;
      }, 0);
      expect(p.cost.status).toBe('priced');
      if (p.cost.status === 'priced') expect(p.cost.amount).toBeCloseTo(sum, 6);
    }
  }

  // One note per (role, provider) naming the boards of the plan's architecture below K3s's measured use.
  const boardNotes = expected.flatMap((need) =>
    need.role === 'database'
      ? []
      : catalog.providers.flatMap((p) => {
          const boards = catalog.types.filter(
            (t) =>
              t.provider === p.id &&
              t.processor === 'arm-sbc' &&
              t.architectures.includes(arch) &&
              t.memoryMiB < measuredMiB(input, rules, need.role, t),
          );
          return boards.length > 0
            ? [[need.role, p.name, [...boards].sort((a, b) => (smaller(a, b) ? -1 : 1)).map((t) => t.name)]]
            : [];
        }),
  );
  expect(
    plan.findings.flatMap((f) =>
      f.code === 'machines.board-below-measured' ? [[f.params.role, f.params.provider, f.params.boards]] : [],
    ),
  ).toEqual(boardNotes);

  // One finding per (role, provider) whose types are all too small; a warning where no provider fits.
  const exceeds = plan.findings.filter((f) => f.code === 'machines.role-exceeds-provider');
  expect(exceeds).toHaveLength(tooSmall);
  for (const f of exceeds) {
    const i = expected.findIndex((n) => n.role === f.params.role);
    expect(f.severity).toBe(fitsSomewhere[i] ? 'info' : 'warning');
  }
}

const rulesFor = (input: PlanInput) => (input.rules === seedRules.id ? seedRules : upstreamRules);
const plans = planInputArb([seedRules.id, upstreamRules.id]);

describe('matching machines over random valid plans', () => {
  it('with the shipped catalog: every chosen type meets its role’s need and no smaller type of its provider does', () => {
    const keys = machineCatalog.types.map(machineTypeKey);
    fc.assert(
      fc.property(
        plans,
        fc.constantFrom(...ARCHITECTURES),
        burstablePolicyArb,
        machinePricesArb(keys),
        (input, arch, policy, prices) => {
          check({ input, rules: rulesFor(input), arch, policy, prices, catalog: machineCatalog });
        },
      ),
      { numRuns: 150, seed: 20261204 },
    );
  }, 60_000);

  it('with random catalogs: ties, boundaries, boards, burstable-only and missing architectures', () => {
    fc.assert(
      fc.property(
        plans,
        machineCatalogArb,
        fc.constantFrom(...ARCHITECTURES),
        burstablePolicyArb,
        fc.boolean(),
        fc.option(fc.record({ vcpu: fc.integer({ min: 1, max: 8 }), memoryMiB: fc.integer({ min: 64, max: 4096 }) }), {
          nil: null,
        }),
        (input, catalog, arch, policy, priced, agentShape) => {
          const prices = Object.fromEntries(
            catalog.types.map((t, i) => [machineTypeKey(t), { amount: i + 1, currency: 'USD', per: 'month' as const }]),
          );
          check({ input, rules: rulesFor(input), arch, policy, prices: priced ? prices : {}, catalog, agentShape });
        },
      ),
      { numRuns: 250, seed: 20261205 },
    );
  }, 60_000);
});
