import { findingsForField, type AnyFinding } from '../../core/findings/finding';
import {
  DATASTORES,
  DEVICE_CLASSES,
  HA_MODES,
  PLAN_LIMITS,
  SERVER_WORKLOADS,
  type ClusterField,
  type ClusterInput,
} from '../../core/plan/plan-input';
import { applyHaMode } from '../../core/plan/topology';
import { ARCHITECTURES, DISK_KINDS, type Rules } from '../../core/rules/schema';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { CountField } from './count-field';
import { RadioField } from './radio-field';
import { SelectField } from './select-field';
import { VersionField } from './version-field';

interface PlanFormProps {
  cluster: ClusterInput;
  rules: Rules;
  findings: readonly AnyFinding[];
  resolvedVersion: string;
  onChange: (cluster: ClusterInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

export function PlanForm({ cluster, rules, findings, resolvedVersion, onChange, onValidityChange }: PlanFormProps) {
  const { m } = useI18n();
  const about = (field: ClusterField) => findingsForField(findings, `cluster.${field}`);
  const set = <F extends ClusterField>(field: F, mode: HistoryMode) => (value: ClusterInput[F]) => {
    onChange({ ...cluster, [field]: value }, mode);
  };
  const versionSuggestions = ['stable', 'latest', ...[...rules.releases.known].reverse()];

  return (
    <form className="plan-form" aria-labelledby="plan-form-title" onSubmit={(e) => { e.preventDefault(); }}>
      <h2 id="plan-form-title" className="panel-title">
        {m.form.title}
      </h2>

      <fieldset className="form-section">
        <legend>{m.form.sections.topology}</legend>
        <RadioField
          name="haMode"
          legend={m.form.haMode.label}
          help={m.form.haMode.help}
          value={cluster.haMode}
          options={HA_MODES}
          optionLabels={m.form.haMode.options}
          findings={about('haMode')}
          onChange={(mode) => {
            onChange(applyHaMode(cluster, mode, { embedded: rules.etcd.haMinServers, external: rules.externalDatastore.haMinServers }), 'push');
          }}
        />
        <div className="field-row">
          <CountField
            name="servers"
            label={m.form.servers.label}
            help={m.form.servers.help}
            value={cluster.servers}
            limits={PLAN_LIMITS.servers}
            findings={about('servers')}
            onCommit={set('servers', 'replace')}
            onValidityChange={onValidityChange}
          />
          <CountField
            name="agents"
            label={m.form.agents.label}
            help={m.form.agents.help}
            value={cluster.agents}
            limits={PLAN_LIMITS.agents}
            findings={about('agents')}
            onCommit={set('agents', 'replace')}
            onValidityChange={onValidityChange}
          />
        </div>
        <SelectField
          name="serverWorkloads"
          label={m.form.serverWorkloads.label}
          help={m.form.serverWorkloads.help}
          value={cluster.serverWorkloads}
          options={SERVER_WORKLOADS}
          optionLabels={m.form.serverWorkloads.options}
          findings={about('serverWorkloads')}
          onChange={set('serverWorkloads', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{m.form.sections.storage}</legend>
        <SelectField
          name="datastore"
          label={m.form.datastore.label}
          help={m.form.datastore.help}
          value={cluster.datastore}
          options={DATASTORES}
          optionLabels={m.form.datastore.options}
          findings={about('datastore')}
          onChange={set('datastore', 'push')}
        />
        <SelectField
          name="disk"
          label={m.form.disk.label}
          help={m.form.disk.help}
          value={cluster.disk}
          options={DISK_KINDS}
          optionLabels={m.form.disk.options}
          findings={about('disk')}
          onChange={set('disk', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{m.form.sections.platform}</legend>
        <SelectField
          name="arch"
          label={m.form.arch.label}
          help={m.form.arch.help}
          value={cluster.arch}
          options={ARCHITECTURES}
          optionLabels={m.form.arch.options}
          findings={about('arch')}
          onChange={set('arch', 'push')}
        />
        <SelectField
          name="device"
          label={m.form.device.label}
          help={m.form.device.help}
          value={cluster.device}
          options={DEVICE_CLASSES}
          optionLabels={m.form.device.options}
          findings={about('device')}
          onChange={set('device', 'push')}
        />
        <VersionField
          value={cluster.k3sVersion}
          resolved={resolvedVersion}
          suggestions={versionSuggestions}
          findings={about('k3sVersion')}
          onCommit={set('k3sVersion', 'replace')}
          onValidityChange={onValidityChange}
        />
      </fieldset>
    </form>
  );
}
