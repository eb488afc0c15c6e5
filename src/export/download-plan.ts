import type { PlanResult } from '../core/plan/compute-plan';
import type { Rules } from '../core/model/rules';
import { downloadText } from './download';
import { buildPlanJson, PLAN_SCHEMA_PATH } from './plan-json';

/** Loaded on demand by the download button: builds the JSON plan and saves it. */
export function downloadPlanJson(result: PlanResult, rules: Rules): void {
  const link = window.location.href;
  const schemaUrl = new URL(`${import.meta.env.BASE_URL}${PLAN_SCHEMA_PATH}`, window.location.origin).href;
  const json = buildPlanJson(result, rules, link, schemaUrl);
  const { servers, agents } = result.input.cluster;
  downloadText(
    `k3s-plan-${String(servers)}-servers-${String(agents)}-agents.json`,
    `${JSON.stringify(json, null, 2)}\n`,
    'application/json',
  );
}
