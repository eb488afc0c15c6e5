import { HA_MODES, PLAN_LIMITS, SERVER_WORKLOADS } from '../../core/model/plan-input';
import { applyHaMode } from '../../core/model/ha';
import { useI18n } from '../../i18n/i18n';
import { countProps, selectProps } from './bind-fields';
import { CountField } from './count-field';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { RadioField } from './radio-field';
import { SelectField } from './select-field';

interface TopologySectionProps extends PlanSectionProps {
  /** The agent count workload planning set, when it is on (null: it found no shape for every pod). */
  workloadAgents: number | null | undefined;
}

/** How many servers and agents, how the servers share the datastore, and whether they run workloads. */
export function TopologySection(props: TopologySectionProps) {
  const { plan, rules, workloadAgents, onChange } = props;
  const { m, f: fmt } = useI18n();
  const f = m.form;
  const { cluster } = plan;
  const field = bindPlanSection(props, 'cluster', (k) => `cluster.${k}`);
  const haMode = field('haMode');
  return (
    <FormSection legend={f.sections.topology}>
      <RadioField
        name={haMode.name}
        legend={f.haMode.label}
        help={f.haMode.help}
        value={haMode.value}
        options={HA_MODES}
        optionLabels={f.haMode.options}
        findings={haMode.findings}
        onChange={(mode) => {
          const minServers = { embedded: rules.etcd.haMinServers, external: rules.externalDatastore.haMinServers };
          onChange({ ...plan, cluster: applyHaMode(cluster, mode, minServers) }, 'push');
        }}
      />
      <div className="field-row">
        <CountField {...countProps(field('servers'), f.servers, PLAN_LIMITS.servers)} />
        <CountField
          {...countProps(field('agents'), f.agents, PLAN_LIMITS.agents)}
          note={
            workloadAgents === undefined
              ? null
              : workloadAgents === null
                ? f.workloads.noAgentsNote
                : f.workloads.agentsNote({ agents: workloadAgents }, fmt)
          }
        />
      </div>
      <SelectField {...selectProps(field('serverWorkloads'), f.serverWorkloads, SERVER_WORKLOADS)} />
    </FormSection>
  );
}
