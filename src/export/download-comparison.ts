import type { PlanComparison } from '../core/plan/compare-plans';
import type { PlanResult } from '../core/plan/compute-plan';
import { buildComparisonJson, COMPARISON_SCHEMA_PATH } from './comparison-json';
import { downloadText } from './download';

/** Loaded on demand by the comparison's download button: builds the comparison's JSON and saves it. */
export function downloadComparisonJson(
  results: readonly PlanResult[],
  comparison: PlanComparison,
  links: { readonly comparison: string; readonly plans: readonly string[] },
): void {
  const schemaUrl = new URL(`${import.meta.env.BASE_URL}${COMPARISON_SCHEMA_PATH}`, window.location.origin).href;
  const json = buildComparisonJson(results, comparison, links, schemaUrl);
  downloadText(
    `k3s-comparison-${String(results.length)}-plans.json`,
    `${JSON.stringify(json, null, 2)}\n`,
    'application/json',
  );
}
