/**
 * Test fixtures: the shipped rules files, parsed exactly as the app parses them, and a plan builder.
 * Only tests import this module.
 */
import seedJson from '../../../public/data/rules/seed-2026.11.json';
import upstreamJson from '../../../public/data/rules/upstream-2026.11.json';
import { computePlan, type PlanResult } from '../plan/compute-plan';
import { DEFAULT_CLUSTER, type ClusterInput, type PlanInput } from '../plan/plan-input';
import { RulesSchema, type Rules } from '../rules/schema';

export const seedRules: Rules = RulesSchema.parse(seedJson);
export const upstreamRules: Rules = RulesSchema.parse(upstreamJson);

export function planInput(cluster: Partial<ClusterInput> = {}, rules: Rules = seedRules): PlanInput {
  return { rules: rules.id, cluster: { ...DEFAULT_CLUSTER, ...cluster } };
}

export function plan(cluster: Partial<ClusterInput> = {}, rules: Rules = seedRules): PlanResult {
  return computePlan(planInput(cluster, rules), rules);
}

/** Codes of the findings a plan produces, for presence/absence assertions. */
export function codes(result: PlanResult): string[] {
  return result.findings.map((f) => f.code);
}

export const GiB = 1024;
