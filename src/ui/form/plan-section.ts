import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import type { PlanField, PlanInput, WorkloadsInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import type { HistoryMode } from '../../url/use-plan-url';
import { bindSection, type SectionBinding } from './bind-fields';
import { findingsForField } from './findings-for-field';

/** What a part of the plan form gets: the rules, the plan's findings, where a change or a draft's validity goes. */
interface FormPartProps<V> {
  rules: Rules;
  findings: readonly AnyFinding[];
  onChange: (value: V, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** What each section of the plan form gets from the form. */
export interface PlanSectionProps extends FormPartProps<PlanInput> {
  plan: PlanInput;
}

/** What the workload section and each part of its editor get. */
export interface WorkloadsSectionProps extends FormPartProps<WorkloadsInput> {
  workloads: WorkloadsInput;
}

type PlanPart = 'cluster' | 'network' | 'host' | 'install' | 'backup' | 'upgrade' | 'airgap';

/** Binds one part of the plan (`plan.network`, `plan.backup`…) for the shared fields; a change replaces that part. */
export function bindPlanPart<K extends PlanPart>(
  { plan, onChange, onValidityChange }: Pick<PlanSectionProps, 'plan' | 'onChange' | 'onValidityChange'>,
  key: K,
  more: Omit<SectionBinding<PlanInput[K]>, 'values' | 'onChange' | 'onValidityChange'> = {},
) {
  return bindSection<PlanInput[K]>({
    values: plan[key],
    onChange: (values, mode) => {
      onChange({ ...plan, [key]: values }, mode);
    },
    onValidityChange,
    ...more,
  });
}

/**
 * Binds one section of the plan form: controls named by the field's key, the findings that name
 * `planField(key)` beside each, and its traits when given.
 */
export function bindPlanSection<K extends 'cluster' | 'network' | 'host' | 'install'>(
  props: PlanSectionProps,
  key: K,
  planField: (field: keyof PlanInput[K] & string) => PlanField,
  traits?: ReadonlyMap<PlanField, FieldTraits>,
) {
  return bindPlanPart(props, key, {
    findings: (field) => findingsForField(props.findings, planField(field)),
    ...(traits ? { traits: (field: keyof PlanInput[K] & string) => traits.get(planField(field)) } : {}),
  });
}
