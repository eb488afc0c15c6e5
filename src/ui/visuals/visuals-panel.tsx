import { Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Rules } from '../../core/model/rules';
import type { Diagrams } from '../../core/plan/plan-visuals';
import { useI18n } from '../../i18n/i18n';
import { useNearViewport } from '../shared/use-near-viewport';
import { usePalette } from './palette';
import { RegistrationSection, TopologySection } from './diagram-sections';
import { downloadPng, downloadSvg } from './svg-export';

// Recharts is the heaviest dependency: the diagrams do not wait for it, neither on the first load nor
// on an edit. The charts (src/app/panels.tsx) are placed here only when they come near the screen
// (printing hides them); they follow the plan as a deferred value, so typing updates the diagrams
// and paints first and the charts follow in a background render that a newer edit interrupts.

const NARROW = '(max-width: 40rem)';
const subscribeNarrow = (onChange: () => void) => {
  const media = window.matchMedia(NARROW);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
};
const isNarrow = () => window.matchMedia(NARROW).matches;

interface VisualsPanelProps {
  /** The diagrams for both page widths, laid out by the core. */
  diagrams: Readonly<Record<'wide' | 'narrow', Diagrams>>;
  rules: Rules;
  /** The charts, drawn by the caller once this panel has brought them near the screen. */
  charts: ReactNode;
}

/**
 * Runs `run` once its place in the tree (with its Suspense siblings) has been committed and then
 * laid out by the browser: two animation frames later, so the layout in between sees the page as
 * it was before `run` changes anything.
 */
function AfterLayout({ run }: { run: () => void }) {
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(run);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [run]);
  return null;
}

/** Diagrams and charts, loaded on demand; every picture has the same content as text beside it. */
export default function VisualsPanel({ diagrams, rules, charts }: VisualsPanelProps) {
  const { m } = useI18n();
  const v = m.visuals;
  const palette = usePalette();
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const { topology, topologyLegend, registration } = diagrams[narrow ? 'narrow' : 'wide'];
  const [chartsDrawn, setChartsDrawn] = useState(false);
  const drawn = useCallback(() => {
    setChartsDrawn(true);
  }, []);
  const topologyRef = useRef<SVGSVGElement>(null);
  const registrationRef = useRef<SVGSVGElement>(null);
  const [exportFailed, setExportFailed] = useState<'topology' | 'registration' | null>(null);

  const save = async (which: 'topology' | 'registration', format: 'svg' | 'png') => {
    const svg = (which === 'topology' ? topologyRef : registrationRef).current;
    if (!svg) return;
    const name = `k3s-${which}.${format}`;
    try {
      setExportFailed(null);
      if (format === 'svg') downloadSvg(svg, name);
      else await downloadPng(svg, name, palette.background);
    } catch {
      setExportFailed(which);
    }
  };

  return (
    <section
      className="visuals"
      data-charts-pending={chartsDrawn ? undefined : ''}
      id="diagrams"
      aria-labelledby="visuals-title"
      tabIndex={-1}
      data-testid="visuals-panel"
    >
      <h2 id="visuals-title" className="panel-title">
        {v.title}
      </h2>
      <TopologySection
        diagram={topology}
        legend={topologyLegend}
        palette={palette}
        svgRef={topologyRef}
        failed={exportFailed === 'topology'}
        onSave={(format) => void save('topology', format)}
      />
      <RegistrationSection
        diagram={registration}
        palette={palette}
        svgRef={registrationRef}
        failed={exportFailed === 'registration'}
        onSave={(format) => void save('registration', format)}
        rules={rules}
      />
      <ChartsSection charts={charts} onDrawn={drawn} />
    </section>
  );
}

/** The charts' place: a loading note until it comes near the screen, then the charts, which report when drawn. */
function ChartsSection({ charts, onDrawn }: { charts: ReactNode; onDrawn: () => void }) {
  const { m } = useI18n();
  const v = m.visuals;
  const { ref, reached } = useNearViewport();
  return (
    <section ref={ref} className="subsection subsection--charts" aria-labelledby="charts-title" data-testid="charts">
      <h3 id="charts-title" className="subsection__title">
        {v.chartsTitle}
      </h3>
      {reached ? (
        <Suspense fallback={<p className="status">{v.loading}</p>}>
          {charts}
          <AfterLayout run={onDrawn} />
        </Suspense>
      ) : (
        <p className="status">{v.loading}</p>
      )}
    </section>
  );
}
