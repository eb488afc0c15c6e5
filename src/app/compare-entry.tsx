import { lazy, Suspense, useCallback, useMemo } from 'react';
import { defaultPlanInput, type PlanInput } from '../core/model/plan-input';
import type { RulesIndex } from '../core/model/rules';
import type { PlanResult } from '../core/plan/compute-plan';
import { useI18n } from '../i18n/i18n';
import { COMPARE_KEY, encodePlan } from '../url/plan-url';
import { goToQuery, useLinkSearch } from '../url/use-plan-url';

/** The comparison itself, with the core's comparePlans and its words, loads when a link first compares plans. */
const CompareSection = lazy(() => import('./compare-section'));

export interface CompareEntryProps {
  index: RulesIndex;
  /** The current plan as entered. */
  plan: PlanInput;
  result: PlanResult;
}

/**
 * The way into comparing plans (decision 026), loaded after the first screen: "Compare with another
 * plan" adds a second column holding a copy of this plan to the link; a link with compared plans
 * shows the comparison.
 */
export default function CompareEntry({ index, plan, result }: CompareEntryProps) {
  const { m } = useI18n();
  const search = useLinkSearch();
  const defaults = useMemo(() => defaultPlanInput(index.default), [index]);
  const knownRules = useMemo(() => index.files.map((f) => f.id), [index]);
  const start = useCallback(() => {
    const query = encodePlan(plan, defaults);
    goToQuery(`?${query}&${COMPARE_KEY}=${encodeURIComponent(query)}`, 'push');
  }, [plan, defaults]);
  if (!new URLSearchParams(search).has(COMPARE_KEY))
    return (
      <div className="compare-start">
        <button type="button" className="button button--secondary" onClick={start}>
          {m.compare.open}
        </button>
      </div>
    );
  return (
    // The slot's error boundary (src/app/panels.tsx, CompareSlot) says so if this code cannot be loaded.
    <Suspense fallback={<p className="status">{m.compare.loading}</p>}>
      <CompareSection
        index={index}
        defaults={defaults}
        knownRules={knownRules}
        plan={plan}
        result={result}
        search={search}
      />
    </Suspense>
  );
}
