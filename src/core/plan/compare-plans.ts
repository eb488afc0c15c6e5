import type { AnyFinding, Severity } from '../findings/finding';
import type { Datastore, HaMode, ShapeId } from '../model/plan-input';
import type { PortRule } from '../ports/ports';
import type { PlanResult } from './compute-plan';
import type { PlanMachines } from './plan-machines';

/**
 * Up to three plans side by side (issue 17, "Compare"): each column is a whole plan with its own
 * rules edition; the rows are what the plans need and risk, each marked where the columns differ
 * and, where "better" has one meaning, with the best column. Pure: a function of the PlanResults.
 */
export const MAX_COMPARED_PLANS = 3;

/** Machines of one role as a plan needs them: how many, and each one's size. */
export interface MachineGroup {
  readonly count: number;
  readonly vcpu: number;
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
  /** Disk the plan sizes on each machine (embedded etcd's database and snapshots); null where it sizes none. */
  readonly diskMiB: number | null;
}

export interface VcpuTotal {
  readonly vcpu: number;
  /** Some machine's figure is a floor ("16+ vCPU"), so the total is one too. */
  readonly orMore: boolean;
}

export interface QuorumCell {
  readonly members: number;
  readonly quorum: number;
}

export interface WorkloadCell {
  /** Agents the workloads need with the shape in use; null when no shape runs every pod. */
  readonly agents: number | null;
  readonly shape: ShapeId | null;
}

/**
 * A plan's monthly cost from its machines (decision 025's `MonthlyCost`): the reader's chosen types
 * when every role has one, else the cheapest provider whose smallest fitting types are all priced.
 * Prices are the ones the reader typed (the catalog lists none without a dated source).
 */
export type CostCell =
  | {
      readonly status: 'priced';
      readonly basis: 'chosen' | 'cheapest-provider';
      /** The provider's name for `cheapest-provider` (a proper name, as the catalog holds it); null for chosen types. */
      readonly provider: string | null;
      readonly amount: number;
      readonly currency: string;
    }
  /** No price to add up: the chosen types, or every provider's types, lack one. */
  | { readonly status: 'unpriced' }
  /** Priced in more than one currency: no sum, no comparison. */
  | { readonly status: 'mixed-currencies'; readonly currencies: readonly string[] };

/** Which way is better in a row, where one way is plainly better. */
export type Better = 'fewer' | 'more';

interface Row<I extends string, C> {
  readonly id: I;
  /** One cell per column, in column order. */
  readonly cells: readonly C[];
  /** True when not every column shows the same. */
  readonly differs: boolean;
  /** Columns (indices) with the best value; empty where the row shows no difference or "best" is not clear. */
  readonly best: readonly number[];
}

/** What a column shows in each row. */
export interface ComparedCells {
  readonly rules: string;
  readonly datastore: { readonly datastore: Datastore; readonly haMode: HaMode };
  readonly servers: MachineGroup;
  readonly agents: MachineGroup | null;
  readonly database: MachineGroup | null;
  readonly 'total-machines': number;
  readonly 'total-vcpu': VcpuTotal;
  readonly 'total-memory': number;
  readonly 'etcd-quorum': QuorumCell | null;
  /** Failures the datastore survives: etcd's fault tolerance, 0 for SQLite; null for a SQL database (its own replication decides). */
  readonly 'failures-tolerated': number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly workloads: WorkloadCell | null;
  /** Null where the column's machine catalog could not be loaded. */
  readonly 'monthly-cost': CostCell | null;
}

export type ComparedRowId = keyof ComparedCells;
export type ComparedRow = { [I in ComparedRowId]: Row<I, ComparedCells[I]> }[ComparedRowId];

/** The row ids in the order they are shown; 'workloads' only when some column plans from workloads. */
export const COMPARED_ROW_IDS = [
  'rules',
  'datastore',
  'servers',
  'agents',
  'database',
  'total-machines',
  'total-vcpu',
  'total-memory',
  'etcd-quorum',
  'failures-tolerated',
  'errors',
  'warnings',
  'notes',
  'workloads',
  'monthly-cost',
] as const satisfies readonly ComparedRowId[];

/** Rows where one direction is plainly better: fewer machines, vCPU, RAM, errors and cost; more failures tolerated. */
export const BETTER: Readonly<Partial<Record<ComparedRowId, Better>>> = {
  'monthly-cost': 'fewer',
  'total-machines': 'fewer',
  'total-vcpu': 'fewer',
  'total-memory': 'fewer',
  'failures-tolerated': 'more',
  errors: 'fewer',
};

/** A finding present in some columns and not others, or graded differently. */
export interface ComparedFinding {
  readonly code: string;
  /** The column's finding (its first of this code), or null where the column has none. */
  readonly cells: readonly (AnyFinding | null)[];
}

/** A port rule opened in some columns and not in others. */
export interface ComparedPort {
  readonly key: string;
  /** The rule as the first column that opens it has it. */
  readonly rule: PortRule;
  readonly cells: readonly boolean[];
}

export interface PlanComparison {
  readonly columns: number;
  readonly rows: readonly ComparedRow[];
  readonly findings: readonly ComparedFinding[];
  readonly ports: readonly ComparedPort[];
}

/** The agent's size the plan shows: the workload shape in use, else the docs' recommendation (or minimum). */
function agentSize(r: PlanResult): { vcpu: number; memoryMiB: number } {
  const shape = r.workloads?.inUse;
  if (shape) return { vcpu: shape.outcome.shape.vcpu, memoryMiB: shape.outcome.shape.memoryMiB };
  const { minimum, recommended } = r.sizing.agent.baseline;
  return recommended ?? minimum;
}

/** The machines of each role a plan needs: servers, agents and the external datastore's hosts (null when none). */
export function planMachines(r: PlanResult): {
  servers: MachineGroup;
  agents: MachineGroup | null;
  database: MachineGroup | null;
} {
  const { server, agent, database } = r.sizing;
  const a = agentSize(r);
  return {
    servers: {
      count: server.count,
      vcpu: server.vcpu,
      vcpuOrMore: server.vcpuOrMore,
      memoryMiB: server.memoryMiB,
      diskMiB: server.etcdDisk?.atDefaultQuotaMiB ?? null,
    },
    agents:
      agent.count > 0
        ? { count: agent.count, vcpu: a.vcpu, vcpuOrMore: false, memoryMiB: a.memoryMiB, diskMiB: null }
        : null,
    database: database
      ? {
          count: database.members,
          vcpu: database.vcpu,
          vcpuOrMore: database.vcpuOrMore,
          memoryMiB: database.memoryMiB,
          diskMiB: null,
        }
      : null,
  };
}

/**
 * Whether a comparison shows the monthly cost row: some plan names a machine type or a price (the
 * machine catalog is loaded for it then, and only then).
 */
export function comparesCosts(results: readonly PlanResult[]): boolean {
  return results.some(
    ({ input: { machines: m } }) => m.server !== '' || m.agent !== '' || m.database !== '' || m.prices.length > 0,
  );
}

/** The monthly cost of a plan's machines: the chosen types when every role has one, else the cheapest priced provider. */
export function costCell(m: PlanMachines): CostCell {
  const chosen = m.chosen;
  const costs = chosen?.complete
    ? [{ cost: chosen.cost, provider: null }]
    : m.match.providers.map((p) => ({ cost: p.cost, provider: p.provider.name }));
  if (chosen?.complete && chosen.cost.status === 'mixed-currencies')
    return { status: 'mixed-currencies', currencies: chosen.cost.currencies };
  const priced = costs.flatMap(({ cost, provider }) =>
    cost.status === 'priced' ? [{ amount: cost.amount, currency: cost.currency, provider }] : [],
  );
  const currencies = [...new Set(priced.map((p) => p.currency))];
  if (currencies.length > 1) return { status: 'mixed-currencies', currencies };
  const cheapest = priced.reduce<(typeof priced)[number] | null>(
    (best, p) => (best === null || p.amount < best.amount ? p : best),
    null,
  );
  if (!cheapest) return { status: 'unpriced' };
  return {
    status: 'priced',
    basis: chosen?.complete ? 'chosen' : 'cheapest-provider',
    provider: cheapest.provider,
    amount: cheapest.amount,
    currency: cheapest.currency,
  };
}

/** What one column shows in each row (its machines: undefined when the comparison has none, null when not loaded). */
function cellsOf(r: PlanResult, machines: PlanMachines | null | undefined): ComparedCells {
  const m = planMachines(r);
  const groups = [m.servers, m.agents, m.database].flatMap((g) => (g ? [g] : []));
  const quorum = r.sizing.etcd ?? r.sizing.database?.quorum ?? null;
  const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
  const datastore = r.input.cluster.datastore;
  return {
    rules: r.rules.id,
    datastore: { datastore, haMode: r.input.cluster.haMode },
    servers: m.servers,
    agents: m.agents,
    database: m.database,
    'total-machines': groups.reduce((n, g) => n + g.count, 0),
    'total-vcpu': {
      vcpu: groups.reduce((n, g) => n + g.count * g.vcpu, 0),
      orMore: groups.some((g) => g.vcpuOrMore),
    },
    'total-memory': groups.reduce((n, g) => n + g.count * g.memoryMiB, 0),
    'etcd-quorum': quorum ? { members: quorum.members, quorum: quorum.quorum } : null,
    // SQLite lives in one file on one server: losing it loses the datastore.
    'failures-tolerated': quorum ? quorum.faultTolerance : datastore === 'sqlite' ? 0 : null,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('info'),
    workloads: r.workloads ? { agents: r.workloads.agents, shape: r.workloads.inUse?.id ?? null } : null,
    'monthly-cost': machines ? costCell(machines) : null,
  };
}

/** The comparable number of a cell and whether it is exact, for rows with a better direction. */
function measure(cell: unknown): { value: number; exact: boolean } | null {
  if (typeof cell === 'number') return { value: cell, exact: true };
  if (cell !== null && typeof cell === 'object' && 'status' in cell)
    return cell.status === 'priced' && 'amount' in cell ? { value: Number(cell.amount), exact: true } : null;
  if (cell !== null && typeof cell === 'object' && 'vcpu' in cell && 'orMore' in cell)
    return { value: Number(cell.vcpu), exact: cell.orMore !== true };
  return null;
}

/**
 * The best columns of a row: those with the best value, when the columns differ, every column has a
 * value, and the best value is exact (a floor such as "16+ vCPU" is not known to be the fewest).
 */
export function bestColumns(cells: readonly unknown[], better: Better | undefined): number[] {
  if (!better || cells.length < 2) return [];
  const measured = cells.map(measure);
  const values: { value: number; exact: boolean }[] = [];
  for (const x of measured) {
    if (!x) return [];
    values.push(x);
  }
  const pick = better === 'fewer' ? Math.min : Math.max;
  const target = pick(...values.map((v) => v.value));
  const best = values.flatMap((v, i) => (v.value === target ? [i] : []));
  if (best.length === values.length) return [];
  if (best.some((i) => !values[i]?.exact)) return [];
  // A floor on the other side may still be lower ("fewer") than an exact figure: then it is not clear.
  if (better === 'fewer' && values.some((v) => !v.exact && v.value <= target)) return [];
  return best;
}

/** Deep equality of plain data (cells are plain objects, arrays, strings, numbers, booleans, null). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const portKey = (p: PortRule): string =>
  `${p.id}|${p.protocol}|${String(p.from)}-${String(p.to)}|${p.sources}|${p.destinations}`;

/** Costs are compared only in one currency. */
function comparable(cells: readonly unknown[]): boolean {
  const currencies = new Set(
    cells.map((c) => (c !== null && typeof c === 'object' && 'currency' in c ? String(c.currency) : '')),
  );
  return currencies.size === 1;
}

/**
 * Compares up to MAX_COMPARED_PLANS plans: rows with their differences and best columns, findings and
 * ports that differ. `machines` (one per plan, null where its catalog failed to load) adds the monthly
 * cost row; without it the comparison has none.
 */
export function comparePlans(
  results: readonly PlanResult[],
  machines?: readonly (PlanMachines | null)[],
): PlanComparison {
  const columns = results.map((r, i) => cellsOf(r, machines ? (machines[i] ?? null) : undefined));
  const usesWorkloads = results.some((r) => r.workloads !== null);
  const shown = (id: ComparedRowId) =>
    (id !== 'workloads' || usesWorkloads) && (id !== 'monthly-cost' || machines !== undefined);
  const rows = COMPARED_ROW_IDS.filter(shown).map((id) => {
    const cells = columns.map((c) => c[id]);
    const differs = cells.some((c) => !same(c, cells[0]));
    const best = differs && (id !== 'monthly-cost' || comparable(cells)) ? bestColumns(cells, BETTER[id]) : [];
    return { id, cells, differs, best } as ComparedRow;
  });

  const firstByCode = results.map((r) => {
    const m = new Map<string, AnyFinding>();
    for (const f of r.findings) if (!m.has(f.code)) m.set(f.code, f);
    return m;
  });
  const codes = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))];
  const findings = codes.flatMap((code) => {
    const cells = firstByCode.map((m) => m.get(code) ?? null);
    const severities = cells.map((c) => c?.severity ?? null);
    return severities.every((s) => s === severities[0]) ? [] : [{ code, cells }];
  });

  const portsByKey = results.map((r) => new Map(r.network.ports.map((p) => [portKey(p), p])));
  const keys = [...new Set(results.flatMap((r) => r.network.ports.map(portKey)))];
  const ports = keys.flatMap((key) => {
    const cells = portsByKey.map((m) => m.has(key));
    const rule = portsByKey.map((m) => m.get(key)).find((p) => p !== undefined);
    return rule && cells.some((c) => !c) ? [{ key, rule, cells }] : [];
  });
  return { columns: results.length, rows, findings, ports };
}

/** One plan's bars in the comparison's chart: every machine's vCPU and RAM added up. */
export interface ComparedTotals {
  /** 1 for the current plan, then the compared plans in link order. */
  readonly column: number;
  readonly vcpu: number;
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
  readonly memoryGiB: number;
}

/** The chart's data: each column's total vCPU and RAM (GB as the docs count it, 1024 MiB), from the totals rows. */
export function comparedTotals(c: PlanComparison): ComparedTotals[] {
  const cells = (id: 'total-vcpu' | 'total-memory') => c.rows.find((r) => r.id === id)?.cells ?? [];
  const vcpu = cells('total-vcpu') as readonly VcpuTotal[];
  const memory = cells('total-memory') as readonly number[];
  return vcpu.map((v, i) => ({
    column: i + 1,
    vcpu: v.vcpu,
    vcpuOrMore: v.orMore,
    memoryMiB: memory[i] ?? 0,
    memoryGiB: (memory[i] ?? 0) / 1024,
  }));
}
