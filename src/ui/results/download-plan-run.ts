import type { QueryClient } from '@tanstack/react-query';
import type { Rules } from '../../core/model/rules';
import type { PlanResult } from '../../core/plan/compute-plan';
import { machinesQuery } from '../../data/machines-query';
import { downloadPlanJson } from '../../export/download-plan';
import { currentPlanLink } from '../../url/current-link';

/**
 * Loaded on demand by the download button: the machine catalog (from the query cache when the
 * machines panel loaded it), then the JSON plan; without the catalog its machines section is null.
 */
export async function downloadPlanWithMachines(queryClient: QueryClient, result: PlanResult, rules: Rules) {
  const catalog = await queryClient.query(machinesQuery(result.input.machines.catalog)).catch(() => null);
  downloadPlanJson(result, rules, currentPlanLink(), catalog);
}
