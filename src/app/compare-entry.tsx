import { lazy, Suspense, useCallback } from 'react';
import type { PlanInput } from '../core/model/plan-input';
import type { RulesIndex } from '../core/model/rules';
import type { PlanResult } from '../core/plan/compute-plan';
import { useI18n } from '../i18n/i18n';
import { COMPARE_KEY, encodePlan } from '../url/plan-url';
import { goToQuery } from '../url/use-plan-url';

/** The comparison itself, with the core's comparePlans and its words, loads when a link first compares plans. */
const CompareSection = lazy(() => import('./compare-section'));

interface CompareEntryProps {
  index: RulesIndex;
  defaults: PlanInput;
  knownRules: readonly string[];
  plan: PlanInput;
  result: PlanResult;
  search: string;
}

/**
 * The way into comparing plans (decision 026), loaded after the first screen: "Compare with another
 * plan" adds a second column holding a copy of this plan to the link; a link with compared plans
 * shows the comparison.
 */
export default function CompareEntry({ index, defaults, knownRules, plan, result, search }: CompareEntryProps) {
  const { m } = useI18n();
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
    // The results panel's error boundary says so if this code cannot be loaded.
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
