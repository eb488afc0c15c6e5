import { WORKLOAD_LIMITS, type WorkloadsInput } from '../../core/model/plan-input';
import { defaultReservations } from '../../core/workloads/shapes';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { bindSection, countProps, type FieldTexts } from './bind-fields';
import { CountField } from './count-field';
import type { WorkloadsSectionProps } from './plan-section';

type Reserved = NonNullable<WorkloadsInput['kubeReserved']>;

/** The CPU and memory held back for Kubernetes or for the system: one row of two counts. */
function ReservedRow({
  name,
  value,
  texts,
  onChange,
  onValidityChange,
}: {
  name: 'kubeReserved' | 'systemReserved';
  value: Reserved;
  texts: { cpu: FieldTexts; memory: FieldTexts };
  onChange: (value: Reserved, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}) {
  const field = bindSection({
    values: value,
    onChange,
    onValidityChange,
    name: (k) => `${name}${k === 'cpuMillis' ? 'Cpu' : 'Memory'}`,
  });
  return (
    <div className="field-row">
      <CountField {...countProps(field('cpuMillis'), texts.cpu, WORKLOAD_LIMITS.reservedCpuMillis)} />
      <CountField {...countProps(field('memoryMiB'), texts.memory, WORKLOAD_LIMITS.reservedMemoryMiB)} />
    </div>
  );
}

/** kube-reserved, system-reserved and the eviction threshold, K3s's defaults until changed; a reset. */
export function WorkloadReservations({ workloads, rules, onChange, onValidityChange }: WorkloadsSectionProps) {
  const { m, f } = useI18n();
  const t = m.form.workloads.reservations;
  const defaults = defaultReservations(rules);
  const field = bindSection({ values: workloads, onChange, onValidityChange });
  const eviction = {
    ...field('evictionMemoryMiB'),
    name: 'evictionMemory',
    value: workloads.evictionMemoryMiB ?? defaults.evictionMemoryMiB,
  };
  const reserved = (name: 'kubeReserved' | 'systemReserved') => ({
    name,
    value: workloads[name] ?? defaults[name],
    onChange: (value: Reserved, mode: HistoryMode) => {
      onChange({ ...workloads, [name]: value }, mode);
    },
    onValidityChange,
  });
  return (
    <details className="disclosure">
      <summary>{t.title}</summary>
      <p className="field__help">{t.help({ evictionMiB: rules.kubelet.evictionHardMemoryMiB }, f)}</p>
      <ReservedRow {...reserved('kubeReserved')} texts={{ cpu: t.kubeCpu, memory: t.kubeMemory }} />
      <ReservedRow {...reserved('systemReserved')} texts={{ cpu: t.systemCpu, memory: t.systemMemory }} />
      <CountField {...countProps(eviction, t.eviction, WORKLOAD_LIMITS.reservedMemoryMiB)} />
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          onChange({ ...workloads, kubeReserved: null, systemReserved: null, evictionMemoryMiB: null }, 'push');
        }}
      >
        {t.reset}
      </button>
    </details>
  );
}
