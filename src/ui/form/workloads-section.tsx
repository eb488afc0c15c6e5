import { lazy, Suspense } from 'react';
import { findingsForField } from './findings-for-field';
import { useI18n } from '../../i18n/i18n';
import { CheckboxField } from './checkbox-field';
import type { WorkloadsSectionProps } from './plan-section';

const WorkloadsEditor = lazy(() => import('./workloads-editor'));

/** Workload-driven agent planning: a switch, and the inputs (loaded when it is on). */
export function WorkloadsSection(props: WorkloadsSectionProps) {
  const { m } = useI18n();
  const t = m.form.workloads;
  const { workloads, findings, onChange } = props;
  return (
    <fieldset className="form-section" data-testid="workloads-section">
      <legend>{t.section}</legend>
      <CheckboxField
        name="workloadsEnabled"
        label={t.enabled.label}
        help={t.enabled.help}
        checked={workloads.enabled}
        findings={findingsForField(findings, 'workloads.enabled')}
        onChange={(enabled) => {
          onChange({ ...workloads, enabled }, 'push');
        }}
      />
      {workloads.enabled && (
        <Suspense fallback={<p className="status">{m.form.workloads.loading}</p>}>
          <WorkloadsEditor {...props} />
        </Suspense>
      )}
    </fieldset>
  );
}
