import type { ReactNode, RefObject } from 'react';
import type { Rules } from '../../core/model/rules';
import type { Diagrams } from '../../core/plan/plan-visuals';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { edgeText, groupCaption, nodeText } from './diagram-text';
import type { Palette } from './palette';
import { RegistrationSvg } from './registration-svg';
import { TopologySvg } from './topology-svg';

/** A diagram's two export buttons, and the alert when its export failed. */
interface ExportProps {
  /** Whether this diagram's last export failed. */
  failed: boolean;
  onSave: (format: 'svg' | 'png') => void;
}

interface DiagramSectionProps<D> extends ExportProps {
  diagram: D;
  palette: Palette;
  svgRef: RefObject<SVGSVGElement | null>;
}

/** The topology, its export buttons and the same content as a list. */
export function TopologySection({
  diagram,
  palette,
  svgRef,
  failed,
  onSave,
  legend,
}: DiagramSectionProps<Diagrams['topology']> & { legend: Diagrams['topologyLegend'] }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  return (
    <DiagramSection
      id="topology"
      title={v.topologyTitle}
      svg={<TopologySvg ref={svgRef} diagram={diagram} legend={legend} palette={palette} />}
      failed={failed}
      onSave={onSave}
    >
      <details className="disclosure">
        <summary>{v.asText}</summary>
        <ul className="diagram-text" data-testid="topology-text">
          {diagram.nodes.map((n) => (
            <li key={n.id}>{nodeText(n, m, f)}</li>
          ))}
          {diagram.groups.map((g) => (
            <li key={g.id}>{groupCaption(g, m, f)}</li>
          ))}
          {diagram.edges.map((e) => (
            <li key={e.id}>{edgeText(e, m)}</li>
          ))}
        </ul>
      </details>
    </DiagramSection>
  );
}

/** How an agent registers: the diagram, its export buttons, the numbered steps and their sources. */
export function RegistrationSection({
  diagram,
  palette,
  svgRef,
  failed,
  onSave,
  rules,
}: DiagramSectionProps<Diagrams['registration']> & { rules: Rules }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  return (
    <DiagramSection
      id="registration"
      title={v.registrationTitle}
      svg={<RegistrationSvg ref={svgRef} diagram={diagram} palette={palette} />}
      failed={failed}
      onSave={onSave}
    >
      <ol className="registration-steps" data-testid="registration-steps">
        {diagram.steps.map((s) => (
          <li key={s.step}>{v.registrationSteps(s, f)}</li>
        ))}
      </ol>
      <p className="card__note">
        <SourceLink source={rules.registration.source} rules={rules} />
        {m.punctuation.separator}
        <SourceLink source={rules.registration.portSource} rules={rules} />
      </p>
    </DiagramSection>
  );
}

interface FramedDiagramProps extends ExportProps {
  /** The heading's id is `<id>-title`. */
  id: 'topology' | 'registration';
  title: string;
  svg: ReactNode;
  /** What follows the export buttons: the diagram's text alternative and sources. */
  children: ReactNode;
}

/** A diagram under its heading, framed, with its export buttons, then what the caller adds. */
function DiagramSection({ id, title, svg, failed, onSave, children }: FramedDiagramProps) {
  return (
    <section className="subsection" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subsection__title">
        {title}
      </h3>
      <div className="diagram-frame">{svg}</div>
      <ExportButtons diagram={title} failed={failed} onSave={onSave} />
      {children}
    </section>
  );
}

function ExportButtons({ diagram, failed, onSave }: ExportProps & { diagram: string }) {
  const { m } = useI18n();
  const v = m.visuals;
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={v.exportLabel({ button: v.exportSvg, diagram })}
          onClick={() => {
            onSave('svg');
          }}
        >
          {v.exportSvg}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={v.exportLabel({ button: v.exportPng, diagram })}
          onClick={() => {
            onSave('png');
          }}
        >
          {v.exportPng}
        </button>
      </div>
      {failed && (
        <p className="field__error" role="alert">
          {v.exportFailed}
        </p>
      )}
    </>
  );
}
