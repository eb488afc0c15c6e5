import { isExternalDatastore } from '../../core/model/ha';
import { InstallInputSchema, KUBECONFIG_MODES, NODE_NAMINGS } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { countProps, selectProps, textProps } from './bind-fields';
import { CountField } from './count-field';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { SelectField } from './select-field';
import { TextField } from './text-field';

type InstallText =
  'registrationAddress' | 'serverNames' | 'agentNames' | 'datastoreHost' | 'datastoreName' | 'datastoreUser';

/** What the install commands need: the registration address, node names, the external datastore, the kubeconfig. */
export function InstallSection(props: PlanSectionProps) {
  const { cluster } = props.plan;
  const f = useI18n().m.form;
  const field = bindPlanSection(props, 'install', (k) => `install.${k}`);
  const text = (name: InstallText) =>
    textProps(field(name), f[name], (t) => InstallInputSchema.shape[name].safeParse(t).success, f.textTooLong);
  const sqlDatastore = cluster.datastore !== 'external-etcd';
  return (
    <FormSection legend={f.installSection}>
      <TextField {...text('registrationAddress')} />
      <SelectField {...selectProps(field('nodeNaming'), f.nodeNaming, NODE_NAMINGS)} />
      <div className="field-row">
        <TextField {...text('serverNames')} />
        {cluster.agents > 0 && <TextField {...text('agentNames')} />}
      </div>
      {isExternalDatastore(cluster.datastore) && (
        <>
          <TextField {...text('datastoreHost')} />
          <div className="field-row">
            <CountField {...countProps(field('datastorePort'), f.datastorePort, { min: 0, max: 65535 })} />
            {sqlDatastore && <TextField {...text('datastoreName')} />}
          </div>
          {sqlDatastore && <TextField {...text('datastoreUser')} />}
        </>
      )}
      <SelectField {...selectProps(field('kubeconfigMode'), f.kubeconfigMode, KUBECONFIG_MODES)} />
    </FormSection>
  );
}
