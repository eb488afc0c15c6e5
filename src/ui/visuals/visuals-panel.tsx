import { Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Rules } from '../../core/model/rules';
import type { DiagramEdge, DiagramNode } from '../../core/diagrams/topology';
import type { Diagrams } from '../../core/plan/plan-visuals';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { useNearViewport } from '../shared/use-near-viewport';
import { usePalette } from './palette';
import { RegistrationSvg } from './registration-svg';
import { downloadPng, downloadSvg } from './svg-export';
import { portText, TopologySvg } from './topology-svg';

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
  const { m, f } = useI18n();
  const v = m.visuals;
  const palette = usePalette();
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const variant = narrow ? 'narrow' : 'wide';
  const { topology, registration } = diagrams[variant];
  const { ref: chartsRef, reached: chartsNear } = useNearViewport();
  const [chartsDrawn, setChartsDrawn] = useState(false);
  const drawn = useCallback(() => {
    setChartsDrawn(true);
  }, []);
  const topologyRef = useRef<SVGSVGElement>(null);
  const registrationRef = useRef<SVGSVGElement>(null);
  const [exportFailed, setExportFailed] = useState<'topology' | 'registration' | null>(null);

  const { colon, comma } = m.punctuation;
  const nodeText = (n: DiagramNode): string => {
    const badges = n.badges.map((b) => v.badges[b]);
    switch (n.kind) {
      case 'operator':
        return `${v.operator}${colon}${v.operatorNote}`;
      case 'registration':
        return `${v.registration}${colon}${n.name ?? ''}`;
      case 'server':
        return [n.name ?? '', ...badges].join(comma);
      case 'server-pool':
        return [v.serverPool({ count: n.count }, f), ...badges].join(comma);
      case 'agent':
        return `${n.name ?? ''}${comma}${v.agentRole}`;
      case 'agent-pool':
        return v.agentPool({ count: n.count }, f);
      case 'datastore':
        return `${n.datastore ? m.form.datastore.options[n.datastore] : v.datastore}${n.name ? `${comma}${n.name}` : ''}`;
    }
  };
  const edgeText = (e: DiagramEdge): string => `${v.edges[e.id]}${colon}${e.ports.map(portText).join(comma)}`;

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
  const exportButtons = (which: 'topology' | 'registration') => {
    const diagram = which === 'topology' ? v.topologyTitle : v.registrationTitle;
    return (
      <>
        <div className="button-row">
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label={v.exportLabel({ button: v.exportSvg, diagram })}
            onClick={() => void save(which, 'svg')}
          >
            {v.exportSvg}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label={v.exportLabel({ button: v.exportPng, diagram })}
            onClick={() => void save(which, 'png')}
          >
            {v.exportPng}
          </button>
        </div>
        {exportFailed === which && (
          <p className="field__error" role="alert">
            {v.exportFailed}
          </p>
        )}
      </>
    );
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

      <section className="subsection" aria-labelledby="topology-title">
        <h3 id="topology-title" className="subsection__title">
          {v.topologyTitle}
        </h3>
        <div className="diagram-frame">
          <TopologySvg ref={topologyRef} diagram={topology} palette={palette} />
        </div>
        {exportButtons('topology')}
        <details className="disclosure">
          <summary>{v.asText}</summary>
          <ul className="diagram-text" data-testid="topology-text">
            {topology.nodes.map((n) => (
              <li key={n.id}>{nodeText(n)}</li>
            ))}
            {topology.groups.map((g) => (
              <li key={g.id}>
                {g.caption.kind === 'etcd-quorum'
                  ? v.quorumCaption(g.caption, f)
                  : v.controlPlaneCaption({ servers: g.caption.servers }, f)}
              </li>
            ))}
            {topology.edges.map((e) => (
              <li key={e.id}>{edgeText(e)}</li>
            ))}
          </ul>
        </details>
      </section>

      <section className="subsection" aria-labelledby="registration-title">
        <h3 id="registration-title" className="subsection__title">
          {v.registrationTitle}
        </h3>
        <div className="diagram-frame">
          <RegistrationSvg ref={registrationRef} diagram={registration} palette={palette} />
        </div>
        {exportButtons('registration')}
        <ol className="registration-steps" data-testid="registration-steps">
          {registration.steps.map((s) => (
            <li key={s.step}>{v.registrationSteps(s, f)}</li>
          ))}
        </ol>
        <p className="card__note">
          <SourceLink source={rules.registration.source} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={rules.registration.portSource} rules={rules} />
        </p>
      </section>

      <section
        ref={chartsRef}
        className="subsection subsection--charts"
        aria-labelledby="charts-title"
        data-testid="charts"
      >
        <h3 id="charts-title" className="subsection__title">
          {v.chartsTitle}
        </h3>
        {chartsNear ? (
          <Suspense fallback={<p className="status">{v.loading}</p>}>
            {charts}
            <AfterLayout run={drawn} />
          </Suspense>
        ) : (
          <p className="status">{v.loading}</p>
        )}
      </section>
    </section>
  );
}
