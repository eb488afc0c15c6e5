import type { PlanResult } from '../core/plan/compute-plan';
import type { Rules } from '../core/model/rules';
import { downloadText } from './download';
import { buildPlanJson, PLAN_SCHEMA_PATH, withMachines } from './plan-json';
import type { MachineCatalog } from '../core/model/machines';
import { planMachines } from '../core/plan/plan-machines';

/**
 * Loaded on demand by the download button: builds the JSON plan and saves it. Its machines come from
 * the catalog the button fetched (null when it could not be loaded: the section is null). `link` is
 * the plan's link the JSON names.
 */
export function downloadPlanJson(
  result: PlanResult,
  rules: Rules,
  link: string,
  catalog: MachineCatalog | null = null,
): void {
  const schemaUrl = new URL(`${import.meta.env.BASE_URL}${PLAN_SCHEMA_PATH}`, window.location.origin).href;
  const machines = catalog ? planMachines(result, catalog, rules) : null;
  const json = withMachines(buildPlanJson(result, rules, link, schemaUrl), machines, result, rules);
  const { servers, agents } = result.input.cluster;
  downloadText(
    `k3s-plan-${String(servers)}-servers-${String(agents)}-agents.json`,
    `${JSON.stringify(json, null, 2)}\n`,
    'application/json',
  );
}
