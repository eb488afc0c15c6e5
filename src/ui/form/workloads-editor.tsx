import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import { findingsForField } from './findings-for-field';
import {
  CUSTOM_SHAPE_IDS,
  SHAPE_IDS,
  WORKLOAD_LIMITS,
  WorkloadGroupSchema,
  type CustomShape,
  type ShapeId,
  type WorkloadGroup,
  type WorkloadsInput,
} from '../../core/model/plan-input';
import { PROCESSOR_CLASSES, type ProcessorClass } from '../../core/model/rules';
import { addCustomShape, defaultReservations, removeCustomShape } from '../../core/workloads/shapes';

import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { shapeName } from '../shared/shape-name';
import { CountField } from './count-field';
import { FieldFindings } from './field-findings';
import { SelectField } from './select-field';
import { TextField } from './text-field';

export interface WorkloadsSectionProps {
  workloads: WorkloadsInput;
  rules: Rules;
  findings: readonly AnyFinding[];
  onChange: (workloads: WorkloadsInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

const SPARES = ['0', '1', '2'] as const;
const acceptsName = (t: string): boolean => WorkloadGroupSchema.shape.name.safeParse(t).success;

/** The workload inputs once planning is on: groups, DaemonSets, utilisation, spares, shapes, reservations. Loaded on demand. */
export default function WorkloadsEditor({
  workloads,
  rules,
  findings,
  onChange,
  onValidityChange,
}: WorkloadsSectionProps) {
  const { m, f } = useI18n();
  const t = m.form.workloads;
  const shapesId = useId();
  const customId = useId();
  const about = (field: keyof WorkloadsInput) => findingsForField(findings, `workloads.${field}`);
  const set =
    <F extends keyof WorkloadsInput>(field: F, mode: HistoryMode) =>
    (value: WorkloadsInput[F]) => {
      onChange({ ...workloads, [field]: value }, mode);
    };
  const setGroup = (i: number, mode: HistoryMode) => (patch: Partial<WorkloadGroup>) => {
    onChange({ ...workloads, groups: workloads.groups.map((g, j) => (j === i ? { ...g, ...patch } : g)) }, mode);
  };
  const defaults = defaultReservations(rules);
  const reserved = {
    kube: workloads.kubeReserved ?? defaults.kubeReserved,
    system: workloads.systemReserved ?? defaults.systemReserved,
    eviction: workloads.evictionMemoryMiB ?? defaults.evictionMemoryMiB,
  };
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
  const setCustom = (i: number) => (patch: Partial<CustomShape>) => {
    onChange({ ...workloads, custom: workloads.custom.map((c, j) => (j === i ? { ...c, ...patch } : c)) }, 'replace');
  };
  const processorLabels: Record<ProcessorClass, string> = t.custom.processor.options;

  return (
    <>
      <ol className="workload-groups">
        {workloads.groups.map((g, i) => {
          const title = g.name === '' ? t.group({ n: i + 1 }) : g.name;
          return (
            <li key={i} className="workload-group">
              <fieldset className="workload-group__fields">
                <legend>{t.group({ n: i + 1 })}</legend>
                <TextField
                  name={`wg${String(i)}-name`}
                  label={t.name.label}
                  help={t.name.help}
                  value={g.name}
                  accepts={acceptsName}
                  invalidMessage={t.nameInvalid}
                  commit="typing"
                  findings={[]}
                  onCommit={(name) => {
                    setGroup(i, 'replace')({ name });
                  }}
                  onValidityChange={onValidityChange}
                />
                <div className="field-row">
                  <CountField
                    name={`wg${String(i)}-replicas`}
                    label={t.replicas.label}
                    help={t.replicas.help}
                    value={g.replicas}
                    limits={WORKLOAD_LIMITS.replicas}
                    findings={[]}
                    onCommit={(replicas) => {
                      setGroup(i, 'replace')({ replicas });
                    }}
                    onValidityChange={onValidityChange}
                  />
                  <CountField
                    name={`wg${String(i)}-cpu`}
                    label={t.cpu.label}
                    help={t.cpu.help}
                    value={g.cpuMillis}
                    limits={WORKLOAD_LIMITS.cpuMillis}
                    findings={[]}
                    onCommit={(cpuMillis) => {
                      setGroup(i, 'replace')({ cpuMillis });
                    }}
                    onValidityChange={onValidityChange}
                  />
                  <CountField
                    name={`wg${String(i)}-memory`}
                    label={t.memory.label}
                    help={t.memory.help}
                    value={g.memoryMiB}
                    limits={WORKLOAD_LIMITS.memoryMiB}
                    findings={[]}
                    onCommit={(memoryMiB) => {
                      setGroup(i, 'replace')({ memoryMiB });
                    }}
                    onValidityChange={onValidityChange}
                  />
                </div>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t.remove({ name: title })}
                  onClick={() => {
                    onChange({ ...workloads, groups: workloads.groups.filter((_, j) => j !== i) }, 'push');
                  }}
                >
                  {t.removeShort}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FieldFindings id={`${shapesId}-groups-findings`} findings={about('groups')} />
      {workloads.groups.length < WORKLOAD_LIMITS.groups && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            onChange(
              {
                ...workloads,
                groups: [...workloads.groups, { name: '', replicas: 3, cpuMillis: 250, memoryMiB: 256 }],
              },
              'push',
            );
          }}
        >
          {t.add}
        </button>
      )}
      <div className="field-row">
        <CountField
          name="daemonSetCpu"
          label={t.daemonSetCpu.label}
          help={t.daemonSetCpu.help}
          value={workloads.daemonSetCpuMillis}
          limits={WORKLOAD_LIMITS.daemonSetCpuMillis}
          findings={[]}
          onCommit={set('daemonSetCpuMillis', 'replace')}
          onValidityChange={onValidityChange}
        />
        <CountField
          name="daemonSetMemory"
          label={t.daemonSetMemory.label}
          help={t.daemonSetMemory.help}
          value={workloads.daemonSetMemoryMiB}
          limits={WORKLOAD_LIMITS.daemonSetMemoryMiB}
          findings={[]}
          onCommit={set('daemonSetMemoryMiB', 'replace')}
          onValidityChange={onValidityChange}
        />
      </div>
      <div className="field-row">
        <CountField
          name="targetPercent"
          label={t.target.label}
          help={t.target.help}
          value={workloads.targetPercent}
          limits={WORKLOAD_LIMITS.targetPercent}
          findings={[]}
          onCommit={set('targetPercent', 'replace')}
          onValidityChange={onValidityChange}
        />
        <SelectField
          name="spares"
          label={t.spares.label}
          help={t.spares.help}
          value={SPARES[workloads.spares] ?? '0'}
          options={SPARES}
          optionLabels={spareLabels}
          findings={about('spares')}
          onChange={(v) => {
            set('spares', 'push')(Number(v));
          }}
        />
      </div>
      <fieldset className="field field--checks" aria-describedby={`${shapesId}-help`}>
        <legend className="field__label">{t.shapes.legend}</legend>
        {offered.map((id) => (
          <label key={id} className="checkbox">
            <input
              type="checkbox"
              checked={workloads.shapes.includes(id)}
              disabled={workloads.shapes.length === 1 && workloads.shapes.includes(id)}
              onChange={(e) => {
                const shapes = offered.filter((s) => (s === id ? e.target.checked : workloads.shapes.includes(s)));
                const shape =
                  workloads.shape !== 'best' && !shapes.includes(workloads.shape) ? 'best' : workloads.shape;
                onChange({ ...workloads, shapes, shape }, 'push');
              }}
            />
            <span className="checkbox__label">{nameOf(id)}</span>
          </label>
        ))}
        <p id={`${shapesId}-help`} className="field__help">
          {t.shapes.help}
        </p>
        <FieldFindings id={`${shapesId}-findings`} findings={about('shapes')} />
      </fieldset>
      <fieldset className="field custom-shapes" aria-describedby={`${customId}-help`}>
        <legend className="field__label">{t.custom.legend}</legend>
        <p id={`${customId}-help`} className="field__help">
          {t.custom.help}
        </p>
        <ol className="custom-shapes__list">
          {workloads.custom.map((c, i) => {
            const name = t.shapes.names[CUSTOM_SHAPE_IDS[i] ?? 'custom-1'];
            return (
              <li key={i} className="workload-group">
                <fieldset className="workload-group__fields">
                  <legend>{name}</legend>
                  <div className="field-row">
                    <CountField
                      name={`wcs${String(i)}-vcpu`}
                      label={t.custom.vcpu.label}
                      help={t.custom.vcpu.help}
                      value={c.vcpu}
                      limits={WORKLOAD_LIMITS.shapeVcpu}
                      findings={[]}
                      onCommit={(vcpu) => {
                        setCustom(i)({ vcpu });
                      }}
                      onValidityChange={onValidityChange}
                    />
                    <CountField
                      name={`wcs${String(i)}-memory`}
                      label={t.custom.memory.label}
                      help={t.custom.memory.help}
                      value={c.memoryGiB}
                      limits={WORKLOAD_LIMITS.shapeMemoryGiB}
                      findings={[]}
                      onCommit={(memoryGiB) => {
                        setCustom(i)({ memoryGiB });
                      }}
                      onValidityChange={onValidityChange}
                    />
                  </div>
                  <SelectField<ProcessorClass>
                    name={`wcs${String(i)}-processor`}
                    label={t.custom.processor.label}
                    help={t.custom.processor.help}
                    value={c.processor}
                    options={PROCESSOR_CLASSES}
                    optionLabels={processorLabels}
                    findings={[]}
                    onChange={(processor) => {
                      setCustom(i)({ processor });
                    }}
                  />
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => {
                      onChange(removeCustomShape(workloads, i), 'push');
                    }}
                  >
                    {t.custom.remove({ name })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {workloads.custom.length < WORKLOAD_LIMITS.customShapes && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              onChange(addCustomShape(workloads, { vcpu: 4, memoryGiB: 16, processor: 'x86-server' }), 'push');
            }}
          >
            {t.custom.add}
          </button>
        )}
      </fieldset>
      <SelectField<'best' | ShapeId>
        name="shape"
        label={t.shape.label}
        help={t.shape.help}
        value={workloads.shape}
        options={['best', ...workloads.shapes]}
        optionLabels={shapeLabels}
        findings={about('shape')}
        onChange={set('shape', 'push')}
      />
      <details className="disclosure">
        <summary>{t.reservations.title}</summary>
        <p className="field__help">{t.reservations.help({ evictionMiB: rules.kubelet.evictionHardMemoryMiB }, f)}</p>
        <div className="field-row">
          <CountField
            name="kubeReservedCpu"
            label={t.reservations.kubeCpu.label}
            help={t.reservations.kubeCpu.help}
            value={reserved.kube.cpuMillis}
            limits={WORKLOAD_LIMITS.reservedCpuMillis}
            findings={[]}
            onCommit={(cpuMillis) => {
              set('kubeReserved', 'replace')({ ...reserved.kube, cpuMillis });
            }}
            onValidityChange={onValidityChange}
          />
          <CountField
            name="kubeReservedMemory"
            label={t.reservations.kubeMemory.label}
            help={t.reservations.kubeMemory.help}
            value={reserved.kube.memoryMiB}
            limits={WORKLOAD_LIMITS.reservedMemoryMiB}
            findings={[]}
            onCommit={(memoryMiB) => {
              set('kubeReserved', 'replace')({ ...reserved.kube, memoryMiB });
            }}
            onValidityChange={onValidityChange}
          />
        </div>
        <div className="field-row">
          <CountField
            name="systemReservedCpu"
            label={t.reservations.systemCpu.label}
            help={t.reservations.systemCpu.help}
            value={reserved.system.cpuMillis}
            limits={WORKLOAD_LIMITS.reservedCpuMillis}
            findings={[]}
            onCommit={(cpuMillis) => {
              set('systemReserved', 'replace')({ ...reserved.system, cpuMillis });
            }}
            onValidityChange={onValidityChange}
          />
          <CountField
            name="systemReservedMemory"
            label={t.reservations.systemMemory.label}
            help={t.reservations.systemMemory.help}
            value={reserved.system.memoryMiB}
            limits={WORKLOAD_LIMITS.reservedMemoryMiB}
            findings={[]}
            onCommit={(memoryMiB) => {
              set('systemReserved', 'replace')({ ...reserved.system, memoryMiB });
            }}
            onValidityChange={onValidityChange}
          />
        </div>
        <CountField
          name="evictionMemory"
          label={t.reservations.eviction.label}
          help={t.reservations.eviction.help}
          value={reserved.eviction}
          limits={WORKLOAD_LIMITS.reservedMemoryMiB}
          findings={[]}
          onCommit={set('evictionMemoryMiB', 'replace')}
          onValidityChange={onValidityChange}
        />
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            onChange({ ...workloads, kubeReserved: null, systemReserved: null, evictionMemoryMiB: null }, 'push');
          }}
        >
          {t.reservations.reset}
        </button>
      </details>
    </>
  );
}
