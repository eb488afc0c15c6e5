import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { computePlan, type PlanResult } from '../core/plan/compute-plan';
import { compareEditions } from '../core/plan/compare-editions';
import type { Secrets } from '../core/config/config-files';
import { applyNetworkFix, type NetworkFix } from '../core/network/fixes';
import { defaultPlanInput, type PlanInput } from '../core/model/plan-input';
import type { Rules, RulesIndex } from '../core/model/rules';
import { otherEditionId, rulesQuery, supersession } from '../data/rules-query';
import { useI18n } from '../i18n/i18n';
import { PlanForm } from '../ui/form/plan-form';
import { AppHeader } from '../ui/header/app-header';
import { PlanToolbar } from '../ui/header/plan-toolbar';
import { PresetGallery } from '../ui/presets/preset-gallery';
import { randomToken } from '../ui/install/random-token';
import { ResultsPanel } from '../ui/results/results-panel';
import type { OtherEdition } from '../ui/results/edition-comparison';
import { CompareSlot, day2Panel, installPanel, machinesPanel, preloadPanels, visualsPanel } from './panels';
import { usePrintWholeReport } from './print-report';
import { RulesLoadErrorPanel, RulesLoading } from '../ui/shared/rules-status';
import { PrintLink } from '../ui/shared/print-link';
import { UrlNotices } from '../ui/shared/url-notices';
import { usePlanUrl } from '../url/use-plan-url';

/** Only links that pin a superseded rules file show it: its code and words load then. */
const SupersededNotice = lazy(() => import('../ui/shared/superseded-notice'));

type SetPlan = ReturnType<typeof usePlanUrl>['setPlan'];

/**
 * The plan's rules file and the other edition's, and the plan computed with each. The rules arrive
 * from the network as an urgent update; the whole page they unlock renders as a transition instead,
 * in slices that leave the main thread free.
 */
function usePlanResults(index: RulesIndex, plan: PlanInput) {
  const rules = useQuery(rulesQuery(index, plan.rules));
  const otherId = rules.data ? otherEditionId(index, rules.data.edition) : null;
  // The other edition's rules load once something that shows them comes near the screen.
  const [otherWanted, setOtherWanted] = useState(false);
  const wantOther = useCallback(() => {
    setOtherWanted(true);
  }, []);
  const other = useQuery({
    ...rulesQuery(index, otherId ?? plan.rules),
    enabled: otherId !== null && otherWanted,
  });
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
  const comparison = useMemo(
    (): OtherEdition =>
      otherResult && other.data && later
        ? { status: 'success', diff: compareEditions(later, otherResult), rules: other.data }
        : other.isError
          ? { status: 'error' }
          : { status: 'pending' },
    [later, otherResult, other.data, other.isError],
  );
  usePrintPreparation(index, plan, otherId, wantOther);
  return { rules, rulesData, other, wantOther, result, later, comparison };
}

/** Every panel's code, the other edition's rules and the machine catalog, so that a print has the whole report. */
function usePrintPreparation(index: RulesIndex, plan: PlanInput, otherId: string | null, wantOther: () => void) {
  const queryClient = useQueryClient();
  const catalog = plan.machines.catalog;
  const prepare = useCallback(() => {
    wantOther();
    return Promise.all([
      preloadPanels(),
      otherId === null ? null : queryClient.query(rulesQuery(index, otherId)),
      import('../data/machines-query').then(({ machinesQuery }) => queryClient.query(machinesQuery(catalog))),
    ]);
  }, [index, otherId, catalog, wantOther, queryClient]);
  usePrintWholeReport(prepare);
}

/** Changes to the plan that keep their identity across edits, for memoised panels. */
function usePlanEdits(plan: PlanInput, setPlan: SetPlan) {
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
  return { applyFix, setRules };
}

/** Tokens live in this component's memory only: never in the link, never in storage. */
function useTokens() {
  const [secrets, setSecrets] = useState<Secrets>({});
  const generateTokens = useCallback(() => {
    setSecrets({ token: randomToken(), agentToken: randomToken() });
  }, []);
  const forgetTokens = useCallback(() => {
    setSecrets({});
  }, []);
  return { secrets, generateTokens, forgetTokens };
}

/** The fields whose text does not read as a value: while there are any, the results are marked stale. */
function useInvalidFields() {
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(new Set());
  const onValidityChange = useCallback((name: string, valid: boolean) => {
    setInvalidFields((prev) => {
      if (valid === !prev.has(name)) return prev;
      const next = new Set(prev);
      if (valid) next.delete(name);
      else next.add(name);
      return next;
    });
  }, []);
  return { invalidFields, onValidityChange };
}

interface WorkspaceProps {
  readonly index: RulesIndex;
  readonly plan: PlanInput;
  readonly rules: Rules;
  readonly otherRules: Rules | null;
  readonly result: PlanResult;
  /** The result below the first screen follows (deferred). */
  readonly later: PlanResult;
  readonly comparison: OtherEdition;
  readonly onNeedOther: () => void;
  readonly stale: boolean;
  readonly onChange: SetPlan;
  readonly onSwitchRules: (rulesId: string) => void;
  readonly onApplyFix: (fix: NetworkFix) => void;
  readonly onValidityChange: (name: string, valid: boolean) => void;
  readonly tokens: ReturnType<typeof useTokens>;
}

/** The form and the results beside it, once the rules are in. */
function PlanWorkspace({
  index,
  plan,
  rules,
  result,
  later,
  onChange,
  onValidityChange,
  tokens,
  ...p
}: WorkspaceProps) {
  return (
    <>
      <PlanForm
        plan={plan}
        rules={rules}
        findings={result.findings}
        resolvedVersion={result.version.resolved}
        workloadAgents={result.workloads ? result.workloads.agents : undefined}
        onChange={onChange}
        onValidityChange={onValidityChange}
      />
      <ResultsPanel
        result={result}
        later={later}
        rules={rules}
        comparison={p.comparison}
        onNeedOther={p.onNeedOther}
        compare={<CompareSlot index={index} plan={plan} result={later} />}
        stale={p.stale}
        onSwitchRules={p.onSwitchRules}
        onApplyFix={p.onApplyFix}
        visuals={<visualsPanel.Panel result={result} rules={rules} other={p.otherRules} />}
        install={
          <installPanel.Panel
            result={later}
            rules={rules}
            secrets={tokens.secrets}
            onGenerateTokens={tokens.generateTokens}
            onForgetTokens={tokens.forgetTokens}
          />
        }
        machines={<machinesPanel.Panel plan={plan} result={later} rules={rules} onChange={onChange} />}
        day2={
          <day2Panel.Panel
            plan={plan}
            result={later}
            rules={rules}
            onChange={onChange}
            onValidityChange={onValidityChange}
          />
        }
      />
    </>
  );
}

interface NoticesProps {
  readonly index: RulesIndex;
  readonly rulesId: string;
  readonly notices: ReturnType<typeof usePlanUrl>['notices'];
  readonly onDismiss: () => void;
  readonly onStartOver: () => void;
  readonly onUseRules: (rulesId: string) => void;
}

/** What the page says about the link: what it could not read, and a newer rules file when it pins a superseded one. */
function PlanNotices({ index, rulesId, notices, onDismiss, onStartOver, onUseRules }: NoticesProps) {
  const superseded = supersession(index, rulesId);
  return (
    <>
      <UrlNotices notices={notices} onDismiss={onDismiss} onStartOver={onStartOver} />
      {superseded && (
        <Suspense fallback={null}>
          <SupersededNotice
            rulesId={rulesId}
            newer={superseded.newer}
            corrections={superseded.corrections}
            onUseNewer={() => {
              onUseRules(superseded.newer);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

/** The rules file while it loads, or why it did not, with a retry (and the default file when the link pins another). */
function RulesStatus({
  rules,
  loaded,
  onUseDefault,
}: {
  rules: ReturnType<typeof usePlanResults>['rules'];
  loaded: boolean;
  onUseDefault?: () => void;
}) {
  if (rules.isError)
    return (
      <RulesLoadErrorPanel
        error={rules.error}
        onRetry={() => void rules.refetch()}
        {...(onUseDefault ? { onUseDefault } : {})}
      />
    );
  return loaded ? null : <RulesLoading />;
}

/** The pipeline: link → plan input; rules file → parsed rules; both → computePlan → the page. */
export function Planner({ index, restored }: { index: RulesIndex; restored: boolean }) {
  const { m } = useI18n();
  const defaults = useMemo(() => defaultPlanInput(index.default), [index]);
  const knownRules = useMemo(() => index.files.map((f) => f.id), [index]);
  const { plan, setPlan, notices, dismissNotices } = usePlanUrl(defaults, knownRules, restored);
  const { invalidFields, onValidityChange } = useInvalidFields();
  const tokens = useTokens();
  const { rules, rulesData, other, wantOther, result, later, comparison } = usePlanResults(index, plan);
  const { applyFix, setRules } = usePlanEdits(plan, setPlan);

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
      <PlanNotices
        index={index}
        rulesId={plan.rules}
        notices={notices}
        onDismiss={dismissNotices}
        onStartOver={() => {
          dismissNotices();
          setPlan(defaults, 'push');
        }}
        onUseRules={setRules}
      />
      <PresetGallery
        rulesId={plan.rules}
        defaults={defaults}
        current={plan}
        onPick={(preset) => {
          setPlan(preset, 'push');
        }}
      />
      <main className="layout">
        <RulesStatus
          rules={rules}
          loaded={rulesData !== undefined}
          {...(plan.rules !== index.default
            ? {
                onUseDefault: () => {
                  setRules(index.default);
                },
              }
            : {})}
        />
        {result && rulesData && (
          <PlanWorkspace
            index={index}
            plan={plan}
            rules={rulesData}
            otherRules={other.data ?? null}
            result={result}
            later={later ?? result}
            comparison={comparison}
            onNeedOther={wantOther}
            stale={invalidFields.size > 0}
            onChange={setPlan}
            onSwitchRules={setRules}
            onApplyFix={applyFix}
            onValidityChange={onValidityChange}
            tokens={tokens}
          />
        )}
      </main>
      <footer className="app-footer">
        <p>{m.app.footer({ rulesId: plan.rules })}</p>
        <PrintLink />
      </footer>
    </>
  );
}
