import { finding, type AnyMachineFinding } from '../findings/finding';
import {
  machineTypeKey,
  type ListPrice,
  type MachineCatalog,
  type MachinePrice,
  type MachineProvider,
  type MachineRole,
  type MachineType,
  type PricePeriod,
} from '../model/machines';
import type { Architecture, ProfilingRole, Rules, SourceRef } from '../model/rules';
import type { Sizing } from '../sizing/sizing';

/**
 * Which roles may run on burstable types (a baseline CPU share with bursts, such as EC2 T3/T4g).
 * The default lets agents use them and keeps servers and database hosts on whole vCPUs
 * (docs/decisions/019-machine-catalog-and-matching.md).
 */
export const BURSTABLE_POLICIES = ['agents-only', 'all-roles', 'none'] as const;
export type BurstablePolicy = (typeof BURSTABLE_POLICIES)[number];

export interface MachineInput {
  /** The plan's CPU architecture; a type must list it. */
  readonly arch: Architecture;
  /** Each agent's size when workload planning chose an agent shape; without it the agents' baseline applies. */
  readonly agentShape?: { readonly vcpu: number; readonly memoryMiB: number } | null;
  /** Prices the reader typed, keyed by machineTypeKey ("aws-ec2/m6i.large"); they replace list prices. */
  readonly prices?: Readonly<Record<string, MachinePrice>>;
}

export interface MatchOptions {
  /** The rules file the sizing came from: its resource profiling gives what K3s was measured to use per processor class. */
  readonly rules: Pick<Rules, 'profiling'>;
  readonly burstable?: BurstablePolicy;
  /** The region whose list price counts where a type has list prices for several regions. */
  readonly priceRegion?: string;
}

/** What each machine of a role must have, and where that comes from. */
export interface RoleNeed {
  readonly role: MachineRole;
  readonly count: number;
  readonly vcpu: number;
  /** The source writes "16+": the vCPU figure is a floor. */
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
  /** The sizing tables and baselines, or the agent shape workload planning chose. */
  readonly basis: 'sizing' | 'workload-shape';
  /** The resource-profiling row and column of K3s in this role; null for database hosts, where K3s does not run. */
  readonly measured: { readonly role: ProfilingRole; readonly column: 'sqlite' | 'etcd' } | null;
  readonly ruleId: string;
  readonly source: SourceRef;
}

export interface MachineChoice {
  readonly key: string;
  readonly type: MachineType;
  /** The need this type meets: the role's, with memory raised to K3s's measured use on the type's processor class. */
  readonly needVcpu: number;
  readonly needMemoryMiB: number;
  /** What K3s was measured to use in this role on the type's processor class; null for database hosts. */
  readonly measuredMiB: number | null;
  /** What is left on each machine after the need. */
  readonly headroom: { readonly vcpu: number; readonly memoryMiB: number };
}

export type RoleMatch =
  | { readonly role: MachineRole; readonly status: 'matched'; readonly choice: MachineChoice }
  /** The provider has types of the plan's architecture, none large enough; `largest` is the largest of them. */
  | { readonly role: MachineRole; readonly status: 'too-small'; readonly largest: MachineType }
  /** The provider's types of the plan's architecture are all burstable, and the policy keeps this role off them. */
  | { readonly role: MachineRole; readonly status: 'burstable-only' }
  /** The provider has no type of the plan's architecture. */
  | { readonly role: MachineRole; readonly status: 'no-architecture' };

/** One line of a provider's machine list: this many machines of this type for this role. */
export interface MachineLine {
  readonly role: MachineRole;
  readonly count: number;
  readonly key: string;
  readonly type: MachineType;
}

export interface UnitPrice {
  readonly amount: number;
  readonly currency: string;
  readonly per: PricePeriod;
  /** Typed by the reader, or the catalog's dated list price. */
  readonly origin: 'reader' | 'list';
  readonly region: string | null;
  readonly asOf: string | null;
}

export interface PricedLine {
  readonly role: MachineRole;
  readonly key: string;
  readonly count: number;
  readonly price: UnitPrice;
  /** One machine for a month: the monthly price, or the hourly price × hours per month. */
  readonly monthlyEach: number;
  readonly monthly: number;
}

export type MonthlyCost =
  | {
      readonly status: 'priced';
      readonly amount: number;
      readonly currency: string;
      readonly hoursPerMonth: number;
      readonly lines: readonly PricedLine[];
    }
  /** Some chosen types have no price: typed by the reader or listed with a date. */
  | { readonly status: 'unpriced'; readonly missing: readonly string[] }
  /** The chosen types are priced in more than one currency; no sum is made. */
  | { readonly status: 'mixed-currencies'; readonly currencies: readonly string[] }
  /** Some role has no type at this provider, so there is no whole plan to price. */
  | { readonly status: 'incomplete' };

export interface ProviderPlan {
  readonly provider: MachineProvider;
  /** One entry per role of the plan, in the order of `needs`. */
  readonly roles: readonly RoleMatch[];
  /** Count × type for every matched role. */
  readonly machines: readonly MachineLine[];
  /** Every role has a type. */
  readonly complete: boolean;
  readonly totals: { readonly machines: number; readonly vcpu: number; readonly memoryMiB: number };
  readonly cost: MonthlyCost;
}

/** The plan's machines: for each provider of the catalog, the smallest type per role, the list and its monthly cost. */
export interface MachinePlan {
  readonly catalog: { readonly id: string; readonly version: string; readonly published: string };
  readonly arch: Architecture;
  readonly burstable: BurstablePolicy;
  readonly hoursPerMonth: number;
  readonly needs: readonly RoleNeed[];
  readonly providers: readonly ProviderPlan[];
  readonly findings: readonly AnyMachineFinding[];
}

/**
 * The order "smallest" means: fewer vCPU first, then less memory, then the type id (code-unit
 * order, the same in every locale). A negative result puts `a` first.
 */
export function compareMachineSize(
  a: Pick<MachineType, 'vcpu' | 'memoryMiB' | 'id'>,
  b: Pick<MachineType, 'vcpu' | 'memoryMiB' | 'id'>,
): number {
  return a.vcpu - b.vcpu || a.memoryMiB - b.memoryMiB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The roles of a sizing that need machines (count above zero): servers, agents, external database hosts. */
export function roleNeeds(sizing: Sizing, input: Pick<MachineInput, 'agentShape'>): RoleNeed[] {
  const { server, agent, database } = sizing;
  const needs: RoleNeed[] = [];
  if (server.count > 0)
    needs.push({
      role: 'server',
      count: server.count,
      vcpu: server.vcpu,
      vcpuOrMore: server.vcpuOrMore,
      memoryMiB: server.memoryMiB,
      basis: 'sizing',
      measured: { role: server.measured.role, column: server.measured.datastoreColumn },
      ruleId: server.basis.kind === 'tier' ? `serverSizing.tiers[${server.basis.tier.tierId}]` : 'hardware.server',
      source: server.source,
    });
  if (agent.count > 0) {
    const shape = input.agentShape ?? null;
    const baseline = agent.baseline.recommended ?? agent.baseline.minimum;
    needs.push({
      role: 'agent',
      count: agent.count,
      vcpu: shape ? shape.vcpu : baseline.vcpu,
      vcpuOrMore: false,
      memoryMiB: shape ? shape.memoryMiB : baseline.memoryMiB,
      basis: shape ? 'workload-shape' : 'sizing',
      measured: { role: 'agent', column: agent.measured.datastoreColumn },
      ruleId: 'hardware.agent',
      source: agent.baseline.source,
    });
  }
  if (database && database.members > 0)
    needs.push({
      role: 'database',
      count: database.members,
      vcpu: database.vcpu,
      vcpuOrMore: database.vcpuOrMore,
      memoryMiB: database.memoryMiB,
      basis: 'sizing',
      measured: null,
      ruleId: `databaseSizing.tiers[${database.tier.tierId}]`,
      source: database.source,
    });
  return needs;
}

export function burstableAllowed(policy: BurstablePolicy, role: MachineRole): boolean {
  return policy === 'all-roles' || (policy === 'agents-only' && role === 'agent');
}

/** The resource-profiling row of K3s in a role on a type's processor class; null where K3s does not run (database hosts). */
function profilingRow(rules: MatchOptions['rules'], need: RoleNeed, type: MachineType) {
  if (need.measured === null) return null;
  const { role } = need.measured;
  const row = rules.profiling.rows.find((r) => r.role === role && r.processor === type.processor);
  // RulesSchema guarantees a row per role and processor class; this guards a hand-built rules object.
  if (!row) throw new Error(`no profiling row for ${role}/${type.processor}`);
  return row;
}

/** K3s's measured memory in a role on a type's processor class; null where K3s does not run (database hosts). */
export function measuredMiB(rules: MatchOptions['rules'], need: RoleNeed, type: MachineType): number | null {
  const row = profilingRow(rules, need, type);
  return row && need.measured ? row.memoryMiB[need.measured.column] : null;
}

/**
 * The type as a machine of the role, when it has the role's vCPU and memory (memory never below K3s's
 * measured use in the role on the type's processor class), with the headroom left; null when it is too
 * small. The architecture and the burstable policy are the caller's to check.
 */
export function fitType(need: RoleNeed, type: MachineType, rules: MatchOptions['rules']): MachineChoice | null {
  const measured = measuredMiB(rules, need, type);
  const needMemoryMiB = Math.max(need.memoryMiB, measured ?? 0);
  if (type.vcpu < need.vcpu || type.memoryMiB < needMemoryMiB) return null;
  return {
    key: machineTypeKey(type),
    type,
    needVcpu: need.vcpu,
    needMemoryMiB,
    measuredMiB: measured,
    headroom: { vcpu: type.vcpu - need.vcpu, memoryMiB: type.memoryMiB - needMemoryMiB },
  };
}

function matchRole(
  need: RoleNeed,
  types: readonly MachineType[],
  arch: Architecture,
  policy: BurstablePolicy,
  rules: MatchOptions['rules'],
): RoleMatch {
  const ofArch = types.filter((t) => t.architectures.includes(arch));
  if (ofArch.length === 0) return { role: need.role, status: 'no-architecture' };
  const allowed = ofArch.filter((t) => !t.burstable || burstableAllowed(policy, need.role));
  const sorted = [...allowed].sort(compareMachineSize);
  for (const type of sorted) {
    const choice = fitType(need, type, rules);
    if (choice) return { role: need.role, status: 'matched', choice };
  }
  const largest = sorted[sorted.length - 1];
  return largest ? { role: need.role, status: 'too-small', largest } : { role: need.role, status: 'burstable-only' };
}

function unitPrice(type: MachineType, prices: MachineInput['prices'], region: string | undefined): UnitPrice | null {
  const key = machineTypeKey(type);
  const typed = prices && Object.hasOwn(prices, key) ? prices[key] : undefined;
  // The schema bounds a typed price; a hand-built one that is not a finite, non-negative number counts as none.
  if (typed && Number.isFinite(typed.amount) && typed.amount >= 0)
    return { ...typed, origin: 'reader', region: null, asOf: null };
  const listed = type.listPrices ?? [];
  const list: ListPrice | undefined =
    (region === undefined ? undefined : listed.find((p) => p.region === region)) ??
    (listed.length === 1 ? listed[0] : undefined);
  return list
    ? {
        amount: list.amount,
        currency: list.currency,
        per: list.per,
        origin: 'list',
        region: list.region,
        asOf: list.asOf,
      }
    : null;
}

/**
 * The monthly cost of a machine list: every line priced (typed price, else the dated list price),
 * hourly prices × hours per month, summed in one currency; otherwise why there is no sum.
 */
export function monthlyCost(
  machines: readonly MachineLine[],
  complete: boolean,
  input: MachineInput,
  hoursPerMonth: number,
  region: string | undefined,
): MonthlyCost {
  if (!complete) return { status: 'incomplete' };
  const priced = machines.map((line) => ({ line, price: unitPrice(line.type, input.prices, region) }));
  const missing = priced.flatMap(({ line, price }) => (price ? [] : [line.key]));
  if (missing.length > 0) return { status: 'unpriced', missing: [...new Set(missing)] };
  const lines: PricedLine[] = priced.flatMap(({ line, price }) => {
    if (!price) return [];
    const monthlyEach = price.per === 'month' ? price.amount : price.amount * hoursPerMonth;
    return [
      { role: line.role, key: line.key, count: line.count, price, monthlyEach, monthly: monthlyEach * line.count },
    ];
  });
  const currencies = [...new Set(lines.map((l) => l.price.currency))];
  const [currency] = currencies;
  if (currency === undefined || currencies.length > 1) return { status: 'mixed-currencies', currencies };
  return {
    status: 'priced',
    amount: lines.reduce((sum, l) => sum + l.monthly, 0),
    currency,
    hoursPerMonth,
    lines,
  };
}

function providerPlan(
  provider: MachineProvider,
  needs: readonly RoleNeed[],
  catalog: MachineCatalog,
  input: MachineInput,
  options: MatchOptions,
  policy: BurstablePolicy,
): ProviderPlan {
  const types = catalog.types.filter((t) => t.provider === provider.id);
  const roles = needs.map((need) => matchRole(need, types, input.arch, policy, options.rules));
  const machines = roles.flatMap((match, i) => {
    const need = needs[i];
    return match.status === 'matched' && need
      ? [{ role: match.role, count: need.count, key: match.choice.key, type: match.choice.type }]
      : [];
  });
  const complete = roles.every((r) => r.status === 'matched');
  return {
    provider,
    roles,
    machines,
    complete,
    totals: {
      machines: machines.reduce((sum, l) => sum + l.count, 0),
      vcpu: machines.reduce((sum, l) => sum + l.count * l.type.vcpu, 0),
      memoryMiB: machines.reduce((sum, l) => sum + l.count * l.type.memoryMiB, 0),
    },
    cost: monthlyCost(machines, complete, input, catalog.conventions.hoursPerMonth, options.priceRegion),
  };
}

/** A role no type of a provider can host, where the provider offers the plan's architecture. */
function exceedsFindings(
  needs: readonly RoleNeed[],
  plans: readonly ProviderPlan[],
  arch: Architecture,
): AnyMachineFinding[] {
  return needs.flatMap((need, i) => {
    const elsewhere = plans.some((p) => p.roles[i]?.status === 'matched');
    return plans.flatMap((p) => {
      const match = p.roles[i];
      if (match?.status !== 'too-small') return [];
      return [
        finding(
          'machines.role-exceeds-provider',
          elsewhere ? 'info' : 'warning',
          {
            role: need.role,
            provider: p.provider.name,
            arch,
            needVcpu: need.vcpu,
            needVcpuOrMore: need.vcpuOrMore,
            needMemoryMiB: need.memoryMiB,
            largest: match.largest.name,
            largestVcpu: match.largest.vcpu,
            largestMemoryMiB: match.largest.memoryMiB,
            elsewhere,
          },
          { fields: [], ruleId: need.ruleId, source: need.source },
        ),
      ];
    });
  });
}

/** Boards of the plan's architecture with less memory than K3s was measured to use in a role on such a board. */
function boardFindings(
  needs: readonly RoleNeed[],
  catalog: MachineCatalog,
  arch: Architecture,
  rules: MatchOptions['rules'],
): AnyMachineFinding[] {
  return needs.flatMap((need) => {
    const { role } = need;
    if (need.measured === null || role === 'database') return [];
    return catalog.providers.flatMap((provider) => {
      const boards = catalog.types
        .filter((t) => t.provider === provider.id && t.processor === 'arm-sbc' && t.architectures.includes(arch))
        .sort(compareMachineSize);
      const below = boards.filter((t) => t.memoryMiB < (measuredMiB(rules, need, t) ?? 0));
      const [first] = below;
      if (!first) return [];
      return [
        finding(
          'machines.board-below-measured',
          'info',
          {
            role,
            provider: provider.name,
            boards: below.map((t) => t.name),
            measuredMiB: measuredMiB(rules, need, first) ?? 0,
            measuredOn: profilingRow(rules, need, first)?.processorName ?? '',
            measuredVersion: rules.profiling.k3sVersion,
          },
          { fields: [], ruleId: 'profiling.rows', source: rules.profiling.source },
        ),
      ];
    });
  });
}

/**
 * The plan's machines from a machine catalog: for each provider and each role of the sizing
 * (servers, agents, external database hosts), the smallest type (compareMachineSize) of the plan's
 * architecture that has the role's vCPU and memory, with memory never below what K3s was measured
 * to use in the role on the type's processor class, and burstable types only where the policy
 * allows; the headroom left; the machine list; its monthly cost where every chosen type has a
 * price (typed or listed); findings where a provider's types are all too small and where boards
 * are below K3s's measured use. Pure: the same inputs give the same plan.
 */
export function matchMachines(
  sizing: Sizing,
  input: MachineInput,
  catalog: MachineCatalog,
  options: MatchOptions,
): MachinePlan {
  const policy = options.burstable ?? 'agents-only';
  const needs = roleNeeds(sizing, input);
  const providers = catalog.providers.map((p) => providerPlan(p, needs, catalog, input, options, policy));
  return {
    catalog: { id: catalog.id, version: catalog.version, published: catalog.published },
    arch: input.arch,
    burstable: policy,
    hoursPerMonth: catalog.conventions.hoursPerMonth,
    needs,
    providers,
    findings: [
      ...exceedsFindings(needs, providers, input.arch),
      ...boardFindings(needs, catalog, input.arch, options.rules),
    ],
  };
}
