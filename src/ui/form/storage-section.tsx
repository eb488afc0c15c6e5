import { DATASTORES } from '../../core/model/plan-input';
import { DISK_KINDS } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { selectProps } from './bind-fields';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { SelectField } from './select-field';

/** Where the cluster state lives, and the disk under it. */
export function StorageSection(props: PlanSectionProps) {
  const f = useI18n().m.form;
  const field = bindPlanSection(props, 'cluster', (k) => `cluster.${k}`);
  return (
    <FormSection legend={f.sections.storage}>
      <SelectField {...selectProps(field('datastore'), f.datastore, DATASTORES)} />
      <SelectField {...selectProps(field('disk'), f.disk, DISK_KINDS)} />
    </FormSection>
  );
}
