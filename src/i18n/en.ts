import type { IpFamily } from '../core/network/cidr';
import type { NetworkFix } from '../core/network/fixes';
import type { CidrListField } from '../core/network/network-plan';
import type {
  Datastore,
  DeviceClass,
  EgressSelectorMode,
  Firewall,
  FlannelBackend,
  HaMode,
  IpFamilyMode,
  NodeNaming,
  OperatingSystem,
  ServerWorkloads,
  ShapeId,
} from '../core/model/plan-input';
import type { ConfigRole } from '../core/config/config-files';
import type { PresetId } from '../core/model/presets';
import type { RegistrationStep } from '../core/diagrams/registration';
import type { ControlPlaneOption } from '../core/charts/series';
import type { LOCAL_PORT_IDS, OsStepId, PortId, PortParty } from '../core/model/rules';
import type { ComparedItem } from '../core/plan/compare-editions';
import type {
  Architecture,
  DiskKind,
  Edition,
  EditionChangeId,
  ProcessorClass,
  ProfilingRole,
} from '../core/model/rules';
import type { Severity } from '../core/findings/finding';
import type { TierScaling } from '../core/sizing/tiers';
import type { Formatter } from './format';
import { shapeText, type ShapeLabelParams } from './shape-text';
import type { CountErrorMessages } from './finding-text';
import type { FindingMessages, Msg } from './types';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
};

const haModes: Record<HaMode, string> = {
  single: 'Single server',
  'ha-embedded': 'HA with embedded etcd',
  'ha-external': 'HA with an external datastore',
};

const datastores: Record<Datastore, string> = {
  sqlite: 'SQLite (embedded)',
  'embedded-etcd': 'etcd (embedded)',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'external-etcd': 'etcd (external)',
};

const disks: Record<DiskKind, string> = {
  nvme: 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD (spinning disk)',
  'sd-card': 'SD card',
  emmc: 'eMMC',
  'cloud-volume': 'Cloud block volume',
};

const architectures: Record<Architecture, string> = {
  x86_64: 'x86_64 (amd64)',
  arm64: 'arm64 (aarch64)',
  armhf: 'armhf (32-bit ARM)',
  s390x: 's390x (IBM Z)',
};

const devices: Record<DeviceClass, string> = {
  server: 'Server or virtual machine',
  'low-power-board': 'Raspberry Pi or similar board',
};

const serverWorkloads: Record<ServerWorkloads, string> = {
  shared: 'Also run workloads (default)',
  dedicated: 'Control plane only (tainted)',
  agentless: 'No agent (experimental)',
};

const ipFamilies: Record<IpFamilyMode, string> = { ipv4: 'IPv4', ipv6: 'IPv6 only', dual: 'Dual-stack (IPv4 + IPv6)' };
const familyNames: Record<IpFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

const backends: Record<FlannelBackend, string> = {
  vxlan: 'vxlan (default)',
  'host-gw': 'host-gw',
  'wireguard-native': 'wireguard-native (encrypted)',
  none: 'none (bring your own CNI)',
  ipsec: 'ipsec (removed)',
  wireguard: 'wireguard (legacy, removed)',
};

const egressModes: Record<EgressSelectorMode, string> = {
  agent: 'agent (default)',
  pod: 'pod',
  cluster: 'cluster',
  disabled: 'disabled',
};

const operatingSystems: Record<OperatingSystem, string> = {
  ubuntu: 'Ubuntu',
  debian: 'Debian',
  raspios: 'Raspberry Pi OS',
  rhel: 'RHEL, CentOS, Rocky, AlmaLinux',
  fedora: 'Fedora',
  sles: 'SUSE Linux Enterprise',
  opensuse: 'openSUSE Leap',
};

const nodeNamings: Record<NodeNaming, string> = {
  hostname: 'Each machine’s own hostname (K3s default)',
  'node-name': 'Names from the patterns below (K3S_NODE_NAME)',
  'with-node-id': 'Hostname plus a random ID (--with-node-id)',
};

const configRoles: Record<ConfigRole, string> = {
  'server-init': 'First server',
  server: 'Other servers',
  agent: 'Agents',
};

const installNameFields = { serverNames: 'server names', agentNames: 'agent names' } as const;

const firewalls: Record<Firewall, string> = { off: 'Off (K3s recommendation)', firewalld: 'firewalld', ufw: 'ufw' };

const listFields: Record<CidrListField, string> = {
  clusterCidr: 'cluster CIDR',
  serviceCidr: 'service CIDR',
  nodeNetwork: 'node network',
};

const parties: Record<PortParty, string> = {
  servers: 'Servers',
  agents: 'Agents',
  'all-nodes': 'All nodes',
  datastore: 'Database host',
  clients: 'Clients',
  operators: 'Operators (kubectl)',
};

const portPurposes: Record<PortId, string> = {
  'etcd-peers': 'Embedded etcd clients and peers (HA with embedded etcd only)',
  'supervisor-api': 'K3s supervisor and Kubernetes API server',
  'flannel-vxlan': 'Flannel VXLAN',
  kubelet: 'Kubelet metrics and API',
  'flannel-wireguard-ipv4': 'Flannel WireGuard, IPv4',
  'flannel-wireguard-ipv6': 'Flannel WireGuard, IPv6',
  'spegel-p2p': 'Embedded registry (Spegel) peer-to-peer',
  'spegel-api': 'Embedded registry (Spegel) via the supervisor port',
  datastore: 'External datastore',
  'datastore-peers': 'External etcd peers (between the etcd members)',
  'ingress-http': 'Traefik HTTP via ServiceLB',
  'ingress-https': 'Traefik HTTPS via ServiceLB',
  kubectl: 'Kubernetes API for kubectl and CI',
};

const localPorts: Record<(typeof LOCAL_PORT_IDS)[number], string> = {
  'etcd-metrics': 'etcd metrics',
  'etcd-legacy-http': 'etcd legacy HTTP API',
  'apiserver-local': 'kube-apiserver local access',
  'cri-streaming': 'containerd and cri-dockerd exec/logs streaming',
  'kubelet-health': 'kubelet health',
  'kube-proxy-metrics': 'kube-proxy metrics',
  'kubelet-api': 'kubelet metrics and API',
  'kube-proxy-health': 'kube-proxy health',
  'controller-manager-metrics': 'kube-controller-manager metrics',
  'cloud-controller-manager-metrics': 'cloud-controller-manager metrics',
  'scheduler-metrics': 'kube-scheduler metrics',
};

const osStepTexts: Record<OsStepId, { title: string; why: string }> = {
  'nm-cloud-setup': {
    title: 'Disable nm-cloud-setup and reboot',
    why: 'NetworkManager’s nm-cloud-setup interferes with K3s networking on older RHEL releases.',
  },
  'rhel10-kernel-modules-extra': {
    title: 'Install kernel-modules-extra',
    why: 'This RHEL release needs this package for K3s.',
  },
  'raspios-cgroups': {
    title: 'Enable memory cgroups',
    why: 'Raspberry Pi OS starts without the memory cgroup, and K3s needs it to start its service. The boot command line must gain cgroup_memory=1 cgroup_enable=memory.',
  },
  'ubuntu-raspi-vxlan-module': {
    title: 'Install the VXLAN kernel module',
    why: 'On these Ubuntu releases VXLAN support on a Raspberry Pi moved to a separate package.',
  },
  'old-iptables': {
    title: 'Switch to legacy iptables (or start K3s with --prefer-bundled-bin)',
    why: 'Older Debian releases ship iptables versions with known bugs in nftables mode.',
  },
  'wireguard-kernel-module': {
    title: 'Check the WireGuard kernel module',
    why: 'wireguard-native needs the WireGuard module on every node, servers and agents.',
  },
  'ipv6-accept-ra': {
    title: 'Keep router-advertised IPv6 routes',
    why: 'If the IPv6 default route comes from router advertisements, nodes drop it when it expires unless accept_ra is 2. Accepting advertisements raises man-in-the-middle risk.',
  },
};

const fixTexts = (fix: NetworkFix, f: Formatter): string => {
  switch (fix.kind) {
    case 'cluster-cidr': {
      const extra = [
        fix.mask === null ? null : `node subnets /${String(fix.mask)}`,
        fix.maxPods === null ? null : `max pods ${f.integer(fix.maxPods)}`,
      ].filter((x): x is string => x !== null);
      return `Use ${fix.cidr} as the ${familyNames[fix.family]} cluster CIDR${extra.length > 0 ? `, with ${f.list(extra)}` : ''}.`;
    }
    case 'node-mask':
      return `Give each node a /${String(fix.mask)} ${familyNames[fix.family]} pod subnet${fix.maxPods === null ? '' : ` and lower max pods to ${f.integer(fix.maxPods)}`}.`;
    case 'max-pods':
      return `Lower max pods to ${f.integer(fix.maxPods)}.`;
    case 'private-range':
      return `Use ${fix.cidr} as the ${familyNames[fix.family]} ${fix.field === 'clusterCidr' ? 'cluster' : 'service'} CIDR.`;
  }
};

const shapeNames: Record<ShapeId, string> = {
  'cloud-2x4': '2 vCPU / 4 GB',
  'cloud-4x8': '4 vCPU / 8 GB',
  'cloud-8x32': '8 vCPU / 32 GB',
  'pi4-8gb': 'Raspberry Pi 4, 8 GB',
  'custom-1': 'Your shape 1',
  'custom-2': 'Your shape 2',
  'custom-3': 'Your shape 3',
};

/** A shape of the reader's own with its size, as the editor, the card and the findings name it. */
const describeShape = (p: { name: string; vcpu: number; memoryMiB: number }, f: Formatter): string =>
  `${p.name}: ${f.vcpu(p.vcpu)}, ${f.memory(p.memoryMiB)}`;

/** A shape as a finding names it: a preset by its name, a shape of the reader's own with its size. */
const shapeLabel: Msg<ShapeLabelParams> = (p, f) =>
  shapeText(shapeNames, describeShape, p.shape, { vcpu: p.shapeCpuMillis / 1000, memoryMiB: p.shapeMemoryMiB }, f);

const tiers: Record<string, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'X-Large',
  'xx-large': 'XX-Large',
};

const findings: FindingMessages = {
  'topology.sqlite-multi-server': {
    title: (p, f) => `SQLite cannot serve ${f.integer(p.servers)} servers`,
    why: () =>
      'Embedded SQLite is the single-server datastore: it lives on one server’s disk and cannot be shared with other servers.',
    fix: (p, f) =>
      `Use 1 server with SQLite, or choose HA with embedded etcd (${f.integer(p.embeddedMinServers)} or more servers) or HA with an external datastore (${f.integer(p.externalMinServers)} or more servers).`,
  },
  'topology.mode-datastore-mismatch': {
    title: (p) => `${haModes[p.haMode]} cannot run on ${datastores[p.datastore]}`,
    why: (p) =>
      p.haMode === 'ha-embedded'
        ? 'HA with embedded etcd keeps the cluster state in etcd on every server, so the datastore must be embedded etcd.'
        : 'HA with an external datastore keeps the cluster state in a database outside the servers: MySQL, MariaDB, PostgreSQL or etcd.',
    fix: (p) =>
      p.haMode === 'ha-embedded'
        ? 'Set the datastore to etcd (embedded), or choose the HA mode that matches your datastore.'
        : 'Pick MySQL, MariaDB, PostgreSQL or external etcd as the datastore, or choose the HA mode that matches it.',
  },
  'topology.single-mode-several-servers': {
    title: (p, f) => `Single-server mode with ${f.integer(p.servers)} servers`,
    why: () => 'A single-server cluster has exactly one server; more servers need an HA mode.',
    fix: () => 'Set servers to 1, or choose the HA mode that matches the datastore.',
  },
  'topology.ha-too-few-servers': {
    title: (p, f) => `${haModes[p.haMode]} needs at least ${f.integer(p.minimum)} servers, not ${f.integer(p.servers)}`,
    why: (p, f) =>
      p.haMode === 'ha-embedded'
        ? `etcd keeps working while a majority of its members are up; with fewer than ${f.integer(p.minimum)} members no server may fail.`
        : 'With a single server, losing it stops the control plane even though the external database survives.',
    fix: (p, f) => `Plan ${f.integer(p.minimum)} or more servers, or choose single-server mode if you do not need HA.`,
  },
  'etcd.single-member': {
    title: () => 'One etcd member: no fault tolerance yet',
    why: () =>
      'A single server with embedded etcd is not highly available, but it can grow: more servers can join it later with --server.',
    fix: (p, f) =>
      `When you need HA, add servers to reach ${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => f.integer(n)))} members.`,
  },
  'etcd.two-members': {
    title: (p, f) => `${f.integer(p.members)} etcd members tolerate no failure`,
    why: (p, f) =>
      `With ${f.integer(p.members)} members the quorum is ${f.integer(p.quorum)}: if either server fails, etcd stops accepting writes. That is less available than one server, on twice the hardware.`,
    fix: (p, f) =>
      `Use ${f.integer(p.minimum)} servers (${f.integer(p.minimumFaultTolerance)} may fail), or 1 server if you do not need HA.`,
  },
  'etcd.even-member-count': {
    title: (p, f) => `${f.integer(p.members)} etcd members: an even count adds no fault tolerance`,
    why: (p, f) =>
      `Quorum for ${f.integer(p.members)} members is ${f.integer(p.quorum)}, so the cluster survives ${f.integer(p.faultTolerance)} ${plural(p.faultTolerance, 'failure', 'failures')}: the same as ${f.integer(p.oddBelow)} members, with one more machine that can fail.`,
    fix: (p, f) => `Use ${f.integer(p.oddBelow)} or ${f.integer(p.oddAbove)} servers.`,
  },
  'etcd.too-many-members': {
    title: (p, f) => `${f.integer(p.members)} etcd members is more than the suggested ${f.integer(p.recommendedMax)}`,
    why: () =>
      'Every write is replicated to every member, so larger etcd clusters write more slowly. 5 members already survive 2 failures, which is enough in most cases.',
    fix: (p, f) =>
      `Keep ${f.alternatives(p.suggestedCounts.map((n) => f.integer(n)))} servers; add agents, not etcd members, for more capacity.`,
  },
  'datastore.external-etcd-members': {
    title: (p, f) =>
      p.members === 1
        ? 'One external etcd host: the datastore has no fault tolerance'
        : `External etcd: ${f.integer(p.members)} members, quorum ${f.integer(p.quorum)}, survives ${f.integer(p.faultTolerance)} member ${plural(p.faultTolerance, 'failure', 'failures')}`,
    why: (p, f) =>
      p.members === 1
        ? 'The servers are highly available, but every write goes to one etcd member: if it fails, the cluster stops.'
        : p.members === 2
          ? `With ${f.integer(p.members)} members the quorum is ${f.integer(p.quorum)}: if either fails, etcd stops accepting writes.`
          : p.members % 2 === 0
            ? `An even count adds no fault tolerance: ${f.integer(p.members - 1)} members survive as many failures, with one machine fewer that can fail.`
            : p.members > p.recommendedMax
              ? `etcd suggests at most ${f.integer(p.recommendedMax)} members; larger clusters write more slowly.`
              : 'Every write needs a majority of the members, (n/2)+1, to agree. The members talk to each other on the peer port.',
    fix: (p, f) =>
      p.members % 2 === 0 || p.members === 1
        ? `Run ${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => f.integer(n)))} etcd members.`
        : p.members > p.recommendedMax
          ? `Keep ${f.alternatives(p.suggestedCounts.map((n) => f.integer(n)))} members.`
          : 'Keep the peer port open between the members only.',
  },
  'etcd.quorum': {
    title: (p, f) =>
      `etcd quorum is ${f.integer(p.quorum)} of ${f.integer(p.members)}: survives ${f.integer(p.faultTolerance)} server ${plural(p.faultTolerance, 'failure', 'failures')}`,
    why: () => 'Every write needs a majority of the members, (n/2)+1, to agree.',
    fix: () => 'When you replace a failed server, remove its etcd member first, then add the new server.',
  },
  'etcd.disk-space': {
    title: (p, f) => `Reserve at least ${f.memory(p.atDefaultQuotaMiB)} per server for etcd`,
    why: (p, f) =>
      `The etcd database may grow to its ${f.memory(p.quotaMiB)} quota, and K3s keeps ${f.integer(p.retention)} snapshots (one every ${f.integer(p.intervalHours)} hours) in ${p.directory}, each up to the database’s size. At etcd’s suggested maximum quota of ${f.memory(p.suggestedMaxQuotaMiB)} that becomes ${f.memory(p.atSuggestedMaxQuotaMiB)}.`,
    fix: () =>
      'Add the OS, container images and workload data on top, and give the server at least as much RAM as the quota.',
  },
  'disk.flash-under-etcd': {
    title: (p) => `etcd on ${disks[p.disk]}`,
    why: (p) =>
      p.fitness === 'unsuitable'
        ? `etcd is write-intensive; ${disks[p.disk]} storage cannot handle its IO load.`
        : `etcd is write-intensive, and the performance of ${disks[p.disk]} storage varies widely.`,
    fix: () => 'Attach an external SSD and keep /var/lib/rancher/k3s on it, or run one server with SQLite.',
  },
  'disk.hdd-under-etcd': {
    title: () => 'etcd on a spinning disk',
    why: (p, f) =>
      `etcd is very sensitive to write latency and needs each write to land in under ${f.integer(p.maxLatencyMs)} ms; a busy HDD often takes longer, and slow writes cost the cluster its leader.`,
    fix: () => 'Use SSDs for etcd. If disks must spin, use 15,000 RPM disks and keep etcd on its own disk.',
  },
  'disk.ssd-recommended': {
    title: (p) => `An SSD is recommended over ${disks[p.disk]}`,
    why: () => 'K3s performance depends on the performance of its datastore.',
    fix: () => 'Use an SSD for the datastore when possible.',
  },
  'disk.datastore-io': {
    title: (p, f) =>
      `${p.datastore === 'etcd' ? 'etcd' : 'SQLite'} needs ${f.integer(p.iops)} IOPS at under ${f.integer(p.maxLatencyMs)} ms`,
    why: (p, f) =>
      `K3s resource profiling measured ${f.integer(p.iops)} IOPS, ${f.integer(p.kibPerSecond)} KiB/s and a latency under ${f.integer(p.maxLatencyMs)} ms for the datastore and control plane alone; missing these targets delays the control plane or stops it from keeping state.`,
    fix: () =>
      'Benchmark the disk before you install (for example with fio), with room for the OS, logs and image pulls.',
  },
  'disk.separate-server-agent-data': {
    title: () => 'Keep server data and agent data on separate disks',
    why: () =>
      'When servers also run workloads, the datastore (/var/lib/rancher/k3s/server) shares a disk with image pulls and containers (/var/lib/rancher/k3s/agent), and image pulls are IO-heavy.',
    fix: () =>
      'Mount /var/lib/rancher/k3s/server and /var/lib/rancher/k3s/agent on different disks and keep pod storage off both, or dedicate the servers to the control plane.',
  },
  'disk.cloud-volume-iops': {
    title: () => 'Size cloud volumes for IOPS, not capacity',
    why: () => 'On most clouds a block volume’s IOPS grow with its size.',
    fix: () => 'Use the smallest volume size that gives the maximum IOPS.',
  },
  'cluster.production-ha-external': {
    title: (p, f) => `${f.integer(p.nodes)} nodes: HA with an external database is recommended`,
    why: (p) =>
      p.haMode === 'single'
        ? 'For production and large clusters the K3s docs recommend HA with an external database; a single server is a single point of failure for the whole cluster.'
        : 'Embedded etcd is highly available, but for production and large clusters the K3s docs recommend an external database.',
    fix: (p, f) =>
      `Beyond ${f.integer(p.largeAbove)} nodes, plan ${f.integer(p.minServers)} or more servers with MySQL, PostgreSQL or etcd as the external datastore.`,
  },
  'cluster.unique-hostnames': {
    title: () => 'Every node needs a unique hostname',
    why: () =>
      'Two nodes cannot share a hostname: the server keeps each node’s password in a <host>.node-password.k3s secret and refuses a second node with the same name.',
    fix: () =>
      'Give every machine its own hostname, or start K3s with --with-node-id, or pass --node-name (K3S_NODE_NAME) per node.',
  },
  'cluster.join-in-batches': {
    title: (p, f) => `Join the ${f.integer(p.agents)} agents in batches of ${f.integer(p.batchSize)} or fewer`,
    why: () => 'Server CPU spikes while agents join.',
    fix: (p, f) => `That is ${f.integer(p.batches)} batches; let the servers’ CPU settle between them.`,
  },
  'cluster.beyond-kubernetes-limits': {
    title: (p, f) => `${f.integer(p.nodes)} nodes is beyond the ${f.integer(p.maxNodes)} nodes Kubernetes supports`,
    why: (p, f) =>
      `Kubernetes is designed for at most ${f.integer(p.maxNodes)} nodes, ${f.integer(p.maxPodsPerNode)} pods per node and ${f.integer(p.maxPods)} pods per cluster.`,
    fix: () => 'Split the workloads across several clusters.',
  },
  'platform.arch-builds-ended': {
    title: (p) =>
      p.releaseHasBuilds === false
        ? `K3s ${p.version} has no ${architectures[p.arch]} build: the install cannot succeed`
        : p.releaseHasBuilds === true
          ? `K3s ${p.version} is among the last releases built for ${architectures[p.arch]}`
          : `No current K3s builds for ${architectures[p.arch]}`,
    why: (p, f) =>
      p.releaseHasBuilds === false
        ? `Upstream stopped producing ${p.arch} builds in December 2023 and removed ${p.arch} from the support matrix on ${f.date(p.endedOn)}${p.listed ? ', although the requirements page of this edition still lists it' : ''}; the install script finds no binary for this release.`
        : p.releaseHasBuilds === true
          ? `This release still shipped ${p.arch} binaries, but no later release does: no security fixes and no upgrade path.`
          : p.listed
            ? `The requirements page still lists ${p.arch}, but upstream stopped producing builds for it on ${f.date(p.endedOn)}.`
            : `${p.arch} was removed from the K3s support matrix on ${f.date(p.endedOn)}; no builds are produced.`,
    fix: () => 'Plan x86_64, arm64 or armhf machines.',
  },
  'platform.arm64-page-size': {
    title: (p) => `arm64 kernels must use 4k pages with K3s ${p.version}`,
    why: (p, f) => `Before the May 2023 releases (${f.list(p.fixedIn)}), K3s on arm64 needs a kernel with 4k pages.`,
    fix: (p) =>
      `Use K3s ${p.since} or later, or a kernel with 4k pages (RHEL 9, Ubuntu, Raspberry Pi OS and SLES comply).`,
  },
  'platform.board-too-small': {
    title: (p, f) => `A ${f.integer(p.boardVcpu)}-core, ${f.memory(p.boardMemoryMiB)} board cannot host these servers`,
    why: (p, f) =>
      `Each server needs ${f.vcpu(p.needVcpu)} and ${f.memory(p.needMemoryMiB)}; a Raspberry Pi 4-class board has ${f.integer(p.boardVcpu)} cores and ${f.memory(p.boardMemoryMiB)}.`,
    fix: () => 'Run the servers on server-class machines (agents can stay on boards), or keep the cluster smaller.',
  },
  'version.unknown-line': {
    title: (p) => `No known release for “${p.requested}”`,
    why: (p) => `The rules list no release of this line, so version checks use ${p.fallback}.`,
    fix: () => 'Pin an exact version such as v1.31.4+k3s1, or choose the stable channel.',
  },
  'network.cidr-invalid': {
    title: (p) => `“${p.value}” is not a valid ${listFields[p.field]}`,
    why: (p, f) =>
      p.reason === 'host-bits'
        ? `A CIDR names a network: the address must be the first of its block. ${p.value} has host bits set.`
        : p.reason === 'prefix-range'
          ? `The prefix must be between 0 and ${String(p.maxPrefix ?? 0)}.`
          : `Write an address and a prefix length, such as ${f.alternatives(p.examples)}; separate two ranges with a comma.`,
    fix: (p) => (p.network === null ? `Correct the ${listFields[p.field]}.` : `Use ${p.network}.`),
  },
  'network.cidr-wrong-family': {
    title: (p) =>
      `The ${listFields[p.field]} ${p.value} is ${familyNames[p.family]}, but the cluster is ${ipFamilies[p.mode]}`,
    why: () => 'Each range must belong to an IP family the cluster runs.',
    fix: (p) =>
      p.mode === 'dual'
        ? 'Remove the range.'
        : `Use an ${p.mode === 'ipv4' ? 'IPv4' : 'IPv6'} range, or switch the IP family.`,
  },
  'network.cidr-list-shape': {
    title: (p) =>
      p.mode === 'dual'
        ? `The dual-stack ${listFields[p.field]} needs one IPv4 and one IPv6 range`
        : `The ${listFields[p.field]} needs exactly one range`,
    why: (p, f) =>
      p.mode === 'dual'
        ? 'K3s takes dual-stack cluster and service CIDRs as one range of each family, on every server.'
        : `A single-stack cluster has one ${listFields[p.field]}; this list has ${f.integer(p.count)}.`,
    fix: (p) => (p.mode === 'dual' ? `Write them as one list, such as ${p.example}.` : 'Keep one range.'),
  },
  'network.overlap': {
    title: (p) => `The ${listFields[p.a]} ${p.aCidr} overlaps the ${listFields[p.b]} ${p.bCidr}`,
    why: (p) =>
      p.b === 'nodeNetwork'
        ? 'Addresses inside the cluster would shadow machines on your network: pods and services would take routes that belong to the LAN.'
        : 'Pod addresses and service addresses must never coincide.',
    fix: (p) => `Pick a ${listFields[p.a]} that shares no address with ${p.bCidr}.`,
  },
  'network.service-cidr-too-wide': {
    title: (p) => `The service CIDR ${p.cidr} is wider than /${String(p.maxPrefix)}`,
    why: (p) =>
      `K3s supports service CIDR masks up to /${String(p.maxPrefixV4)} for IPv4 and /${String(p.maxPrefixV6)} for IPv6; /${String(p.prefix)} is larger.`,
    fix: (p) => `Use a /${String(p.maxPrefix)} or smaller ${familyNames[p.family]} range.`,
  },
  'network.node-mask-too-short': {
    title: (p) =>
      `The ${familyNames[p.family]} node mask /${String(p.nodeMask)} is not longer than the cluster prefix /${String(p.clusterPrefix)}`,
    why: () =>
      'Each node gets a slice of the cluster CIDR; the slice must be smaller than the whole, or at most one node gets pods.',
    fix: (p) =>
      `Use a node mask longer than /${String(p.clusterPrefix)} (K3s uses /${String(p.defaultMaskV4)} for IPv4 and /${String(p.defaultMaskV6)} for IPv6).`,
  },
  'network.ipv6-node-mask-gap': {
    title: (p, f) =>
      `IPv6 node mask /${String(p.nodeMask)} is more than ${f.integer(p.maxGap)} bits longer than the cluster prefix /${String(p.clusterPrefix)}`,
    why: (p, f) =>
      `kube-controller-manager refuses IPv6 node subnets more than ${f.integer(p.maxGap)} bits longer than the cluster CIDR.`,
    fix: (p) => `Use an IPv6 cluster CIDR of /${String(p.nodeMask - p.maxGap)} or longer, or a shorter node mask.`,
  },
  'network.pod-subnets-full': {
    title: (p, f) =>
      `All ${f.bigCount(p.nodeSubnets)} ${familyNames[p.family]} pod subnets of ${p.clusterCidr} are in use`,
    why: (p, f) =>
      `${f.integer(p.nodes)} nodes take every node subnet, so a node that replaces one or joins later gets none until a deleted node's subnet is freed. The K3s docs advise a larger cluster CIDR before the node subnets run out.`,
    fix: () => 'Leave room: use a larger cluster CIDR before you create the cluster.',
  },
  'network.pod-subnets-exhausted': {
    title: (p, f) =>
      `${f.integer(p.nodes)} nodes need more ${familyNames[p.family]} pod subnets than ${p.clusterCidr} has (${f.bigCount(p.nodeSubnets)})`,
    why: (p, f) =>
      `With /${String(p.nodeMask)} node subnets, ${p.clusterCidr} gives ${f.bigCount(p.nodeSubnets)} nodes a pod range; node ${f.integer(Number(p.nodeSubnets) + 1)} would get none and its pods would never start.`,
    fix: (p, f) =>
      p.fixes.length === 0
        ? 'No change of range or node mask fits: split the workloads across several clusters.'
        : `${p.fixes.map((x) => fixTexts(x, f)).join(' Or: ')} Each fix was checked against your other ranges.`,
  },
  'network.max-pods-exceed-subnet': {
    title: (p, f) =>
      `Max pods ${f.integer(p.maxPods)} is more than a /${String(p.nodeMask)} node subnet can address (${f.integer(p.usablePerNode)})`,
    why: () =>
      'Every pod on a node takes an address from the node’s pod subnet; the network address, the gateway and the IPv4 broadcast address are not usable.',
    fix: (p, f) =>
      p.fixes.length === 0
        ? 'Use a shorter node mask or a smaller max pods.'
        : p.fixes.map((x) => fixTexts(x, f)).join(' Or: '),
  },
  'network.max-pods-above-recommended': {
    title: (p, f) =>
      `Max pods ${f.integer(p.maxPods)} is above the ${f.integer(p.recommendedMax)} per node Kubernetes is designed for`,
    why: (p, f) =>
      `Kubernetes is tested with at most ${f.integer(p.recommendedMax)} pods per node; more strains the kubelet and the container runtime.`,
    fix: (p, f) => `Keep max pods at ${f.integer(p.recommendedMax)} or fewer and add nodes instead.`,
  },
  'network.range-not-private': {
    title: (p) =>
      p.space === 'reserved'
        ? `${p.cidr} is reserved address space, not for a real network`
        : `${p.cidr} is someone else’s public address space`,
    why: (p) =>
      `${p.space === 'reserved' ? (p.family === 'ipv6' ? '2001:db8::/32 is for documentation only (RFC 3849); other reserved ranges are not assigned to networks either.' : 'The TEST-NET ranges are for documentation only (RFC 5737).') : 'These addresses belong to a network on the internet.'} Inside the cluster they would be ${p.field === 'clusterCidr' ? 'pod' : 'service'} addresses, and traffic to the real owners of ${p.cidr} would never leave it.`,
    fix: (p) =>
      `Use a ${p.family === 'ipv6' ? 'unique local (fd00::/8)' : 'private (RFC 1918)'} range of the same size, such as the one below.`,
  },
  'network.default-cidrs-lan': {
    title: (p, f) => `Check that your network does not already use ${f.list(p.cidrs)}`,
    why: () =>
      'These are the K3s defaults. If the machines’ LAN or VPC, a VPN or a peered network uses them, traffic to those addresses disappears into the cluster.',
    fix: () => 'Enter the node network so the plan can check it, or choose other ranges before you create the cluster.',
  },
  'network.dual-stack-version': {
    title: (p) =>
      p.stage === 'unavailable'
        ? `Dual-stack needs K3s ${p.since} or later`
        : `Dual-stack is experimental before ${p.since}`,
    why: (p) =>
      `K3s ${p.version} is ${p.stage === 'unavailable' ? 'older than the first release with dual-stack' : 'before dual-stack became stable'}.`,
    fix: (p) => `Use K3s ${p.since} or later.`,
  },
  'network.ipv6-only-version': {
    title: (p) => `IPv6-only clusters need K3s ${p.since} or later`,
    why: (p) => `K3s ${p.version} cannot run a single-stack IPv6 cluster.`,
    fix: (p) => `Use K3s ${p.since} or later.`,
  },
  'network.dual-stack-at-creation': {
    title: () => 'Dual-stack is chosen when the cluster is created',
    why: () =>
      'An existing IPv4-only cluster cannot be switched to dual-stack; every server needs the dual-stack cluster and service CIDRs from the start.',
    fix: () => 'Decide now, and set the same dual-stack lists on every server.',
  },
  'network.ipv6-primary-node-ip': {
    title: () => 'IPv6-first dual-stack needs explicit node IPs',
    why: () =>
      'The kubelet takes IPv4 as the primary family by default; with IPv6 listed first, every node must say so.',
    fix: () => 'Set --node-ip on every server and agent with the node’s IPv6 address first, then its IPv4 address.',
  },
  'network.kubelet-ipv6-bug': {
    title: (p) => `K3s ${p.version} may ignore node IPv6 addresses (a Kubernetes bug, fixed in ${p.since})`,
    why: () =>
      'With cluster traffic off the primary network interface, the kubelet ignores the node’s IPv6 address (Kubernetes issue #111695).',
    fix: (p) =>
      `Use K3s ${p.since} or later, or pass --kubelet-arg="node-ip=0.0.0.0" (IPv4 preferred) or --kubelet-arg="node-ip=::" (IPv6 preferred) on servers and agents.`,
  },
  'network.ipv6-accept-ra': {
    title: () => 'Router-advertised IPv6 routes need accept_ra=2',
    why: () =>
      'If the IPv6 default route comes from router advertisements, nodes drop it when it expires while forwarding is on.',
    fix: () =>
      'Set net.ipv6.conf.all.accept_ra=2 on every node (see the OS preparation steps), knowing it raises man-in-the-middle risk.',
  },
  'network.ipv6-masq-suggested': {
    title: (p) => `Pods in ${p.cidr} leave the cluster with unrouted IPv6 addresses`,
    why: () =>
      'Flannel masquerades IPv4 pod traffic by default, not IPv6. Unique local and documentation ranges are not routed on the internet.',
    fix: () => 'Turn on --flannel-ipv6-masq, or route the pod prefix to the nodes.',
  },
  'network.ipv6-masq-ignored': {
    title: () => '--flannel-ipv6-masq has no effect here',
    why: (p) =>
      p.reason === 'ipv4-only'
        ? 'It applies only to dual-stack and IPv6-only clusters.'
        : 'It applies only when Flannel runs; with a custom CNI, that CNI decides.',
    fix: () => 'Turn it off.',
  },
  'network.external-ip-needs-node-ip': {
    title: () => '--flannel-external-ip uses each node’s --node-external-ip',
    why: () => 'Flannel sends to the nodes’ external addresses only when every node advertises one.',
    fix: () => 'Set --node-external-ip on every server and agent; agents must join with the server’s external address.',
  },
  'network.external-ip-unencrypted': {
    title: (p) => `Pod traffic crosses external addresses unencrypted (${backends[p.backend]})`,
    why: () => 'With external IPs, Flannel traffic leaves the private network; only wireguard-native encrypts it.',
    fix: () => 'Use the wireguard-native backend for clusters that span networks.',
  },
  'network.backend-removed': {
    title: (p) => `The ${p.backend} backend does not exist in K3s ${p.version}`,
    why: (p) => `It was removed in ${p.removedIn}; K3s will not start with it.`,
    fix: () => 'Use wireguard-native for encryption (set it on every server, then reboot the nodes, servers first).',
  },
  'network.backend-deprecated': {
    title: (p) => `The ${p.backend} backend is deprecated and removed in ${p.removedIn}`,
    why: (p) =>
      p.strongswanUnbundled
        ? 'K3s no longer ships strongSwan’s swanctl and charon from the 2022-12 releases on; the host must provide them.'
        : p.backend === 'wireguard'
          ? 'It needs the wg tool on the host, and upgrades past its removal will fail.'
          : 'Upgrades past its removal will fail.',
    fix: () =>
      'Migrate to wireguard-native: change it on every server, then reboot all nodes, servers first (brief downtime).',
  },
  'network.host-gw-layer2': {
    title: () => 'host-gw needs direct layer-2 connectivity between all nodes',
    why: () => 'It routes pod subnets via the nodes’ own IP addresses, without encapsulation.',
    fix: () => 'Use it only when every node shares one layer-2 network; otherwise keep vxlan or use wireguard-native.',
  },
  'network.custom-cni': {
    title: () => 'Flannel is off: install your own CNI',
    why: () =>
      'With --flannel-backend=none, pods get no network until a CNI is installed; Flannel’s ports are not needed. Most CNIs bring their own network policy engine.',
    fix: () =>
      'Also pass --disable-network-policy, install the CNI right after the first server, and follow its dual-stack documentation.',
  },
  'network.egress-agentless': {
    title: (p) => `Agentless servers with egress-selector-mode “${egressModes[p.mode]}” cannot reach cluster services`,
    why: () =>
      'Without an agent, the servers run no kubelet, CNI or kube-proxy, so the apiserver needs the agent tunnels to reach webhooks and aggregated APIs.',
    fix: () => 'Use --egress-selector-mode=pod or cluster (changing it later means restarting every node).',
  },
  'network.egress-pod-custom-cni': {
    title: () => 'Egress selector “pod” breaks with CNIs that ignore node pod CIDRs',
    why: () => 'pod mode routes by the Node’s PodCIDR; CNIs with their own IP address management do not use it.',
    fix: () => 'Use cluster or agent mode unless your CNI assigns addresses from the node pod CIDRs.',
  },
  'network.agentless-servers': {
    title: () => 'Agentless servers are experimental',
    why: (p) =>
      `They run no kubelet, do not appear as nodes, and cannot be managed by operators that enumerate nodes${p.embeddedEtcd ? ', the embedded etcd controller among them' : ''}.`,
    fix: () => 'Keep servers with an agent (tainted if they should run no workloads) unless you need this.',
  },
  'network.embedded-registry-version': {
    title: (p) =>
      p.stage === 'unavailable'
        ? `The embedded registry needs K3s ${p.since} or later`
        : `The embedded registry is experimental before ${p.since}`,
    why: (p) =>
      `K3s ${p.version} ${p.stage === 'unavailable' ? 'has no --embedded-registry' : 'predates its general availability'}.`,
    fix: (p) => `Use K3s ${p.since} or later.`,
  },
  'network.embedded-registry-trust': {
    title: () => 'The embedded registry assumes every node trusts every other',
    why: () => 'Images pulled with credentials become available to all nodes, and tags can be poisoned by any node.',
    fix: () => 'Use it only among equally trusted nodes, and deploy images by digest.',
  },
  'network.servicelb-host-ports': {
    title: (p) => `Traefik takes ports ${String(p.httpPort)} and ${String(p.httpsPort)} on every node`,
    why: (p) =>
      `ServiceLB publishes Traefik’s LoadBalancer service on every node, so no other pod can use ${String(p.httpPort)} or ${String(p.httpsPort)} as a host or node port.`,
    fix: (p) =>
      `Open ${String(p.httpPort)}/${String(p.httpsPort)} to clients on the nodes that should take traffic (ServiceLB can be limited with a node label), or disable ServiceLB or Traefik.`,
  },
  'network.traefik-without-servicelb': {
    title: () => 'Traefik without ServiceLB waits for another load balancer',
    why: () =>
      'Traefik’s service is of type LoadBalancer; with ServiceLB disabled it stays pending until something else assigns an address.',
    fix: () => 'Install MetalLB or kube-vip, or keep ServiceLB, or disable Traefik.',
  },
  'security.vxlan-exposed': {
    title: (p) =>
      p.restricted
        ? `VXLAN port ${String(p.port)} is limited to the node network`
        : p.nodeNetwork === 'public'
          ? `The nodes have public addresses and nothing limits VXLAN port ${String(p.port)}/${p.protocol}`
          : `Never expose the VXLAN port ${String(p.port)}/${p.protocol} to the world`,
    why: (p) =>
      `Anyone who can reach ${String(p.port)}/${p.protocol} on a node can send packets into the cluster network.${p.nodeNetwork === 'public' ? ' The node network entered is public address space, so without a firewall that is anyone on the internet.' : ''}`,
    fix: (p) =>
      p.restricted
        ? 'Keep the firewall rules below in place on every node, and the same restriction in any cloud security group.'
        : `Run the nodes behind a firewall or security group that allows ${String(p.port)}/${p.protocol} only between nodes; enter the node network to get rules limited to it.`,
  },
  'security.flannel-net-raw': {
    title: () => 'Drop NET_RAW from untrusted pods',
    why: () => 'Flannel’s bridge makes a layer-2 network; a pod with NET_RAW can spoof ARP on it.',
    fix: () => 'Apply the restricted Pod Security Standard to namespaces that run untrusted pods.',
  },
  'install.registration-address-invalid': {
    title: (p) => `“${p.value}” is not a hostname or IP address`,
    why: () =>
      'The registration address goes into every agent’s server URL and the servers’ certificate (tls-san); it must be a DNS name or an IP address, without scheme or port.',
    fix: () =>
      'Enter a name such as k3s.example.com or an address such as 192.168.1.100. Until then the files use the first server and leave tls-san out.',
  },
  'install.no-registration-address': {
    title: () => 'No fixed registration address',
    why: (p, f) =>
      `Agents and joining servers will register with ${p.firstServer}. If its address changes or it is down, new nodes cannot join; a load balancer, DNS name or virtual IP in front of the ${f.integer(p.servers)} servers avoids that.`,
    fix: () => 'Enter the registration address; the files then add it to tls-san and use it as the server URL.',
  },
  'install.names-invalid': {
    title: (p, f) =>
      p.reason === 'too-few'
        ? `The ${installNameFields[p.field]} list has ${f.integer(Number(p.detail))} names for ${f.integer(p.needed)} nodes`
        : p.reason === 'duplicate'
          ? `“${p.detail}” appears twice in the ${installNameFields[p.field]}`
          : p.reason === 'empty'
            ? `The ${installNameFields[p.field]} are empty`
            : `“${p.detail}” is not a valid node name`,
    why: () =>
      'Node names must be unique lowercase DNS names: letters, digits and hyphens, dots between labels, at most 63 characters per label.',
    fix: () => 'Use a pattern with {n}, such as server-{n}, or list one name per node, separated by commas.',
  },
  'install.datastore-host-invalid': {
    title: (p) => `“${p.value}” is not a database hostname or IP address`,
    why: () =>
      'The host goes into the datastore endpoint every server uses; an invalid one would break the connection string.',
    fix: () => 'Enter the database host name or address (several, comma-separated, for external etcd).',
  },
  'install.datastore-host-missing': {
    title: () => 'The database host is not entered yet',
    why: () => 'The datastore endpoint in the config files uses the placeholder <database-host>.',
    fix: () => 'Enter the database host, or replace the placeholder in the files before installing.',
  },
  'install.database-identifier-invalid': {
    title: (p) => `“${p.value}” is not a usable database ${p.field === 'datastoreName' ? 'name' : 'user'}`,
    why: () =>
      'The name goes unquoted into the connection string; letters, digits and underscores, not starting with a digit, are safe there.',
    fix: () => 'Use a name such as k3s or k3s_admin. Until then the files use k3s.',
  },
  'install.airgap-not-in-edition': {
    title: (p) => `The rules edition ${p.rulesVersion} has no air-gapped install`,
    why: () =>
      'This plan says the nodes have no internet, but the rules edition it is pinned to predates the air-gap facts: the install commands and install.sh download K3s from the internet, and fail on such nodes.',
    fix: () =>
      'Choose a newer rules edition in the Rules edition field; the install commands then take their air-gapped form, with the files to download beforehand.',
  },
  'sizing.below-measured': {
    title: (p, f) =>
      `Planned ${f.memory(p.plannedMiB)} per server: the table’s ${f.memory(p.figureMiB)} is below the ${f.memory(p.measuredMiB)} K3s was measured to use`,
    why: (p, f) =>
      `Resource profiling (K3s ${p.measuredVersion}) measured ${f.memory(p.measuredMiB)} for such a server running a small workload; ${f.memory(p.figureMiB)} would leave nothing, so the plan takes the next whole GB above the measurement.`,
    fix: (p, f) => `Plan at least ${f.memory(p.plannedMiB)} per server, plus what your workloads need.`,
  },
  'workloads.pod-too-big': {
    title: (p) => `A “${p.name}” pod fits on no agent`,
    why: (p, f) =>
      `Each pod requests ${f.decimal(p.cpuMillis / 1000, 3)} vCPU and ${f.memory(p.memoryMiB)}; the roomiest agent shape (${shapeLabel(p, f)}) leaves ${f.decimal(p.allocatableCpuMillis / 1000, 3)} vCPU and ${f.memory(p.allocatableMemoryMiB)} for pods after the K3s agent, kubelet reservations, eviction threshold and DaemonSets. The scheduler would leave it Pending.`,
    fix: () => 'Lower the pod’s requests, split it, or compare a larger agent shape.',
  },
  'workloads.pods-per-node-limit': {
    title: (p, f) => `${f.integer(p.limit)} pods per node, not CPU or memory, decides the agent count`,
    why: (p, f) =>
      p.by === 'max-pods'
        ? `Each agent runs at most ${f.integer(p.limit)} pods (kubelet max pods), so the pods need ${f.integer(p.agents)} agents although their CPU and memory would fit on fewer.`
        : `Each node’s pod subnet holds only ${f.integer(p.limit)} pod addresses, fewer than max pods, so the pods need ${f.integer(p.agents)} agents although their CPU and memory would fit on fewer.`,
    fix: (p) =>
      p.by === 'max-pods'
        ? 'Raise max pods per node (--kubelet-arg=max-pods) if the nodes can take it, or run fewer, larger pods.'
        : 'Use a shorter node mask so each node gets a larger pod subnet, or run fewer, larger pods.',
  },
  'workloads.no-failure-headroom': {
    title: (p, f) => `Losing one of ${f.integer(p.agents)} agents leaves pods nowhere to run`,
    why: () =>
      'With no spare agent, the others do not have enough allocatable CPU, memory or pod slots to take the pods of the busiest agent if it fails or is drained for an upgrade.',
    fix: () => 'Add a spare agent (N+1), or lower the target utilisation so every agent keeps room.',
  },
};

const countErrors: CountErrorMessages = {
  required: () => 'Enter a number.',
  'not-a-number': () => 'Enter a whole number, such as 3.',
  'not-whole': () => 'Enter a whole number; nodes do not come in fractions.',
  'too-small': (e, f) => `Enter ${f.integer(e.min)} or more.`,
  'too-large': (e, f) => `Enter at most ${f.integer(e.max)}.`,
};

const compared: Record<ComparedItem, string> = {
  server: 'Each server',
  'server-minimum': 'Server minimum',
  'agent-minimum': 'Agent minimum',
  'agent-recommended': 'Agent recommended',
  database: 'External database',
  'control-plane': 'Control plane in total',
};

const editionChanges: Record<EditionChangeId, string> = {
  'server-sizing-guide':
    'The per-node hardware table was split into a server and an agent minimum, and a Server Sizing Guide keyed by the number of agents was added.',
  'ha-server-table-removed':
    'The HA server CPU/RAM table by deployment size was removed because it contradicted the Server Sizing Guide, which the maintainers treat as authoritative. The seed edition keeps it: it is the more conservative reading, and many translated docs still show it.',
  's390x-removed': 's390x was removed from the support matrix; no builds are produced for it.',
  'flash-storage-under-etcd':
    'The SD card warning was widened: on a Raspberry Pi or any other ARM device, SD cards and eMMC cannot handle etcd’s IO load.',
};

const profilingRoles: Record<ProfilingRole, string> = {
  'server-with-workload': 'server with a workload',
  'server-with-one-agent': 'server of a cluster with one agent, no workload',
  agent: 'agent',
};

const processors: Record<ProcessorClass, string> = {
  'x86-server': 'server-class x86',
  'arm-sbc': 'Raspberry Pi 4',
};

const severities: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

const editions: Record<Edition, { name: string; description: string }> = {
  seed: {
    name: 'Seed documents',
    description:
      'The K3s requirements as the seed documents give them: one hardware table for every node, and a CPU/RAM table for HA servers by cluster size.',
  },
  upstream: {
    name: 'Current upstream docs',
    description:
      'The current K3s docs: separate server and agent minimums, and the Server Sizing Guide keyed by the number of agents.',
  },
};

export type RangeParams = { counts: 'all-nodes' | 'agents'; above: number | null; upTo: number | null };

/** A table row's bounds the way the K3s tables write them: "up to 100 nodes", "0–350 agents", "1,800+ agents". */
const range: Msg<RangeParams> = (p, f) => {
  if (p.counts === 'all-nodes') {
    return p.upTo === null ? `more than ${f.integer(p.above ?? 0)} nodes` : `up to ${f.integer(p.upTo)} nodes`;
  }
  if (p.upTo === null) return `${f.integer(p.above ?? 0)}+ agents`;
  return `${f.integer(p.above === null ? 0 : p.above + 1)}–${f.integer(p.upTo)} agents`;
};

export const en = {
  meta: { language: 'English' },
  /** The colon after a label, the separator between short items, the comma of an enumeration and an aside's parentheses, as each language writes them. */
  punctuation: { colon: ': ', separator: ' · ', comma: ', ', open: ' (', close: ')' },
  nav: {
    label: 'Sections',
    sizing: 'Sizing',
    network: 'Network',
    diagrams: 'Diagrams',
    install: 'Install',
    findings: 'Findings',
    /** The phone's answer bar: each role's size and the findings' counts, kept in view while the form is edited. */
    answer: 'The plan at a glance',
    day2: 'Day 2',
    machines: 'Machines',
  },
  app: {
    title: 'k3s-sizer',
    tagline:
      'Plan a K3s cluster before you provision it: what each machine needs, what is risky, and why, with sources.',
    skipToResults: 'Skip to results',
    footer: (p: { rulesId: string }) =>
      `Rules ${p.rulesId}. Figures come from the cited K3s and etcd documents; check them against your workloads.`,
    rulesFile: 'Rules file (JSON)',
    planSchema: 'Plan JSON Schema',
    printedFrom: (p: { date: string }, f: Formatter) => `Printed ${f.date(p.date)} from:`,
    documentTitle: 'k3s-sizer: plan a K3s cluster',
  },
  preferences: {
    language: 'Language',
    languageLoading: 'Loading the language…',
    languageFailed: 'That language could not be loaded. Check the connection and try again.',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
  },
  edition: {
    label: 'Rules edition',
    help: 'Which set of K3s documents the sizing follows.',
    names: editions,
    option: (p: { edition: Edition; version: string; superseded: boolean }) =>
      `${editions[p.edition].name} (${p.version}${p.superseded ? ', superseded' : ''})`,
    compareTitle: (p: { other: Edition }) => `Where the ${editions[p.other].name.toLowerCase()} disagree`,
    compareIntro: (p: { current: Edition; other: Edition }) =>
      `For this plan the two editions give different answers. You are planning with the ${editions[p.current].name.toLowerCase()}; the other column shows the ${editions[p.other].name.toLowerCase()}.`,
    compareAgree: (p: { other: Edition }) =>
      `The ${editions[p.other].name.toLowerCase()} give the same figures for this plan.`,
    compareLoading: 'Loading the other edition for comparison…',
    compareFailed: 'The other edition could not be loaded, so no comparison is shown.',
    item: 'Item',
    none: 'not stated',
    compared,
    findingsDiffer: 'Findings graded differently',
    findingAbsent: 'not raised',
    whyTitle: 'Why they differ',
    changes: editionChanges,
    changeDate: (p: { date: string }, f: Formatter) => f.date(p.date),
    switchTo: (p: { edition: Edition }) => `Plan with the ${editions[p.edition].name.toLowerCase()}`,
  },
  form: {
    title: 'Your cluster',
    sections: {
      topology: 'Topology',
      storage: 'Datastore and disk',
      platform: 'Platform',
      network: 'Network',
      components: 'Packaged components',
      host: 'Operating system and firewall',
    },
    servers: {
      label: 'Servers',
      help: 'Machines running k3s server: the control plane, and the datastore when it is embedded.',
    },
    agents: { label: 'Agents', help: 'Machines running k3s agent: workloads only, no control plane.' },
    haMode: {
      label: 'High availability',
      help: 'Single server, or several servers sharing embedded etcd or an external datastore.',
      options: haModes,
    },
    datastore: { label: 'Datastore', help: 'Where the cluster state lives.', options: datastores },
    disk: {
      label: 'Disk under the datastore',
      help: 'The storage that holds the datastore: the servers’ disk, or the database host’s.',
      options: disks,
    },
    arch: { label: 'CPU architecture', help: 'The processor family of the machines.', options: architectures },
    device: {
      label: 'Machine class',
      help: 'Low-power boards have fixed CPU and memory and different measured overhead.',
      options: devices,
    },
    boardMemory: {
      label: 'Board memory',
      help: 'The memory of each board (Raspberry Pi 4: 1 to 8 GB; Pi 5: up to 16 GB).',
      option: (p: { gib: number }) => `${String(p.gib)} GB`,
    },
    serverWorkloads: {
      label: 'Server role',
      help: 'K3s servers run workloads by default; a CriticalAddonsOnly taint keeps workloads on the agents.',
      options: serverWorkloads,
    },
    k3sVersion: {
      label: 'K3s version',
      help: 'A channel (stable, latest), a minor line (v1.33) or an exact release; used for version checks.',
      invalid: 'Enter stable, latest, a minor line such as v1.33, or a release such as v1.33.4+k3s1.',
      resolved: (p: { version: string }) => `Checks use ${p.version}.`,
    },
    ipFamily: {
      label: 'IP family',
      help: 'Dual-stack and IPv6 are chosen when the cluster is created.',
      options: ipFamilies,
    },
    clusterCidr: {
      label: 'Cluster CIDR (pods)',
      help: 'Pod addresses: --cluster-cidr, one range per family, comma-separated.',
    },
    serviceCidr: {
      label: 'Service CIDR',
      help: (p: { dnsOffset: number }) =>
        `ClusterIP service addresses: --service-cidr; the DNS service is its ${ordinal(p.dnsOffset)} address.`,
    },
    nodeMaskV4: {
      label: 'IPv4 node mask',
      help: (p: { mask: number }, f: Formatter) =>
        `Size of each node’s IPv4 pod subnet (/${String(p.mask)} by default = ${f.integer(2 ** (32 - p.mask))} addresses).`,
    },
    nodeMaskV6: {
      label: 'IPv6 node mask',
      help: (p: { mask: number }) => `Size of each node’s IPv6 pod subnet (/${String(p.mask)} by default).`,
    },
    maxPods: {
      label: 'Max pods per node',
      help: (p: { defaultMaxPods: number; recommendedMax: number }, f: Formatter) =>
        `kubelet max-pods; the default is ${f.integer(p.defaultMaxPods)}, and Kubernetes recommends at most ${f.integer(p.recommendedMax)}.`,
    },
    nodeNetwork: {
      label: 'Node network (optional)',
      help: 'The LAN or VPC range(s) the machines sit in, so overlaps can be checked and firewall rules limited to it.',
    },
    flannelBackend: { label: 'Flannel backend', help: 'How pod traffic crosses between nodes.', options: backends },
    flannelIpv6Masq: {
      label: 'Masquerade IPv6 pod traffic (--flannel-ipv6-masq)',
      help: 'For unrouted IPv6 pod ranges such as unique local addresses.',
    },
    flannelExternalIp: {
      label: 'Use node external IPs (--flannel-external-ip)',
      help: 'For clusters whose nodes reach each other over public addresses.',
    },
    traefik: {
      label: 'Traefik ingress controller',
      help: (p: { httpPort: number; httpsPort: number }) =>
        `A LoadBalancer service on ports ${String(p.httpPort)} and ${String(p.httpsPort)}.`,
    },
    servicelb: { label: 'ServiceLB (Klipper)', help: 'Publishes LoadBalancer services on the nodes’ own ports.' },
    metricsServer: { label: 'metrics-server', help: 'Resource metrics for kubectl top and autoscaling.' },
    embeddedRegistry: {
      label: 'Embedded registry mirror (Spegel)',
      help: 'Nodes share container images peer to peer.',
    },
    egressSelectorMode: {
      label: 'Egress selector mode',
      help: 'How the apiserver reaches kubelets and cluster services through the agent tunnels.',
      options: egressModes,
    },
    os: {
      label: 'Operating system',
      help: 'Some systems need preparation before K3s installs.',
      options: operatingSystems,
    },
    osVersion: {
      label: 'OS release',
      help: 'For example 24.04, 12 or 9.6.',
      invalid: 'Enter a release number such as 24.04, 12 or 9.6.',
    },
    firewall: {
      label: 'Host firewall',
      help: 'K3s recommends turning the host firewall off and filtering at the network.',
      options: firewalls,
    },
    cidrInvalidCharacters: 'Use IP addresses with a /prefix, separated by commas.',
    installSection: 'Installation',
    workloads: {
      section: 'Workloads',
      loading: 'Loading the workload inputs…',
      enabled: {
        label: 'Size agents from workloads',
        help: 'Count the agents from the pods you will run instead of typing a number.',
      },
      agentsNote: (p: { agents: number }, f: Formatter) =>
        `Set by workload planning: ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')}.`,
      noAgentsNote: 'Workload planning found no shape that runs every pod; this count is used meanwhile.',
      group: (p: { n: number }) => `Workload ${String(p.n)}`,
      name: { label: 'Name', help: 'Shown in findings. No “:” or “,”.' },
      nameInvalid: 'Up to 40 characters, without “:” or “,”.',
      replicas: { label: 'Replicas', help: 'How many pods of this workload run.' },
      cpu: { label: 'CPU request per pod (millicores)', help: '1000 millicores = 1 vCPU.' },
      memory: { label: 'Memory request per pod (MiB)', help: '1024 MiB = 1 GiB.' },
      add: 'Add a workload',
      remove: (p: { name: string }) => `Remove ${p.name}`,
      removeShort: 'Remove',
      daemonSetCpu: {
        label: 'DaemonSets per node: CPU (millicores)',
        help: 'What the DaemonSets on every node request together: log shippers, monitoring agents, storage drivers.',
      },
      daemonSetMemory: { label: 'DaemonSets per node: memory (MiB)', help: 'Their memory requests together.' },
      target: {
        label: 'Target utilisation (%)',
        help: 'The share of each agent’s allocatable that pods may request; the rest absorbs spikes and rescheduling.',
      },
      spares: {
        label: 'Spare agents',
        help: 'Agents added after packing, for failures and rolling upgrades.',
        options: ['N+0 (none)', 'N+1', 'N+2'],
      },
      custom: {
        legend: 'Your own shapes',
        help: 'Up to three agent sizes of your own, packed with the same pods as the others.',
        add: 'Add a shape of your own',
        remove: (p: { name: string }) => `Remove ${p.name}`,
        vcpu: { label: 'vCPU', help: 'Whole vCPUs.' },
        memory: { label: 'Memory (GB)', help: 'Whole GB (GiB), as the sizing tables count.' },
        processor: {
          label: 'Processor class',
          help: 'Decides which measured K3s agent overhead applies: profiled on x86-64 servers, or on a Raspberry Pi 4.',
          options: { 'x86-server': 'Server or cloud VM', 'arm-sbc': 'Single-board computer' },
        },
        describe: describeShape,
      },
      shapes: {
        legend: 'Agent shapes to compare',
        help: 'Each is packed with the same pods; at least one.',
        names: shapeNames,
      },
      shape: {
        label: 'Shape the plan uses',
        help: 'The recommended one, or one you choose.',
        best: 'The recommended shape',
      },
      reservations: {
        title: 'Kubelet reservations',
        help: (p: { evictionMiB: number }, f: Formatter) =>
          `Kubernetes reserves nothing for the kubelet or the OS unless told to, and evicts pods when less than ${f.integer(p.evictionMiB)} MiB of memory is free. Change these to match your kubelet settings.`,
        kubeCpu: { label: 'kube-reserved CPU (millicores)', help: '--kube-reserved=cpu=…' },
        kubeMemory: { label: 'kube-reserved memory (MiB)', help: '--kube-reserved=memory=…' },
        systemCpu: { label: 'system-reserved CPU (millicores)', help: '--system-reserved=cpu=…' },
        systemMemory: { label: 'system-reserved memory (MiB)', help: '--system-reserved=memory=…' },
        eviction: { label: 'Hard eviction threshold (MiB)', help: '--eviction-hard=memory.available<…' },
        reset: 'Back to the Kubernetes defaults',
      },
    },
    registrationAddress: {
      label: 'Fixed registration address',
      help: 'Load balancer, DNS name or virtual IP in front of the servers; empty to use the first server.',
    },
    serverNames: { label: 'Server names', help: 'A pattern with {n} (server-{n}) or names separated by commas.' },
    agentNames: { label: 'Agent names', help: 'A pattern with {n} (agent-{n}) or names separated by commas.' },
    nodeNaming: { label: 'Node names come from', help: 'Two nodes may never share a name.', options: nodeNamings },
    datastoreHost: {
      label: 'Database host',
      help: 'Host name or address of the external datastore (comma-separated for external etcd).',
    },
    datastorePort: { label: 'Database port', help: '0 uses the engine’s default port.' },
    datastoreName: { label: 'Database name', help: 'Created by K3s if it does not exist.' },
    datastoreUser: { label: 'Database user', help: 'Its password stays a placeholder in the files.' },
    kubeconfigMode: {
      label: 'kubeconfig file mode',
      help: '/etc/rancher/k3s/k3s.yaml is written 0600; 0644 lets other users on the server read it.',
      options: { '0600': '0600 (K3s default)', '0644': '0644 (readable by all users)' } as Record<
        '0600' | '0644',
        string
      >,
    },
    textTooLong: 'This is longer than any valid value.',
    traits: {
      creationOnly: 'Fixed at creation',
      creationOnlyHelp: 'Cannot be changed once the cluster exists.',
      sameOnAllServers: 'Same on every server',
      sameOnAllServersHelp: 'Every server must be started with the same value, or joining fails.',
    },
    countErrors,
    keptLastValid: 'Results show the last valid plan until the highlighted fields are fixed.',
    findingsHere: (p: { count: number }, f: Formatter) =>
      `${f.integer(p.count)} ${plural(p.count, 'finding', 'findings')} about this field`,
  },
  workloadPlan: {
    title: 'Agents from workloads',
    loading: 'Packing the pods…',
    summary: (
      p: { pods: number; cpuMillis: number; memoryMiB: number; agents: number; packed: number; shape: ShapeId },
      f: Formatter,
    ) =>
      `${f.integer(p.pods)} ${plural(p.pods, 'pod', 'pods')} requesting ${f.decimal(p.cpuMillis / 1000, 2)} vCPU and ${f.memory(p.memoryMiB)} → ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')} of ${shapeNames[p.shape]} (${f.integer(p.packed)} packed${p.agents > p.packed ? ` + ${f.integer(p.agents - p.packed)} spare` : ''}).`,
    none: 'No shape runs every pod: see the findings.',
    empty: 'Add a workload to count agents from it.',
    why: (p: { waste: number }, f: Formatter) =>
      `Recommended: the least allocatable left unrequested (${f.percent(p.waste)}), then the fewest agents.`,
    chosenByUser: 'The shape chosen in the form.',
    shape: 'Shape',
    agents: 'Agents',
    busiest: 'Busiest agent, share of allocatable (CPU / memory)',
    unused: 'Allocatable unrequested',
    total: 'Total vCPU / memory',
    recommended: 'recommended',
    inUse: 'in use',
    unfit: 'a pod does not fit',
    budgetTitle: (p: { shape: ShapeId }) => `Where each ${shapeNames[p.shape]} agent’s capacity goes`,
    capacity: 'Capacity',
    k3s: 'K3s agent (measured)',
    reserved: 'Kubelet reservations and eviction threshold',
    daemonSets: 'DaemonSets',
    allocatable: 'Allocatable for pods',
    room: (p: { percent: number }, f: Formatter) => `Packed up to (${f.integer(p.percent)}% target)`,
    podsPerNode: 'Pods per agent',
    podsBy: (p: { by: 'max-pods' | 'pod-subnet' }): string =>
      p.by === 'max-pods' ? 'max pods' : 'the node’s pod subnet',
    serversCounted: (p: { pods: number; cpuMillis: number; memoryMiB: number }, f: Formatter) =>
      `The servers also run workloads: after the measured K3s server overhead each offers ${f.decimal(p.cpuMillis / 1000, 3)} vCPU and ${f.memory(p.memoryMiB)} at the target, and takes ${f.integer(p.pods)} ${plural(p.pods, 'pod', 'pods')} before any agent is counted.`,
    serversNotCounted: 'The servers run no workloads (dedicated or agentless), so only agents are counted.',
    method:
      'Pods are packed largest first, each in the newest agent it fits (next-fit decreasing): adding a pod never lowers the count.',
  },
  results: {
    title: 'What each machine needs',
    summary: (p: { servers: number; agents: number; mode: HaMode; datastore: Datastore }, f: Formatter) =>
      `${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')}, ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')} · ${haModes[p.mode]} · ${datastores[p.datastore]}`,
    server: {
      title: (p: { count: number }, f: Formatter) => `Each server (×${f.integer(p.count)})`,
      tierBasis: (
        p: RangeParams & {
          count: number;
          servers: number;
          agents: number;
          tier: string;
          printed: RangeParams;
          scaling: TierScaling | null;
        },
        f: Formatter,
      ) => {
        const counted =
          p.counts === 'all-nodes'
            ? `${f.integer(p.count)} nodes in total (${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')} + ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')})`
            : `${f.integer(p.count)} ${plural(p.count, 'agent', 'agents')}`;
        const name = tiers[p.tier];
        const row = name
          ? `${name}, ${range(p.printed, f)}`
          : `the “${range(p.printed, f)}” row of the Server Sizing Guide`;
        if (p.scaling === null) return `${counted} → ${row}.`;
        const reach = p.upTo === null ? `more than ${f.integer(p.above ?? 0)}` : f.integer(p.upTo);
        const s = p.scaling;
        const why =
          s.basis === 'worked-example' && s.example
            ? `the docs say about ${f.percent(s.stated - 1)} more agents fit with ${f.integer(s.minServers)} servers, but their own example (${f.integer(s.example.baseAgents)} → ~${f.integer(s.example.scaledAgents)} agents) is ${f.percent(Math.round((s.factor - 1) * 100) / 100)}; the plan uses the lower figure`
            : `the docs say about ${f.percent(s.stated - 1)} more agents fit with ${f.integer(s.minServers)} servers`;
        const beyond =
          p.servers > s.minServers
            ? ` (they measured ${f.integer(s.minServers)}; no more is assumed for ${f.integer(p.servers)})`
            : '';
        return `${counted} → ${row}; ${why}${beyond}, so this row reaches ${reach} agents.`;
      },
      baselineBasis: (p: RangeParams & { count: number; tier: string }, f: Formatter) =>
        `${f.integer(p.count)} nodes in total fall in the first row (${tiers[p.tier] ?? p.tier}, ${range(p, f)}), which the source states for HA servers only, so a single server gets the baseline recommendation.`,
      countsAllNodes: 'This table counts every node in the cluster, servers and agents alike.',
      countsAgents: 'This table counts agents only; the servers themselves are not counted.',
      statedForHa:
        'The source states this table for HA servers; it is applied to a single server of the same cluster size as the only sizing guidance for it.',
      minimum: 'Baseline minimum',
      recommended: 'Baseline recommended',
      measured: 'K3s measured overhead',
      measuredDetail: (p: {
        role: ProfilingRole;
        processor: ProcessorClass;
        column: 'sqlite' | 'etcd';
        version: string;
      }) =>
        `${profilingRoles[p.role]}, ${processors[p.processor]}, ${p.column === 'etcd' ? 'embedded etcd' : 'Kine/SQLite'}, K3s ${p.version}`,
      measuredElsewhere: (p: { share: number }, f: Formatter) =>
        `another table of the same page gives ${f.percent(p.share)}`,
      etcdDisk: 'etcd data per server',
      etcdDiskValue: (p: { atDefault: number; atMax: number }, f: Formatter) =>
        `${f.memory(p.atDefault)} (${f.memory(p.atMax)} at the largest suggested quota)`,
    },
    agent: {
      title: (p: { count: number }, f: Formatter) => `Each agent (×${f.integer(p.count)})`,
      none: 'No agents: the servers run the workloads.',
      plusWorkloads: (p: { recommended: boolean }): string =>
        p.recommended
          ? 'The baseline recommended for every node, plus what your workloads request.'
          : 'The baseline minimum, plus what your workloads request.',
      everyNode: 'The seed’s hardware table is one table for every node, servers and agents alike.',
      fromWorkloads: (p: { shape: ShapeId }) =>
        `The ${shapeNames[p.shape]} shape workload planning packs your pods onto (see Agents from workloads); the baseline below still applies as a floor.`,
    },
    datastore: {
      title: 'Datastore',
      external: (p: { datastore: Datastore }) => `${datastores[p.datastore]} on its own host`,
      onServers: (p: { datastore: Datastore }): string =>
        p.datastore === 'sqlite'
          ? 'SQLite runs inside the server process, on the server’s disk.'
          : 'etcd runs on every server, inside the K3s process; no separate database host.',
      tierBasis: (p: RangeParams & { count: number; tier: string }, f: Formatter) =>
        `${f.integer(p.count)} nodes in total → ${tiers[p.tier] ?? p.tier}, ${range(p, f)}. One database instance; replicas multiply it.`,
      quorum: (p: { quorum: number; members: number; faultTolerance: number }, f: Formatter) =>
        `Quorum ${f.integer(p.quorum)} of ${f.integer(p.members)}; survives ${f.integer(p.faultTolerance)} ${plural(p.faultTolerance, 'failure', 'failures')}.`,
    },
    totals: {
      title: 'Control plane in total',
      parts: (p: { servers: number; hasDatabase: boolean }, f: Formatter) =>
        `${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')}${p.hasDatabase ? ' + 1 database host' : ''}, agents not included.`,
    },
    cpu: 'CPU',
    memory: 'Memory',
    ofACore: (p: { share: number }, f: Formatter) => `${f.percent(p.share)} of a core`,
    coreCount: (p: { vcpu: number }, f: Formatter) => `${f.decimal(p.vcpu)} ${plural(p.vcpu, 'core', 'cores')}`,
  },
  network: {
    title: 'Network plan',
    loading: 'Preparing the network plan…',
    capacity: (p: { family: IpFamily }) => `${familyNames[p.family]} addressing`,
    clusterCidr: 'Cluster CIDR',
    nodeSubnets: 'Node pod subnets',
    nodeSubnetsValue: (p: { subnets: string; mask: number; used: number; left: string }, f: Formatter) =>
      `${f.bigCount(p.subnets)} × /${String(p.mask)}; ${f.integer(p.used)} used, ${f.bigCount(p.left)} left`,
    nodeSubnetsOver: (p: { subnets: string; used: number }, f: Formatter) =>
      `${f.bigCount(p.subnets)} for ${f.integer(p.used)} nodes: too few`,
    addressesPerNode: 'Addresses per node',
    addressesPerNodeValue: (p: { addresses: string; usable: string }, f: Formatter) =>
      `${f.bigCount(p.addresses)} (${f.bigCount(p.usable)} usable by pods)`,
    podsPerNode: 'Pods per node',
    podsPerNodeValue: (p: { pods: number; maxPods: number }, f: Formatter) =>
      p.pods === p.maxPods
        ? `${f.integer(p.pods)} (max pods)`
        : `${f.integer(p.pods)} of ${f.integer(p.maxPods)} max pods: limited by the subnet`,
    podCapacity: 'Pod capacity',
    serviceCidr: 'Service CIDR',
    serviceAddresses: (p: { addresses: bigint }, f: Formatter) => `${f.bigCount(p.addresses)} addresses`,
    clusterAddresses: (p: { addresses: bigint }, f: Formatter) => `${f.bigCount(p.addresses)} addresses`,
    apiService: 'Kubernetes API service',
    clusterDns: 'Cluster DNS',
    notComputed: 'Not computed: fix the findings about this range first.',
    portsTitle: 'Ports to open',
    portsIntro: 'Inbound rules this plan needs. Outbound traffic is normally allowed.',
    roles: { server: 'Each server opens', agent: 'Each agent opens', datastore: 'The database host opens' } as Record<
      'server' | 'agent' | 'datastore',
      string
    >,
    protocol: 'Protocol',
    port: 'Port',
    from: 'From',
    purpose: 'Purpose',
    parties,
    portPurposes,
    notListed: 'not in the K3s table; derived from the linked page',
    noPorts: 'Nothing to open.',
    localTitle: 'Local ports to keep free',
    localIntro:
      'Kubernetes and the container runtime listen on these on the loopback interface; do not use them for workloads or NodePorts.',
    localPorts,
    firewallTitle: (p: { firewall: Firewall }) =>
      p.firewall === 'off' ? 'Firewall: turn it off' : `Firewall commands (${firewalls[p.firewall]})`,
    firewallRestricted: 'Node-to-node ports are limited to the node network you entered.',
    firewallOpen:
      'Enter the node network to limit node-to-node ports to it; as written, these ports accept any source.',
    firewallOff:
      'K3s recommends turning the host firewall off. Filter at the network instead: the security group rules below.',
    firewallRecommendOff: (p: { command: string }) => `K3s recommends turning it off instead: ${p.command}`,
    firewallNotes: {
      pods: 'pods',
      services: 'services',
      reload: 'apply the permanent rules',
      disable: 'turn the host firewall off',
    },
    securityGroupTitle: 'Cloud security groups',
    securityGroupIntro:
      'The same rules for a cloud firewall: one group for servers, one for agents, one for the database.',
    target: 'Group',
    source: 'Source',
    nodeNetworkSource: (p: { cidrs: readonly string[] }, f: Formatter) => f.list(p.cidrs),
    osTitle: 'Prepare the machines',
    osIntro: (p: { os: OperatingSystem; version: string }) =>
      `For ${operatingSystems[p.os]} ${p.version}, on every node unless noted.`,
    osNone: 'No extra preparation is listed for this system and plan.',
    osSeedWording: 'The seed documents word this step for older releases (not for this OS release):',
    osConditional: 'Only if it applies to you',
    osSteps: osStepTexts,
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed: select the text instead',
    copyLabel: (p: { what: string }) => `Copy ${p.what}`,
  },
  compare: {
    open: 'Compare with another plan',
    loading: 'Loading the comparison…',
    loadFailed: 'The comparison could not be loaded.',
  },
  machines: {
    loading: 'Loading the machine catalog…',
    loadFailed: 'The machine catalog could not be loaded.',
  },
  day2: {
    loading: 'Preparing backups and upgrades…',
    loadFailed: 'The backup and upgrade plan could not be prepared.',
  },
  install: {
    title: 'Install',
    intro:
      'The config file for each role and the commands to install it, from this plan. Copy the files to /etc/rancher/k3s/config.yaml on each machine.',
    loading: 'Preparing the config files…',
    loadFailed: 'The config files could not be prepared.',
    secretsTitle: 'Tokens',
    secretsPlaceholder:
      'The files hold placeholders for the server token, the agent token and any database password. Replace them, or generate tokens here: they stay in this page, never in the link or in storage, and are gone when you close it.',
    secretsGenerated:
      'Random tokens are in the files below. They exist only in this page: download or copy the files before you leave it.',
    generateTokens: 'Generate tokens',
    forgetTokens: 'Use placeholders again',
    omitted: (p: { keys: readonly string[] }, f: Formatter) =>
      `Left out of the files until the findings about them are fixed: ${f.list(p.keys)}.`,
    roles: configRoles,
    roleNote: {
      'server-init': 'Install on the first server only.',
      server: 'Install on every other server, one at a time.',
      agent: 'Install on every agent.',
    } as Record<ConfigRole, string>,
    download: (p: { file: string }) => `Download ${p.file}`,
    registriesTitle: 'Every node',
    registriesNote: (p: { wildcard: boolean }): string =>
      p.wildcard
        ? 'The embedded registry mirror shares images only from registries listed in registries.yaml; "*" lists them all. Copy it to every server and agent before installing.'
        : 'The embedded registry mirror shares images only from registries listed in registries.yaml. This release has no "*" wildcard, so the docs’ registries are listed: add the ones your images come from. Copy it to every server and agent before installing.',
    downloadAll: 'Download all files (.zip)',
    orderTitle: 'Order of operations',
    stepPrepare: 'Prepare every machine: OS steps and firewall from the network plan.',
    stepFirst: 'Install the first server.',
    stepWait: 'Wait until it is Ready:',
    stepServers: (p: { count: number }, f: Formatter) =>
      `Join the other ${f.integer(p.count)} ${plural(p.count, 'server', 'servers')} one at a time, each after the previous one is Ready.`,
    stepAgents: (p: { count: number }, f: Formatter) =>
      `Join the ${f.integer(p.count)} ${plural(p.count, 'agent', 'agents')}.`,
    stepAgentsBatches: (p: { count: number; batchSize: number; batches: number }, f: Formatter) =>
      `Join the ${f.integer(p.count)} agents in ${f.integer(p.batches)} batches of at most ${f.integer(p.batchSize)}; let the servers’ CPU settle between batches.`,
    withConfig: 'With config.yaml',
    withFlags: 'With flags only',
    nodeNameNote: (p: { name: string }) => `Shown for ${p.name}; use each node’s own name.`,
    scriptTitle: 'install.sh',
    scriptIntro:
      'One script for every role: put it next to the config files and run sh install.sh <role> on each machine.',
    uninstallTitle: 'Uninstall and remove nodes',
    uninstallServer: 'On a server:',
    uninstallAgent: 'On an agent:',
    deleteNode:
      'Uninstalling does not remove the node from the cluster; before reusing a name, delete it from a server (set NODE_NAME to the node’s name first):',
    comments: {
      header: (p: { rulesId: string; edition: string; role: string; link: string }) => [
        `k3s-sizer plan, rules ${p.rulesId} (${p.edition})`,
        `${p.role}: copy to /etc/rancher/k3s/config.yaml`,
        `Recreate this plan: ${p.link}`,
      ],
      sameOnAllServers: 'same on every server',
      creationOnly: 'fixed at cluster creation',
      placeholder: 'placeholder: replace before installing',
      noteSeparator: '; ',
      registriesHeader: (p: { rulesId: string; link: string; latestTagEnv: string }) => [
        `k3s-sizer plan, rules ${p.rulesId}`,
        'Every node, servers and agents: copy to /etc/rancher/k3s/registries.yaml',
        'The embedded registry mirror shares images only from the registries listed under mirrors.',
        `Images tagged latest are not shared between nodes (${p.latestTagEnv}=true would change that; unsupported).`,
        'Every node trusts every other node: deploy images by digest.',
        `Recreate this plan: ${p.link}`,
      ],
    },
    script: {
      header: (p: { rulesId: string; link: string }) => [
        `k3s-sizer install script, rules ${p.rulesId}`,
        `Recreate this plan: ${p.link}`,
        'Usage: sh install.sh <role> next to the config-*.yaml files',
      ],
      usage: (command: string) => `usage: ${command}`,
      waitReady: 'wait until the first server is Ready before anything joins',
      needsName: 'give the name of this node as the second argument',
    },
  },
  visuals: {
    title: 'Diagrams and charts',
    loading: 'Drawing the diagrams and charts…',
    loadFailed: 'The diagrams and charts could not be drawn.',
    topologyTitle: 'Cluster topology',
    topologyDescription:
      'The servers, agents, datastore, registration address and operator of this plan, and the ports each connection uses.',
    registrationTitle: 'How an agent joins',
    registrationDescription:
      'The agent’s client-side load balancer, the websocket tunnel to the supervisor, the endpoint list of all servers and the node password.',
    operator: 'Operator',
    operatorNote: 'kubectl, CI',
    registration: 'Registration address',
    serverPool: (p: { count: number }, f: Formatter) => `× ${f.integer(p.count)} servers`,
    agentPool: (p: { count: number }, f: Formatter) => `× ${f.integer(p.count)} agents`,
    datastore: 'External datastore',
    datastoreNote: 'external datastore',
    datastoreMembers: (p: { count: number }, f: Formatter) => `× ${f.integer(p.count)} members`,
    serverRole: 'server',
    agentRole: 'agent',
    badges: {
      'cluster-init': 'cluster-init',
      'etcd-member': 'etcd member',
      sqlite: 'SQLite',
      tainted: 'tainted',
      'no-agent': 'no agent',
    },
    quorumCaption: (p: { quorum: number; members: number; faultTolerance: number }, f: Formatter) =>
      `etcd quorum ${f.integer(p.quorum)} of ${f.integer(p.members)}, survives ${f.integer(p.faultTolerance)} ${plural(p.faultTolerance, 'failure', 'failures')}`,
    controlPlaneCaption: (p: { servers: number }, f: Formatter) =>
      `Control plane: ${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')}`,
    edgeStyles: {
      api: 'Kubernetes API',
      tunnel: 'websocket tunnel, opened by the agent',
      mesh: 'between all nodes',
      peers: 'between servers',
      data: 'servers to the datastore',
    },
    edges: {
      'operator-api': 'Operator to the Kubernetes API',
      'registration-servers': 'Registration address to the servers',
      'server-peers': 'Between servers',
      'servers-datastore': 'Servers to the datastore',
      'agent-tunnel': 'Agents to the supervisor (the agent opens the tunnel)',
      'node-mesh': 'Between all nodes',
    },
    moreServers: 'and every other server',
    registrationBoxes: {
      agent: 'Agent',
      'client-lb': 'Client load balancer',
      supervisor: 'Supervisor (--server)',
      endpoints: 'Endpoint list',
      'password-file': 'Node password',
      'password-secret': 'Password secret',
    },
    registrationSteps: (s: RegistrationStep, f: Formatter): string => {
      switch (s.step) {
        case 1:
          return `The agent starts a client-side load balancer on 127.0.0.1:${String(s.lbPort)}, seeded with the --server address (${s.serverUrl}).`;
        case 2:
          return `Through it, the agent opens a websocket tunnel to the supervisor on port ${String(s.supervisorPort)}; the agent always opens the connection.`;
        case 3:
          return `It registers with the cluster token and a random node password kept in ${s.passwordFile}; the server keeps the password in the ${s.secret} secret in ${s.namespace}, and later registrations must present the same password.`;
        case 4:
          return `It reads the endpoints of the ${s.service} service in the default namespace: the apiserver address of every server.`;
        case 5:
          return s.servers === 1
            ? 'The load balancer keeps its connection to the server, and adds any server that joins later.'
            : `The load balancer keeps connections to all ${f.integer(s.servers)} servers, so the agent rides out the loss of any one of them.`;
      }
    },
    exportSvg: 'Download SVG',
    exportPng: 'Download PNG',
    /** The accessible name of an export button: its visible text first, then which diagram. */
    exportLabel: (p: { button: string; diagram: string }) => `${p.button}: ${p.diagram}`,
    exportFailed: 'The image could not be made in this browser.',
    asText: 'The diagram as text',
    chartsTitle: 'How needs grow',
    dataTable: 'The numbers as a table',
    series: 'Series',
    fromAgents: 'From agents',
    thisPlan: 'this plan',
    exhausted: 'subnets run out',
    axisAgentsLog: 'Agents (log scale)',
    axisNodes: 'Nodes',
    axisPods: 'Pods',
    axisVcpu: 'vCPU',
    axisMemory: 'Memory (GB)',
    axisMembers: 'etcd members',
    quorum: 'Quorum',
    tolerated: 'Failures tolerated',
    option: 'Control plane',
    tooltipAgents: (p: { agents: number }, f: Formatter) =>
      `${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')}`,
    tooltipNodes: (p: { nodes: number }, f: Formatter) => `${f.integer(p.nodes)} ${plural(p.nodes, 'node', 'nodes')}`,
    tooltipMembers: (p: { members: number }, f: Formatter) =>
      `${f.integer(p.members)} ${plural(p.members, 'member', 'members')}`,
    chartServerVcpu: (p: { servers: number }, f: Formatter) =>
      `vCPU per server by number of agents (${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')})`,
    chartServerMemory: (p: { servers: number }, f: Formatter) =>
      `Memory per server by number of agents (${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')})`,
    chartDatabaseVcpu: 'External database vCPU by number of agents',
    chartDatabaseMemory: 'External database memory by number of agents',
    chartPods: (p: { family: IpFamily }) => `${familyNames[p.family]} pod addresses by number of nodes`,
    podsExhaustedAt: (p: { nodes: number }, f: Formatter) => `Node pod subnets run out at ${f.integer(p.nodes)} nodes.`,
    podsNotExhausted: (p: { xMax: number }, f: Formatter) =>
      `Node pod subnets do not run out within ${f.integer(p.xMax)} nodes.`,
    chartQuorum: 'etcd quorum and tolerated failures, 1 to 9 members',
    chartCost: (p: { agents: number }, f: Formatter) => `Control plane for ${f.integer(p.agents)} agents, three ways`,
    chartShapes:
      'Agent shapes compared for your workloads: agents, total vCPU and memory, allocatable left unrequested',
    costOptions: {
      single: 'Single server',
      'ha-embedded': 'HA, embedded etcd',
      'ha-external': 'HA, external DB',
    } satisfies Record<ControlPlaneOption, string>,
    costServers: 'Servers',
    costDatabase: 'Database',
  },
  fixes: {
    title: 'Fixes that fit',
    apply: 'Apply',
    applyLabel: (p: { text: string }) => `Apply: ${p.text}`,
    describe: fixTexts,
  },
  findings: {
    title: 'Findings',
    none: 'Nothing to report for this plan.',
    counts: (p: Record<Severity, number>, f: Formatter) =>
      `${f.integer(p.error)} ${plural(p.error, 'error', 'errors')}, ${f.integer(p.warning)} ${plural(p.warning, 'warning', 'warnings')}, ${f.integer(p.info)} ${plural(p.info, 'note', 'notes')}`,
    severity: severities,
    whatToDo: 'What to do',
    rule: 'Rule',
    messages: findings,
  },
  source: {
    label: 'Source',
    revision: 'revision read',
    asOf: (p: { date: string }, f: Formatter) => `as of ${f.date(p.date)}`,
  },
  download: {
    json: 'Download plan (JSON)',
    preparing: 'Preparing…',
    failed: 'The plan could not be prepared for download.',
  },
  rules: {
    loading: 'Loading the sizing rules…',
    errorTitle: 'The sizing rules could not be loaded',
    errorKinds: {
      network: (p: { file: string }) => `The rules file ${p.file} could not be fetched. Check your connection.`,
      http: (p: { file: string; status: number }) =>
        `The server answered ${String(p.status)} for the rules file ${p.file}.`,
      json: (p: { file: string }) => `The rules file ${p.file} is not valid JSON.`,
      schema: (p: { file: string }) => `The rules file ${p.file} does not match the rules schema:`,
      unknown: (p: { file: string }) => `No rules file is published under the id “${p.file}”.`,
      index: () => 'The list of published rules files is invalid:',
    },
    retry: 'Try again',
    useDefault: 'Use the default rules',
  },
  presets: {
    title: 'Start from a preset',
    items: {
      'pi-home-lab': { name: 'Raspberry Pi home lab', description: 'Three Pi 4s with embedded etcd on SD cards' },
      'edge-device': { name: 'Single-node edge device', description: 'One ARM board on eMMC, no ingress' },
      'ci-dev': { name: 'CI or dev server', description: 'One server, no agents, kubeconfig readable' },
      'ha-embedded-20': {
        name: 'HA, embedded etcd',
        description: '3 servers, 20 agents, a fixed registration address',
      },
      'ha-postgres-200': {
        name: 'HA, external PostgreSQL',
        description: '2 servers, 200 agents, dedicated control plane',
      },
      'large-800': { name: 'Large cluster', description: '3 servers, external database, 800 agents, larger pod range' },
      'dual-stack-wireguard': { name: 'Dual-stack, encrypted', description: 'IPv4 + IPv6 with wireguard-native' },
      'web-app-workloads': {
        name: 'Web app from its workloads',
        description: '3 servers; agents counted from web, API and worker pods',
      },
    } as Record<PresetId, { name: string; description: string }>,
  },
  toolbar: {
    label: 'Plan',
    copyLink: 'Copy link',
    link: 'the link to this plan',
    importPlan: 'Import plan (JSON)',
    reset: 'Reset to defaults',
    importErrors: {
      'not-json': (p: { detail: string }) => `That file is not JSON (${p.detail}).`,
      'newer-format': (p: { detail: string }) =>
        `That plan was written by a newer k3s-sizer (format ${p.detail}); this version cannot read it.`,
      'unknown-rules': (p: { detail: string }) =>
        `That plan uses rules “${p.detail}”, which this site does not publish.`,
      invalid: () => 'That file is not a valid k3s-sizer plan; nothing was imported:',
    },
  },
  notices: {
    title: 'About this link',
    restored: 'This is the plan you last worked on in this browser.',
    startOver: 'Start from the defaults',
    unknownParams: (p: { names: readonly string[] }, f: Formatter) =>
      `Ignored ${plural(p.names.length, 'a parameter this app does not know', 'parameters this app does not know')}: ${f.list(p.names)}.`,
    invalidParam: (p: { name: string; value: string }) =>
      `The link’s ${p.name}=“${p.value}” is not valid here; the default is used instead.`,
    newerFormat: (p: { version: string }) =>
      `This link was made by a newer version of k3s-sizer (format ${p.version}); what this version understands was kept.`,
    dismiss: 'Dismiss',
  },
  errorBoundary: {
    title: 'Something went wrong while showing the plan',
    body: 'Your plan is still in the address bar. You can reload, or start again from the default plan.',
    reset: 'Reset plan',
    reload: 'Reload',
  },
} satisfies Record<string, unknown>;

export type Catalog = typeof en;
