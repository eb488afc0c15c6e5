import { useQuery } from '@tanstack/react-query';
import {
  createElement,
  lazy,
  memo,
  Suspense,
  useDeferredValue,
  useMemo,
  type ComponentType,
  type FunctionComponent,
} from 'react';
import type { Secrets } from '../core/config/config-files';
import type { PlanInput } from '../core/model/plan-input';
import type { Rules } from '../core/model/rules';
import type { PlanResult } from '../core/plan/compute-plan';
import { useI18n } from '../i18n/i18n';
import { usePalette } from '../ui/visuals/palette';
import { ErrorBoundary } from '../ui/shared/error-boundary';
import type { CompareEntryProps } from './compare-entry';
import type { HistoryMode } from '../url/use-plan-url';
import { currentPlanLink } from '../url/current-link';

// The panels below the first screen, each loaded when it is reached together with the core code
// that derives what it shows (docs/decisions/021-views-load-with-their-panels.md). The core
// computes, the panel renders: src/ui never calls the core.

/**
 * A panel's component with its code loaded on first render, or earlier by `preload` (printing
 * loads every panel first). Once loaded it renders without suspending, so the render printing
 * starts is complete in one pass.
 */
function loadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Panel: FunctionComponent<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load may be retried (the panel's error boundary says it failed).
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Panel(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Panel, preload };
}

interface ChartsSectionProps {
  result: PlanResult;
  rules: Rules;
  /** The other edition's rules once loaded: its sizing steps are drawn over this one's. */
  other: Rules | null;
}

/** The charts, with Recharts: their series come from the core's planCharts. */
const chartsPanel = loadable(async () => {
  const [{ planCharts }, { Charts }] = await Promise.all([
    import('../core/plan/plan-visuals'),
    import('../ui/visuals/charts'),
  ]);
  function ChartsSection({ result, rules, other }: ChartsSectionProps) {
    const palette = usePalette();
    const charts = useMemo(() => planCharts(result, rules, other), [result, rules, other]);
    return <Charts charts={charts} result={result} palette={palette} />;
  }
  return memo(ChartsSection);
});

/** The diagrams (laid out by the core's planDiagrams) and, when they come near the screen, the charts. */
export const visualsPanel = loadable(async () => {
  const [{ planDiagrams }, { default: VisualsPanel }] = await Promise.all([
    import('../core/plan/plan-visuals'),
    import('../ui/visuals/visuals-panel'),
  ]);
  function VisualsSection({ result, rules, other }: ChartsSectionProps) {
    const { m } = useI18n();
    const purposes = m.network.portPurposes;
    const diagrams = useMemo(() => planDiagrams(result, rules, purposes), [result, rules, purposes]);
    // The charts follow the plan as a deferred value: an edit redraws the diagrams first.
    const later = useDeferredValue(result);
    return (
      <VisualsPanel
        diagrams={diagrams}
        rules={rules}
        charts={<chartsPanel.Panel result={later} rules={rules} other={other} />}
      />
    );
  }
  return memo(VisualsSection);
});

interface InstallSectionProps {
  result: PlanResult;
  rules: Rules;
  /** Tokens the page holds in memory; never in the link or in storage. */
  secrets: Secrets;
  onGenerateTokens: () => void;
  onForgetTokens: () => void;
}

/** The install panel, with the files rendered by the core's planFiles (and the YAML library) in the page's language. */
export const installPanel = loadable(async () => {
  const [{ planFiles }, { fileTexts }, { default: InstallPanel }] = await Promise.all([
    import('../core/plan/plan-files'),
    import('../i18n/file-texts'),
    import('../ui/install/install-panel'),
  ]);
  function InstallSection({ result, rules, secrets, onGenerateTokens, onForgetTokens }: InstallSectionProps) {
    const { m } = useI18n();
    // The files name the link they were planned from.
    const link = currentPlanLink();
    const files = useMemo(
      () => planFiles(result, rules, fileTexts(m, rules, link), secrets),
      [result, rules, m, link, secrets],
    );
    return (
      <InstallPanel
        result={result}
        rules={rules}
        files={files}
        hasSecrets={secrets.token !== undefined}
        onGenerateTokens={onGenerateTokens}
        onForgetTokens={onForgetTokens}
      />
    );
  }
  return memo(InstallSection);
});

interface Day2SectionProps {
  /** The plan as entered (the result's input carries the agents workload planning counted): the fields edit it. */
  plan: PlanInput;
  result: PlanResult;
  rules: Rules;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** The day-2 panel (decision 020), with its files rendered by the core's renderDay2Files in the page's language. */
export const day2Panel = loadable(async () => {
  const [{ planDay2Of }, { renderDay2Files }, { DAY2_TEXTS, day2FileTexts }, { default: Day2Panel }] =
    await Promise.all([
      import('../core/plan/plan-day2'),
      import('../core/day2/render'),
      import('../i18n/day2-text'),
      import('../ui/day2/day2-panel'),
    ]);
  function Day2Section({ plan, result, rules, onChange, onValidityChange }: Day2SectionProps) {
    const { locale } = useI18n();
    const day2 = useMemo(() => planDay2Of(result, rules), [result, rules]);
    // The files name the link they were planned from.
    const link = currentPlanLink();
    const files = useMemo(
      () =>
        day2
          ? renderDay2Files(
              day2,
              rules,
              day2FileTexts(DAY2_TEXTS[locale], {
                rulesId: rules.id,
                link,
                dropInPath: day2.backup.dropIn?.path ?? '',
                namespace: rules.upgrades?.controller.namespace ?? '',
              }),
            )
          : null,
      [day2, rules, locale, link],
    );
    return (
      <Day2Panel
        plan={plan}
        result={result}
        rules={rules}
        day2={day2}
        files={files}
        onChange={onChange}
        onValidityChange={onValidityChange}
      />
    );
  }
  return memo(Day2Section);
});

/** The way into comparing plans and, for a link that compares plans, the comparison (decision 026). */
const CompareEntry = lazy(() => import('./compare-entry'));

/** Where the comparison goes in the results: its code loads after the first screen, and a failure to load it is said. */
export function CompareSlot(props: CompareEntryProps) {
  const { m } = useI18n();
  return (
    <ErrorBoundary fallback={() => <p className="status">{m.compare.loadFailed}</p>}>
      <Suspense fallback={null}>
        <CompareEntry {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

interface MachinesSectionProps {
  /** The plan as entered: the choices and prices edit it. */
  plan: PlanInput;
  result: PlanResult;
  rules: Rules;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
}

/**
 * The machines panel (decision 025), loaded when it comes near the screen or the plan names a
 * machine type, with the catalog's query and the core's planMachines: neither is in the start-up.
 */
export const machinesPanel = loadable(async () => {
  const [{ planMachines }, { machinesQuery }, { default: MachinesPanel }] = await Promise.all([
    import('../core/plan/plan-machines'),
    import('../data/machines-query'),
    import('../ui/machines/machines-panel'),
  ]);
  function MachinesSection({ plan, result, rules, onChange }: MachinesSectionProps) {
    const catalog = useQuery(machinesQuery(result.input.machines.catalog));
    const machines = useMemo(
      () => (catalog.data ? planMachines(result, catalog.data, rules) : null),
      [result, catalog.data, rules],
    );
    return (
      <MachinesPanel
        plan={plan}
        rules={rules}
        machines={machines}
        failed={catalog.isError}
        onRetry={() => void catalog.refetch()}
        onChange={onChange}
      />
    );
  }
  return memo(MachinesSection);
});

/**
 * Loads every panel's code (not the charts: printing hides them), for a print of the whole report:
 * a panel not yet reached then renders in the same pass as the rest.
 */
export function preloadPanels(): Promise<unknown> {
  return Promise.all([visualsPanel, installPanel, day2Panel, machinesPanel].map((panel) => panel.preload()));
}
