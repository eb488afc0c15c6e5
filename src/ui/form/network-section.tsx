import { applyIpFamily } from '../../core/network/ip-family';
import { isCompleteCidrList } from '../../core/network/cidr';
import { fieldTraits } from '../../core/network/settings';
import { CidrListTextSchema, EGRESS_SELECTOR_MODES, FLANNEL_BACKENDS, IP_FAMILIES } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { checkboxProps, countProps, selectProps, textProps } from './bind-fields';
import { CheckboxField } from './checkbox-field';
import { CountField } from './count-field';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const acceptsCidrList = (t: string): boolean => CidrListTextSchema.safeParse(t).success;
const cidrCommit = { settled: isCompleteCidrList };
const nodeNetworkCommit = { settled: (t: string) => t === '' || isCompleteCidrList(t) };

/** The IP family, the pod, service and node ranges, the per-node masks and pods, and how flannel carries traffic. */
export function NetworkSection(props: PlanSectionProps) {
  const { plan, rules, onChange } = props;
  const { m, f: fmt } = useI18n();
  const f = m.form;
  const { network } = plan;
  const field = bindPlanSection(props, 'network', (k) => `network.${k}`, fieldTraits(rules));
  const defaults = rules.network.defaults;
  const hasV4 = network.ipFamily !== 'ipv6';
  const hasV6 = network.ipFamily !== 'ipv4';
  const cidr = (name: 'clusterCidr' | 'serviceCidr' | 'nodeNetwork', help: string) =>
    textProps(field(name), { label: f[name].label, help }, acceptsCidrList, f.cidrInvalidCharacters);
  const maxPodsHelp = f.maxPods.help(
    { defaultMaxPods: defaults.maxPods, recommendedMax: rules.cluster.kubernetesLimits.maxPodsPerNode },
    fmt,
  );
  return (
    <FormSection legend={f.sections.network}>
      <SelectField
        {...selectProps(field('ipFamily'), f.ipFamily, IP_FAMILIES)}
        onChange={(mode) => {
          onChange({ ...plan, network: applyIpFamily(network, mode, rules) }, 'push');
        }}
      />
      <TextField {...cidr('clusterCidr', f.clusterCidr.help)} commit={cidrCommit} monospace />
      <TextField
        {...cidr('serviceCidr', f.serviceCidr.help({ dnsOffset: defaults.clusterDnsOffset }))}
        commit={cidrCommit}
        monospace
      />
      <div className="field-row">
        {hasV4 && (
          <CountField
            {...countProps(
              field('nodeMaskV4'),
              { label: f.nodeMaskV4.label, help: f.nodeMaskV4.help({ mask: defaults.nodeMaskV4 }, fmt) },
              { min: 0, max: 32 },
            )}
          />
        )}
        {hasV6 && (
          <CountField
            {...countProps(
              field('nodeMaskV6'),
              { label: f.nodeMaskV6.label, help: f.nodeMaskV6.help({ mask: defaults.nodeMaskV6 }) },
              { min: 0, max: 128 },
            )}
          />
        )}
        <CountField
          {...countProps(field('maxPods'), { label: f.maxPods.label, help: maxPodsHelp }, { min: 1, max: 1000 })}
        />
      </div>
      <TextField {...cidr('nodeNetwork', f.nodeNetwork.help)} commit={nodeNetworkCommit} monospace />
      <SelectField {...selectProps(field('flannelBackend'), f.flannelBackend, FLANNEL_BACKENDS)} />
      {hasV6 && <CheckboxField {...checkboxProps(field('flannelIpv6Masq'), f.flannelIpv6Masq)} />}
      <CheckboxField {...checkboxProps(field('flannelExternalIp'), f.flannelExternalIp)} />
      <SelectField {...selectProps(field('egressSelectorMode'), f.egressSelectorMode, EGRESS_SELECTOR_MODES)} />
    </FormSection>
  );
}
