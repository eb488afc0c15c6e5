/** fast-check arbitraries for plan inputs: every enum value, edge counts and free text. Only tests import this module. */
import fc from 'fast-check';
import { ARCHITECTURES, DISK_KINDS } from '../rules/schema';
import {
  DATASTORES,
  DEVICE_CLASSES,
  EGRESS_SELECTOR_MODES,
  FIREWALLS,
  FLANNEL_BACKENDS,
  HA_MODES,
  IP_FAMILIES,
  KUBECONFIG_MODES,
  NODE_NAMINGS,
  OPERATING_SYSTEMS,
  PLAN_LIMITS,
  SERVER_WORKLOADS,
  type PlanInput,
} from '../plan/plan-input';

export function planInputArb(knownRules: readonly string[]): fc.Arbitrary<PlanInput> {
  return fc.record({
    rules: fc.constantFrom(...knownRules),
    cluster: fc.record({
      servers: fc.integer(PLAN_LIMITS.servers),
      agents: fc.integer(PLAN_LIMITS.agents),
      haMode: fc.constantFrom(...HA_MODES),
      datastore: fc.constantFrom(...DATASTORES),
      disk: fc.constantFrom(...DISK_KINDS),
      arch: fc.constantFrom(...ARCHITECTURES),
      device: fc.constantFrom(...DEVICE_CLASSES),
      serverWorkloads: fc.constantFrom(...SERVER_WORKLOADS),
      k3sVersion: fc.oneof(
        fc.constantFrom('stable', 'latest'),
        fc.tuple(fc.integer({ min: 20, max: 40 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 3 })).map(([mi, pa, r]) => `v1.${String(mi)}.${String(pa)}+k3s${String(r)}`),
      ),
    }),
    network: fc.record({
      ipFamily: fc.constantFrom(...IP_FAMILIES),
      // Any text of the allowed characters survives a link, valid CIDRs or not (findings judge them).
      clusterCidr: fc.oneof(fc.constantFrom('10.42.0.0/16', '10.42.0.0/16,2001:db8:42::/56', '', '10.42.0.1/16'), fc.stringMatching(/^[0-9a-f:./, ]{0,40}$/)),
      serviceCidr: fc.constantFrom('10.43.0.0/16', '10.43.0.0/16,2001:db8:43::/112', 'fd43::/112'),
      nodeMaskV4: fc.integer({ min: 0, max: 32 }),
      nodeMaskV6: fc.integer({ min: 0, max: 128 }),
      maxPods: fc.integer({ min: 1, max: 1000 }),
      nodeNetwork: fc.constantFrom('', '192.168.1.0/24', '10.0.0.0/8,fd00::/64'),
      flannelBackend: fc.constantFrom(...FLANNEL_BACKENDS),
      flannelIpv6Masq: fc.boolean(),
      flannelExternalIp: fc.boolean(),
      traefik: fc.boolean(),
      servicelb: fc.boolean(),
      metricsServer: fc.boolean(),
      embeddedRegistry: fc.boolean(),
      egressSelectorMode: fc.constantFrom(...EGRESS_SELECTOR_MODES),
    }),
    host: fc.record({
      os: fc.constantFrom(...OPERATING_SYSTEMS),
      osVersion: fc.constantFrom('24.04', '8.3', '10', '12', '15.6'),
      firewall: fc.constantFrom(...FIREWALLS),
    }),
    // Free text of any kind survives a link; findings judge it.
    install: fc.record({
      registrationAddress: fc.string({ maxLength: 60 }),
      serverNames: fc.string({ maxLength: 60 }),
      agentNames: fc.string({ maxLength: 60 }),
      nodeNaming: fc.constantFrom(...NODE_NAMINGS),
      datastoreHost: fc.string({ maxLength: 60 }),
      datastorePort: fc.integer({ min: 0, max: 65535 }),
      datastoreName: fc.string({ maxLength: 64 }),
      datastoreUser: fc.string({ maxLength: 64 }),
      kubeconfigMode: fc.constantFrom(...KUBECONFIG_MODES),
    }),
  });
}
