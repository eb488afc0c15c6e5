import { lazy, Suspense, useEffect, type MouseEvent, type ReactNode } from 'react';
import type { NetworkFix } from '../../core/network/fixes';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { AgentCard } from './agent-card';
import { AnswerBar } from './answer-bar';
import { DatastoreCard } from './datastore-card';
import { EditionComparison, type OtherEdition } from './edition-comparison';
import { FindingsList } from './findings-list';
import { NetworkPanel } from './network-panel';
import { ServerCard } from './server-card';
import { TotalsCard } from './totals-card';
import { ErrorBoundary } from '../shared/error-boundary';
import { useAppStage } from '../shared/use-app-ready';
import { useNearViewport, type NearViewport } from '../shared/use-near-viewport';
import { usePrinting } from '../shared/use-printing';
import { PANELS_LOADED_WHEN_REACHED, usePanelJump, type PanelLoadedWhenReached } from './use-panel-jump';

const WorkloadsCard = lazy(() => import('./workloads-card'));

interface ResultsPanelProps {
  result: PlanResult;
  /** The same plan's result, deferred: for the panels below the first screen. */
  later: PlanResult;
  rules: Rules;
  comparison: OtherEdition;
  /** The comparison of plans, or the button that starts one (src/app loads it, with its error boundary). */
  compare?: ReactNode;
  stale: boolean;
  onSwitchRules: (rulesId: string) => void;
  onApplyFix: (fix: NetworkFix) => void;
  /** The diagrams and charts panel (loaded on demand with the core code that lays it out). */
  visuals: ReactNode;
  /** The install panel (loaded on demand with the YAML library that writes its files). */
  install: ReactNode;
  /** The day-2 panel (loaded on demand with its texts and the YAML library); not shown without it. */
  day2?: ReactNode;
  /** The machines panel (loaded with the machine catalog when it comes near the screen); not shown without it. */
  machines?: ReactNode;
  /** Asks for the other edition's rules: once its comparison or the charts that draw it come near the screen. */
  onNeedOther: () => void;
}

/** Everything the plan says, rendered from the PlanResult; no arithmetic here. */
export function ResultsPanel({
  result,
  later,
  rules,
  comparison,
  compare,
  stale,
  onSwitchRules,
  onApplyFix,
  visuals,
  install,
  day2,
  machines,
  onNeedOther,
}: ResultsPanelProps) {
  const { m } = useI18n();
  const { cluster } = result.input;
  // The panels below the first screen follow the first render (and are not in the built page);
  // the machines, diagrams, install and day-2 panels load when they come near the screen, when a
  // section link jumps to them or past them, or when the page prints (decision 031).
  const showRest = useAppStage('rest');
  const { forced, onJump, comparisonNear, diagramsNear } = usePanelsWhenReached(showRest, onNeedOther);
  return (
    <div className="results" id="results" tabIndex={-1}>
      <AnswerBar result={result} />
      <ResultsNav machines={Boolean(machines)} day2={Boolean(day2)} onJump={onJump} />
      <ResultsHead result={result} stale={stale} />
      <div className="cards">
        <ServerCard server={result.sizing.server} cluster={cluster} rules={rules} />
        <AgentCard agent={result.sizing.agent} rules={rules} shape={result.workloads?.inUse ?? null} />
        <DatastoreCard sizing={result.sizing} cluster={cluster} rules={rules} />
        <TotalsCard totals={result.sizing.totals} servers={cluster.servers} />
      </div>
      {result.workloads && !showRest && <p className="status">{m.workloadPlan.loading}</p>}
      {result.workloads && showRest && (
        <Suspense fallback={<p className="status">{m.workloadPlan.loading}</p>}>
          <WorkloadsCard result={result} rules={rules} />
        </Suspense>
      )}
      <EditionComparison
        currentRules={rules}
        other={comparison}
        onSwitch={onSwitchRules}
        nearRef={comparisonNear.ref}
      />
      {showRest && compare}
      <FindingsList findings={result.findings} rules={rules} onApplyFix={onApplyFix} />
      {showRest ? (
        <NetworkPanel result={later} rules={rules} />
      ) : (
        <p className="status" id="network">
          {m.network.loading}
        </p>
      )}
      <PanelsWhenReached
        result={result}
        ready={showRest}
        forced={forced}
        diagramsNear={diagramsNear}
        panels={{ machines, visuals, install, day2 }}
      />
    </div>
  );
}

/** The panels that load when reached, in page order (machines and day 2 only where the page has them). */
function PanelsWhenReached({
  result,
  ready,
  forced,
  diagramsNear,
  panels: { machines, visuals, install, day2 },
}: {
  result: PlanResult;
  ready: boolean;
  forced: (id: PanelLoadedWhenReached) => boolean;
  diagramsNear: NearViewport;
  panels: { machines?: ReactNode; visuals: ReactNode; install: ReactNode; day2?: ReactNode | undefined };
}) {
  const { m } = useI18n();
  return (
    <>
      {machines && (
        <MachinesSlot result={result} ready={ready} forced={forced('machines')}>
          {machines}
        </MachinesSlot>
      )}
      <NearPanel
        id="diagrams"
        ready={ready}
        forced={forced('diagrams')}
        near={diagramsNear}
        loading={m.visuals.loading}
        failed={m.visuals.loadFailed}
      >
        {visuals}
      </NearPanel>
      <NearPanel
        id="install"
        ready={ready}
        forced={forced('install')}
        loading={m.install.loading}
        failed={m.install.loadFailed}
      >
        {install}
      </NearPanel>
      {day2 && (
        <NearPanel id="day2" ready={ready} forced={forced('day2')} loading={m.day2.loading} failed={m.day2.loadFailed}>
          {day2}
        </NearPanel>
      )}
    </>
  );
}

/**
 * What loads the panels further down: coming near the screen, printing, or a jump to them; and
 * the other edition's rules, once its comparison or the charts that draw it are near.
 */
function usePanelsWhenReached(showRest: boolean, onNeedOther: () => void) {
  const printing = usePrinting() !== null;
  const { through, onJump } = usePanelJump();
  // Printing, or a jump to this panel or one below it, loads it wherever it is.
  const forced = (id: PanelLoadedWhenReached) => printing || PANELS_LOADED_WHEN_REACHED.indexOf(id) <= through;
  const comparisonNear = useNearViewport();
  const diagramsNear = useNearViewport();
  const needOther = comparisonNear.reached || (showRest && diagramsNear.reached) || forced('diagrams');
  useEffect(() => {
    if (needOther) onNeedOther();
  }, [needOther, onNeedOther]);
  return { forced, onJump, comparisonNear, diagramsNear };
}

/** The plan in a sentence, and whether the page shows the last valid plan while a field is wrong. */
function ResultsHead({ result, stale }: { result: PlanResult; stale: boolean }) {
  const { m, f } = useI18n();
  const { cluster } = result.input;
  return (
    <div className="results__head" id="sizing">
      <h2 className="panel-title">{m.results.title}</h2>
      <p className="results__summary" data-testid="plan-summary">
        {m.results.summary(
          { servers: cluster.servers, agents: cluster.agents, mode: cluster.haMode, datastore: cluster.datastore },
          f,
        )}
      </p>
      {stale && (
        <p className="results__stale" role="status">
          {m.form.keptLastValid}
        </p>
      )}
    </div>
  );
}

/** In-page links to each panel (the machines and day-2 panels only where the page has them). */
function ResultsNav({
  machines,
  day2,
  onJump,
}: {
  machines: boolean;
  day2: boolean;
  /** Loads a panel that loads when reached, and those above it, before landing on it. */
  onJump: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const { m } = useI18n();
  return (
    <nav className="results-nav" aria-label={m.nav.label}>
      <a href="#sizing">{m.nav.sizing}</a>
      <a href="#network">{m.nav.network}</a>
      {machines && (
        <a href="#machines" onClick={onJump}>
          {m.nav.machines}
        </a>
      )}
      <a href="#diagrams" onClick={onJump}>
        {m.nav.diagrams}
      </a>
      <a href="#install" onClick={onJump}>
        {m.nav.install}
      </a>
      {day2 && (
        <a href="#day2" onClick={onJump}>
          {m.nav.day2}
        </a>
      )}
      <a href="#findings-title">{m.nav.findings}</a>
    </nav>
  );
}

/**
 * The machines panel's place: loaded when it comes near the screen, or at once when the plan names
 * a machine type (a shared link with a choice). Its anchor is on the page from the first render, so
 * a jump to it made before the page's later stages lands there and loads it when they come.
 */
function MachinesSlot({
  result,
  ready,
  forced,
  children,
}: {
  result: PlanResult;
  ready: boolean;
  forced: boolean;
  children: ReactNode;
}) {
  const { m } = useI18n();
  const { server, agent, database } = result.input.machines;
  const chosen = server !== '' || agent !== '' || database !== '';
  return (
    <NearPanel
      id="machines"
      ready={ready}
      now={chosen}
      forced={forced}
      loading={m.machines.loading}
      failed={m.machines.loadFailed}
    >
      {children}
    </NearPanel>
  );
}

/**
 * A panel loaded only when it comes near the screen (or at once when `now`, or when the page
 * prints): until then a loading line that carries its anchor, so a jump to it loads it too.
 */
function NearPanel({
  id,
  ready,
  now = false,
  forced,
  near,
  loading,
  failed,
  children,
}: {
  id: string;
  /** Whether the page's stage for it has come: until then it stays a loading line, reached or not. */
  ready: boolean;
  now?: boolean;
  /** Shown wherever it is and whatever the stage: the page prints, or a jump goes to or past it. */
  forced: boolean;
  /** Watches the loading line, when the caller needs to know too; a watcher of its own otherwise. */
  near?: NearViewport;
  loading: string;
  failed: string;
  children: ReactNode;
}) {
  const own = useNearViewport();
  const { ref, reached } = near ?? own;
  return (
    <DeferredPanel
      id={id}
      shown={(ready && (now || reached)) || forced}
      loading={loading}
      failed={failed}
      placeholderRef={ref}
    >
      {children}
    </DeferredPanel>
  );
}

/**
 * A panel below the first screen: a loading line (carrying the panel's anchor) until its stage
 * comes and while its code loads, and a plain message if its code cannot be loaded.
 */
function DeferredPanel({
  id,
  shown,
  loading,
  failed,
  children,
  placeholderRef,
}: {
  id: string;
  shown: boolean;
  loading: string;
  failed: string;
  children: ReactNode;
  /** Watches the loading line (a panel that loads when it comes near the screen). */
  placeholderRef?: (element: Element | null) => void;
}) {
  const placeholder = (
    <p className="status" id={id} ref={placeholderRef}>
      {loading}
    </p>
  );
  if (!shown) return placeholder;
  return (
    <ErrorBoundary fallback={() => <p className="status">{failed}</p>}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  );
}
