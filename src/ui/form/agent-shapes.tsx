import type { ShapeId } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { FieldHelp } from './field-shell';
import { FieldFindings } from './field-findings';
import { findingsForField } from './findings-for-field';
import type { WorkloadsSectionProps } from './plan-section';

interface AgentShapesProps extends Pick<WorkloadsSectionProps, 'workloads' | 'findings' | 'onChange'> {
  id: string;
  /** The shapes on offer, in order, and each one's name. */
  offered: readonly ShapeId[];
  nameOf: (shape: ShapeId) => string;
}

/** Which agent shapes to compare: at least one stays ticked; unticking the chosen shape goes back to the best. */
export function AgentShapes({ id, offered, nameOf, workloads, findings, onChange }: AgentShapesProps) {
  const t = useI18n().m.form.workloads;
  return (
    <fieldset className="field field--checks" aria-describedby={`${id}-help`}>
      <legend className="field__label">{t.shapes.legend}</legend>
      {offered.map((shapeId) => (
        <label key={shapeId} className="checkbox">
          <input
            type="checkbox"
            checked={workloads.shapes.includes(shapeId)}
            disabled={workloads.shapes.length === 1 && workloads.shapes.includes(shapeId)}
            onChange={(e) => {
              const shapes = offered.filter((s) => (s === shapeId ? e.target.checked : workloads.shapes.includes(s)));
              const shape = workloads.shape !== 'best' && !shapes.includes(workloads.shape) ? 'best' : workloads.shape;
              onChange({ ...workloads, shapes, shape }, 'push');
            }}
          />
          <span className="checkbox__label">{nameOf(shapeId)}</span>
        </label>
      ))}
      <FieldHelp id={id} help={t.shapes.help} />
      <FieldFindings id={`${id}-findings`} findings={findingsForField(findings, 'workloads.shapes')} />
    </fieldset>
  );
}
