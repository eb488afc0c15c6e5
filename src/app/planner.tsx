import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { computePlan } from '../core/plan/compute-plan';
import { compareEditions } from '../core/plan/compare-editions';
import type { Secrets } from '../core/config/config-files';
import { applyNetworkFix, type NetworkFix } from '../core/network/fixes';
import { defaultPlanInput } from '../core/model/plan-input';
import type { RulesIndex } from '../core/model/rules';
import { otherEditionId, rulesQuery, supersession } from '../data/rules-query';
import { useI18n } from '../i18n/i18n';
import { PlanForm } from '../ui/form/plan-form';
import { AppHeader } from '../ui/header/app-header';
import { PlanToolbar } from '../ui/header/plan-toolbar';
import { PresetGallery } from '../ui/presets/preset-gallery';
import { randomToken } from '../ui/install/random-token';
import { ResultsPanel } from '../ui/results/results-panel';
import type { OtherEdition } from '../ui/results/edition-comparison';
import { CompareSlot, Day2Section, InstallSection, MachinesSection, VisualsSection } from './panels';
import { RulesLoadErrorPanel, RulesLoading } from '../ui/shared/rules-status';
import { PrintLink } from '../ui/shared/print-link';
import { UrlNotices } from '../ui/shared/url-notices';
import { usePlanUrl } from '../url/use-plan-url';

/** Only links that pin a superseded rules file show it: its code and words load then. */
const SupersededNotice = lazy(() => import('../ui/shared/superseded-notice'));

/** The pipeline: link → plan input; rules file → parsed rules; both → computePlan → the page. */
export function Planner({ index, restored }: { index: RulesIndex; restored: boolean }) {
  const { m } = useI18n();
  const defaults = useMemo(() => defaultPlanInput(index.default), [index]);
  const knownRules = useMemo(() => index.files.map((f) => f.id), [index]);
  const { plan, setPlan, notices, dismissNotices } = usePlanUrl(defaults, knownRules, restored);
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(new Set());
  // Tokens live in this component's memory only: never in the link, never in storage.
  const [secrets, setSecrets] = useState<Secrets>({});

  const rules = useQuery(rulesQuery(index, plan.rules));
  const superseded = supersession(index, plan.rules);
  const otherId = rules.data ? otherEditionId(index, rules.data.edition) : null;
  const other = useQuery({ ...rulesQuery(index, otherId ?? plan.rules), enabled: otherId !== null });

  // The rules arrive from the network as an urgent update; the whole page they unlock renders as a
  // transition instead, in slices that leave the main thread free.
  const rulesData = useDeferredValue(rules.data);
  const result = useMemo(() => (rulesData ? computePlan(plan, rulesData) : null), [plan, rulesData]);
  // What lies below the first screen (network, install, the other edition) follows the plan as a
  // deferred value: an edit paints the form, the figures and the diagram first, and these a moment
  // later in a render that the next keystroke interrupts.
  const deferredPlan = useDeferredValue(plan);
  const later = useDeferredValue(result);
  const otherResult = useMemo(
    () => (other.data && otherId !== null ? computePlan({ ...deferredPlan, rules: otherId }, other.data) : null),
    [deferredPlan, other.data, otherId],
  );
  // The latest plan for callbacks that must keep their identity across edits (memoised panels).
  const planRef = useRef(plan);
  useEffect(() => {
    planRef.current = plan;
  }, [plan]);

  const applyFix = useCallback(
    (fix: NetworkFix) => {
      setPlan(applyNetworkFix(plan, fix), 'push');
    },
    [plan, setPlan],
  );
  const setRules = useCallback(
    (rulesId: string) => {
      setPlan({ ...planRef.current, rules: rulesId }, 'push');
    },
    [setPlan],
  );
  const generateTokens = useCallback(() => {
    setSecrets({ token: randomToken(), agentToken: randomToken() });
  }, []);
  const forgetTokens = useCallback(() => {
    setSecrets({});
  }, []);
  const onValidityChange = useCallback((name: string, valid: boolean) => {
    setInvalidFields((prev) => {
      if (valid === !prev.has(name)) return prev;
      const next = new Set(prev);
      if (valid) next.delete(name);
      else next.add(name);
      return next;
    });
  }, []);

  const comparison = useMemo(
    (): OtherEdition =>
      otherResult && other.data && later
        ? { status: 'success', diff: compareEditions(later, otherResult), rules: other.data }
        : other.isError
          ? { status: 'error' }
          : { status: 'pending' },
    [later, otherResult, other.data, other.isError],
  );

  return (
    <>
      <AppHeader index={index} rulesId={plan.rules} onRulesChange={setRules}>
        <PlanToolbar
          ready={result && rulesData ? { result, rules: rulesData } : null}
          knownRules={knownRules}
          onImport={(imported) => {
            setPlan(imported, 'push');
          }}
          onReset={() => {
            setPlan(defaults, 'push');
          }}
        />
      </AppHeader>
      <UrlNotices
        notices={notices}
        onDismiss={dismissNotices}
        onStartOver={() => {
          dismissNotices();
          setPlan(defaults, 'push');
        }}
      />
      {superseded && (
        <Suspense fallback={null}>
          <SupersededNotice
            rulesId={plan.rules}
            newer={superseded.newer}
            corrections={superseded.corrections}
            onUseNewer={() => {
              setRules(superseded.newer);
            }}
          />
        </Suspense>
      )}
      <PresetGallery
        rulesId={plan.rules}
        defaults={defaults}
        current={plan}
        onPick={(preset) => {
          setPlan(preset, 'push');
        }}
      />
      <main className="layout">
        {!rulesData && !rules.isError && <RulesLoading />}
        {rules.isError && (
          <RulesLoadErrorPanel
            error={rules.error}
            onRetry={() => void rules.refetch()}
            {...(plan.rules !== index.default
              ? {
                  onUseDefault: () => {
                    setRules(index.default);
                  },
                }
              : {})}
          />
        )}
        {result && rulesData && (
          <>
            <PlanForm
              plan={plan}
              rules={rulesData}
              findings={result.findings}
              resolvedVersion={result.version.resolved}
              workloadAgents={result.workloads ? result.workloads.agents : undefined}
              onChange={setPlan}
              onValidityChange={onValidityChange}
            />
            <ResultsPanel
              result={result}
              later={later ?? result}
              rules={rulesData}
              comparison={comparison}
              compare={<CompareSlot index={index} plan={plan} result={later ?? result} />}
              stale={invalidFields.size > 0}
              onSwitchRules={setRules}
              onApplyFix={applyFix}
              visuals={<VisualsSection result={result} rules={rulesData} other={other.data ?? null} />}
              install={
                <InstallSection
                  result={later ?? result}
                  rules={rulesData}
                  secrets={secrets}
                  onGenerateTokens={generateTokens}
                  onForgetTokens={forgetTokens}
                />
              }
              machines={<MachinesSection plan={plan} result={later ?? result} rules={rulesData} onChange={setPlan} />}
              day2={
                <Day2Section
                  plan={plan}
                  result={later ?? result}
                  rules={rulesData}
                  onChange={setPlan}
                  onValidityChange={onValidityChange}
                />
              }
            />
          </>
        )}
      </main>
      <footer className="app-footer">
        <p>{m.app.footer({ rulesId: plan.rules })}</p>
        <PrintLink />
      </footer>
    </>
  );
}
