import { useId } from 'react';
import { CUSTOM_SHAPE_IDS, WORKLOAD_LIMITS, type CustomShape } from '../../core/model/plan-input';
import { PROCESSOR_CLASSES } from '../../core/model/rules';
import { addCustomShape, removeCustomShape } from '../../core/workloads/shapes';
import { useI18n } from '../../i18n/i18n';
import { FieldHelp } from './field-shell';
import { bindList, countProps, selectProps } from './bind-fields';
import { CountField } from './count-field';
import { SelectField } from './select-field';
import { WorkloadItem } from './workload-item';
import type { WorkloadsSectionProps } from './plan-section';

/** The controls' names end in these (`wcs0-vcpu`). */
const SHAPE_NAMES: Readonly<Record<keyof CustomShape, string>> = {
  vcpu: 'vcpu',
  memoryGiB: 'memory',
  processor: 'processor',
};
const NEW_SHAPE: CustomShape = { vcpu: 4, memoryGiB: 16, processor: 'x86-server' };

/** Agent sizes of the reader's own: vCPU, memory and processor class each; add and remove. */
export function CustomShapes({
  workloads,
  onChange,
  onValidityChange,
}: Pick<WorkloadsSectionProps, 'workloads' | 'onChange' | 'onValidityChange'>) {
  const t = useI18n().m.form.workloads;
  const id = useId();
  const { custom } = workloads;
  // Every change to a shape of one's own replaces the history entry, a processor class too.
  const setList = (next: typeof custom) => {
    onChange({ ...workloads, custom: next }, 'replace');
  };
  const bind = bindList(custom, setList, onValidityChange, (i, k) => `wcs${String(i)}-${SHAPE_NAMES[k]}`);
  return (
    <fieldset className="field custom-shapes" aria-describedby={`${id}-help`}>
      <legend className="field__label">{t.custom.legend}</legend>
      <FieldHelp id={id} help={t.custom.help} />
      <ol className="custom-shapes__list">
        {custom.map((c, i) => {
          const name = t.shapes.names[CUSTOM_SHAPE_IDS[i] ?? 'custom-1'];
          const field = bind(c, i);
          return (
            <WorkloadItem
              key={i}
              legend={name}
              remove={{ text: t.custom.remove({ name }) }}
              onRemove={() => {
                onChange(removeCustomShape(workloads, i), 'push');
              }}
            >
              <div className="field-row">
                <CountField {...countProps(field('vcpu'), t.custom.vcpu, WORKLOAD_LIMITS.shapeVcpu)} />
                <CountField {...countProps(field('memoryGiB'), t.custom.memory, WORKLOAD_LIMITS.shapeMemoryGiB)} />
              </div>
              <SelectField {...selectProps(field('processor'), t.custom.processor, PROCESSOR_CLASSES)} />
            </WorkloadItem>
          );
        })}
      </ol>
      {custom.length < WORKLOAD_LIMITS.customShapes && (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            onChange(addCustomShape(workloads, { ...NEW_SHAPE }), 'push');
          }}
        >
          {t.custom.add}
        </button>
      )}
    </fieldset>
  );
}
