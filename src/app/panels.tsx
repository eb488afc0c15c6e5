import { lazy, memo, useDeferredValue, useMemo } from 'react';
import type { Secrets } from '../core/config/config-files';
import type { Rules } from '../core/model/rules';
import type { PlanResult } from '../core/plan/compute-plan';
import { useI18n } from '../i18n/i18n';
import { usePalette } from '../ui/visuals/palette';

// The panels below the first screen, each loaded when it is reached together with the core code
// that derives what it shows (docs/decisions/021-views-load-with-their-panels.md). The core
// computes, the panel renders: src/ui never calls the core.

interface ChartsSectionProps {
  result: PlanResult;
  rules: Rules;
  /** The other edition's rules once loaded: its sizing steps are drawn over this one's. */
  other: Rules | null;
}

/** The charts, with Recharts: their series come from the core's planCharts. */
const ChartsSection = lazy(async () => {
  const [{ planCharts }, { Charts }] = await Promise.all([
    import('../core/plan/plan-visuals'),
    import('../ui/visuals/charts'),
  ]);
  function ChartsSection({ result, rules, other }: ChartsSectionProps) {
    const palette = usePalette();
    const charts = useMemo(() => planCharts(result, rules, other), [result, rules, other]);
    return <Charts charts={charts} result={result} palette={palette} />;
  }
  return { default: memo(ChartsSection) };
});

/** The diagrams (laid out by the core's planDiagrams) and, when they come near the screen, the charts. */
export const VisualsSection = lazy(async () => {
  const [{ planDiagrams }, { default: VisualsPanel }] = await Promise.all([
    import('../core/plan/plan-visuals'),
    import('../ui/visuals/visuals-panel'),
  ]);
  function VisualsSection({ result, rules, other }: ChartsSectionProps) {
    const diagrams = useMemo(() => planDiagrams(result, rules), [result, rules]);
    // The charts follow the plan as a deferred value: an edit redraws the diagrams first.
    const later = useDeferredValue(result);
    return (
      <VisualsPanel
        diagrams={diagrams}
        rules={rules}
        charts={<ChartsSection result={later} rules={rules} other={other} />}
      />
    );
  }
  return { default: memo(VisualsSection) };
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
export const InstallSection = lazy(async () => {
  const [{ planFiles }, { fileTexts }, { default: InstallPanel }] = await Promise.all([
    import('../core/plan/plan-files'),
    import('../i18n/file-texts'),
    import('../ui/install/install-panel'),
  ]);
  function InstallSection({ result, rules, secrets, onGenerateTokens, onForgetTokens }: InstallSectionProps) {
    const { m } = useI18n();
    // The files name the link they were planned from.
    const link = window.location.href;
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
  return { default: memo(InstallSection) };
});
