import { useId } from 'react';
import { CUSTOM_SHAPE_IDS, SHAPE_IDS, WORKLOAD_LIMITS, type ShapeId } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { shapeName } from '../../i18n/shape-text';
import { AgentShapes } from './agent-shapes';
import { bindSection, countProps, selectProps } from './bind-fields';
import { CountField } from './count-field';
import { CustomShapes } from './custom-shapes';
import { findingsForField } from './findings-for-field';
import { SelectField } from './select-field';
import { WorkloadGroups } from './workload-groups';
import { WorkloadReservations } from './workload-reservations';
import type { WorkloadsSectionProps } from './plan-section';

const SPARES = ['0', '1', '2'] as const;
/** The controls whose names differ from their fields'. */
const NAMES: Readonly<Partial<Record<string, string>>> = {
  daemonSetCpuMillis: 'daemonSetCpu',
  daemonSetMemoryMiB: 'daemonSetMemory',
};

/** The workload inputs once planning is on: groups, DaemonSets, utilisation, spares, shapes, reservations. Loaded on demand. */
export default function WorkloadsEditor(props: WorkloadsSectionProps) {
  const { workloads, findings, onChange, onValidityChange } = props;
  const { m, f } = useI18n();
  const t = m.form.workloads;
  const shapesId = useId();
  const field = bindSection({ values: workloads, onChange, onValidityChange, name: (k) => NAMES[k] ?? k });
  const spareLabels = {
    '0': t.spares.options[0] ?? '0',
    '1': t.spares.options[1] ?? '1',
    '2': t.spares.options[2] ?? '2',
  };
  // The shapes on offer: the presets, then the reader's own (named with their size).
  const offered: readonly ShapeId[] = [...SHAPE_IDS, ...CUSTOM_SHAPE_IDS.slice(0, workloads.custom.length)];
  const nameOf = (id: ShapeId): string => shapeName(m, f, id, workloads.custom);
  const shapeLabels: Record<'best' | ShapeId, string> = { best: t.shape.best, ...t.shapes.names };
  for (const id of offered) shapeLabels[id] = nameOf(id);
  return (
    <>
      <WorkloadGroups {...props} findingsId={shapesId} />
      <div className="field-row">
        <CountField {...countProps(field('daemonSetCpuMillis'), t.daemonSetCpu, WORKLOAD_LIMITS.daemonSetCpuMillis)} />
        <CountField
          {...countProps(field('daemonSetMemoryMiB'), t.daemonSetMemory, WORKLOAD_LIMITS.daemonSetMemoryMiB)}
        />
      </div>
      <div className="field-row">
        <CountField {...countProps(field('targetPercent'), t.target, WORKLOAD_LIMITS.targetPercent)} />
        <SelectField
          name="spares"
          label={t.spares.label}
          help={t.spares.help}
          value={SPARES[workloads.spares] ?? '0'}
          options={SPARES}
          optionLabels={spareLabels}
          findings={findingsForField(findings, 'workloads.spares')}
          onChange={(v) => {
            field('spares').set('push')(Number(v));
          }}
        />
      </div>
      <AgentShapes id={shapesId} offered={offered} nameOf={nameOf} {...props} />
      <CustomShapes {...props} />
      <SelectField<'best' | ShapeId>
        {...selectProps(field('shape'), { ...t.shape, options: shapeLabels }, ['best', ...workloads.shapes])}
        findings={findingsForField(findings, 'workloads.shape')}
      />
      <WorkloadReservations {...props} />
    </>
  );
}
