/**
 * Test fixtures: the shipped rules files and machine catalog, parsed exactly as the app parses them, and a plan builder.
 * Only tests import this module.
 */
import type { Day2Result } from '../day2/day2';
import { planDay2Of } from '../plan/plan-day2';
import seed2611Json from '../../../public/data/rules/seed-2026.11.json';
import seedJson from '../../../public/data/rules/seed-2026.12.json';
import upstream2611Json from '../../../public/data/rules/upstream-2026.11.json';
import upstreamJson from '../../../public/data/rules/upstream-2026.12.json';
import machinesJson from '../../../public/data/machines/machines-2026.12.json';
import { computePlan, type PlanResult } from '../plan/compute-plan';
import {
  DEFAULT_CLUSTER,
  DEFAULT_HOST,
  DEFAULT_INSTALL,
  DEFAULT_NETWORK,
  DEFAULT_BACKUP,
  DEFAULT_UPGRADE,
  defaultMachines,
  defaultWorkloads,
  type ClusterInput,
  type HostInput,
  type InstallInput,
  type NetworkInput,
  type PlanInput,
  type WorkloadsInput,
  type BackupInput,
  type UpgradeInput,
  type MachinesInput,
  type AirgapInput,
  DEFAULT_AIRGAP,
} from '../model/plan-input';
import { RulesSchema, type Rules } from '../model/rules';
import { MachineCatalogSchema, type MachineCatalog } from '../model/machines';

/** The current rules files of each edition, the ones the page opens with. */
export const seedRules: Rules = RulesSchema.parse(seedJson);
export const upstreamRules: Rules = RulesSchema.parse(upstreamJson);
/** The superseded 2026.11 files, which links made with them still open. */
export const seedRules2611: Rules = RulesSchema.parse(seed2611Json);
export const upstreamRules2611: Rules = RulesSchema.parse(upstream2611Json);

/** The shipped machine catalog, parsed as the app will parse it. */
export const machineCatalog: MachineCatalog = MachineCatalogSchema.parse(machinesJson);

export interface PlanOverrides {
  readonly network?: Partial<NetworkInput>;
  readonly host?: Partial<HostInput>;
  readonly install?: Partial<InstallInput>;
  readonly workloads?: Partial<WorkloadsInput>;
  readonly backup?: Partial<BackupInput>;
  readonly upgrade?: Partial<UpgradeInput>;
  readonly machines?: Partial<MachinesInput>;
  readonly airgap?: Partial<AirgapInput>;
}

export function planInput(
  cluster: Partial<ClusterInput> = {},
  rules: Rules = seedRules,
  more: PlanOverrides = {},
): PlanInput {
  return {
    rules: rules.id,
    cluster: { ...DEFAULT_CLUSTER, ...cluster },
    network: { ...DEFAULT_NETWORK, ...more.network },
    host: { ...DEFAULT_HOST, ...more.host },
    install: { ...DEFAULT_INSTALL, ...more.install },
    workloads: { ...defaultWorkloads(), ...more.workloads },
    backup: { ...DEFAULT_BACKUP, ...more.backup },
    upgrade: { ...DEFAULT_UPGRADE, ...more.upgrade },
    machines: { ...defaultMachines(), ...more.machines },
    airgap: { ...DEFAULT_AIRGAP, ...more.airgap },
  };
}

export function plan(
  cluster: Partial<ClusterInput> = {},
  rules: Rules = seedRules,
  more: PlanOverrides = {},
): PlanResult {
  return computePlan(planInput(cluster, rules, more), rules);
}

/** A plan that differs from the defaults only in its network (and host) inputs. */
export function netPlan(
  network: Partial<NetworkInput>,
  cluster: Partial<ClusterInput> = {},
  rules: Rules = seedRules,
  host: Partial<HostInput> = {},
): PlanResult {
  return plan(cluster, rules, { network, host });
}

/** Codes of the findings a plan produces, for presence/absence assertions. */
export function codes(result: PlanResult): string[] {
  return result.findings.map((f) => f.code);
}

export const GiB = 1024;

/** Day 2 of a plan computed with one of the fixture rules files (found by the plan's rules id). */
export function day2Of(result: PlanResult): Day2Result | null {
  const rules = [seedRules, upstreamRules, seedRules2611, upstreamRules2611].find((r) => r.id === result.input.rules);
  if (!rules) throw new Error(`no fixture rules file ${result.input.rules}`);
  return planDay2Of(result, rules);
}
