import type { AnyFinding } from '../../core/findings/finding';
import { findingsForField } from './findings-for-field';
import { applyIpFamily } from '../../core/network/ip-family';
import { isCompleteCidrList } from '../../core/network/cidr';
import { fieldTraits } from '../../core/network/settings';
import {
  BOARD_MEMORY_GIB,
  CidrListTextSchema,
  DATASTORES,
  DEVICE_CLASSES,
  EGRESS_SELECTOR_MODES,
  FIREWALLS,
  FLANNEL_BACKENDS,
  HA_MODES,
  InstallInputSchema,
  IP_FAMILIES,
  K3sVersionInputSchema,
  KUBECONFIG_MODES,
  NODE_NAMINGS,
  OPERATING_SYSTEMS,
  OsVersionSchema,
  PLAN_LIMITS,
  SERVER_WORKLOADS,
  type ClusterInput,
  type HostInput,
  type InstallInput,
  type NetworkInput,
  type PlanField,
  type PlanInput,
} from '../../core/model/plan-input';
import { applyHaMode, applyOperatingSystem, isExternalDatastore } from '../../core/model/ha';
import { ARCHITECTURES, DISK_KINDS, type Rules } from '../../core/model/rules';
import { inboundPort } from '../../core/model/rules-lookup';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { CheckboxField } from './checkbox-field';
import { CountField } from './count-field';
import { RadioField } from './radio-field';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { WorkloadsSection } from './workloads-section';

interface PlanFormProps {
  plan: PlanInput;
  rules: Rules;
  findings: readonly AnyFinding[];
  resolvedVersion: string;
  /** The agent count workload planning set, when it is on (null: it found no shape for every pod). */
  workloadAgents: number | null | undefined;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

const acceptsCidrList = (t: string): boolean => CidrListTextSchema.safeParse(t).success;
const cidrCommit = { settled: isCompleteCidrList };

const BOARD_MEMORY_OPTIONS = BOARD_MEMORY_GIB.map(String);

export function PlanForm({
  plan,
  rules,
  findings,
  resolvedVersion,
  workloadAgents,
  onChange,
  onValidityChange,
}: PlanFormProps) {
  const { m, f: fmt } = useI18n();
  const { cluster, network, host } = plan;
  const traits = fieldTraits(rules);
  const about = (field: PlanField) => findingsForField(findings, field);
  const setCluster =
    <F extends keyof ClusterInput>(field: F, mode: HistoryMode) =>
    (value: ClusterInput[F]) => {
      onChange({ ...plan, cluster: { ...cluster, [field]: value } }, mode);
    };
  const setNetwork =
    <F extends keyof NetworkInput>(field: F, mode: HistoryMode) =>
    (value: NetworkInput[F]) => {
      onChange({ ...plan, network: { ...network, [field]: value } }, mode);
    };
  const setHost =
    <F extends keyof HostInput>(field: F, mode: HistoryMode) =>
    (value: HostInput[F]) => {
      onChange({ ...plan, host: { ...host, [field]: value } }, mode);
    };
  const { install } = plan;
  const setInstall =
    <F extends keyof InstallInput>(field: F, mode: HistoryMode) =>
    (value: InstallInput[F]) => {
      onChange({ ...plan, install: { ...install, [field]: value } }, mode);
    };
  const installText = (
    field: 'registrationAddress' | 'serverNames' | 'agentNames' | 'datastoreHost' | 'datastoreName' | 'datastoreUser',
  ) => ({
    name: field,
    label: m.form[field].label,
    help: m.form[field].help,
    value: install[field],
    accepts: (t: string) => InstallInputSchema.shape[field].safeParse(t).success,
    invalidMessage: m.form.textTooLong,
    commit: 'typing' as const,
    findings: about(`install.${field}`),
    onCommit: setInstall(field, 'replace'),
    onValidityChange,
  });
  const hasV4 = network.ipFamily !== 'ipv6';
  const hasV6 = network.ipFamily !== 'ipv4';
  const f = m.form;

  return (
    <form
      className="plan-form"
      aria-labelledby="plan-form-title"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <h2 id="plan-form-title" className="panel-title">
        {f.title}
      </h2>

      <fieldset className="form-section">
        <legend>{f.sections.topology}</legend>
        <RadioField
          name="haMode"
          legend={f.haMode.label}
          help={f.haMode.help}
          value={cluster.haMode}
          options={HA_MODES}
          optionLabels={f.haMode.options}
          findings={about('cluster.haMode')}
          onChange={(mode) => {
            onChange(
              {
                ...plan,
                cluster: applyHaMode(cluster, mode, {
                  embedded: rules.etcd.haMinServers,
                  external: rules.externalDatastore.haMinServers,
                }),
              },
              'push',
            );
          }}
        />
        <div className="field-row">
          <CountField
            name="servers"
            label={f.servers.label}
            help={f.servers.help}
            value={cluster.servers}
            limits={PLAN_LIMITS.servers}
            findings={about('cluster.servers')}
            onCommit={setCluster('servers', 'replace')}
            onValidityChange={onValidityChange}
          />
          <CountField
            name="agents"
            label={f.agents.label}
            help={f.agents.help}
            value={cluster.agents}
            limits={PLAN_LIMITS.agents}
            findings={about('cluster.agents')}
            note={
              workloadAgents === undefined
                ? null
                : workloadAgents === null
                  ? f.workloads.noAgentsNote
                  : f.workloads.agentsNote({ agents: workloadAgents }, fmt)
            }
            onCommit={setCluster('agents', 'replace')}
            onValidityChange={onValidityChange}
          />
        </div>
        <SelectField
          name="serverWorkloads"
          label={f.serverWorkloads.label}
          help={f.serverWorkloads.help}
          value={cluster.serverWorkloads}
          options={SERVER_WORKLOADS}
          optionLabels={f.serverWorkloads.options}
          findings={about('cluster.serverWorkloads')}
          onChange={setCluster('serverWorkloads', 'push')}
        />
      </fieldset>

      <WorkloadsSection
        workloads={plan.workloads}
        rules={rules}
        findings={findings}
        onChange={(workloads, mode) => {
          onChange({ ...plan, workloads }, mode);
        }}
        onValidityChange={onValidityChange}
      />

      <fieldset className="form-section">
        <legend>{f.sections.storage}</legend>
        <SelectField
          name="datastore"
          label={f.datastore.label}
          help={f.datastore.help}
          value={cluster.datastore}
          options={DATASTORES}
          optionLabels={f.datastore.options}
          findings={about('cluster.datastore')}
          onChange={setCluster('datastore', 'push')}
        />
        <SelectField
          name="disk"
          label={f.disk.label}
          help={f.disk.help}
          value={cluster.disk}
          options={DISK_KINDS}
          optionLabels={f.disk.options}
          findings={about('cluster.disk')}
          onChange={setCluster('disk', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{f.sections.platform}</legend>
        <SelectField
          name="arch"
          label={f.arch.label}
          help={f.arch.help}
          value={cluster.arch}
          options={ARCHITECTURES}
          optionLabels={f.arch.options}
          findings={about('cluster.arch')}
          onChange={setCluster('arch', 'push')}
        />
        <SelectField
          name="device"
          label={f.device.label}
          help={f.device.help}
          value={cluster.device}
          options={DEVICE_CLASSES}
          optionLabels={f.device.options}
          findings={about('cluster.device')}
          onChange={setCluster('device', 'push')}
        />
        {cluster.device === 'low-power-board' && (
          <SelectField
            name="boardMemoryGiB"
            label={f.boardMemory.label}
            help={f.boardMemory.help}
            value={String(cluster.boardMemoryGiB)}
            options={BOARD_MEMORY_OPTIONS}
            optionLabels={Object.fromEntries(
              BOARD_MEMORY_OPTIONS.map((o) => [o, f.boardMemory.option({ gib: Number(o) })]),
            )}
            findings={about('cluster.boardMemoryGiB')}
            onChange={(v) => {
              const gib = BOARD_MEMORY_GIB.find((n) => String(n) === v);
              if (gib !== undefined) setCluster('boardMemoryGiB', 'push')(gib);
            }}
          />
        )}
        <TextField
          name="k3sVersion"
          label={f.k3sVersion.label}
          help={f.k3sVersion.help}
          value={cluster.k3sVersion}
          accepts={(t) => K3sVersionInputSchema.safeParse(t).success}
          invalidMessage={f.k3sVersion.invalid}
          commit="typing"
          note={f.k3sVersion.resolved({ version: resolvedVersion })}
          suggestions={['stable', 'latest', ...[...rules.releases.known].reverse()]}
          findings={about('cluster.k3sVersion')}
          onCommit={setCluster('k3sVersion', 'replace')}
          onValidityChange={onValidityChange}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{f.sections.network}</legend>
        <SelectField
          name="ipFamily"
          label={f.ipFamily.label}
          help={f.ipFamily.help}
          value={network.ipFamily}
          options={IP_FAMILIES}
          optionLabels={f.ipFamily.options}
          findings={about('network.ipFamily')}
          traits={traits.get('network.ipFamily')}
          onChange={(mode) => {
            onChange({ ...plan, network: applyIpFamily(network, mode, rules) }, 'push');
          }}
        />
        <TextField
          name="clusterCidr"
          label={f.clusterCidr.label}
          help={f.clusterCidr.help}
          value={network.clusterCidr}
          accepts={acceptsCidrList}
          invalidMessage={f.cidrInvalidCharacters}
          commit={cidrCommit}
          findings={about('network.clusterCidr')}
          traits={traits.get('network.clusterCidr')}
          onCommit={setNetwork('clusterCidr', 'replace')}
          onValidityChange={onValidityChange}
          monospace
        />
        <TextField
          name="serviceCidr"
          label={f.serviceCidr.label}
          help={f.serviceCidr.help({ dnsOffset: rules.network.defaults.clusterDnsOffset })}
          value={network.serviceCidr}
          accepts={acceptsCidrList}
          invalidMessage={f.cidrInvalidCharacters}
          commit={cidrCommit}
          findings={about('network.serviceCidr')}
          traits={traits.get('network.serviceCidr')}
          onCommit={setNetwork('serviceCidr', 'replace')}
          onValidityChange={onValidityChange}
          monospace
        />
        <div className="field-row">
          {hasV4 && (
            <CountField
              name="nodeMaskV4"
              label={f.nodeMaskV4.label}
              help={f.nodeMaskV4.help({ mask: rules.network.defaults.nodeMaskV4 }, fmt)}
              value={network.nodeMaskV4}
              limits={{ min: 0, max: 32 }}
              findings={about('network.nodeMaskV4')}
              traits={traits.get('network.nodeMaskV4')}
              onCommit={setNetwork('nodeMaskV4', 'replace')}
              onValidityChange={onValidityChange}
            />
          )}
          {hasV6 && (
            <CountField
              name="nodeMaskV6"
              label={f.nodeMaskV6.label}
              help={f.nodeMaskV6.help({ mask: rules.network.defaults.nodeMaskV6 })}
              value={network.nodeMaskV6}
              limits={{ min: 0, max: 128 }}
              findings={about('network.nodeMaskV6')}
              traits={traits.get('network.nodeMaskV6')}
              onCommit={setNetwork('nodeMaskV6', 'replace')}
              onValidityChange={onValidityChange}
            />
          )}
          <CountField
            name="maxPods"
            label={f.maxPods.label}
            help={f.maxPods.help(
              {
                defaultMaxPods: rules.network.defaults.maxPods,
                recommendedMax: rules.cluster.kubernetesLimits.maxPodsPerNode,
              },
              fmt,
            )}
            value={network.maxPods}
            limits={{ min: 1, max: 1000 }}
            findings={about('network.maxPods')}
            onCommit={setNetwork('maxPods', 'replace')}
            onValidityChange={onValidityChange}
          />
        </div>
        <TextField
          name="nodeNetwork"
          label={f.nodeNetwork.label}
          help={f.nodeNetwork.help}
          value={network.nodeNetwork}
          accepts={acceptsCidrList}
          invalidMessage={f.cidrInvalidCharacters}
          commit={{ settled: (t) => t === '' || isCompleteCidrList(t) }}
          findings={about('network.nodeNetwork')}
          onCommit={setNetwork('nodeNetwork', 'replace')}
          onValidityChange={onValidityChange}
          monospace
        />
        <SelectField
          name="flannelBackend"
          label={f.flannelBackend.label}
          help={f.flannelBackend.help}
          value={network.flannelBackend}
          options={FLANNEL_BACKENDS}
          optionLabels={f.flannelBackend.options}
          findings={about('network.flannelBackend')}
          traits={traits.get('network.flannelBackend')}
          onChange={setNetwork('flannelBackend', 'push')}
        />
        {hasV6 && (
          <CheckboxField
            name="flannelIpv6Masq"
            label={f.flannelIpv6Masq.label}
            help={f.flannelIpv6Masq.help}
            checked={network.flannelIpv6Masq}
            findings={about('network.flannelIpv6Masq')}
            traits={traits.get('network.flannelIpv6Masq')}
            onChange={setNetwork('flannelIpv6Masq', 'push')}
          />
        )}
        <CheckboxField
          name="flannelExternalIp"
          label={f.flannelExternalIp.label}
          help={f.flannelExternalIp.help}
          checked={network.flannelExternalIp}
          findings={about('network.flannelExternalIp')}
          traits={traits.get('network.flannelExternalIp')}
          onChange={setNetwork('flannelExternalIp', 'push')}
        />
        <SelectField
          name="egressSelectorMode"
          label={f.egressSelectorMode.label}
          help={f.egressSelectorMode.help}
          value={network.egressSelectorMode}
          options={EGRESS_SELECTOR_MODES}
          optionLabels={f.egressSelectorMode.options}
          findings={about('network.egressSelectorMode')}
          traits={traits.get('network.egressSelectorMode')}
          onChange={setNetwork('egressSelectorMode', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{f.sections.components}</legend>
        <CheckboxField
          name="traefik"
          label={f.traefik.label}
          help={f.traefik.help({
            httpPort: inboundPort(rules, 'ingress-http'),
            httpsPort: inboundPort(rules, 'ingress-https'),
          })}
          checked={network.traefik}
          findings={about('network.traefik')}
          traits={traits.get('network.traefik')}
          onChange={setNetwork('traefik', 'push')}
        />
        <CheckboxField
          name="servicelb"
          label={f.servicelb.label}
          help={f.servicelb.help}
          checked={network.servicelb}
          findings={about('network.servicelb')}
          traits={traits.get('network.servicelb')}
          onChange={setNetwork('servicelb', 'push')}
        />
        <CheckboxField
          name="metricsServer"
          label={f.metricsServer.label}
          help={f.metricsServer.help}
          checked={network.metricsServer}
          findings={about('network.metricsServer')}
          traits={traits.get('network.metricsServer')}
          onChange={setNetwork('metricsServer', 'push')}
        />
        <CheckboxField
          name="embeddedRegistry"
          label={f.embeddedRegistry.label}
          help={f.embeddedRegistry.help}
          checked={network.embeddedRegistry}
          findings={about('network.embeddedRegistry')}
          traits={traits.get('network.embeddedRegistry')}
          onChange={setNetwork('embeddedRegistry', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{f.sections.host}</legend>
        <SelectField
          name="os"
          label={f.os.label}
          help={f.os.help}
          value={host.os}
          options={OPERATING_SYSTEMS}
          optionLabels={f.os.options}
          findings={about('host.os')}
          onChange={(os) => {
            onChange({ ...plan, host: applyOperatingSystem(host, os) }, 'push');
          }}
        />
        <TextField
          name="osVersion"
          label={f.osVersion.label}
          help={f.osVersion.help}
          value={host.osVersion}
          accepts={(t) => OsVersionSchema.safeParse(t).success}
          invalidMessage={f.osVersion.invalid}
          commit="typing"
          findings={about('host.osVersion')}
          onCommit={setHost('osVersion', 'replace')}
          onValidityChange={onValidityChange}
        />
        <SelectField
          name="firewall"
          label={f.firewall.label}
          help={f.firewall.help}
          value={host.firewall}
          options={FIREWALLS}
          optionLabels={f.firewall.options}
          findings={about('host.firewall')}
          onChange={setHost('firewall', 'push')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{f.installSection}</legend>
        <TextField {...installText('registrationAddress')} />
        <SelectField
          name="nodeNaming"
          label={f.nodeNaming.label}
          help={f.nodeNaming.help}
          value={install.nodeNaming}
          options={NODE_NAMINGS}
          optionLabels={f.nodeNaming.options}
          findings={about('install.nodeNaming')}
          onChange={setInstall('nodeNaming', 'push')}
        />
        <div className="field-row">
          <TextField {...installText('serverNames')} />
          {cluster.agents > 0 && <TextField {...installText('agentNames')} />}
        </div>
        {isExternalDatastore(cluster.datastore) && (
          <>
            <TextField {...installText('datastoreHost')} />
            <div className="field-row">
              <CountField
                name="datastorePort"
                label={f.datastorePort.label}
                help={f.datastorePort.help}
                value={install.datastorePort}
                limits={{ min: 0, max: 65535 }}
                findings={about('install.datastorePort')}
                onCommit={setInstall('datastorePort', 'replace')}
                onValidityChange={onValidityChange}
              />
              {cluster.datastore !== 'external-etcd' && <TextField {...installText('datastoreName')} />}
            </div>
            {cluster.datastore !== 'external-etcd' && <TextField {...installText('datastoreUser')} />}
          </>
        )}
        <SelectField
          name="kubeconfigMode"
          label={f.kubeconfigMode.label}
          help={f.kubeconfigMode.help}
          value={install.kubeconfigMode}
          options={KUBECONFIG_MODES}
          optionLabels={f.kubeconfigMode.options}
          findings={about('install.kubeconfigMode')}
          onChange={setInstall('kubeconfigMode', 'push')}
        />
      </fieldset>
    </form>
  );
}
