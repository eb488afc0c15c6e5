import { lazy, memo, Suspense } from 'react';
import type { Secrets } from '../../core/config/config-files';
import type { NetworkFix } from '../../core/network/fixes';
import type { PlanResult } from '../../core/plan/compute-plan';
import { chosenShape } from '../../core/workloads/plan-workloads';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { AgentCard } from './agent-card';
import { DatastoreCard } from './datastore-card';
import { EditionComparison } from './edition-comparison';
import { FindingsList } from './findings-list';
import { NetworkPanel } from './network-panel';
import { ErrorBoundary } from '../shared/error-boundary';
import { useAppStage } from '../shared/use-app-ready';
import type { PlanInput } from '../../core/model/plan-input';
import type { HistoryMode } from '../../url/use-plan-url';

const InstallPanel = lazy(() => import('../install/install-panel').then((mod) => ({ default: memo(mod.default) })));
const VisualsPanel = lazy(() => import('../visuals/visuals-panel'));
const WorkloadsCard = lazy(() => import('./workloads-card'));
const Day2Panel = lazy(() => import('../day2/day2-panel').then((mod) => ({ default: memo(mod.default) })));
import { ServerCard } from './server-card';
import { TotalsCard } from './totals-card';

interface ResultsPanelProps {
  result: PlanResult;
  /** The same plan's result, deferred: for the panels below the first screen. */
  later: PlanResult;
  rules: Rules;
  comparison: Parameters<typeof EditionComparison>[0]['other'];
  stale: boolean;
  onSwitchRules: (rulesId: string) => void;
  onApplyFix: (fix: NetworkFix) => void;
  secrets: Secrets;
  /** The other edition's rules, once loaded, for the charts' overlay. */
  otherRules: Rules | null;
  onGenerateTokens: () => void;
  onForgetTokens: () => void;
  /**
   * The plan as entered (the result's input carries the agents workload planning counted) and its
   * setter, for the day-2 panel's fields; without them the panel is not shown.
   */
  plan?: PlanInput;
  onPlanChange?: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange?: (name: string, valid: boolean) => void;
}

/** Everything the plan says, rendered from the PlanResult; no arithmetic here. */
export function ResultsPanel({
  result,
  later,
  rules,
  comparison,
  stale,
  onSwitchRules,
  onApplyFix,
  secrets,
  otherRules,
  onGenerateTokens,
  onForgetTokens,
  plan,
  onPlanChange,
  onValidityChange,
}: ResultsPanelProps) {
  const { m, f } = useI18n();
  const { cluster } = result.input;
  // The panels below the first screen follow the first render (and are not in the built page).
  const showNetwork = useAppStage('network');
  const showDiagrams = useAppStage('diagrams');
  const showInstall = useAppStage('install');
  return (
    <div className="results" id="results" tabIndex={-1}>
      <nav className="results-nav" aria-label={m.nav.label}>
        <a href="#sizing">{m.nav.sizing}</a>
        <a href="#network">{m.nav.network}</a>
        <a href="#diagrams">{m.nav.diagrams}</a>
        <a href="#install">{m.nav.install}</a>
        {plan && onPlanChange && <a href="#day2">{m.nav.day2}</a>}
        <a href="#findings-title">{m.nav.findings}</a>
      </nav>
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
      <div className="cards">
        <ServerCard server={result.sizing.server} cluster={cluster} rules={rules} />
        <AgentCard agent={result.sizing.agent} rules={rules} shape={chosenShape(result.workloads)} />
        <DatastoreCard sizing={result.sizing} cluster={cluster} rules={rules} />
        <TotalsCard totals={result.sizing.totals} servers={cluster.servers} />
      </div>
      {result.workloads && !showNetwork && <p className="status">{m.workloadPlan.loading}</p>}
      {result.workloads && showNetwork && (
        <Suspense fallback={<p className="status">{m.workloadPlan.loading}</p>}>
          <WorkloadsCard result={result} rules={rules} />
        </Suspense>
      )}
      <EditionComparison current={later} currentRules={rules} other={comparison} onSwitch={onSwitchRules} />
      <FindingsList findings={result.findings} rules={rules} onApplyFix={onApplyFix} />
      {showNetwork ? (
        <NetworkPanel result={later} rules={rules} />
      ) : (
        <p className="status" id="network">
          {m.network.loading}
        </p>
      )}
      {showDiagrams ? (
        <ErrorBoundary fallback={() => <p className="status">{m.visuals.loadFailed}</p>}>
          <Suspense
            fallback={
              <p className="status" id="diagrams">
                {m.visuals.loading}
              </p>
            }
          >
            <VisualsPanel result={result} rules={rules} otherRules={otherRules} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <p className="status" id="diagrams">
          {m.visuals.loading}
        </p>
      )}
      {showInstall ? (
        <ErrorBoundary fallback={() => <p className="status">{m.install.loadFailed}</p>}>
          <Suspense
            fallback={
              <p className="status" id="install">
                {m.install.loading}
              </p>
            }
          >
            <InstallPanel
              result={later}
              rules={rules}
              secrets={secrets}
              onGenerateTokens={onGenerateTokens}
              onForgetTokens={onForgetTokens}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <p className="status" id="install">
          {m.install.loading}
        </p>
      )}
      {plan &&
        onPlanChange &&
        onValidityChange &&
        (showInstall ? (
          <ErrorBoundary fallback={() => <p className="status">{m.day2.loadFailed}</p>}>
            <Suspense
              fallback={
                <p className="status" id="day2">
                  {m.day2.loading}
                </p>
              }
            >
              <Day2Panel
                plan={plan}
                result={later}
                rules={rules}
                onChange={onPlanChange}
                onValidityChange={onValidityChange}
              />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="status" id="day2">
            {m.day2.loading}
          </p>
        ))}
    </div>
  );
}
