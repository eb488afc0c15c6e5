/** Chinese catalog: the same keys as the English one, checked by the Catalog type. */
import type { IpFamily } from '../core/network/cidr';
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
import type { Catalog, RangeParams } from './en';
import { shapeText, type ShapeLabelParams } from './shape-text';
import type { CountErrorMessages } from './finding-text';
import type { FindingMessages, Msg } from './types';

/** A term placed after Chinese text: a space before it when it begins with a Latin letter or digit. */
const before = (s: string): string => (/^[A-Za-z0-9]/.test(s) ? ` ${s}` : s);
/** A term followed by Chinese text: a space after it when it ends with a Latin letter or digit. */
const after = (s: string): string => (/[A-Za-z0-9]$/.test(s) ? `${s} ` : s);
/** A term between two runs of Chinese text. */
const term = (s: string): string => after(before(s));

const haModes: Record<HaMode, string> = {
  single: '单服务器',
  'ha-embedded': '嵌入式 etcd 高可用',
  'ha-external': '外部数据存储高可用',
};

const datastores: Record<Datastore, string> = {
  sqlite: 'SQLite（嵌入式）',
  'embedded-etcd': 'etcd（嵌入式）',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'external-etcd': 'etcd（外部）',
};

const disks: Record<DiskKind, string> = {
  nvme: 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD（机械硬盘）',
  'sd-card': 'SD 卡',
  emmc: 'eMMC',
  'cloud-volume': '云块存储卷',
};

const architectures: Record<Architecture, string> = {
  x86_64: 'x86_64（amd64）',
  arm64: 'arm64（aarch64）',
  armhf: 'armhf（32 位 ARM）',
  s390x: 's390x（IBM Z）',
};

const devices: Record<DeviceClass, string> = {
  server: '服务器或虚拟机',
  'low-power-board': '树莓派或类似开发板',
};

const serverWorkloads: Record<ServerWorkloads, string> = {
  shared: '同时运行工作负载（默认）',
  dedicated: '仅运行控制平面（带污点）',
  agentless: '无代理组件（实验性）',
};

const ipFamilies: Record<IpFamilyMode, string> = { ipv4: 'IPv4', ipv6: '仅 IPv6', dual: '双栈（IPv4 + IPv6）' };
const familyNames: Record<IpFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

const backends: Record<FlannelBackend, string> = {
  vxlan: 'vxlan（默认）',
  'host-gw': 'host-gw',
  'wireguard-native': 'wireguard-native（加密）',
  none: 'none（自行安装 CNI）',
  ipsec: 'ipsec（已移除）',
  wireguard: 'wireguard（旧版，已移除）',
};

const egressModes: Record<EgressSelectorMode, string> = {
  agent: 'agent（默认）',
  pod: 'pod',
  cluster: 'cluster',
  disabled: 'disabled',
};

const operatingSystems: Record<OperatingSystem, string> = {
  ubuntu: 'Ubuntu',
  debian: 'Debian',
  raspios: 'Raspberry Pi OS',
  rhel: 'RHEL、CentOS、Rocky、AlmaLinux',
  fedora: 'Fedora',
  sles: 'SUSE Linux Enterprise',
  opensuse: 'openSUSE Leap',
};

const nodeNamings: Record<NodeNaming, string> = {
  hostname: '每台机器自身的主机名（K3s 默认）',
  'node-name': '按下方模式生成的名称（K3S_NODE_NAME）',
  'with-node-id': '主机名加随机 ID（--with-node-id）',
};

const configRoles: Record<ConfigRole, string> = {
  'server-init': '第一台服务器',
  server: '其他服务器',
  agent: '代理节点',
};

const installNameFields = { serverNames: '服务器名称', agentNames: '代理节点名称' } as const;

const firewalls: Record<Firewall, string> = { off: '关闭（K3s 推荐）', firewalld: 'firewalld', ufw: 'ufw' };

const listFields: Record<CidrListField, string> = {
  clusterCidr: '集群 CIDR',
  serviceCidr: '服务 CIDR',
  nodeNetwork: '节点网络',
};

const parties: Record<PortParty, string> = {
  servers: '服务器',
  agents: '代理节点',
  'all-nodes': '所有节点',
  datastore: '数据库主机',
  clients: '客户端',
  operators: '运维人员（kubectl）',
};

const portPurposes: Record<PortId, string> = {
  'etcd-peers': '嵌入式 etcd 客户端和对等成员（仅限嵌入式 etcd 高可用）',
  'supervisor-api': 'K3s supervisor 和 Kubernetes API Server',
  'flannel-vxlan': 'Flannel VXLAN',
  kubelet: 'Kubelet 指标和 API',
  'flannel-wireguard-ipv4': 'Flannel WireGuard（IPv4）',
  'flannel-wireguard-ipv6': 'Flannel WireGuard（IPv6）',
  'spegel-p2p': '嵌入式镜像仓库（Spegel）点对点通信',
  'spegel-api': '嵌入式镜像仓库（Spegel），经由 supervisor 端口',
  datastore: '外部数据存储',
  'datastore-peers': '外部 etcd 对等通信（etcd 成员之间）',
  'ingress-http': 'Traefik HTTP（经由 ServiceLB）',
  'ingress-https': 'Traefik HTTPS（经由 ServiceLB）',
  kubectl: '供 kubectl 和 CI 使用的 Kubernetes API',
};

const localPorts: Record<(typeof LOCAL_PORT_IDS)[number], string> = {
  'etcd-metrics': 'etcd 指标',
  'etcd-legacy-http': 'etcd 旧版 HTTP API',
  'apiserver-local': 'kube-apiserver 本地访问',
  'cri-streaming': 'containerd 和 cri-dockerd 的 exec/logs 流式传输',
  'kubelet-health': 'kubelet 健康检查',
  'kube-proxy-metrics': 'kube-proxy 指标',
  'kubelet-api': 'kubelet 指标和 API',
  'kube-proxy-health': 'kube-proxy 健康检查',
  'controller-manager-metrics': 'kube-controller-manager 指标',
  'cloud-controller-manager-metrics': 'cloud-controller-manager 指标',
  'scheduler-metrics': 'kube-scheduler 指标',
};

const osStepTexts: Record<OsStepId, { title: string; why: string }> = {
  'nm-cloud-setup': {
    title: '禁用 nm-cloud-setup 并重启',
    why: '在较早的 RHEL 版本上，NetworkManager 的 nm-cloud-setup 会干扰 K3s 网络。',
  },
  'rhel10-kernel-modules-extra': { title: '安装 kernel-modules-extra', why: '此 RHEL 版本需要此软件包才能运行 K3s。' },
  'raspios-cgroups': {
    title: '启用内存 cgroup',
    why: 'Raspberry Pi OS 启动时未启用内存 cgroup，而 K3s 需要它才能启动服务。需要在启动命令行中添加 cgroup_memory=1 cgroup_enable=memory。',
  },
  'ubuntu-raspi-vxlan-module': {
    title: '安装 VXLAN 内核模块',
    why: '在这些 Ubuntu 版本上，树莓派的 VXLAN 支持已移到单独的软件包中。',
  },
  'old-iptables': {
    title: '切换到旧版 iptables（或使用 --prefer-bundled-bin 启动 K3s）',
    why: '较早的 Debian 版本附带的 iptables 在 nftables 模式下存在已知缺陷。',
  },
  'wireguard-kernel-module': {
    title: '检查 WireGuard 内核模块',
    why: 'wireguard-native 要求每个节点（包括服务器和代理节点）都加载 WireGuard 模块。',
  },
  'ipv6-accept-ra': {
    title: '保留路由器通告的 IPv6 路由',
    why: '如果 IPv6 默认路由来自路由器通告，那么除非 accept_ra 为 2，否则节点会在该路由过期时将其丢弃。接受路由器通告会增加中间人攻击的风险。',
  },
};

const fixTexts: Catalog['fixes']['describe'] = (fix, f) => {
  switch (fix.kind) {
    case 'cluster-cidr': {
      const extra = [
        fix.mask === null ? null : `每节点 /${String(fix.mask)} 子网`,
        fix.maxPods === null ? null : `最大 Pod 数 ${f.integer(fix.maxPods)}`,
      ].filter((x): x is string => x !== null);
      return `将 ${fix.cidr} 用作 ${familyNames[fix.family]} 集群 CIDR${extra.length > 0 ? `，同时设置${f.list(extra)}` : ''}。`;
    }
    case 'node-mask':
      return `为每个节点分配 /${String(fix.mask)} 的 ${familyNames[fix.family]} Pod 子网${fix.maxPods === null ? '' : `，并将最大 Pod 数降至 ${f.integer(fix.maxPods)}`}。`;
    case 'max-pods':
      return `将最大 Pod 数降至 ${f.integer(fix.maxPods)}。`;
    case 'private-range':
      return `将 ${fix.cidr} 用作 ${familyNames[fix.family]} ${fix.field === 'clusterCidr' ? '集群' : '服务'} CIDR。`;
  }
};

const shapeNames: Record<ShapeId, string> = {
  'cloud-2x4': '2 vCPU / 4 GB',
  'cloud-4x8': '4 vCPU / 8 GB',
  'cloud-8x32': '8 vCPU / 32 GB',
  'pi4-8gb': '树莓派 4（8 GB）',
  'custom-1': '自定义规格 1',
  'custom-2': '自定义规格 2',
  'custom-3': '自定义规格 3',
};

/** A shape of the reader's own with its size, as the editor, the card and the findings name it. */
const describeShape: Catalog['form']['workloads']['custom']['describe'] = (p, f) =>
  `${p.name}：${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`;

/** A shape as a finding names it: a preset by its name, a shape of the reader's own with its size. */
const shapeLabel: Msg<ShapeLabelParams> = (p, f) =>
  shapeText(shapeNames, describeShape, p.shape, { vcpu: p.shapeCpuMillis / 1000, memoryMiB: p.shapeMemoryMiB }, f);

const tiers: Record<string, string> = {
  small: '小型',
  medium: '中型',
  large: '大型',
  'x-large': '超大型（X-Large）',
  'xx-large': '特大型（XX-Large）',
};

const findings: FindingMessages = {
  'topology.sqlite-multi-server': {
    title: (p, f) => `SQLite 无法支撑 ${f.integer(p.servers)} 台服务器`,
    why: () => '嵌入式 SQLite 是单服务器数据存储：它位于一台服务器的磁盘上，无法与其他服务器共享。',
    fix: (p, f) =>
      `使用 1 台服务器搭配 SQLite，或者选择嵌入式 etcd 高可用（${f.integer(p.embeddedMinServers)} 台或更多服务器）或外部数据存储高可用（${f.integer(p.externalMinServers)} 台或更多服务器）。`,
  },
  'topology.mode-datastore-mismatch': {
    title: (p) => `${haModes[p.haMode]}模式不能使用${term(datastores[p.datastore])}作为数据存储`,
    why: (p) =>
      p.haMode === 'ha-embedded'
        ? '嵌入式 etcd 高可用将集群状态保存在每台服务器上的 etcd 中，因此数据存储必须是嵌入式 etcd。'
        : '外部数据存储高可用将集群状态保存在服务器之外的数据库中：MySQL、MariaDB、PostgreSQL 或 etcd。',
    fix: (p) =>
      p.haMode === 'ha-embedded'
        ? '将数据存储设为 etcd（嵌入式），或者选择与当前数据存储匹配的高可用模式。'
        : '选择 MySQL、MariaDB、PostgreSQL 或外部 etcd 作为数据存储，或者选择与当前数据存储匹配的高可用模式。',
  },
  'topology.single-mode-several-servers': {
    title: (p, f) => `单服务器模式下有 ${f.integer(p.servers)} 台服务器`,
    why: () => '单服务器集群只有一台服务器；多台服务器需要使用高可用模式。',
    fix: () => '将服务器数量设为 1，或者选择与数据存储匹配的高可用模式。',
  },
  'topology.ha-too-few-servers': {
    title: (p, f) =>
      `${haModes[p.haMode]}模式至少需要 ${f.integer(p.minimum)} 台服务器，当前只有 ${f.integer(p.servers)} 台`,
    why: (p, f) =>
      p.haMode === 'ha-embedded'
        ? `只要多数成员正常运行，etcd 就能继续工作；成员少于 ${f.integer(p.minimum)} 个时，任何一台服务器都不能发生故障。`
        : '只有一台服务器时，即使外部数据库仍然可用，该服务器一旦失效，控制平面也会停止。',
    fix: (p, f) => `规划 ${f.integer(p.minimum)} 台或更多服务器；如果不需要高可用，请选择单服务器模式。`,
  },
  'etcd.single-member': {
    title: () => '只有一个 etcd 成员：尚不具备容错能力',
    why: () => '使用嵌入式 etcd 的单台服务器不具备高可用性，但可以扩展：之后可以通过 --server 让更多服务器加入。',
    fix: (p, f) =>
      `需要高可用时，添加服务器，使成员数达到 ${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => `${f.integer(n)} 个`))}。`,
  },
  'etcd.two-members': {
    title: (p, f) => `${f.integer(p.members)} 个 etcd 成员无法容忍任何成员故障`,
    why: (p, f) =>
      `${f.integer(p.members)} 个成员时，仲裁需要 ${f.integer(p.quorum)} 个成员：任一服务器发生故障，etcd 都会停止接受写入。这比单台服务器的可用性更低，硬件却多了一倍。`,
    fix: (p, f) =>
      `使用 ${f.integer(p.minimum)} 台服务器（可容忍 ${f.integer(p.minimumFaultTolerance)} 台服务器故障）；如果不需要高可用，则使用 1 台服务器。`,
  },
  'etcd.even-member-count': {
    title: (p, f) => `${f.integer(p.members)} 个 etcd 成员：偶数个成员不会增加容错能力`,
    why: (p, f) =>
      `${f.integer(p.members)} 个成员的仲裁为 ${f.integer(p.quorum)} 个，因此集群可容忍 ${f.integer(p.faultTolerance)} 个成员故障：与 ${f.integer(p.oddBelow)} 个成员相同，却多了一台可能发生故障的机器。`,
    fix: (p, f) => `使用 ${f.integer(p.oddBelow)} 台或 ${f.integer(p.oddAbove)} 台服务器。`,
  },
  'etcd.too-many-members': {
    title: (p, f) => `${f.integer(p.members)} 个 etcd 成员超过了建议的 ${f.integer(p.recommendedMax)} 个`,
    why: () =>
      '每次写入都会复制到每个成员，因此 etcd 集群越大，写入越慢。5 个成员已可容忍 2 个成员故障，在大多数情况下已经足够。',
    fix: (p, f) =>
      `保持 ${f.alternatives(p.suggestedCounts.map((n) => f.integer(n)))} 台服务器；如需更多容量，请添加代理节点，而不是 etcd 成员。`,
  },
  'datastore.external-etcd-members': {
    title: (p, f) =>
      p.members === 1
        ? '只有一台外部 etcd 主机：数据存储没有容错能力'
        : `外部 etcd：${f.integer(p.members)} 个成员，仲裁数 ${f.integer(p.quorum)}，可容忍 ${f.integer(p.faultTolerance)} 个成员故障`,
    why: (p, f) =>
      p.members === 1
        ? '即使服务器是高可用的，所有写入仍然发往同一个 etcd 成员：它一旦故障，集群就会停止。'
        : p.members === 2
          ? `${f.integer(p.members)} 个成员时仲裁数为 ${f.integer(p.quorum)}：任意一个故障，etcd 都会停止接受写入。`
          : p.members % 2 === 0
            ? `偶数个成员不会增加容错能力：${f.integer(p.members - 1)} 个成员可容忍同样多的成员故障，还少一台可能发生故障的机器。`
            : p.members > p.recommendedMax
              ? `etcd 建议成员不超过 ${f.integer(p.recommendedMax)} 个；集群越大，写入越慢。`
              : '每次写入都需要多数成员（(n/2)+1）同意。成员之间通过对等端口通信。',
    fix: (p, f) =>
      p.members % 2 === 0 || p.members === 1
        ? `请运行 ${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => `${f.integer(n)} 个`))} etcd 成员。`
        : p.members > p.recommendedMax
          ? `请保持 ${f.alternatives(p.suggestedCounts.map((n) => f.integer(n)))} 个成员。`
          : '对等端口只对成员之间开放。',
  },
  'etcd.quorum': {
    title: (p, f) =>
      `etcd 仲裁（quorum）为 ${f.integer(p.members)} 个成员中的 ${f.integer(p.quorum)} 个：可容忍 ${f.integer(p.faultTolerance)} 台服务器故障`,
    why: () => '每次写入都需要多数成员，即 (n/2)+1 个成员达成一致。',
    fix: () => '替换故障服务器时，先移除它的 etcd 成员，再添加新服务器。',
  },
  'etcd.disk-space': {
    title: (p, f) => `每台服务器至少为 etcd 预留 ${f.memory(p.atDefaultQuotaMiB)}`,
    why: (p, f) =>
      `etcd 数据库最多可增长到 ${f.memory(p.quotaMiB)} 的配额，而 K3s 会在 ${p.directory} 中保留 ${f.integer(p.retention)} 个快照（每 ${f.integer(p.intervalHours)} 小时一个），每个快照最大可达数据库的大小。若采用 etcd 建议的最大配额 ${f.memory(p.suggestedMaxQuotaMiB)}，则需要 ${f.memory(p.atSuggestedMaxQuotaMiB)}。`,
    fix: () => '此外还要加上操作系统、容器镜像和工作负载数据所需的空间，并为服务器配置不少于配额的内存。',
  },
  'disk.flash-under-etcd': {
    title: (p) => `etcd 位于${term(disks[p.disk])}上`,
    why: (p) =>
      p.fitness === 'unsuitable'
        ? `etcd 的写入非常密集；${after(disks[p.disk])}存储无法承受它的 IO 负载。`
        : `etcd 的写入非常密集，而${term(disks[p.disk])}存储的性能差异很大。`,
    fix: () => '连接外部 SSD 并将 /var/lib/rancher/k3s 放在其上，或者使用 SQLite 运行单台服务器。',
  },
  'disk.hdd-under-etcd': {
    title: () => 'etcd 位于机械硬盘上',
    why: (p, f) =>
      `etcd 对写入延迟非常敏感，要求每次写入在 ${f.integer(p.maxLatencyMs)} ms 内完成；繁忙的 HDD 往往耗时更长，而写入过慢会导致集群失去 leader。`,
    fix: () => '为 etcd 使用 SSD。如果必须使用机械硬盘，请选用 15,000 RPM 的磁盘，并将 etcd 放在单独的磁盘上。',
  },
  'disk.ssd-recommended': {
    title: (p) => `建议使用 SSD，而不是${before(disks[p.disk])}`,
    why: () => 'K3s 的性能取决于其数据存储的性能。',
    fix: () => '尽可能为数据存储使用 SSD。',
  },
  'disk.datastore-io': {
    title: (p, f) =>
      `${p.datastore === 'etcd' ? 'etcd' : 'SQLite'} 需要 ${f.integer(p.iops)} IOPS，且延迟低于 ${f.integer(p.maxLatencyMs)} ms`,
    why: (p, f) =>
      `K3s 资源分析测得，仅数据存储和控制平面就需要 ${f.integer(p.iops)} IOPS、${f.integer(p.kibPerSecond)} KiB/s 的吞吐量以及低于 ${f.integer(p.maxLatencyMs)} ms 的延迟；达不到这些指标会拖慢控制平面，甚至使其无法保存状态。`,
    fix: () => '安装前先对磁盘进行基准测试（例如使用 fio），并为操作系统、日志和镜像拉取留出余量。',
  },
  'disk.separate-server-agent-data': {
    title: () => '将服务器数据和代理数据放在不同的磁盘上',
    why: () =>
      '当服务器同时运行工作负载时，数据存储（/var/lib/rancher/k3s/server）会与镜像拉取和容器（/var/lib/rancher/k3s/agent）共用一块磁盘，而镜像拉取的 IO 开销很大。',
    fix: () =>
      '将 /var/lib/rancher/k3s/server 和 /var/lib/rancher/k3s/agent 挂载到不同的磁盘上，并让 Pod 存储避开这两块磁盘；或者让服务器专用于控制平面。',
  },
  'disk.cloud-volume-iops': {
    title: () => '按 IOPS 而不是容量来确定云存储卷的大小',
    why: () => '在大多数云平台上，块存储卷的 IOPS 随其容量增长。',
    fix: () => '选择能提供最大 IOPS 的最小卷容量。',
  },
  'cluster.production-ha-external': {
    title: (p, f) => `${f.integer(p.nodes)} 个节点：建议使用外部数据库高可用`,
    why: (p) =>
      p.haMode === 'single'
        ? '对于生产环境和大型集群，K3s 文档建议使用外部数据库的高可用方案；单台服务器是整个集群的单点故障。'
        : '嵌入式 etcd 具备高可用性，但对于生产环境和大型集群，K3s 文档建议使用外部数据库。',
    fix: (p, f) =>
      `节点超过 ${f.integer(p.largeAbove)} 个时，请规划 ${f.integer(p.minServers)} 台或更多服务器，并使用 MySQL、PostgreSQL 或 etcd 作为外部数据存储。`,
  },
  'cluster.unique-hostnames': {
    title: () => '每个节点都需要唯一的主机名',
    why: () =>
      '两个节点不能使用相同的主机名：服务器将每个节点的密码保存在 <host>.node-password.k3s Secret 中，并会拒绝同名的第二个节点。',
    fix: () =>
      '为每台机器设置各自的主机名，或使用 --with-node-id 启动 K3s，或为每个节点传入 --node-name（K3S_NODE_NAME）。',
  },
  'cluster.join-in-batches': {
    title: (p, f) => `分批加入 ${f.integer(p.agents)} 个代理节点，每批不超过 ${f.integer(p.batchSize)} 个`,
    why: () => '代理节点加入时，服务器的 CPU 占用会出现峰值。',
    fix: (p, f) => `共需 ${f.integer(p.batches)} 批；每批之间请等待服务器的 CPU 占用回落。`,
  },
  'cluster.beyond-kubernetes-limits': {
    title: (p, f) => `${f.integer(p.nodes)} 个节点超出了 Kubernetes 支持的 ${f.integer(p.maxNodes)} 个节点上限`,
    why: (p, f) =>
      `Kubernetes 的设计上限为 ${f.integer(p.maxNodes)} 个节点、每个节点 ${f.integer(p.maxPodsPerNode)} 个 Pod、每个集群 ${f.integer(p.maxPods)} 个 Pod。`,
    fix: () => '将工作负载拆分到多个集群中。',
  },
  'platform.arch-builds-ended': {
    title: (p) =>
      p.releaseHasBuilds === false
        ? `K3s ${p.version} 没有面向${term(architectures[p.arch])}的构建，无法安装`
        : p.releaseHasBuilds === true
          ? `K3s ${p.version} 是最后一批面向${term(architectures[p.arch])}构建的版本之一`
          : `K3s 目前没有面向${term(architectures[p.arch])}的构建`,
    why: (p, f) =>
      p.releaseHasBuilds === false
        ? `上游已于 2023 年 12 月停止构建 ${p.arch}，并于 ${f.date(p.endedOn)}将其从支持矩阵中移除${p.listed ? '（本版本规则的要求页面仍列出了它）' : ''}；安装脚本找不到该版本的二进制文件。`
        : p.releaseHasBuilds === true
          ? `该版本仍提供 ${p.arch} 二进制文件，但之后的版本都不再提供：没有安全修复，也无法升级。`
          : p.listed
            ? `要求页面仍列出了 ${p.arch}，但上游已于 ${f.date(p.endedOn)}停止为其提供构建。`
            : `${p.arch} 已于 ${f.date(p.endedOn)}从 K3s 支持矩阵中移除，不再提供构建。`,
    fix: () => '请规划 x86_64、arm64 或 armhf 机器。',
  },
  'platform.arm64-page-size': {
    title: (p) => `在 K3s ${p.version} 中，arm64 内核必须使用 4k 页`,
    why: (p, f) => `在 2023 年 5 月的版本（${f.list(p.fixedIn)}）之前，arm64 上的 K3s 需要使用 4k 页的内核。`,
    fix: (p) =>
      `使用 K3s ${p.since} 或更高版本，或使用 4k 页的内核（RHEL 9、Ubuntu、Raspberry Pi OS 和 SLES 均符合要求）。`,
  },
  'platform.board-too-small': {
    title: (p, f) => `${f.integer(p.boardVcpu)} 核、${f.memory(p.boardMemoryMiB)} 的开发板无法承载这些服务器`,
    why: (p, f) =>
      `每台服务器需要 ${f.vcpu(p.needVcpu)} 和 ${f.memory(p.needMemoryMiB)}；树莓派 4 级别的开发板只有 ${f.integer(p.boardVcpu)} 个核心和 ${f.memory(p.boardMemoryMiB)}。`,
    fix: () => '在服务器级机器上运行服务器（代理节点可以继续使用开发板），或者缩小集群规模。',
  },
  'version.unknown-line': {
    title: (p) => `没有已知的“${p.requested}”版本`,
    why: (p) => `规则中没有列出该次版本的任何发布版本，因此版本检查将使用 ${p.fallback}。`,
    fix: () => '请固定一个确切的版本（例如 v1.31.4+k3s1），或者选择 stable channel。',
  },
  'network.cidr-invalid': {
    title: (p) => `“${p.value}”不是有效的${listFields[p.field]}`,
    why: (p) =>
      p.reason === 'host-bits'
        ? `CIDR 表示的是一个网络：地址必须是其地址块中的第一个地址。${p.value} 设置了主机位。`
        : p.reason === 'prefix-range'
          ? `前缀长度必须介于 0 和 ${String(p.maxPrefix ?? 0)} 之间。`
          : `请填写地址和前缀长度，例如 ${p.examples.join(' 或 ')}；两个范围之间用逗号分隔。`,
    fix: (p) => (p.network === null ? `请更正${listFields[p.field]}。` : `使用 ${p.network}。`),
  },
  'network.cidr-wrong-family': {
    title: (p) =>
      `${listFields[p.field]} ${p.value} 属于 ${familyNames[p.family]}，但集群的 IP 协议族是“${ipFamilies[p.mode]}”`,
    why: () => '每个范围都必须属于集群所使用的 IP 协议族。',
    fix: (p) =>
      p.mode === 'dual' ? '删除该范围。' : `使用 ${p.mode === 'ipv4' ? 'IPv4' : 'IPv6'} 范围，或者更改 IP 协议族。`,
  },
  'network.cidr-list-shape': {
    title: (p) =>
      p.mode === 'dual'
        ? `双栈${term(listFields[p.field])}需要一个 IPv4 范围和一个 IPv6 范围`
        : `${after(listFields[p.field])}必须恰好包含一个范围`,
    why: (p, f) =>
      p.mode === 'dual'
        ? 'K3s 要求每台服务器上的双栈集群 CIDR 和服务 CIDR 各包含一个 IPv4 范围和一个 IPv6 范围。'
        : `单栈集群只有一个${listFields[p.field]}；而此列表包含 ${f.integer(p.count)} 个。`,
    fix: (p) => (p.mode === 'dual' ? `将它们写成一个列表，例如 ${p.example}。` : '只保留一个范围。'),
  },
  'network.overlap': {
    title: (p) => `${listFields[p.a]} ${p.aCidr} 与${listFields[p.b]} ${p.bCidr} 重叠`,
    why: (p) =>
      p.b === 'nodeNetwork'
        ? '集群内部的地址会遮蔽你网络中的机器：Pod 和服务会使用本属于局域网的路由。'
        : 'Pod 地址和服务地址绝不能重合。',
    fix: (p) => `请选择一个与 ${p.bCidr} 没有任何地址重叠的${listFields[p.a]}。`,
  },
  'network.service-cidr-too-wide': {
    title: (p) => `服务 CIDR ${p.cidr} 的范围大于 /${String(p.maxPrefix)}`,
    why: (p) =>
      `K3s 支持的服务 CIDR 掩码对 IPv4 最大为 /${String(p.maxPrefixV4)}，对 IPv6 最大为 /${String(p.maxPrefixV6)}；/${String(p.prefix)} 超出了这一范围。`,
    fix: (p) => `请使用 /${String(p.maxPrefix)} 或更小的 ${familyNames[p.family]} 范围。`,
  },
  'network.node-mask-too-short': {
    title: (p) =>
      `${familyNames[p.family]} 节点掩码 /${String(p.nodeMask)} 不比集群前缀 /${String(p.clusterPrefix)} 更长`,
    why: () => '每个节点会分到集群 CIDR 的一部分；这一部分必须小于整体，否则最多只有一个节点能获得 Pod 地址。',
    fix: (p) =>
      `请使用比 /${String(p.clusterPrefix)} 更长的节点掩码（K3s 对 IPv4 使用 /${String(p.defaultMaskV4)}，对 IPv6 使用 /${String(p.defaultMaskV6)}）。`,
  },
  'network.ipv6-node-mask-gap': {
    title: (p, f) =>
      `IPv6 节点掩码 /${String(p.nodeMask)} 比集群前缀 /${String(p.clusterPrefix)} 长了超过 ${f.integer(p.maxGap)} 位`,
    why: (p, f) => `kube-controller-manager 会拒绝比集群 CIDR 长 ${f.integer(p.maxGap)} 位以上的 IPv6 节点子网。`,
    fix: (p) => `请使用 /${String(p.nodeMask - p.maxGap)} 或更长的 IPv6 集群 CIDR，或者使用更短的节点掩码。`,
  },
  'network.pod-subnets-full': {
    title: (p, f) =>
      `${p.clusterCidr} 的全部 ${f.bigCount(p.nodeSubnets)} 个 ${familyNames[p.family]} Pod 子网都已被使用`,
    why: (p, f) =>
      `${f.integer(p.nodes)} 个节点占用了所有节点子网，因此替换节点或之后加入的节点在已删除节点的子网释放之前都分配不到子网。K3s 文档建议在节点子网用尽之前扩大集群 CIDR。`,
    fix: () => '请预留余量：在创建集群之前使用更大的集群 CIDR。',
  },
  'network.pod-subnets-exhausted': {
    title: (p, f) =>
      `${f.integer(p.nodes)} 个节点所需的 ${familyNames[p.family]} Pod 子网超过了 ${p.clusterCidr} 所能提供的数量（${f.bigCount(p.nodeSubnets)}）`,
    why: (p, f) =>
      `使用 /${String(p.nodeMask)} 节点子网时，${p.clusterCidr} 只能为 ${f.bigCount(p.nodeSubnets)} 个节点提供 Pod 地址范围；第 ${f.integer(Number(p.nodeSubnets) + 1)} 个节点将分配不到子网，其上的 Pod 永远无法启动。`,
    fix: (p, f) =>
      p.fixes.length === 0
        ? '调整地址范围或节点掩码都无法满足需求：请将工作负载拆分到多个集群中。'
        : `${p.fixes.map((x) => fixTexts(x, f)).join('或者：')}每种修复方案都已对照你的其他地址范围检查过。`,
  },
  'network.max-pods-exceed-subnet': {
    title: (p, f) =>
      `最大 Pod 数 ${f.integer(p.maxPods)} 超过了 /${String(p.nodeMask)} 节点子网可分配的地址数（${f.integer(p.usablePerNode)}）`,
    why: () => '节点上的每个 Pod 都会从该节点的 Pod 子网中获取一个地址；网络地址、网关地址和 IPv4 广播地址不可使用。',
    fix: (p, f) =>
      p.fixes.length === 0
        ? '请使用更短的节点掩码或更小的最大 Pod 数。'
        : p.fixes.map((x) => fixTexts(x, f)).join('或者：'),
  },
  'network.max-pods-above-recommended': {
    title: (p, f) =>
      `最大 Pod 数 ${f.integer(p.maxPods)} 超过了 Kubernetes 设计的每节点 ${f.integer(p.recommendedMax)} 个`,
    why: (p, f) =>
      `Kubernetes 的测试上限为每个节点 ${f.integer(p.recommendedMax)} 个 Pod；超出这一数量会给 kubelet 和容器运行时带来压力。`,
    fix: (p, f) => `请将最大 Pod 数保持在 ${f.integer(p.recommendedMax)} 以内，改为增加节点。`,
  },
  'network.range-not-private': {
    title: (p) =>
      p.space === 'reserved' ? `${p.cidr} 是保留地址空间，不能用于实际网络` : `${p.cidr} 是他人的公网地址空间`,
    why: (p) =>
      `${p.space === 'reserved' ? (p.family === 'ipv6' ? '2001:db8::/32 仅用于文档示例（RFC 3849），其他保留范围同样不会分配给任何网络。' : 'TEST-NET 范围仅用于文档示例（RFC 5737）。') : '这些地址属于互联网上的某个网络。'}在集群内部它们会成为${p.field === 'clusterCidr' ? ' Pod ' : '服务'}地址，发往 ${p.cidr} 真正所有者的流量将无法离开集群。`,
    fix: (p) =>
      `请改用大小相同的${p.family === 'ipv6' ? '唯一本地地址（fd00::/8）' : '私有地址（RFC 1918）'}范围，例如下面给出的范围。`,
  },
  'network.default-cidrs-lan': {
    title: (p, f) => `请检查你的网络是否已在使用 ${f.list(p.cidrs)}`,
    why: () =>
      '这些是 K3s 的默认值。如果机器所在的局域网或 VPC、VPN 或对等网络使用了这些地址，发往这些地址的流量会被引入集群而无法到达。',
    fix: () => '请填写节点网络，以便规划对其进行检查；或者在创建集群之前选择其他范围。',
  },
  'network.dual-stack-version': {
    title: (p) =>
      p.stage === 'unavailable' ? `双栈需要 K3s ${p.since} 或更高版本` : `在 ${p.since} 之前，双栈是实验性功能`,
    why: (p) => `K3s ${p.version} ${p.stage === 'unavailable' ? '早于首个支持双栈的版本' : '早于双栈功能稳定的版本'}。`,
    fix: (p) => `请使用 K3s ${p.since} 或更高版本。`,
  },
  'network.ipv6-only-version': {
    title: (p) => `仅 IPv6 集群需要 K3s ${p.since} 或更高版本`,
    why: (p) => `K3s ${p.version} 无法运行单栈 IPv6 集群。`,
    fix: (p) => `请使用 K3s ${p.since} 或更高版本。`,
  },
  'network.dual-stack-at-creation': {
    title: () => '双栈需在创建集群时选定',
    why: () => '现有的纯 IPv4 集群无法切换为双栈；每台服务器从一开始就需要配置双栈的集群 CIDR 和服务 CIDR。',
    fix: () => '现在就做出决定，并在每台服务器上设置相同的双栈列表。',
  },
  'network.ipv6-primary-node-ip': {
    title: () => 'IPv6 优先的双栈需要显式指定节点 IP',
    why: () => 'kubelet 默认以 IPv4 作为主协议族；如果 IPv6 排在前面，每个节点都必须显式声明。',
    fix: () => '在每台服务器和代理节点上设置 --node-ip，先写节点的 IPv6 地址，再写其 IPv4 地址。',
  },
  'network.kubelet-ipv6-bug': {
    title: (p) => `K3s ${p.version} 中的 Kubernetes 可能会忽略节点的 IPv6 地址（已在 ${p.since} 中修复）`,
    why: () => '当集群流量不经过主网络接口时，kubelet 会忽略节点的 IPv6 地址（Kubernetes issue #111695）。',
    fix: (p) =>
      `使用 K3s ${p.since} 或更高版本，或者在服务器和代理节点上传入 --kubelet-arg="node-ip=0.0.0.0"（优先 IPv4）或 --kubelet-arg="node-ip=::"（优先 IPv6）。`,
  },
  'network.ipv6-accept-ra': {
    title: () => '路由器通告的 IPv6 路由需要 accept_ra=2',
    why: () => '如果 IPv6 默认路由来自路由器通告，在开启转发的情况下，节点会在该路由过期时将其丢弃。',
    fix: () =>
      '在每个节点上设置 net.ipv6.conf.all.accept_ra=2（参见操作系统准备步骤），但要注意这会增加中间人攻击的风险。',
  },
  'network.ipv6-masq-suggested': {
    title: (p) => `${p.cidr} 中的 Pod 会以无法路由的 IPv6 地址离开集群`,
    why: () =>
      'Flannel 默认会对 IPv4 Pod 流量做地址伪装（masquerade），但不会对 IPv6 流量这样做。唯一本地地址和文档专用地址段在互联网上不可路由。',
    fix: () => '开启 --flannel-ipv6-masq，或者将 Pod 前缀路由到各节点。',
  },
  'network.ipv6-masq-ignored': {
    title: () => '--flannel-ipv6-masq 在此不起作用',
    why: (p) =>
      p.reason === 'ipv4-only'
        ? '它只适用于双栈和仅 IPv6 集群。'
        : '它只在运行 Flannel 时生效；使用自定义 CNI 时，由该 CNI 决定。',
    fix: () => '请将其关闭。',
  },
  'network.external-ip-needs-node-ip': {
    title: () => '--flannel-external-ip 使用每个节点的 --node-external-ip',
    why: () => '只有当每个节点都通告了外部地址时，Flannel 才会将流量发往节点的外部地址。',
    fix: () => '在每台服务器和代理节点上设置 --node-external-ip；代理节点必须通过服务器的外部地址加入。',
  },
  'network.external-ip-unencrypted': {
    title: (p) => `Pod 流量经由外部地址以明文传输（${p.backend} 后端）`,
    why: () => '使用外部 IP 时，Flannel 流量会离开私有网络；只有 wireguard-native 会对其加密。',
    fix: () => '对于跨网络的集群，请使用 wireguard-native 后端。',
  },
  'network.backend-removed': {
    title: (p) => `K3s ${p.version} 中不存在 ${p.backend} 后端`,
    why: (p) => `它已在 ${p.removedIn} 中移除；使用它时 K3s 将无法启动。`,
    fix: () => '如需加密，请使用 wireguard-native（在每台服务器上设置，然后重启各节点，先重启服务器）。',
  },
  'network.backend-deprecated': {
    title: (p) => `${p.backend} 后端已弃用，并在 ${p.removedIn} 中移除`,
    why: (p) =>
      p.strongswanUnbundled
        ? '从 2022 年 12 月的版本起，K3s 不再附带 strongSwan 的 swanctl 和 charon；主机必须自行提供。'
        : p.backend === 'wireguard'
          ? '它需要主机上有 wg 工具，而且升级到它被移除之后的版本将会失败。'
          : '升级到它被移除之后的版本将会失败。',
    fix: () => '迁移到 wireguard-native：在每台服务器上更改该设置，然后重启所有节点，先重启服务器（会有短暂停机）。',
  },
  'network.host-gw-layer2': {
    title: () => 'host-gw 要求所有节点之间具有直接的二层连通性',
    why: () => '它通过节点自身的 IP 地址路由 Pod 子网，不做封装。',
    fix: () => '仅当所有节点处于同一个二层网络时才使用它；否则请保留 vxlan 或使用 wireguard-native。',
  },
  'network.custom-cni': {
    title: () => 'Flannel 已关闭：请自行安装 CNI',
    why: () =>
      '使用 --flannel-backend=none 时，在安装 CNI 之前 Pod 没有网络；也不需要 Flannel 的端口。大多数 CNI 都自带网络策略引擎。',
    fix: () => '同时传入 --disable-network-policy，在第一台服务器安装完成后立即安装 CNI，并参照其双栈文档进行配置。',
  },
  'network.egress-agentless': {
    title: (p) => `egress-selector-mode 为“${egressModes[p.mode]}”时，无代理组件的服务器无法访问集群服务`,
    why: () =>
      '没有代理组件时，服务器不运行 kubelet、CNI 或 kube-proxy，因此 apiserver 需要借助代理节点建立的隧道来访问 webhook 和聚合 API。',
    fix: () => '使用 --egress-selector-mode=pod 或 cluster（之后再更改需要重启每个节点）。',
  },
  'network.egress-pod-custom-cni': {
    title: () => 'egress selector 的“pod”模式与忽略节点 Pod CIDR 的 CNI 不兼容',
    why: () => 'pod 模式按 Node 的 PodCIDR 进行路由；自带 IP 地址管理的 CNI 不使用它。',
    fix: () => '除非你的 CNI 从节点的 Pod CIDR 中分配地址，否则请使用 cluster 或 agent 模式。',
  },
  'network.agentless-servers': {
    title: () => '无代理组件的服务器是实验性功能',
    why: (p) =>
      `它们不运行 kubelet，不会显示为节点，也无法由枚举节点的 operator 管理${p.embeddedEtcd ? '（嵌入式 etcd 控制器也在其中）' : ''}。`,
    fix: () => '除非确有需要，否则请让服务器保留代理组件（如果不应运行工作负载，可为其添加污点）。',
  },
  'network.embedded-registry-version': {
    title: (p) =>
      p.stage === 'unavailable'
        ? `嵌入式镜像仓库需要 K3s ${p.since} 或更高版本`
        : `在 ${p.since} 之前，嵌入式镜像仓库是实验性功能`,
    why: (p) =>
      `K3s ${p.version} ${p.stage === 'unavailable' ? '没有 --embedded-registry' : '早于该功能正式发布（GA）的版本'}。`,
    fix: (p) => `请使用 K3s ${p.since} 或更高版本。`,
  },
  'network.embedded-registry-trust': {
    title: () => '嵌入式镜像仓库假定所有节点彼此信任',
    why: () => '使用凭据拉取的镜像会对所有节点可用，而且任何节点都可以篡改（投毒）镜像标签。',
    fix: () => '只在可信程度相同的节点之间使用它，并按摘要（digest）部署镜像。',
  },
  'network.servicelb-host-ports': {
    title: (p) => `Traefik 会占用每个节点的 ${String(p.httpPort)} 和 ${String(p.httpsPort)} 端口`,
    why: (p) =>
      `ServiceLB 会在每个节点上发布 Traefik 的 LoadBalancer 服务，因此其他 Pod 都不能将 ${String(p.httpPort)} 或 ${String(p.httpsPort)} 用作主机端口或 NodePort。`,
    fix: (p) =>
      `在应接收流量的节点上向客户端开放 ${String(p.httpPort)}/${String(p.httpsPort)}（可以用节点标签限定 ServiceLB 的范围），或者禁用 ServiceLB 或 Traefik。`,
  },
  'network.traefik-without-servicelb': {
    title: () => '没有 ServiceLB 时，Traefik 需要等待其他负载均衡器',
    why: () =>
      'Traefik 的服务类型为 LoadBalancer；禁用 ServiceLB 后，它会一直处于 Pending 状态，直到有其他组件为其分配地址。',
    fix: () => '安装 MetalLB 或 kube-vip，或者保留 ServiceLB，或者禁用 Traefik。',
  },
  'security.vxlan-exposed': {
    title: (p) =>
      p.restricted
        ? `VXLAN 端口 ${String(p.port)} 仅对节点网络开放`
        : p.nodeNetwork === 'public'
          ? `节点使用公网地址，且没有任何措施限制 VXLAN 端口 ${String(p.port)}/${p.protocol}`
          : `切勿将 VXLAN 端口 ${String(p.port)}/${p.protocol} 暴露到公网`,
    why: (p) =>
      `任何能访问节点 ${String(p.port)}/${p.protocol} 端口的人都可以向集群网络发送数据包。${p.nodeNetwork === 'public' ? '所填写的节点网络属于公网地址空间，没有防火墙时互联网上的任何人都能访问。' : ''}`,
    fix: (p) =>
      p.restricted
        ? '在每个节点上保留下方的防火墙规则，并在所有云安全组中设置相同的限制。'
        : `将节点置于只允许节点之间访问 ${String(p.port)}/${p.protocol} 的防火墙或安全组之后；填写节点网络即可获得仅限于该网络的规则。`,
  },
  'security.flannel-net-raw': {
    title: () => '移除不受信任 Pod 的 NET_RAW 权限',
    why: () => 'Flannel 的网桥构成一个二层网络；具有 NET_RAW 权限的 Pod 可以在其中进行 ARP 欺骗。',
    fix: () => '对运行不受信任 Pod 的命名空间应用 restricted Pod 安全标准。',
  },
  'install.registration-address-invalid': {
    title: (p) => `“${p.value}”不是主机名或 IP 地址`,
    why: () =>
      '注册地址会写入每个代理节点的服务器 URL 和服务器证书（tls-san）中；它必须是 DNS 名称或 IP 地址，不能包含协议或端口。',
    fix: () =>
      '请输入名称（例如 k3s.example.com）或地址（例如 192.168.1.100）。在此之前，配置文件将使用第一台服务器，并省略 tls-san。',
  },
  'install.no-registration-address': {
    title: () => '没有固定注册地址',
    why: (p, f) =>
      `代理节点和后续加入的服务器将向 ${p.firstServer} 注册。如果它的地址发生变化或它宕机，新节点就无法加入；在这 ${f.integer(p.servers)} 台服务器前面放置负载均衡器、DNS 名称或虚拟 IP 可以避免这一问题。`,
    fix: () => '请输入注册地址；配置文件随后会将其添加到 tls-san，并将其用作服务器 URL。',
  },
  'install.names-invalid': {
    title: (p, f) =>
      p.reason === 'too-few'
        ? `${installNameFields[p.field]}列表只有 ${f.integer(Number(p.detail))} 个名称，而节点有 ${f.integer(p.needed)} 个`
        : p.reason === 'duplicate'
          ? `“${p.detail}”在${installNameFields[p.field]}中出现了两次`
          : p.reason === 'empty'
            ? `${installNameFields[p.field]}为空`
            : `“${p.detail}”不是有效的节点名称`,
    why: () =>
      '节点名称必须是唯一的小写 DNS 名称：由字母、数字和连字符组成，标签之间用点分隔，每个标签最多 63 个字符。',
    fix: () => '使用带 {n} 的模式（例如 server-{n}），或者为每个节点列出一个名称，用逗号分隔。',
  },
  'install.datastore-host-invalid': {
    title: (p) => `“${p.value}”不是数据库主机名或 IP 地址`,
    why: () => '该主机会写入每台服务器使用的数据存储端点；无效的主机会破坏连接字符串。',
    fix: () => '请输入数据库主机名或地址（外部 etcd 可填写多个，用逗号分隔）。',
  },
  'install.datastore-host-missing': {
    title: () => '尚未输入数据库主机',
    why: () => '配置文件中的数据存储端点使用了占位符 <database-host>。',
    fix: () => '请输入数据库主机，或者在安装前替换配置文件中的占位符。',
  },
  'install.database-identifier-invalid': {
    title: (p) => `“${p.value}”不能用作数据库${p.field === 'datastoreName' ? '名称' : '用户名'}`,
    why: () => '该名称会不加引号地写入连接字符串；由字母、数字和下划线组成且不以数字开头的名称在其中是安全的。',
    fix: () => '请使用 k3s 或 k3s_admin 这样的名称。在此之前，配置文件将使用 k3s。',
  },
  'install.airgap-not-in-edition': {
    title: (p) => `规则版本 ${p.rulesVersion} 不包含离线安装`,
    why: () =>
      '此方案假定节点无法访问互联网，但它固定使用的规则版本早于离线安装的相关内容：安装命令和 install.sh 会从互联网下载 K3s，在这样的节点上会失败。',
    fix: () => '请在“规则版本”字段中选择较新的版本；安装命令随即改为离线安装的形式，并列出需要预先下载的文件。',
  },
  'sizing.below-measured': {
    title: (p, f) =>
      `每台服务器按 ${f.memory(p.plannedMiB)} 规划：表中的 ${f.memory(p.figureMiB)} 低于 K3s 实测使用的 ${f.memory(p.measuredMiB)}`,
    why: (p, f) =>
      `资源分析（K3s ${p.measuredVersion}）测得运行小型工作负载的此类服务器需要 ${f.memory(p.measuredMiB)}；${f.memory(p.figureMiB)} 不会留下任何余量，因此规划取高于实测值的最小整数 GB。`,
    fix: (p, f) => `请为每台服务器规划至少 ${f.memory(p.plannedMiB)}，再加上你的工作负载所需的部分。`,
  },
  'workloads.pod-too-big': {
    title: (p) => `“${p.name}”的 Pod 放不进任何代理节点`,
    why: (p, f) =>
      `每个 Pod 请求 ${f.decimal(p.cpuMillis / 1000, 3)} vCPU 和 ${f.memory(p.memoryMiB)}；即使是余量最大的代理节点规格（${shapeLabel(p, f)}），扣除 K3s 代理、kubelet 预留、驱逐阈值和 DaemonSet 之后，留给 Pod 的也只有 ${f.decimal(p.allocatableCpuMillis / 1000, 3)} vCPU 和 ${f.memory(p.allocatableMemoryMiB)}。调度器会让它一直处于 Pending 状态。`,
    fix: () => '降低该 Pod 的请求量或将其拆分，或者比较更大的代理节点规格。',
  },
  'workloads.pods-per-node-limit': {
    title: (p, f) => `决定代理节点数量的是每个节点 ${f.integer(p.limit)} 个 Pod 的上限，而不是 CPU 或内存`,
    why: (p, f) =>
      p.by === 'max-pods'
        ? `每个代理节点最多运行 ${f.integer(p.limit)} 个 Pod（kubelet 的最大 Pod 数），因此尽管 CPU 和内存可以放进更少的节点，这些 Pod 仍需要 ${f.integer(p.agents)} 个代理节点。`
        : `每个节点的 Pod 子网只有 ${f.integer(p.limit)} 个 Pod 地址，少于最大 Pod 数，因此尽管 CPU 和内存可以放进更少的节点，这些 Pod 仍需要 ${f.integer(p.agents)} 个代理节点。`,
    fix: (p) =>
      p.by === 'max-pods'
        ? '如果节点能够承受，请提高每节点最大 Pod 数（--kubelet-arg=max-pods），或者运行数量更少、资源请求更大的 Pod。'
        : '请使用更短的节点掩码，让每个节点获得更大的 Pod 子网，或者运行数量更少、资源请求更大的 Pod。',
  },
  'workloads.no-failure-headroom': {
    title: (p, f) => `${f.integer(p.agents)} 个代理节点中失去任意一个，Pod 就无处可去`,
    why: () =>
      '没有备用代理节点；当负载最高的代理节点发生故障或因升级而被清空（drain）时，其余代理节点的可分配 CPU、内存或可容纳的 Pod 数量不足以接收它的 Pod。',
    fix: () => '增加一个备用代理节点（N+1），或者降低目标利用率，让每个代理节点都留有余量。',
  },
};

const countErrors: CountErrorMessages = {
  required: () => '请输入一个数字。',
  'not-a-number': () => '请输入整数，例如 3。',
  'not-whole': () => '请输入整数；节点数不能是小数。',
  'too-small': (e, f) => `请输入不小于 ${f.integer(e.min)} 的数。`,
  'too-large': (e, f) => `请输入不大于 ${f.integer(e.max)} 的数。`,
};

const compared: Record<ComparedItem, string> = {
  server: '每台服务器',
  'server-minimum': '服务器最低配置',
  'agent-minimum': '代理节点最低配置',
  'agent-recommended': '代理节点推荐配置',
  database: '外部数据库',
  'control-plane': '控制平面合计',
};

const editionChanges: Record<EditionChangeId, string> = {
  'server-sizing-guide':
    '原先适用于每个节点的硬件表拆分成了服务器和代理节点两套最低要求，并新增了按代理节点数量划分的服务器容量规划指南（Server Sizing Guide）。',
  'ha-server-table-removed':
    '按部署规模列出高可用服务器 CPU/内存的表格已被删除，因为它与服务器容量规划指南相矛盾，而维护者以后者为准。基于旧版翻译文档的规则版本保留了该表：它的解读更为保守，而且许多翻译文档仍在使用它。',
  's390x-removed': 's390x 已从支持矩阵中移除，不再为其提供构建。',
  'flash-storage-under-etcd':
    'SD 卡警告的范围已扩大：在树莓派或任何其他 ARM 设备上，SD 卡和 eMMC 都无法承受 etcd 的 IO 负载。',
};

const profilingRoles: Record<ProfilingRole, string> = {
  'server-with-workload': '运行工作负载的服务器',
  'server-with-one-agent': '单代理节点集群中的服务器（无工作负载）',
  agent: '代理节点',
};

const processors: Record<ProcessorClass, string> = {
  'x86-server': '服务器级 x86',
  'arm-sbc': '树莓派 4',
};

const severities: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const editions: Record<Edition, { name: string; description: string }> = {
  seed: {
    name: '旧版翻译文档',
    description:
      '旧版翻译文档给出的 K3s 要求：所有节点共用一张硬件表，另有一张按集群规模列出高可用服务器 CPU/内存的表。',
  },
  upstream: {
    name: '当前上游文档',
    description: '当前的 K3s 文档：服务器和代理节点分别给出最低要求，并提供按代理节点数量划分的服务器容量规划指南。',
  },
};

/** A table row's bounds the way the K3s tables write them: "最多 100 个节点", "0–350 个代理节点", "1,800+ 个代理节点". */
const range: Msg<RangeParams> = (p, f) => {
  if (p.counts === 'all-nodes') {
    return p.upTo === null ? `超过 ${f.integer(p.above ?? 0)} 个节点` : `最多 ${f.integer(p.upTo)} 个节点`;
  }
  if (p.upTo === null) return `${f.integer(p.above ?? 0)}+ 个代理节点`;
  return `${f.integer(p.above === null ? 0 : p.above + 1)}–${f.integer(p.upTo)} 个代理节点`;
};

export const zh: Catalog = {
  meta: { language: '简体中文' },
  punctuation: { colon: '：', separator: ' · ', comma: '、', open: '（', close: '）' },
  nav: {
    label: '章节',
    sizing: '容量规划',
    network: '网络',
    diagrams: '图示',
    install: '安装',
    findings: '检查结果',
    answer: '规划概览',
    day2: 'Day 2 运维',
    machines: '机器',
  },
  app: {
    title: 'k3s-sizer',
    tagline: '在部署机器之前规划 K3s 集群：每台机器需要什么、哪些地方有风险以及原因，并附有出处。',
    skipToResults: '跳到结果',
    footer: (p) => `规则 ${p.rulesId}。数据来自所引用的 K3s 和 etcd 文档；请结合你的工作负载进行核实。`,
    rulesFile: '规则文件（JSON）',
    planSchema: '规划 JSON Schema',
    printedFrom: (p, f) => `${f.date(p.date)}打印，原始链接：`,
    documentTitle: 'k3s-sizer：规划 K3s 集群',
  },
  preferences: {
    language: '语言',
    languageLoading: '正在加载语言…',
    languageFailed: '无法加载该语言。请检查网络连接后重试。',
    theme: '主题',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
  },
  edition: {
    label: '规则版本',
    help: '容量规划所依据的 K3s 文档集。',
    names: editions,
    option: (p) => `${editions[p.edition].name}（${p.version}${p.superseded ? '，已被取代' : ''}）`,
    compareTitle: (p) => `与${editions[p.other].name}的差异`,
    compareIntro: (p) =>
      `对于此规划，两个规则版本给出的结果不同。你当前按照${editions[p.current].name}进行规划；另一列显示的是${editions[p.other].name}的结果。`,
    compareAgree: (p) => `${editions[p.other].name}对此规划给出的数据相同。`,
    compareLoading: '正在加载另一个规则版本以供比较…',
    compareFailed: '无法加载另一个规则版本，因此不显示比较。',
    item: '项目',
    none: '未说明',
    compared,
    findingsDiffer: '评级不同的检查结果',
    findingAbsent: '未触发',
    whyTitle: '差异原因',
    changes: editionChanges,
    changeDate: (p, f) => f.date(p.date),
    switchTo: (p) => `改用${editions[p.edition].name}进行规划`,
  },
  form: {
    title: '你的集群',
    sections: {
      topology: '拓扑',
      storage: '数据存储和磁盘',
      platform: '平台',
      network: '网络',
      components: '打包组件',
      host: '操作系统和防火墙',
    },
    servers: { label: '服务器', help: '运行 k3s server 的机器：承载控制平面，使用嵌入式数据存储时还承载数据存储。' },
    agents: { label: '代理节点', help: '运行 k3s agent 的机器：只运行工作负载，不运行控制平面。' },
    haMode: { label: '高可用', help: '单台服务器，或者多台服务器共享嵌入式 etcd 或外部数据存储。', options: haModes },
    datastore: { label: '数据存储', help: '集群状态的存放位置。', options: datastores },
    disk: {
      label: '数据存储所在磁盘',
      help: '存放数据存储的存储设备：服务器的磁盘，或者数据库主机的磁盘。',
      options: disks,
    },
    arch: { label: 'CPU 架构', help: '机器的处理器系列。', options: architectures },
    device: { label: '机器类型', help: '低功耗开发板的 CPU 和内存是固定的，实测开销也有所不同。', options: devices },
    boardMemory: {
      label: '开发板内存',
      help: '每块开发板的内存（树莓派 4：1 到 8 GB；树莓派 5：最高 16 GB）。',
      option: (p) => `${String(p.gib)} GB`,
    },
    serverWorkloads: {
      label: '服务器角色',
      help: 'K3s 服务器默认会运行工作负载；CriticalAddonsOnly 污点可让工作负载只运行在代理节点上。',
      options: serverWorkloads,
    },
    k3sVersion: {
      label: 'K3s 版本',
      help: 'channel（stable、latest）、次版本（v1.33）或确切版本；用于版本检查。',
      invalid: '请输入 stable、latest、次版本（例如 v1.33）或具体版本（例如 v1.33.4+k3s1）。',
      resolved: (p) => `检查使用 ${p.version}。`,
    },
    ipFamily: { label: 'IP 协议族', help: '双栈和 IPv6 需在创建集群时选定。', options: ipFamilies },
    clusterCidr: { label: '集群 CIDR（Pod）', help: 'Pod 地址：--cluster-cidr，每个协议族一个范围，用逗号分隔。' },
    serviceCidr: {
      label: '服务 CIDR',
      help: (p) => `ClusterIP 服务地址：--service-cidr；DNS 服务使用其中的第 ${String(p.dnsOffset)} 个地址。`,
    },
    nodeMaskV4: {
      label: 'IPv4 节点掩码',
      help: (p, f) =>
        `每个节点 IPv4 Pod 子网的大小（默认为 /${String(p.mask)} = ${f.integer(2 ** (32 - p.mask))} 个地址）。`,
    },
    nodeMaskV6: { label: 'IPv6 节点掩码', help: (p) => `每个节点 IPv6 Pod 子网的大小（默认为 /${String(p.mask)}）。` },
    maxPods: {
      label: '每节点最大 Pod 数',
      help: (p, f) =>
        `kubelet 的 max-pods；默认值为 ${f.integer(p.defaultMaxPods)}，Kubernetes 建议最大值为 ${f.integer(p.recommendedMax)}。`,
    },
    nodeNetwork: {
      label: '节点网络（可选）',
      help: '机器所在的局域网或 VPC 地址范围，用于检查重叠，并将防火墙规则限制在该范围内。',
    },
    flannelBackend: { label: 'Flannel 后端', help: 'Pod 流量如何在节点之间传输。', options: backends },
    flannelIpv6Masq: {
      label: '对 IPv6 Pod 流量做地址伪装（--flannel-ipv6-masq）',
      help: '适用于无法路由的 IPv6 Pod 地址范围，例如唯一本地地址。',
    },
    flannelExternalIp: {
      label: '使用节点外部 IP（--flannel-external-ip）',
      help: '适用于节点之间通过公网地址互通的集群。',
    },
    traefik: {
      label: 'Traefik Ingress 控制器',
      help: (p) => `占用 ${String(p.httpPort)} 和 ${String(p.httpsPort)} 端口的 LoadBalancer 服务。`,
    },
    servicelb: { label: 'ServiceLB（Klipper）', help: '在节点自身的端口上发布 LoadBalancer 服务。' },
    metricsServer: { label: 'metrics-server', help: '为 kubectl top 和自动扩缩容提供资源指标。' },
    embeddedRegistry: { label: '嵌入式镜像仓库（Spegel）', help: '节点之间以点对点方式共享容器镜像。' },
    egressSelectorMode: {
      label: 'Egress selector 模式',
      help: 'apiserver 如何通过代理节点建立的隧道访问 kubelet 和集群服务。',
      options: egressModes,
    },
    os: { label: '操作系统', help: '某些系统在安装 K3s 之前需要做一些准备。', options: operatingSystems },
    osVersion: { label: '系统版本', help: '例如 24.04、12 或 9.6。', invalid: '请输入版本号，例如 24.04、12 或 9.6。' },
    firewall: { label: '主机防火墙', help: 'K3s 建议关闭主机防火墙，改在网络层进行过滤。', options: firewalls },
    cidrInvalidCharacters: '请输入带 /前缀长度的 IP 地址，多个地址用逗号分隔。',
    installSection: '安装',
    workloads: {
      section: '工作负载',
      loading: '正在加载工作负载输入…',
      enabled: {
        label: '根据工作负载确定代理节点数量',
        help: '不直接输入数字，而是根据要运行的 Pod 计算代理节点的数量。',
      },
      agentsNote: (p, f) => `由工作负载规划设定：${f.integer(p.agents)} 个代理节点。`,
      noAgentsNote: '工作负载规划没有找到能运行所有 Pod 的规格；暂时使用此数量。',
      group: (p) => `工作负载 ${String(p.n)}`,
      name: { label: '名称', help: '显示在检查结果中。不能包含“:”或“,”。' },
      nameInvalid: '最多 40 个字符，不能包含“:”或“,”。',
      replicas: { label: '副本数', help: '该工作负载运行的 Pod 数量。' },
      cpu: { label: '每个 Pod 的 CPU 请求（毫核）', help: '1000 毫核 = 1 vCPU。' },
      memory: { label: '每个 Pod 的内存请求（MiB）', help: '1024 MiB = 1 GiB。' },
      add: '添加工作负载',
      remove: (p) => `删除${before(p.name)}`,
      removeShort: '删除',
      daemonSetCpu: {
        label: '每个节点的 DaemonSet：CPU（毫核）',
        help: '每个节点上的 DaemonSet（日志转发、监控代理、存储驱动等）请求的总量。',
      },
      daemonSetMemory: { label: '每个节点的 DaemonSet：内存（MiB）', help: '它们的内存请求总量。' },
      target: {
        label: '目标利用率（%）',
        help: '每个代理节点的可分配资源中可供 Pod 请求的比例；其余部分用于应对峰值和重新调度。',
      },
      spares: {
        label: '备用代理节点',
        help: '装箱之后额外增加的代理节点，用于应对故障和滚动升级。',
        options: ['N+0（无）', 'N+1', 'N+2'],
      },
      custom: {
        legend: '自定义代理节点规格',
        help: '最多添加三种自定义规格，与其他规格装入相同的 Pod 进行比较。',
        add: '添加自定义规格',
        remove: (p) => `删除${before(p.name)}`,
        vcpu: { label: 'vCPU', help: 'vCPU 数（整数）。' },
        memory: { label: '内存（GB）', help: '以 GB（GiB）为单位的整数，与容量规划表的计法相同。' },
        processor: {
          label: '处理器类型',
          help: '决定采用哪一项实测的 K3s 代理节点开销（在 x86-64 服务器或树莓派 4 上实测）。',
          options: { 'x86-server': '服务器或云虚拟机', 'arm-sbc': '单板计算机' },
        },
        describe: describeShape,
      },
      shapes: { legend: '要比较的代理节点规格', help: '每种规格都装入相同的 Pod；至少选择一种。', names: shapeNames },
      shape: { label: '规划使用的规格', help: '推荐的规格，或你选择的规格。', best: '推荐的规格' },
      reservations: {
        title: 'kubelet 预留',
        help: (p, f) =>
          `除非另行设置，Kubernetes 不会为 kubelet 或操作系统预留资源，并在可用内存低于 ${f.integer(p.evictionMiB)} MiB 时驱逐 Pod。请按你的 kubelet 设置进行修改。`,
        kubeCpu: { label: 'kube-reserved CPU（毫核）', help: '--kube-reserved=cpu=…' },
        kubeMemory: { label: 'kube-reserved 内存（MiB）', help: '--kube-reserved=memory=…' },
        systemCpu: { label: 'system-reserved CPU（毫核）', help: '--system-reserved=cpu=…' },
        systemMemory: { label: 'system-reserved 内存（MiB）', help: '--system-reserved=memory=…' },
        eviction: { label: '硬驱逐阈值（MiB）', help: '--eviction-hard=memory.available<…' },
        reset: '恢复 Kubernetes 默认值',
      },
    },
    registrationAddress: {
      label: '固定注册地址',
      help: '位于服务器前面的负载均衡器、DNS 名称或虚拟 IP；留空则使用第一台服务器。',
    },
    serverNames: { label: '服务器名称', help: '带 {n} 的模式（server-{n}），或者用逗号分隔的名称。' },
    agentNames: { label: '代理节点名称', help: '带 {n} 的模式（agent-{n}），或者用逗号分隔的名称。' },
    nodeNaming: { label: '节点名称来源', help: '两个节点的名称绝不能相同。', options: nodeNamings },
    datastoreHost: { label: '数据库主机', help: '外部数据存储的主机名或地址（外部 etcd 可用逗号分隔多个）。' },
    datastorePort: { label: '数据库端口', help: '0 表示使用该数据库引擎的默认端口。' },
    datastoreName: { label: '数据库名称', help: '如果不存在，K3s 会自动创建。' },
    datastoreUser: { label: '数据库用户', help: '其密码在配置文件中保留为占位符。' },
    kubeconfigMode: {
      label: 'kubeconfig 文件权限',
      help: '/etc/rancher/k3s/k3s.yaml 的权限为 0600；0644 允许服务器上的其他用户读取它。',
      options: { '0600': '0600（K3s 默认）', '0644': '0644（所有用户可读）' },
    },
    textTooLong: '内容过长，不可能是有效值。',
    traits: {
      creationOnly: '创建时确定',
      creationOnlyHelp: '集群创建后无法更改。',
      sameOnAllServers: '所有服务器相同',
      sameOnAllServersHelp: '每台服务器都必须使用相同的值启动，否则加入会失败。',
    },
    countErrors,
    keptLastValid: '在修正突出显示的字段之前，结果将显示上一个有效的规划。',
    findingsHere: (p, f) => `此字段有 ${f.integer(p.count)} 条检查结果`,
  },
  workloadPlan: {
    title: '根据工作负载得出的代理节点',
    loading: '正在装箱 Pod…',
    summary: (p, f) =>
      `${f.integer(p.pods)} 个 Pod 请求 ${f.decimal(p.cpuMillis / 1000, 2)} vCPU 和 ${f.memory(p.memoryMiB)} → ${f.integer(p.agents)} 个${term(shapeNames[p.shape])}的代理节点（装箱 ${f.integer(p.packed)} 个${p.agents > p.packed ? ` + 备用 ${f.integer(p.agents - p.packed)} 个` : ''}）。`,
    none: '没有任何规格能运行所有 Pod：请查看检查结果。',
    empty: '添加工作负载后，即可据此计算代理节点数量。',
    why: (p, f) => `推荐理由：未被请求的可分配资源最少（${f.percent(p.waste)}），其次是代理节点最少。`,
    chosenByUser: '在表单中选择的规格。',
    shape: '规格',
    agents: '代理节点',
    busiest: '负载最高的代理节点，占可分配资源的比例（CPU / 内存）',
    unused: '未被请求的可分配资源',
    total: 'vCPU / 内存总计',
    recommended: '推荐',
    inUse: '使用中',
    unfit: '有 Pod 放不下',
    budgetTitle: (p) => `每个${term(shapeNames[p.shape])}代理节点的容量去向`,
    capacity: '容量',
    k3s: 'K3s 代理（实测）',
    reserved: 'kubelet 预留和驱逐阈值',
    daemonSets: 'DaemonSet',
    allocatable: '可分配给 Pod',
    room: (p, f) => `装箱上限（目标 ${f.integer(p.percent)}%）`,
    podsPerNode: '每个代理节点的 Pod 数',
    podsBy: (p) => (p.by === 'max-pods' ? '最大 Pod 数' : '节点的 Pod 子网'),
    serversCounted: (p, f) =>
      `服务器也运行工作负载：扣除实测的 K3s 服务器开销后，每台服务器在目标利用率下提供 ${f.decimal(p.cpuMillis / 1000, 3)} vCPU 和 ${f.memory(p.memoryMiB)}，在计算代理节点之前先承接 ${f.integer(p.pods)} 个 Pod。`,
    serversNotCounted: '服务器不运行工作负载（专用或无代理组件），因此只计算代理节点。',
    method: 'Pod 按从大到小的顺序放入能容纳它的最新代理节点（next-fit decreasing）：增加 Pod 永远不会减少节点数量。',
  },
  results: {
    title: '每台机器的需求',
    summary: (p, f) =>
      `${f.integer(p.servers)} 台服务器，${f.integer(p.agents)} 个代理节点 · ${haModes[p.mode]} · ${datastores[p.datastore]}`,
    server: {
      title: (p, f) => `每台服务器（×${f.integer(p.count)}）`,
      tierBasis: (p, f) => {
        const counted =
          p.counts === 'all-nodes'
            ? `共 ${f.integer(p.count)} 个节点（${f.integer(p.servers)} 台服务器 + ${f.integer(p.agents)} 个代理节点）`
            : `${f.integer(p.count)} 个代理节点`;
        const name = tiers[p.tier];
        const row = name ? `${name}，${range(p.printed, f)}` : `服务器容量规划指南中“${range(p.printed, f)}”这一行`;
        if (p.scaling === null) return `${counted} → ${row}。`;
        const reach =
          p.upTo === null
            ? `这一行覆盖 ${f.integer(p.above ?? 0)} 个以上的代理节点`
            : `这一行覆盖至 ${f.integer(p.upTo)} 个代理节点`;
        const s = p.scaling;
        const why =
          s.basis === 'worked-example' && s.example
            ? `文档称使用 ${f.integer(s.minServers)} 台服务器时可多容纳约 ${f.percent(s.stated - 1)} 的代理节点，但其自身的示例（${f.integer(s.example.baseAgents)} → 约 ${f.integer(s.example.scaledAgents)} 个）只有 ${f.percent(Math.round((s.factor - 1) * 100) / 100)}，规划采用较低的数值`
            : `文档称使用 ${f.integer(s.minServers)} 台服务器时可多容纳约 ${f.percent(s.stated - 1)} 的代理节点`;
        const beyond =
          p.servers > s.minServers
            ? `（测试针对 ${f.integer(s.minServers)} 台服务器，${f.integer(p.servers)} 台时不假定容量继续增加）`
            : '';
        return `${counted} → ${row}；${why}${beyond}，因此${reach}。`;
      },
      baselineBasis: (p, f) =>
        `共 ${f.integer(p.count)} 个节点，落在第一行（${tiers[p.tier] ?? p.tier}，${range(p, f)}）；来源仅针对高可用服务器给出这一行，因此单台服务器采用基线推荐配置。`,
      countsAllNodes: '此表计入集群中的每个节点，服务器和代理节点都算在内。',
      countsAgents: '此表只计入代理节点，不计入服务器本身。',
      statedForHa:
        '来源中的这张表针对的是高可用服务器；由于没有其他容量规划依据，这里将它应用于同等集群规模下的单台服务器。',
      minimum: '基线最低配置',
      recommended: '基线推荐配置',
      measured: 'K3s 实测开销',
      measuredDetail: (p) =>
        `${profilingRoles[p.role]}，${processors[p.processor]}，${p.column === 'etcd' ? '嵌入式 etcd' : 'Kine/SQLite'}，K3s ${p.version}`,
      measuredElsewhere: (p, f) => `同一页面的另一张表给出的是 ${f.percent(p.share)}`,
      etcdDisk: '每台服务器的 etcd 数据',
      etcdDiskValue: (p, f) => `${f.memory(p.atDefault)}（采用建议的最大配额时为 ${f.memory(p.atMax)}）`,
    },
    agent: {
      title: (p, f) => `每个代理节点（×${f.integer(p.count)}）`,
      none: '没有代理节点：由服务器运行工作负载。',
      plusWorkloads: (p) =>
        p.recommended
          ? '每个节点的基线推荐配置，再加上你的工作负载所请求的资源。'
          : '基线最低配置，再加上你的工作负载所请求的资源。',
      everyNode: '旧版翻译文档的硬件表只有一张，适用于所有节点，服务器和代理节点都一样。',
      fromWorkloads: (p) =>
        `工作负载规划用来装入 Pod 的规格${before(shapeNames[p.shape])}（见“根据工作负载得出的代理节点”）；下面的基线仍作为下限适用。`,
    },
    datastore: {
      title: '数据存储',
      external: (p) => `${datastores[p.datastore]}，部署在独立主机上`,
      onServers: (p) =>
        p.datastore === 'sqlite'
          ? 'SQLite 在服务器进程内运行，数据位于服务器的磁盘上。'
          : 'etcd 在每台服务器上运行，位于 K3s 进程内部；不需要单独的数据库主机。',
      tierBasis: (p, f) =>
        `共 ${f.integer(p.count)} 个节点 → ${tiers[p.tier] ?? p.tier}，${range(p, f)}。这是单个数据库实例的配置；有副本时按副本数成倍增加。`,
      quorum: (p, f) =>
        `仲裁为 ${f.integer(p.members)} 个成员中的 ${f.integer(p.quorum)} 个；可容忍 ${f.integer(p.faultTolerance)} 个成员故障。`,
    },
    totals: {
      title: '控制平面合计',
      parts: (p, f) => `${f.integer(p.servers)} 台服务器${p.hasDatabase ? ' + 1 台数据库主机' : ''}，不含代理节点。`,
    },
    cpu: 'CPU',
    memory: '内存',
    ofACore: (p, f) => `单核的 ${f.percent(p.share)}`,
    coreCount: (p, f) => `${f.decimal(p.vcpu)} 核`,
  },
  network: {
    title: '网络规划',
    loading: '正在准备网络规划…',
    capacity: (p) => `${familyNames[p.family]} 地址分配`,
    clusterCidr: '集群 CIDR',
    nodeSubnets: '节点 Pod 子网',
    nodeSubnetsValue: (p, f) =>
      `${f.bigCount(p.subnets)} × /${String(p.mask)}；已用 ${f.integer(p.used)} 个，剩余 ${f.bigCount(p.left)} 个`,
    nodeSubnetsOver: (p, f) => `${f.bigCount(p.subnets)} 个子网供 ${f.integer(p.used)} 个节点使用：数量不足`,
    addressesPerNode: '每节点地址数',
    addressesPerNodeValue: (p, f) => `${f.bigCount(p.addresses)}（其中 ${f.bigCount(p.usable)} 个可供 Pod 使用）`,
    podsPerNode: '每节点 Pod 数',
    podsPerNodeValue: (p, f) =>
      p.pods === p.maxPods
        ? `${f.integer(p.pods)}（最大 Pod 数）`
        : `${f.integer(p.pods)}（最大 Pod 数为 ${f.integer(p.maxPods)}）：受子网限制`,
    podCapacity: 'Pod 容量',
    serviceCidr: '服务 CIDR',
    serviceAddresses: (p, f) => `${f.bigCount(p.addresses)} 个地址`,
    clusterAddresses: (p, f) => `${f.bigCount(p.addresses)} 个地址`,
    apiService: 'Kubernetes API 服务',
    clusterDns: '集群 DNS',
    notComputed: '未计算：请先修正与此范围相关的检查结果。',
    portsTitle: '需要开放的端口',
    portsIntro: '此规划所需的入站规则。出站流量通常是允许的。',
    roles: { server: '每台服务器开放', agent: '每个代理节点开放', datastore: '数据库主机开放' },
    protocol: '协议',
    port: '端口',
    from: '来源',
    purpose: '用途',
    parties,
    portPurposes,
    notListed: '不在 K3s 端口表中；根据链接页面推导',
    noPorts: '无需开放端口。',
    localTitle: '需保持空闲的本地端口',
    localIntro: 'Kubernetes 和容器运行时会在回环接口上监听这些端口；不要将它们用于工作负载或 NodePort。',
    localPorts,
    firewallTitle: (p) => (p.firewall === 'off' ? '防火墙：请关闭' : `防火墙命令（${firewalls[p.firewall]}）`),
    firewallRestricted: '节点之间的端口仅对你填写的节点网络开放。',
    firewallOpen: '填写节点网络即可将节点之间的端口限制在该网络内；按目前生成的规则，这些端口接受任何来源的访问。',
    firewallOff: 'K3s 建议关闭主机防火墙，改在网络层进行过滤：参见下方的安全组规则。',
    firewallRecommendOff: (p) => `K3s 建议改为将其关闭：${p.command}`,
    firewallNotes: {
      pods: 'Pod',
      services: '服务',
      reload: '应用永久规则',
      disable: '关闭主机防火墙',
    },
    securityGroupTitle: '云安全组',
    securityGroupIntro: '适用于云防火墙的相同规则：服务器一个组，代理节点一个组，数据库一个组。',
    target: '组',
    source: '来源',
    nodeNetworkSource: (p, f) => f.list(p.cidrs),
    osTitle: '准备机器',
    osIntro: (p) => `适用于 ${operatingSystems[p.os]} ${p.version}；除非另有说明，需在每个节点上执行。`,
    osNone: '此系统和规划没有列出额外的准备步骤。',
    osSeedWording: '旧版翻译文档针对较旧的系统版本给出了如下写法（不适用于此系统版本）：',
    osConditional: '仅在适用时执行',
    osSteps: osStepTexts,
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败：请手动选择文本',
    copyLabel: (p) => `复制${before(p.what)}`,
  },
  compare: {
    open: '与另一个规划对比',
    loading: '正在加载对比…',
    loadFailed: '无法加载对比。',
  },
  machines: {
    loading: '正在加载机器目录…',
    loadFailed: '无法加载机器目录。',
  },
  day2: {
    loading: '正在准备备份与升级规划…',
    loadFailed: '无法准备备份与升级规划。',
  },
  install: {
    title: '安装',
    intro: '根据此规划生成的各角色配置文件及其安装命令。将配置文件复制到每台机器的 /etc/rancher/k3s/config.yaml。',
    loading: '正在准备配置文件…',
    loadFailed: '无法准备配置文件。',
    secretsTitle: '令牌',
    secretsPlaceholder:
      '配置文件中的服务器令牌、代理节点令牌和数据库密码都是占位符。请替换它们，或者在此生成令牌：令牌只保存在此页面中，不会写入链接或存储，关闭页面后即消失。',
    secretsGenerated: '下方的配置文件中已填入随机令牌。它们只存在于此页面中：请在离开页面前下载或复制这些文件。',
    generateTokens: '生成令牌',
    forgetTokens: '改回占位符',
    omitted: (p, f) => `以下配置项在相关检查结果修正之前不会写入文件：${f.list(p.keys)}。`,
    roles: configRoles,
    roleNote: {
      'server-init': '仅在第一台服务器上安装。',
      server: '在其余每台服务器上逐台安装。',
      agent: '在每个代理节点上安装。',
    },
    registriesTitle: '所有节点',
    registriesNote: (p) =>
      p.wildcard
        ? '嵌入式镜像仓库只共享 registries.yaml 中列出的镜像仓库的镜像；"*" 表示全部镜像仓库。安装前请将其复制到每台服务器和每个代理节点。'
        : '嵌入式镜像仓库只共享 registries.yaml 中列出的镜像仓库的镜像。该版本不支持 "*" 通配符，因此列出了文档示例中的镜像仓库：请补充你的镜像所在的仓库。安装前请将其复制到每台服务器和每个代理节点。',
    download: (p) => `下载 ${p.file}`,
    downloadAll: '下载全部文件（.zip）',
    orderTitle: '操作顺序',
    stepPrepare: '准备每台机器：执行网络规划中的操作系统步骤和防火墙设置。',
    stepFirst: '安装第一台服务器。',
    stepWait: '等待其进入 Ready 状态：',
    stepServers: (p, f) => `逐台加入其余 ${f.integer(p.count)} 台服务器，每台都在前一台进入 Ready 状态后再加入。`,
    stepAgents: (p, f) => `加入 ${f.integer(p.count)} 个代理节点。`,
    stepAgentsBatches: (p, f) =>
      `分 ${f.integer(p.batches)} 批加入 ${f.integer(p.count)} 个代理节点，每批不超过 ${f.integer(p.batchSize)} 个；每批之间请等待服务器的 CPU 占用回落。`,
    withConfig: '使用 config.yaml',
    withFlags: '仅使用参数',
    nodeNameNote: (p) => `此处以 ${p.name} 为例；请使用每个节点自己的名称。`,
    scriptTitle: 'install.sh',
    scriptIntro: '一个脚本适用于所有角色：将它放在配置文件旁边，然后在每台机器上运行 sh install.sh <role>。',
    uninstallTitle: '卸载和移除节点',
    uninstallServer: '在服务器上：',
    uninstallAgent: '在代理节点上：',
    deleteNode:
      '卸载不会将节点从集群中移除；重新使用某个名称之前，请在服务器上删除该节点（先将 NODE_NAME 设为该节点的名称）：',
    comments: {
      header: (p) => [
        `k3s-sizer 规划，规则 ${p.rulesId}（${p.edition}）`,
        `${p.role}：复制到 /etc/rancher/k3s/config.yaml`,
        `重建此规划：${p.link}`,
      ],
      sameOnAllServers: '所有服务器上必须相同',
      creationOnly: '在创建集群时确定',
      placeholder: '占位符：安装前请替换',
      noteSeparator: '；',
      registriesHeader: (p) => [
        `k3s-sizer 规划，规则 ${p.rulesId}`,
        '所有节点（服务器和代理节点）：复制到 /etc/rancher/k3s/registries.yaml',
        '嵌入式镜像仓库只共享 mirrors 下列出的镜像仓库中的镜像。',
        `带 latest 标签的镜像不会在节点之间共享（设置 ${p.latestTagEnv}=true 可以改变这一点，但不受支持）。`,
        '所有节点彼此信任：请按摘要（digest）部署镜像。',
        `重建此规划：${p.link}`,
      ],
    },
    script: {
      header: (p) => [
        `k3s-sizer 安装脚本，规则 ${p.rulesId}`,
        `重建此规划：${p.link}`,
        '用法：在 config-*.yaml 文件所在目录中运行 sh install.sh <role>',
      ],
      usage: (command) => `用法：${command}`,
      waitReady: '等待第一台服务器进入 Ready 状态后，再让其他节点加入',
      needsName: '请将此节点的名称作为第二个参数传入',
    },
  },
  visuals: {
    title: '示意图和图表',
    loading: '正在绘制示意图和图表…',
    loadFailed: '无法绘制示意图和图表。',
    topologyTitle: '集群拓扑',
    topologyDescription: '此规划中的服务器、代理节点、数据存储、注册地址和运维人员，以及每条连接使用的端口。',
    registrationTitle: '代理节点如何加入集群',
    registrationDescription:
      '代理节点的客户端负载均衡器、到 supervisor 的 websocket 隧道、所有服务器的端点列表以及节点密码。',
    operator: '运维人员',
    operatorNote: 'kubectl、CI',
    registration: '注册地址',
    serverPool: (p, f) => `× ${f.integer(p.count)} 台服务器`,
    agentPool: (p, f) => `× ${f.integer(p.count)} 个代理节点`,
    datastore: '外部数据存储',
    datastoreNote: '外部数据存储',
    datastoreMembers: (p, f) => `× ${f.integer(p.count)} 个成员`,
    serverRole: '服务器',
    agentRole: '代理节点',
    badges: {
      'cluster-init': 'cluster-init',
      'etcd-member': 'etcd 成员',
      sqlite: 'SQLite',
      tainted: '带污点',
      'no-agent': '无代理组件',
    },
    quorumCaption: (p, f) =>
      `etcd 仲裁：${f.integer(p.members)} 个成员中的 ${f.integer(p.quorum)} 个，可容忍 ${f.integer(p.faultTolerance)} 个成员故障`,
    controlPlaneCaption: (p, f) => `控制平面：${f.integer(p.servers)} 台服务器`,
    edgeStyles: {
      api: 'Kubernetes API',
      tunnel: 'websocket 隧道，由代理节点发起',
      mesh: '所有节点之间',
      peers: '服务器之间',
      data: '服务器到数据存储',
    },
    edges: {
      'operator-api': '运维人员到 Kubernetes API',
      'registration-servers': '注册地址到服务器',
      'server-peers': '服务器之间',
      'servers-datastore': '服务器到数据存储',
      'agent-tunnel': '代理节点到 supervisor（隧道由代理节点发起）',
      'node-mesh': '所有节点之间',
    },
    moreServers: '以及其余每台服务器',
    registrationBoxes: {
      agent: '代理节点',
      'client-lb': '客户端负载均衡器',
      supervisor: 'Supervisor（--server）',
      endpoints: '端点列表',
      'password-file': '节点密码',
      'password-secret': '密码 Secret',
    },
    registrationSteps: (s, f) => {
      switch (s.step) {
        case 1:
          return `代理节点在 127.0.0.1:${String(s.lbPort)} 上启动客户端负载均衡器，并以 --server 地址（${s.serverUrl}）作为初始后端。`;
        case 2:
          return `代理节点通过它建立到 supervisor（端口 ${String(s.supervisorPort)}）的 websocket 隧道；连接总是由代理节点发起。`;
        case 3:
          return `它使用集群令牌和保存在 ${s.passwordFile} 中的随机节点密码进行注册；服务器将该密码保存在 ${s.namespace} 命名空间的 ${s.secret} Secret 中，之后的注册都必须提供相同的密码。`;
        case 4:
          return `它读取 default 命名空间中 ${s.service} 服务的端点，即每台服务器的 apiserver 地址。`;
        case 5:
          return s.servers === 1
            ? '负载均衡器保持与该服务器的连接，并会添加之后加入的任何服务器。'
            : `负载均衡器保持与全部 ${f.integer(s.servers)} 台服务器的连接，因此其中任意一台失效时，代理节点都能继续工作。`;
      }
    },
    exportSvg: '下载 SVG',
    exportPng: '下载 PNG',
    /** The accessible name of an export button: its visible text first, then which diagram. */
    exportLabel: (p) => `${p.button}：${p.diagram}`,
    exportFailed: '此浏览器无法生成该图像。',
    asText: '示意图的文字描述',
    chartsTitle: '需求如何增长',
    dataTable: '以表格形式查看数据',
    series: '系列',
    fromAgents: '起始代理节点数',
    thisPlan: '此规划',
    exhausted: '子网耗尽',
    axisAgentsLog: '代理节点数（对数刻度）',
    axisNodes: '节点数',
    axisPods: 'Pod 数',
    axisVcpu: 'vCPU',
    axisMemory: '内存（GB）',
    axisMembers: 'etcd 成员数',
    quorum: '仲裁（quorum）',
    tolerated: '可容忍的故障成员数',
    option: '控制平面',
    tooltipAgents: (p, f) => `${f.integer(p.agents)} 个代理节点`,
    tooltipNodes: (p, f) => `${f.integer(p.nodes)} 个节点`,
    tooltipMembers: (p, f) => `${f.integer(p.members)} 个成员`,
    chartServerVcpu: (p, f) => `每台服务器的 vCPU 随代理节点数量的变化（${f.integer(p.servers)} 台服务器）`,
    chartServerMemory: (p, f) => `每台服务器的内存随代理节点数量的变化（${f.integer(p.servers)} 台服务器）`,
    chartDatabaseVcpu: '外部数据库的 vCPU 随代理节点数量的变化',
    chartDatabaseMemory: '外部数据库的内存随代理节点数量的变化',
    chartPods: (p) => `${familyNames[p.family]} Pod 地址随节点数量的变化`,
    podsExhaustedAt: (p, f) => `节点 Pod 子网在 ${f.integer(p.nodes)} 个节点时耗尽。`,
    podsNotExhausted: (p, f) => `在 ${f.integer(p.xMax)} 个节点以内，节点 Pod 子网不会耗尽。`,
    chartQuorum: 'etcd 仲裁与可容忍的故障成员数（1 到 9 个成员）',
    chartCost: (p, f) => `${f.integer(p.agents)} 个代理节点的控制平面：三种方案`,
    chartShapes: '针对你的工作负载比较代理节点规格：代理节点数、vCPU 和内存总量、未被请求的可分配资源',
    costOptions: {
      single: '单服务器',
      'ha-embedded': '高可用，嵌入式 etcd',
      'ha-external': '高可用，外部数据库',
    },
    costServers: '服务器',
    costDatabase: '数据库',
  },
  fixes: {
    title: '可行的修复方案',
    apply: '应用',
    applyLabel: (p) => `应用：${p.text}`,
    describe: fixTexts,
  },
  findings: {
    title: '检查结果',
    none: '此规划没有需要报告的问题。',
    counts: (p, f) => `${f.integer(p.error)} 个错误，${f.integer(p.warning)} 个警告，${f.integer(p.info)} 条提示`,
    severity: severities,
    whatToDo: '处理建议',
    rule: '规则',
    messages: findings,
  },
  source: {
    label: '来源',
    revision: '引用的修订版本',
    asOf: (p, f) => `截至 ${f.date(p.date)}`,
  },
  download: {
    json: '下载规划（JSON）',
    preparing: '正在准备…',
    failed: '无法准备规划以供下载。',
  },
  rules: {
    loading: '正在加载容量规划规则…',
    errorTitle: '无法加载容量规划规则',
    errorKinds: {
      network: (p) => `无法获取规则文件 ${p.file}。请检查网络连接。`,
      http: (p) => `请求规则文件 ${p.file} 时，Web 服务器返回了 ${String(p.status)}。`,
      json: (p) => `规则文件 ${p.file} 不是有效的 JSON。`,
      schema: (p) => `规则文件 ${p.file} 不符合规则 Schema：`,
      unknown: (p) => `没有以 ID“${p.file}”发布的规则文件。`,
      index: () => '已发布的规则文件列表无效：',
    },
    retry: '重试',
    useDefault: '使用默认规则',
  },
  presets: {
    title: '从预设开始',
    items: {
      'pi-home-lab': { name: '树莓派家庭实验室', description: '三台树莓派 4，在 SD 卡上运行嵌入式 etcd' },
      'edge-device': { name: '单节点边缘设备', description: '一块使用 eMMC 的 ARM 开发板，不启用 Ingress' },
      'ci-dev': { name: 'CI 或开发服务器', description: '一台服务器，无代理节点，kubeconfig 可读' },
      'ha-embedded-20': { name: '高可用，嵌入式 etcd', description: '3 台服务器，20 个代理节点，固定注册地址' },
      'ha-postgres-200': { name: '高可用，外部 PostgreSQL', description: '2 台服务器，200 个代理节点，专用控制平面' },
      'large-800': { name: '大型集群', description: '3 台服务器，外部数据库，800 个代理节点，更大的 Pod 地址范围' },
      'dual-stack-wireguard': { name: '双栈，加密', description: 'IPv4 + IPv6，使用 wireguard-native' },
      'web-app-workloads': {
        name: '根据工作负载规划的 Web 应用',
        description: '3 台服务器；根据 Web、API 和 Worker 的 Pod 计算代理节点数量',
      },
    },
  },
  toolbar: {
    label: '规划',
    copyLink: '复制链接',
    link: '此规划的链接',
    importPlan: '导入规划（JSON）',
    reset: '恢复默认值',
    importErrors: {
      'not-json': (p) => `该文件不是 JSON（${p.detail}）。`,
      'newer-format': (p) => `该规划由更新版本的 k3s-sizer 生成（格式 ${p.detail}）；此版本无法读取。`,
      'unknown-rules': (p) => `该规划使用的规则“${p.detail}”未在本站发布。`,
      invalid: () => '该文件不是有效的 k3s-sizer 规划，未导入任何内容：',
    },
  },
  notices: {
    title: '关于此链接',
    restored: '这是你上次在此浏览器中编辑的规划。',
    startOver: '从默认值开始',
    unknownParams: (p, f) => `已忽略此应用无法识别的参数：${f.list(p.names)}。`,
    invalidParam: (p) => `链接中的 ${p.name}=“${p.value}”在此无效，已改用默认值。`,
    newerFormat: (p) => `此链接由更新版本的 k3s-sizer 生成（格式 ${p.version}）；已保留此版本能够识别的内容。`,
    dismiss: '关闭',
  },
  errorBoundary: {
    title: '显示规划时出错',
    body: '你的规划仍保存在地址栏中。你可以重新加载，或者从默认规划重新开始。',
    reset: '重置规划',
    reload: '重新加载',
  },
};
