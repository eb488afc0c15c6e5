import { fieldTraits } from '../../core/network/settings';
import { inboundPort } from '../../core/model/rules-lookup';
import { useI18n } from '../../i18n/i18n';
import { checkboxProps } from './bind-fields';
import { CheckboxField } from './checkbox-field';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';

/** The components K3s packages and starts unless disabled. */
export function ComponentsSection(props: PlanSectionProps) {
  const { rules } = props;
  const f = useI18n().m.form;
  const field = bindPlanSection(props, 'network', (k) => `network.${k}`, fieldTraits(rules));
  const traefikHelp = f.traefik.help({
    httpPort: inboundPort(rules, 'ingress-http'),
    httpsPort: inboundPort(rules, 'ingress-https'),
  });
  return (
    <FormSection legend={f.sections.components}>
      <CheckboxField {...checkboxProps(field('traefik'), { label: f.traefik.label, help: traefikHelp })} />
      <CheckboxField {...checkboxProps(field('servicelb'), f.servicelb)} />
      <CheckboxField {...checkboxProps(field('metricsServer'), f.metricsServer)} />
      <CheckboxField {...checkboxProps(field('embeddedRegistry'), f.embeddedRegistry)} />
    </FormSection>
  );
}
