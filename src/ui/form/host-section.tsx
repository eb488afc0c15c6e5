import { applyOperatingSystem } from '../../core/model/ha';
import { FIREWALLS, OPERATING_SYSTEMS, OsVersionSchema } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { selectProps, textProps } from './bind-fields';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const acceptsOsVersion = (t: string): boolean => OsVersionSchema.safeParse(t).success;

/** The machines' operating system, its release, and the host firewall. */
export function HostSection(props: PlanSectionProps) {
  const { plan, onChange } = props;
  const f = useI18n().m.form;
  const field = bindPlanSection(props, 'host', (k) => `host.${k}`);
  return (
    <FormSection legend={f.sections.host}>
      <SelectField
        {...selectProps(field('os'), f.os, OPERATING_SYSTEMS)}
        onChange={(os) => {
          onChange({ ...plan, host: applyOperatingSystem(plan.host, os) }, 'push');
        }}
      />
      <TextField {...textProps(field('osVersion'), f.osVersion, acceptsOsVersion, f.osVersion.invalid)} />
      <SelectField {...selectProps(field('firewall'), f.firewall, FIREWALLS)} />
    </FormSection>
  );
}
