import { finding, sortFindings, type AnyMachineFinding } from '../findings/finding';
import {
  burstableAllowed,
  compareMachineSize,
  fitType,
  matchMachines,
  measuredMiB,
  monthlyCost,
  type BurstablePolicy,
  type MachineChoice,
  type MachineLine,
  type MachinePlan,
  type MonthlyCost,
  type RoleNeed,
} from '../machines/match';
import { machineTypeKey, type MachineCatalog, type MachineRole, type MachineType } from '../model/machines';
import type { MachinePrice, MachinesInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import type { PlanResult } from './compute-plan';
import { INSTANCE_TYPE_LABEL } from '../config/config-files';

/**
 * The machine type the reader chose for one role, and how it meets the role's need:
 * `fits` (with the headroom), `too-small`, `wrong-architecture` (it does not list the plan's
 * architecture), `unknown-type` (not in this catalog).
 */
export interface ChosenRole {
  readonly role: MachineRole;
  readonly count: number;
  /** The type as the plan names it: "aws-ec2/m7g.large". */
  readonly key: string;
  readonly status: 'fits' | 'too-small' | 'wrong-architecture' | 'unknown-type';
  readonly type: MachineType | null;
  /** Present when the type fits: the need it meets and the headroom left. */
  readonly choice: MachineChoice | null;
  /** A burstable type for a role the catalog's policy keeps on whole vCPUs (the reader's choice, flagged). */
  readonly burstableAgainstPolicy: boolean;
}

/** The plan's own machine list: the types the reader chose, one line per role that has one. */
export interface ChosenMachines {
  readonly roles: readonly ChosenRole[];
  /** Count × type for every role whose chosen type is in the catalog. */
  readonly machines: readonly MachineLine[];
  /** Every role of the plan has a chosen type in the catalog. */
  readonly complete: boolean;
  readonly totals: { readonly machines: number; readonly vcpu: number; readonly memoryMiB: number };
  /** Priced only when every role has a chosen type and every chosen type a price in one currency. */
  readonly cost: MonthlyCost;
}

/**
 * The machines of a plan (decision 025): for each provider of the catalog the smallest type per
 * role, its machine list and monthly cost (`match`, see core/machines/match.ts); the types each
 * role may be given; the reader's chosen type per role with its list and cost; and the findings of
 * both. Everything is in MiB, vCPU and the prices' own currency; no text.
 */
export interface PlanMachines {
  /** The per-provider matching: needs, smallest type per role and provider, lists, costs, findings. */
  readonly match: MachinePlan;
  /** Per role of the plan (in the order of `match.needs`): every type of the plan's architecture that meets the need and the burstable policy, smallest first. */
  readonly options: readonly { readonly role: MachineRole; readonly types: readonly MachineType[] }[];
  /** Null when the reader chose no type for any role. */
  readonly chosen: ChosenMachines | null;
  /** The matching's findings and the chosen types', most severe first. */
  readonly findings: readonly AnyMachineFinding[];
  /** The label config.yaml sets to each node's chosen type when the reader asks for it. */
  readonly instanceTypeLabel: string;
}

/** The typed prices as the matching reads them, keyed "provider/id". */
export function typedPrices(input: MachinesInput): Readonly<Record<string, MachinePrice>> {
  const prices: Record<string, MachinePrice> = {};
  for (const p of input.prices) prices[p.type] = { amount: p.amount, currency: p.currency, per: p.per };
  return prices;
}

function chosenRole(
  need: RoleNeed,
  key: string,
  catalog: MachineCatalog,
  result: PlanResult,
  rules: Pick<Rules, 'profiling'>,
  policy: BurstablePolicy,
): ChosenRole {
  const type = catalog.types.find((t) => machineTypeKey(t) === key) ?? null;
  const base = { role: need.role, count: need.count, key, type, burstableAgainstPolicy: false };
  if (!type) return { ...base, status: 'unknown-type', choice: null };
  if (!type.architectures.includes(result.input.cluster.arch))
    return { ...base, status: 'wrong-architecture', choice: null };
  const burstableAgainstPolicy = type.burstable && !burstableAllowed(policy, need.role);
  const choice = fitType(need, type, rules);
  return { ...base, burstableAgainstPolicy, status: choice ? 'fits' : 'too-small', choice };
}

function chosenFinding(
  c: ChosenRole,
  need: RoleNeed,
  arch: PlanResult['input']['cluster']['arch'],
  rules: Pick<Rules, 'profiling'>,
): AnyMachineFinding[] {
  if (c.status === 'fits') return [];
  // Memory never below K3s's measured use on the type's own processor class, as the matching counts it.
  const measured = c.type ? measuredMiB(rules, need, c.type) : null;
  return [
    finding(
      'machines.chosen-type-unfit',
      'warning',
      {
        role: c.role,
        type: c.type?.name ?? c.key,
        reason: c.status,
        arch,
        needVcpu: need.vcpu,
        needVcpuOrMore: need.vcpuOrMore,
        needMemoryMiB: Math.max(need.memoryMiB, measured ?? 0),
        typeVcpu: c.type?.vcpu ?? 0,
        typeMemoryMiB: c.type?.memoryMiB ?? 0,
      },
      { fields: [`machines.${c.role}`], ruleId: need.ruleId, source: need.source },
    ),
  ];
}

/**
 * The plan's machines from a machine catalog: a pure function of the PlanResult, loaded with the
 * machines panel and the JSON plan's download (decision 021), so the start-up carries neither the
 * catalog nor this code. The agents' need is the agent shape workload planning uses, when it
 * does; prices are the ones the reader typed (else the catalog's dated list prices).
 */
export function planMachines(
  result: PlanResult,
  catalog: MachineCatalog,
  rules: Pick<Rules, 'profiling'>,
  options: { readonly burstable?: BurstablePolicy } = {},
): PlanMachines {
  const input = result.input.machines;
  const arch = result.input.cluster.arch;
  const shape = result.workloads?.inUse?.outcome.shape ?? null;
  const prices = typedPrices(input);
  const match = matchMachines(
    result.sizing,
    { arch, agentShape: shape ? { vcpu: shape.vcpu, memoryMiB: shape.memoryMiB } : null, prices },
    catalog,
    { rules, ...(options.burstable ? { burstable: options.burstable } : {}) },
  );
  const policy = match.burstable;
  const sorted = [...catalog.types].sort(compareMachineSize);
  const optionsPerRole = match.needs.map((need) => ({
    role: need.role,
    types: sorted.filter(
      (t) =>
        t.architectures.includes(arch) &&
        (!t.burstable || burstableAllowed(policy, need.role)) &&
        fitType(need, t, rules) !== null,
    ),
  }));

  const picks = match.needs.flatMap((need) => {
    const key = input[need.role];
    return key === '' ? [] : [{ need, chosen: chosenRole(need, key, catalog, result, rules, policy) }];
  });
  let chosen: ChosenMachines | null = null;
  if (picks.length > 0) {
    const machines: MachineLine[] = picks.flatMap(({ chosen: c }) =>
      c.type && c.status !== 'unknown-type' ? [{ role: c.role, count: c.count, key: c.key, type: c.type }] : [],
    );
    const complete = match.needs.length === machines.length;
    chosen = {
      roles: picks.map((p) => p.chosen),
      machines,
      complete,
      totals: {
        machines: machines.reduce((sum, l) => sum + l.count, 0),
        vcpu: machines.reduce((sum, l) => sum + l.count * l.type.vcpu, 0),
        memoryMiB: machines.reduce((sum, l) => sum + l.count * l.type.memoryMiB, 0),
      },
      cost: monthlyCost(machines, complete, { arch, prices }, match.hoursPerMonth, undefined),
    };
  }
  return {
    match,
    options: optionsPerRole,
    chosen,
    findings: sortFindings([...match.findings, ...picks.flatMap((p) => chosenFinding(p.chosen, p.need, arch, rules))]),
    instanceTypeLabel: INSTANCE_TYPE_LABEL,
  };
}
