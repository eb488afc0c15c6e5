import type { PlanField } from '../model/plan-input';
import type { Rules, SettingId, SourceRef } from '../model/rules';

/** Which form fields carry each K3s setting whose traits the rules record. */
const SETTING_FIELDS: Readonly<Record<SettingId, readonly PlanField[]>> = {
  token: [],
  'agent-token': [],
  'datastore-endpoint': ['install.datastoreHost'],
  'cluster-cidr': ['network.clusterCidr'],
  'service-cidr': ['network.serviceCidr'],
  'node-cidr-mask-size': ['network.nodeMaskV4', 'network.nodeMaskV6'],
  'dual-stack': ['network.ipFamily'],
  'cluster-dns': [],
  'flannel-backend': ['network.flannelBackend'],
  'flannel-ipv6-masq': ['network.flannelIpv6Masq'],
  'flannel-external-ip': ['network.flannelExternalIp'],
  disable: ['network.traefik', 'network.servicelb', 'network.metricsServer'],
  'disable-network-policy': [],
  'embedded-registry': ['network.embeddedRegistry'],
  'egress-selector-mode': ['network.egressSelectorMode'],
};

export interface FieldTraits {
  readonly creationOnly: boolean;
  readonly sameOnAllServers: boolean;
  readonly setting: SettingId;
  readonly source: SourceRef;
}

/** For each form field: whether it is fixed once the cluster exists, and whether every server must agree on it. */
export function fieldTraits(rules: Pick<Rules, 'network'>): ReadonlyMap<PlanField, FieldTraits> {
  const out = new Map<PlanField, FieldTraits>();
  for (const s of rules.network.settings) {
    for (const field of SETTING_FIELDS[s.id]) {
      out.set(field, {
        creationOnly: s.creationOnly,
        sameOnAllServers: s.sameOnAllServers,
        setting: s.id,
        source: s.source,
      });
    }
  }
  return out;
}
