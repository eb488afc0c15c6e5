import { applyHaMode } from './ha';
import { PlanInputSchema, defaultPlanInput, type PlanInput } from './plan-input';

export const PRESET_IDS = [
  'pi-home-lab',
  'edge-device',
  'ci-dev',
  'ha-embedded-20',
  'ha-postgres-200',
  'large-800',
  'dual-stack-wireguard',
  'web-app-workloads',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

type Overrides = {
  readonly cluster?: Partial<PlanInput['cluster']>;
  readonly network?: Partial<PlanInput['network']>;
  readonly host?: Partial<PlanInput['host']>;
  readonly install?: Partial<PlanInput['install']>;
  readonly workloads?: Partial<PlanInput['workloads']>;
};

const HA_MINIMUMS = { embedded: 3, external: 2 };

/**
 * Starting points people recognise, as plan inputs. Each is validated by PlanInputSchema and
 * shared as an ordinary link; the rules id is whatever the page uses by default.
 */
const PRESETS: Readonly<Record<PresetId, Overrides>> = {
  // Three Raspberry Pi 4s with embedded etcd on their SD cards: the plan asks for external SSDs.
  'pi-home-lab': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-embedded', HA_MINIMUMS),
      servers: 3,
      agents: 0,
      disk: 'sd-card',
      arch: 'arm64',
      device: 'low-power-board',
    },
    host: { os: 'raspios', osVersion: '12' },
    install: { serverNames: 'pi-{n}' },
  },
  'edge-device': {
    cluster: { servers: 1, agents: 0, disk: 'emmc', arch: 'arm64', device: 'low-power-board' },
    network: { traefik: false },
    host: { os: 'ubuntu', osVersion: '24.04' },
  },
  'ci-dev': {
    cluster: { servers: 1, agents: 0, disk: 'nvme' },
    network: { traefik: false, servicelb: false },
    install: { kubeconfigMode: '0644' },
  },
  'ha-embedded-20': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-embedded', HA_MINIMUMS),
      servers: 3,
      agents: 20,
      disk: 'nvme',
    },
    install: { registrationAddress: 'k3s.example.com' },
  },
  'ha-postgres-200': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-external', HA_MINIMUMS),
      datastore: 'postgres',
      servers: 2,
      agents: 200,
      disk: 'cloud-volume',
      serverWorkloads: 'dedicated',
    },
    install: { registrationAddress: 'k3s.example.com', datastoreHost: 'db.example.internal' },
  },
  // 803 nodes outgrow 10.42.0.0/16 with /24 subnets; the plan's own fix (a /14 clear of the service range) is applied.
  'large-800': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-external', HA_MINIMUMS),
      datastore: 'postgres',
      servers: 3,
      agents: 800,
      disk: 'nvme',
      serverWorkloads: 'dedicated',
    },
    network: { clusterCidr: '10.44.0.0/14' },
    install: { registrationAddress: 'k3s.example.com', datastoreHost: 'db.example.internal' },
  },
  'dual-stack-wireguard': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-embedded', HA_MINIMUMS),
      servers: 3,
      agents: 10,
      disk: 'nvme',
    },
    network: {
      ipFamily: 'dual',
      clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
      serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
      flannelBackend: 'wireguard-native',
      flannelIpv6Masq: true,
    },
    install: { registrationAddress: 'k3s.example.com' },
  },
  // A web application sized from its pods: the agents come from packing them, N+1.
  'web-app-workloads': {
    cluster: {
      ...applyHaMode(defaultPlanInput('x').cluster, 'ha-embedded', HA_MINIMUMS),
      servers: 3,
      disk: 'nvme',
      serverWorkloads: 'dedicated',
    },
    install: { registrationAddress: 'k3s.example.com' },
    workloads: {
      enabled: true,
      groups: [
        { name: 'web', replicas: 12, cpuMillis: 250, memoryMiB: 512 },
        { name: 'api', replicas: 8, cpuMillis: 500, memoryMiB: 1024 },
        { name: 'worker', replicas: 4, cpuMillis: 1000, memoryMiB: 2048 },
      ],
      daemonSetCpuMillis: 100,
      daemonSetMemoryMiB: 256,
      shapes: ['cloud-2x4', 'cloud-4x8', 'cloud-8x32'],
    },
  },
};

/** A preset as a complete, validated plan input for the given rules file. */
export function presetPlan(id: PresetId, rulesId: string): PlanInput {
  const base = defaultPlanInput(rulesId);
  const o = PRESETS[id];
  return PlanInputSchema.parse({
    rules: rulesId,
    cluster: { ...base.cluster, ...o.cluster },
    network: { ...base.network, ...o.network },
    host: { ...base.host, ...o.host },
    install: { ...base.install, ...o.install },
    workloads: { ...base.workloads, ...o.workloads },
  });
}
