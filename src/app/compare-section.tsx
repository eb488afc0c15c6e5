import { useQueries } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { MachineCatalog } from '../core/model/machines';
import type { PlanInput } from '../core/model/plan-input';
import { PRESET_IDS, presetPlan } from '../core/model/presets';
import type { Rules, RulesIndex } from '../core/model/rules';
import { comparedTotals, comparePlans, comparesCosts, MAX_COMPARED_PLANS } from '../core/plan/compare-plans';
import { computePlan, type PlanResult } from '../core/plan/compute-plan';
import { planMachines, type PlanMachines } from '../core/plan/plan-machines';
import { machinesQuery } from '../data/machines-query';
import { rulesQuery } from '../data/rules-query';
import PlanComparison, { type AddChoice, type ComparisonState } from '../ui/compare/plan-comparison';
import { usePalette } from '../ui/visuals/palette';
import { decodeComparison, encodeComparison } from '../url/compare-url';
import { COMPARE_KEY, encodePlan } from '../url/plan-url';
import { goToQuery } from '../url/use-plan-url';
import { currentPlanLink } from '../url/current-link';

/** Recharts loads apart from the table: the comparison shows before its chart. */
const ComparisonChart = lazy(() => import('../ui/compare/comparison-chart'));

export interface CompareSectionProps {
  index: RulesIndex;
  defaults: PlanInput;
  knownRules: readonly string[];
  /** The current plan as entered (column 1). */
  plan: PlanInput;
  /** Its result (deferred, as the panels below the first screen take it). */
  result: PlanResult;
  /** The link, whose `cmp` parameters hold the other plans. */
  search: string;
}

// Stable combine functions: an inline one would run, and make a new value, on every render.
const rulesOfQueries = (rs: readonly { data: Rules | undefined; isError: boolean }[]) => ({
  data: rs.map((r) => r.data),
  failed: rs.some((r) => r.isError),
});
const catalogsOfQueries = (qs: readonly { data: MachineCatalog | undefined; isError: boolean }[]) =>
  qs.map((q) => ({ data: q.data, failed: q.isError }));

/**
 * Each plan's machines, for the monthly cost row, when some plan names a machine type or a price:
 * undefined when no plan does or while a catalog loads; null for a plan whose catalog failed.
 */
function useComparedMachines(
  results: readonly PlanResult[] | null,
  rules: readonly (Rules | undefined)[],
): readonly (PlanMachines | null)[] | undefined {
  const wanted = results !== null && comparesCosts(results);
  const catalogs = useQueries({
    queries: wanted ? results.map((r) => machinesQuery(r.input.machines.catalog)) : [],
    combine: catalogsOfQueries,
  });
  return useMemo(() => {
    if (!wanted || catalogs.some((c) => c.data === undefined && !c.failed)) return undefined;
    return results.map((r, i) => {
      const catalog = catalogs[i]?.data;
      const planRules = rules[i];
      return catalog && planRules ? planMachines(r, catalog, planRules) : null;
    });
  }, [wanted, results, catalogs, rules]);
}

/** The other plans of the link, each computed with its own rules file, and all compared by the core. */
function useComparedPlans({ index, defaults, knownRules, result, search }: CompareSectionProps) {
  // Only the `cmp` parameters, as a string: editing this plan rewrites the link but leaves them, and the
  // other plans keep their identity (and are not computed again).
  const compared = useMemo(() => {
    const params = new URLSearchParams();
    for (const c of new URLSearchParams(search).getAll(COMPARE_KEY)) params.append(COMPARE_KEY, c);
    return params.toString();
  }, [search]);
  const decoded = useMemo(() => decodeComparison(compared, defaults, knownRules), [compared, defaults, knownRules]);
  const { variants } = decoded;
  // The current plan's rules first (cached: the page loaded them), for its machines.
  const rules = useQueries({
    queries: [result.input.rules, ...variants.map((v) => v.rules)].map((id) => rulesQuery(index, id)),
    combine: rulesOfQueries,
  });
  const others = useMemo((): readonly PlanResult[] | 'pending' | 'error' => {
    if (rules.failed) return 'error';
    const loaded = rules.data.slice(1).filter((r): r is Rules => r !== undefined);
    if (loaded.length !== variants.length) return 'pending';
    return variants.map((v, i) => computePlan(v, loaded[i] as Rules));
  }, [rules, variants]);
  const results = useMemo(
    () => (others === 'error' || others === 'pending' ? null : [result, ...others]),
    [others, result],
  );
  const machines = useComparedMachines(results, rules.data);
  const state = useMemo((): ComparisonState => {
    if (others === 'error' || others === 'pending' || !results)
      return { status: others === 'error' ? 'error' : 'pending' };
    return { status: 'ready', results, comparison: comparePlans(results, machines) };
  }, [others, results, machines]);
  return { variants, notices: decoded.notices, state };
}

/** The comparison's buttons: each rewrites the link (a history entry, so Back undoes it). */
function useComparisonActions(plan: PlanInput, variants: readonly PlanInput[], defaults: PlanInput) {
  const write = (main: PlanInput, others: readonly PlanInput[]) => {
    goToQuery(`?${encodeComparison(main, others, defaults)}`, 'push');
  };
  return {
    onAdd: (choice: AddChoice) => {
      write(plan, [...variants, choice === 'copy' ? plan : presetPlan(choice, plan.rules)]);
    },
    // The column becomes the current plan, edited in the form; the current plan takes its place.
    onEdit: (column: number) => {
      const chosen = variants[column - 1];
      if (chosen)
        write(
          chosen,
          variants.map((v, i) => (i === column - 1 ? plan : v)),
        );
    },
    onRemove: (column: number) => {
      write(
        plan,
        variants.filter((_, i) => i !== column - 1),
      );
    },
    onStop: () => {
      write(plan, []);
    },
  };
}

/**
 * The plan comparison (issue 17, decision 026), loaded when a link first compares plans: the other
 * plans read from the link, compared with this one by the core's comparePlans; its buttons rewrite the link.
 */
export default function CompareSection(props: CompareSectionProps) {
  const { defaults } = props;
  const { variants, notices, state } = useComparedPlans(props);
  const actions = useComparisonActions(props.plan, variants, defaults);
  const onDownload = useCallback(() => {
    if (state.status !== 'ready') return;
    const links = {
      comparison: currentPlanLink(),
      plans: state.results.map((r) => `?${encodePlan(r.input, defaults)}`),
    };
    void import('../export/download-comparison').then((m) => {
      m.downloadComparisonJson(state.results, state.comparison, links);
    });
  }, [state, defaults]);
  const palette = usePalette();
  const totals = useMemo(() => (state.status === 'ready' ? comparedTotals(state.comparison) : []), [state]);
  return (
    <PlanComparison
      state={state}
      columns={1 + variants.length}
      maxPlans={MAX_COMPARED_PLANS}
      presets={PRESET_IDS}
      notices={notices}
      chart={
        <Suspense fallback={null}>
          <ComparisonChart totals={totals} palette={palette} />
        </Suspense>
      }
      onDownload={onDownload}
      {...actions}
    />
  );
}
