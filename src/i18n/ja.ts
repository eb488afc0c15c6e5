/** Japanese catalog: the same keys as the English one, checked by the Catalog type. */
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

const haModes: Record<HaMode, string> = {
  single: 'シングルサーバー',
  'ha-embedded': '組み込みetcdによるHA',
  'ha-external': '外部データストアによるHA',
};

const datastores: Record<Datastore, string> = {
  sqlite: 'SQLite（組み込み）',
  'embedded-etcd': 'etcd（組み込み）',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'external-etcd': 'etcd（外部）',
};

const disks: Record<DiskKind, string> = {
  nvme: 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD（回転ディスク）',
  'sd-card': 'SDカード',
  emmc: 'eMMC',
  'cloud-volume': 'クラウドのブロックボリューム',
};

const architectures: Record<Architecture, string> = {
  x86_64: 'x86_64（amd64）',
  arm64: 'arm64（aarch64）',
  armhf: 'armhf（32ビットARM）',
  s390x: 's390x（IBM Z）',
};

const devices: Record<DeviceClass, string> = {
  server: 'サーバーまたは仮想マシン',
  'low-power-board': 'Raspberry Piまたは同等のボード',
};

const serverWorkloads: Record<ServerWorkloads, string> = {
  shared: 'ワークロードも実行（デフォルト）',
  dedicated: 'コントロールプレーン専用（taint付き）',
  agentless: 'エージェントなし（実験的）',
};

const ipFamilies: Record<IpFamilyMode, string> = {
  ipv4: 'IPv4',
  ipv6: 'IPv6のみ',
  dual: 'デュアルスタック（IPv4 + IPv6）',
};
const familyNames: Record<IpFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

const backends: Record<FlannelBackend, string> = {
  vxlan: 'vxlan（デフォルト）',
  'host-gw': 'host-gw',
  'wireguard-native': 'wireguard-native（暗号化）',
  none: 'none（独自のCNIを使用）',
  ipsec: 'ipsec（削除済み）',
  wireguard: 'wireguard（旧方式、削除済み）',
};

const egressModes: Record<EgressSelectorMode, string> = {
  agent: 'agent（デフォルト）',
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
  hostname: '各マシン自身のホスト名（K3sのデフォルト）',
  'node-name': '下のパターンから決めた名前（K3S_NODE_NAME）',
  'with-node-id': 'ホスト名にランダムなIDを付加（--with-node-id）',
};

const configRoles: Record<ConfigRole, string> = {
  'server-init': '最初のサーバー',
  server: 'その他のサーバー',
  agent: 'エージェント',
};

const installNameFields: Record<'serverNames' | 'agentNames', string> = {
  serverNames: 'サーバー名',
  agentNames: 'エージェント名',
};

const firewalls: Record<Firewall, string> = { off: 'オフ（K3sの推奨）', firewalld: 'firewalld', ufw: 'ufw' };

const listFields: Record<CidrListField, string> = {
  clusterCidr: 'クラスターCIDR',
  serviceCidr: 'サービスCIDR',
  nodeNetwork: 'ノードネットワーク',
};

const parties: Record<PortParty, string> = {
  servers: 'サーバー',
  agents: 'エージェント',
  'all-nodes': 'すべてのノード',
  datastore: 'データベースホスト',
  clients: 'クライアント',
  operators: '運用者（kubectl）',
};

const portPurposes: Record<PortId, string> = {
  'etcd-peers': '組み込みetcdのクライアントとピア（組み込みetcdによるHAのみ）',
  'supervisor-api': 'K3sスーパーバイザーとKubernetes APIサーバー',
  'flannel-vxlan': 'Flannel VXLAN',
  kubelet: 'kubeletのメトリクスとAPI',
  'flannel-wireguard-ipv4': 'Flannel WireGuard（IPv4）',
  'flannel-wireguard-ipv6': 'Flannel WireGuard（IPv6）',
  'spegel-p2p': '組み込み分散レジストリ（Spegel）のピアツーピア通信',
  'spegel-api': 'スーパーバイザーポート経由の組み込み分散レジストリ（Spegel）',
  datastore: '外部データストア',
  'datastore-peers': '外部etcdのピア通信（etcdメンバー間）',
  'ingress-http': 'ServiceLB経由のTraefik HTTP',
  'ingress-https': 'ServiceLB経由のTraefik HTTPS',
  kubectl: 'kubectlとCIが使うKubernetes API',
};

const localPorts: Record<(typeof LOCAL_PORT_IDS)[number], string> = {
  'etcd-metrics': 'etcdのメトリクス',
  'etcd-legacy-http': 'etcdの旧HTTP API',
  'apiserver-local': 'kube-apiserverへのローカルアクセス',
  'cri-streaming': 'containerdとcri-dockerdのexec/logsストリーミング',
  'kubelet-health': 'kubeletのヘルスチェック',
  'kube-proxy-metrics': 'kube-proxyのメトリクス',
  'kubelet-api': 'kubeletのメトリクスとAPI',
  'kube-proxy-health': 'kube-proxyのヘルスチェック',
  'controller-manager-metrics': 'kube-controller-managerのメトリクス',
  'cloud-controller-manager-metrics': 'cloud-controller-managerのメトリクス',
  'scheduler-metrics': 'kube-schedulerのメトリクス',
};

const osStepTexts: Record<OsStepId, { title: string; why: string }> = {
  'nm-cloud-setup': {
    title: 'nm-cloud-setupを無効にして再起動する',
    why: 'NetworkManagerのnm-cloud-setupは、古いRHELリリースでK3sのネットワークに干渉します。',
  },
  'rhel10-kernel-modules-extra': {
    title: 'kernel-modules-extraをインストールする',
    why: 'このRHELリリースでは、K3sにこのパッケージが必要です。',
  },
  'raspios-cgroups': {
    title: 'メモリcgroupを有効にする',
    why: 'Raspberry Pi OSはメモリcgroupなしで起動しますが、K3sのサービスを起動するにはこれが必要です。ブートコマンドラインにcgroup_memory=1 cgroup_enable=memoryを追加する必要があります。',
  },
  'ubuntu-raspi-vxlan-module': {
    title: 'VXLANカーネルモジュールをインストールする',
    why: 'これらのUbuntuリリースでは、Raspberry PiでのVXLANサポートが別のパッケージに移されました。',
  },
  'old-iptables': {
    title: 'レガシーiptablesに切り替える（またはK3sを--prefer-bundled-binで起動する）',
    why: '古いDebianリリースに含まれるiptablesには、nftablesモードでの既知のバグがあります。',
  },
  'wireguard-kernel-module': {
    title: 'WireGuardカーネルモジュールを確認する',
    why: 'wireguard-nativeには、サーバーとエージェントを含むすべてのノードでWireGuardモジュールが必要です。',
  },
  'ipv6-accept-ra': {
    title: 'ルーター広告によるIPv6ルートを維持する',
    why: 'IPv6のデフォルトルートをルーター広告から得ている場合、accept_raが2でないと、ノードは有効期限が切れた時点でそのルートを破棄します。ルーター広告を受け入れると、中間者攻撃のリスクが高まります。',
  },
};

const fixTexts: Catalog['fixes']['describe'] = (fix, f) => {
  switch (fix.kind) {
    case 'cluster-cidr': {
      const extra = [
        fix.mask === null ? null : `ノードサブネットを/${String(fix.mask)}`,
        fix.maxPods === null ? null : `最大ポッド数を${f.integer(fix.maxPods)}`,
      ].filter((x): x is string => x !== null);
      return `${familyNames[fix.family]}のクラスターCIDRとして${fix.cidr}を使用${extra.length > 0 ? `し、${f.list(extra)}にします` : 'します'}。`;
    }
    case 'node-mask':
      return `各ノードに/${String(fix.mask)}の${familyNames[fix.family]}ポッドサブネットを割り当て${fix.maxPods === null ? 'ます' : `、最大ポッド数を${f.integer(fix.maxPods)}に下げます`}。`;
    case 'max-pods':
      return `最大ポッド数を${f.integer(fix.maxPods)}に下げます。`;
    case 'private-range':
      return `${familyNames[fix.family]}の${fix.field === 'clusterCidr' ? 'クラスター' : 'サービス'}CIDRとして${fix.cidr}を使用します。`;
  }
};

const shapeNames: Record<ShapeId, string> = {
  'cloud-2x4': '2 vCPU / 4 GB',
  'cloud-4x8': '4 vCPU / 8 GB',
  'cloud-8x32': '8 vCPU / 32 GB',
  'pi4-8gb': 'Raspberry Pi 4（8 GB）',
  'custom-1': '独自のマシンタイプ 1',
  'custom-2': '独自のマシンタイプ 2',
  'custom-3': '独自のマシンタイプ 3',
};

/** A shape of the reader's own with its size, as the editor, the card and the findings name it. */
const describeShape: Catalog['form']['workloads']['custom']['describe'] = (p, f) =>
  `${p.name}：${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`;

/** A shape as a finding names it: a preset by its name, a shape of the reader's own with its size. */
const shapeLabel: Msg<ShapeLabelParams> = (p, f) =>
  shapeText(shapeNames, describeShape, p.shape, { vcpu: p.shapeCpuMillis / 1000, memoryMiB: p.shapeMemoryMiB }, f);

const tiers: Record<string, string> = {
  small: '小規模',
  medium: '中規模',
  large: '大規模',
  'x-large': '超大規模',
  'xx-large': '超超大規模',
};

const findings: FindingMessages = {
  'topology.sqlite-multi-server': {
    title: (p, f) => `SQLiteではサーバー${f.integer(p.servers)}台のクラスターを運用できません`,
    why: () =>
      '組み込みSQLiteはシングルサーバー用のデータストアです。1台のサーバーのディスク上にあり、ほかのサーバーと共有できません。',
    fix: (p, f) =>
      `SQLiteを使う場合はサーバーを1台にするか、組み込みetcdによるHA（サーバー${f.integer(p.embeddedMinServers)}台以上）または外部データストアによるHA（サーバー${f.integer(p.externalMinServers)}台以上）を選択してください。`,
  },
  'topology.mode-datastore-mismatch': {
    title: (p) => `${haModes[p.haMode]}は${datastores[p.datastore]}では実行できません`,
    why: (p) =>
      p.haMode === 'ha-embedded'
        ? '組み込みetcdによるHAでは、クラスターの状態を各サーバー上のetcdに保持するため、データストアは組み込みetcdである必要があります。'
        : '外部データストアによるHAでは、クラスターの状態をサーバーの外部にあるデータベース（MySQL、MariaDB、PostgreSQL、etcd）に保持します。',
    fix: (p) =>
      p.haMode === 'ha-embedded'
        ? 'データストアをetcd（組み込み）にするか、データストアに合ったHAモードを選択してください。'
        : 'データストアとしてMySQL、MariaDB、PostgreSQL、外部etcdのいずれかを選ぶか、データストアに合ったHAモードを選択してください。',
  },
  'topology.single-mode-several-servers': {
    title: (p, f) => `サーバー${f.integer(p.servers)}台でシングルサーバーモードが選択されています`,
    why: () =>
      'シングルサーバーのクラスターにはサーバーが1台しかありません。複数のサーバーを使うにはHAモードが必要です。',
    fix: () => 'サーバーを1台にするか、データストアに合ったHAモードを選択してください。',
  },
  'topology.ha-too-few-servers': {
    title: (p, f) =>
      `${haModes[p.haMode]}にはサーバーが${f.integer(p.minimum)}台以上必要です（現在${f.integer(p.servers)}台）`,
    why: (p, f) =>
      p.haMode === 'ha-embedded'
        ? `etcdはメンバーの過半数が稼働している間は動作し続けます。メンバー数が${f.integer(p.minimum)}未満では、どのサーバーも停止できません。`
        : 'サーバーが1台だけの場合、外部データベースが無事でも、そのサーバーを失うとコントロールプレーンが停止します。',
    fix: (p, f) =>
      `サーバーを${f.integer(p.minimum)}台以上にするか、HAが不要であればシングルサーバーモードを選択してください。`,
  },
  'etcd.single-member': {
    title: () => 'etcdメンバーが1台だけのため、まだ耐障害性はありません',
    why: () =>
      '組み込みetcdを使うシングルサーバーは高可用性ではありませんが、拡張はできます。後から--serverを指定してサーバーを参加させられます。',
    fix: (p, f) =>
      `HAが必要になったら、サーバーを追加してメンバー数を${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => f.integer(n)))}にしてください。`,
  },
  'etcd.two-members': {
    title: (p, f) => `etcdメンバーが${f.integer(p.members)}台では、1台の障害にも耐えられません`,
    why: (p, f) =>
      `メンバーが${f.integer(p.members)}台の場合、クォーラムは${f.integer(p.quorum)}です。どちらかのサーバーが停止すると、etcdは書き込みを受け付けなくなります。ハードウェアは2倍なのに、可用性はサーバー1台の場合より低くなります。`,
    fix: (p, f) =>
      `サーバーを${f.integer(p.minimum)}台にする（${f.integer(p.minimumFaultTolerance)}台の障害に耐えられます）か、HAが不要であれば1台にしてください。`,
  },
  'etcd.even-member-count': {
    title: (p, f) => `etcdのメンバー数${f.integer(p.members)}は偶数のため、耐障害性は増えません`,
    why: (p, f) =>
      `メンバー数${f.integer(p.members)}のクォーラムは${f.integer(p.quorum)}なので、クラスターが耐えられるのはサーバー${f.integer(p.faultTolerance)}台の障害までです。これはメンバー数${f.integer(p.oddBelow)}の場合と同じで、障害が起こりうるマシンが1台増えるだけです。`,
    fix: (p, f) => `サーバーを${f.integer(p.oddBelow)}台または${f.integer(p.oddAbove)}台にしてください。`,
  },
  'etcd.too-many-members': {
    title: (p, f) =>
      `etcdのメンバー数${f.integer(p.members)}は、推奨上限の${f.integer(p.recommendedMax)}を超えています`,
    why: () =>
      'すべての書き込みは全メンバーに複製されるため、etcdクラスターが大きいほど書き込みは遅くなります。メンバーが5台あれば2台の障害に耐えられ、ほとんどの場合はそれで十分です。',
    fix: (p, f) =>
      `サーバーは${f.alternatives(p.suggestedCounts.map((n) => `${f.integer(n)}台`))}にとどめ、容量を増やすにはetcdメンバーではなくエージェントを追加してください。`,
  },
  'datastore.external-etcd-members': {
    title: (p, f) =>
      p.members === 1
        ? '外部etcdのホストが1台：データストアに耐障害性がありません'
        : `外部etcd：メンバー${f.integer(p.members)}台、クォーラム${f.integer(p.quorum)}、メンバー${f.integer(p.faultTolerance)}台の障害に耐えます`,
    why: (p, f) =>
      p.members === 1
        ? 'サーバーは高可用性でも、すべての書き込みは1台のetcdメンバーに向かいます。そのメンバーが停止するとクラスターも停止します。'
        : p.members === 2
          ? `メンバーが${f.integer(p.members)}台の場合、クォーラムは${f.integer(p.quorum)}です。どちらかが停止すると、etcdは書き込みを受け付けなくなります。`
          : p.members % 2 === 0
            ? `偶数台では耐障害性は増えません。${f.integer(p.members - 1)}台でも同じ数の障害に耐え、停止しうるマシンが1台少なくなります。`
            : p.members > p.recommendedMax
              ? `etcdはメンバーを${f.integer(p.recommendedMax)}台までにすることを推奨しています。大きなクラスターほど書き込みが遅くなります。`
              : 'すべての書き込みには、メンバーの過半数（(n/2)+1）の合意が必要です。メンバー同士はピアポートで通信します。',
    fix: (p, f) =>
      p.members % 2 === 0 || p.members === 1
        ? `etcdメンバーは${f.alternatives(p.suggestedCounts.slice(0, 2).map((n) => `${f.integer(n)}台`))}で運用してください。`
        : p.members > p.recommendedMax
          ? `メンバーは${f.alternatives(p.suggestedCounts.map((n) => `${f.integer(n)}台`))}にしてください。`
          : 'ピアポートはメンバー間にだけ開けてください。',
  },
  'etcd.quorum': {
    title: (p, f) =>
      `etcdのクォーラムはメンバー${f.integer(p.members)}台中${f.integer(p.quorum)}台で、サーバー${f.integer(p.faultTolerance)}台の障害に耐えられます`,
    why: () => '書き込みのたびに、メンバーの過半数（(n/2)+1）の合意が必要です。',
    fix: () =>
      '障害が発生したサーバーを置き換えるときは、先にそのetcdメンバーを削除してから、新しいサーバーを追加してください。',
  },
  'etcd.disk-space': {
    title: (p, f) => `etcd用に、サーバーごとに${f.memory(p.atDefaultQuotaMiB)}以上を確保してください`,
    why: (p, f) =>
      `etcdのデータベースはクォータの${f.memory(p.quotaMiB)}まで大きくなる可能性があり、K3sは${p.directory}にスナップショットを${f.integer(p.retention)}個（${f.integer(p.intervalHours)}時間ごとに1つ）保持します。各スナップショットはデータベースと同じサイズになりえます。etcdが推奨する最大クォータの${f.memory(p.suggestedMaxQuotaMiB)}では、これが${f.memory(p.atSuggestedMaxQuotaMiB)}になります。`,
    fix: () =>
      'これにOS、コンテナイメージ、ワークロードのデータを加えてください。また、サーバーにはクォータ以上のRAMを搭載してください。',
  },
  'disk.flash-under-etcd': {
    title: (p) => `etcdが${disks[p.disk]}上にあります`,
    why: (p) =>
      p.fitness === 'unsuitable'
        ? `etcdは書き込み負荷が高く、${disks[p.disk]}のストレージではそのI/O負荷に対応できません。`
        : `etcdは書き込み負荷が高く、${disks[p.disk]}のストレージは製品によって性能が大きく異なります。`,
    fix: () => '外付けSSDを接続して/var/lib/rancher/k3sをそこに置くか、SQLiteを使うサーバー1台で運用してください。',
  },
  'disk.hdd-under-etcd': {
    title: () => 'etcdが回転ディスク上にあります',
    why: (p, f) =>
      `etcdは書き込みレイテンシーに非常に敏感で、各書き込みが${f.integer(p.maxLatencyMs)} ms未満で完了する必要があります。負荷の高いHDDではそれ以上かかることが多く、書き込みが遅いとクラスターのリーダーが失われます。`,
    fix: () =>
      'etcdにはSSDを使用してください。回転ディスクを使わざるを得ない場合は、15,000 RPMのディスクを使い、etcdを専用のディスクに置いてください。',
  },
  'disk.ssd-recommended': {
    title: (p) => `${disks[p.disk]}よりもSSDを推奨します`,
    why: () => 'K3sの性能は、データストアの性能に左右されます。',
    fix: () => '可能であれば、データストアにはSSDを使用してください。',
  },
  'disk.datastore-io': {
    title: (p, f) =>
      `${p.datastore === 'etcd' ? 'etcd' : 'SQLite'}には${f.integer(p.iops)} IOPS、${f.integer(p.maxLatencyMs)} ms未満のレイテンシーが必要です`,
    why: (p, f) =>
      `K3sのリソースプロファイリングでは、データストアとコントロールプレーンだけで${f.integer(p.iops)} IOPS、${f.integer(p.kibPerSecond)} KiB/s、${f.integer(p.maxLatencyMs)} ms未満のレイテンシーが計測されました。これを満たさないと、コントロールプレーンが遅延したり、状態を保持できなくなったりします。`,
    fix: () =>
      'インストールの前に、OS、ログ、イメージのプルの分の余裕も含めて、ディスクのベンチマーク（fioなど）を実施してください。',
  },
  'disk.separate-server-agent-data': {
    title: () => 'サーバーのデータとエージェントのデータは別々のディスクに置いてください',
    why: () =>
      'サーバーでワークロードも実行する場合、データストア（/var/lib/rancher/k3s/server）がイメージのプルやコンテナ（/var/lib/rancher/k3s/agent）とディスクを共有します。イメージのプルはI/O負荷の高い処理です。',
    fix: () =>
      '/var/lib/rancher/k3s/serverと/var/lib/rancher/k3s/agentを別々のディスクにマウントし、ポッドのストレージはどちらにも置かないでください。または、サーバーをコントロールプレーン専用にしてください。',
  },
  'disk.cloud-volume-iops': {
    title: () => 'クラウドのボリュームは、容量ではなくIOPSを基準にサイズを決めてください',
    why: () => 'ほとんどのクラウドでは、ブロックボリュームのIOPSはサイズに応じて増えます。',
    fix: () => '最大のIOPSが得られる最小のボリュームサイズを使用してください。',
  },
  'cluster.production-ha-external': {
    title: (p, f) => `${f.integer(p.nodes)}ノードのクラスターには、外部データベースによるHAを推奨します`,
    why: (p) =>
      p.haMode === 'single'
        ? 'K3sのドキュメントでは、本番環境や大規模クラスターには外部データベースによるHAを推奨しています。シングルサーバーはクラスター全体の単一障害点になります。'
        : '組み込みetcdは高可用性ですが、K3sのドキュメントでは、本番環境や大規模クラスターには外部データベースを推奨しています。',
    fix: (p, f) =>
      `${f.integer(p.largeAbove)}ノードを超える場合は、MySQL、PostgreSQL、etcdのいずれかを外部データストアとし、サーバーを${f.integer(p.minServers)}台以上にしてください。`,
  },
  'cluster.unique-hostnames': {
    title: () => 'すべてのノードに一意のホスト名が必要です',
    why: () =>
      '2つのノードが同じホスト名を持つことはできません。サーバーは各ノードのパスワードを<host>.node-password.k3sシークレットに保存し、同じ名前の2台目のノードを拒否します。',
    fix: () =>
      '各マシンに固有のホスト名を付けるか、K3sを--with-node-id付きで起動するか、ノードごとに--node-name（K3S_NODE_NAME）を指定してください。',
  },
  'cluster.join-in-batches': {
    title: (p, f) =>
      `エージェント${f.integer(p.agents)}台は、${f.integer(p.batchSize)}台以下ずつに分けて参加させてください`,
    why: () => 'エージェントの参加中は、サーバーのCPU使用率が急上昇します。',
    fix: (p, f) =>
      `${f.integer(p.batches)}回に分けることになります。各回の間に、サーバーのCPU使用率が落ち着くのを待ってください。`,
  },
  'cluster.beyond-kubernetes-limits': {
    title: (p, f) =>
      `${f.integer(p.nodes)}ノードは、Kubernetesがサポートする${f.integer(p.maxNodes)}ノードを超えています`,
    why: (p, f) =>
      `Kubernetesは、最大${f.integer(p.maxNodes)}ノード、ノードあたり${f.integer(p.maxPodsPerNode)}ポッド、クラスターあたり${f.integer(p.maxPods)}ポッドを上限として設計されています。`,
    fix: () => 'ワークロードを複数のクラスターに分割してください。',
  },
  'platform.arch-builds-ended': {
    title: (p) =>
      p.releaseHasBuilds === false
        ? `K3s ${p.version}には${architectures[p.arch]}向けのビルドがないため、インストールできません`
        : p.releaseHasBuilds === true
          ? `K3s ${p.version}は${architectures[p.arch]}向けにビルドされた最後期のリリースです`
          : `${architectures[p.arch]}向けの現行のK3sビルドはありません`,
    why: (p, f) =>
      p.releaseHasBuilds === false
        ? `アップストリームは2023年12月に${p.arch}のビルドを終了し、${f.date(p.endedOn)}にサポートマトリックスから削除しました${p.listed ? '（この版の要件ページにはまだ記載があります）' : ''}。インストールスクリプトはこのリリースのバイナリを見つけられません。`
        : p.releaseHasBuilds === true
          ? `このリリースには${p.arch}のバイナリがありますが、以降のリリースにはありません。セキュリティ修正もアップグレードの道もありません。`
          : p.listed
            ? `要件ページにはまだ${p.arch}が記載されていますが、アップストリームは${f.date(p.endedOn)}にビルドの提供を終了しました。`
            : `${p.arch}は${f.date(p.endedOn)}にK3sのサポートマトリックスから削除され、ビルドは提供されていません。`,
    fix: () => 'x86_64、arm64、armhfのいずれかのマシンで計画してください。',
  },
  'platform.arm64-page-size': {
    title: (p) => `K3s ${p.version}では、arm64カーネルで4kページを使用する必要があります`,
    why: (p, f) =>
      `2023年5月のリリース（${f.list(p.fixedIn)}）より前のK3sをarm64で実行するには、4kページのカーネルが必要です。`,
    fix: (p) =>
      `K3s ${p.since}以降を使用するか、4kページのカーネルを使用してください（RHEL 9、Ubuntu、Raspberry Pi OS、SLESは対応しています）。`,
  },
  'platform.board-too-small': {
    title: (p, f) =>
      `${f.integer(p.boardVcpu)}コア、${f.memory(p.boardMemoryMiB)}のボードでは、これらのサーバーを実行できません`,
    why: (p, f) =>
      `各サーバーには${f.vcpu(p.needVcpu)}と${f.memory(p.needMemoryMiB)}が必要ですが、Raspberry Pi 4クラスのボードは${f.integer(p.boardVcpu)}コア、${f.memory(p.boardMemoryMiB)}です。`,
    fix: () =>
      'サーバーはサーバークラスのマシンで実行する（エージェントはボードのままで構いません）か、クラスターを小さくしてください。',
  },
  'version.unknown-line': {
    title: (p) => `「${p.requested}」に該当する既知のリリースがありません`,
    why: (p) =>
      `このマイナーバージョンのリリースがルールに記載されていないため、バージョンチェックには${p.fallback}を使用します。`,
    fix: () => 'v1.31.4+k3s1のように正確なバージョンを固定するか、stableチャンネルを選択してください。',
  },
  'network.cidr-invalid': {
    title: (p) => `「${p.value}」は有効な${listFields[p.field]}ではありません`,
    why: (p) =>
      p.reason === 'host-bits'
        ? `CIDRはネットワークを表すため、アドレスはそのブロックの先頭である必要があります。${p.value}にはホストビットが設定されています。`
        : p.reason === 'prefix-range'
          ? `プレフィックスは0から${String(p.maxPrefix ?? 0)}の範囲で指定してください。`
          : `${p.examples.join('や')}のように、アドレスとプレフィックス長を記述してください。2つの範囲はカンマで区切ります。`,
    fix: (p) =>
      p.network === null ? `${listFields[p.field]}を修正してください。` : `${p.network}を使用してください。`,
  },
  'network.cidr-wrong-family': {
    title: (p) =>
      `${listFields[p.field]}の${p.value}は${familyNames[p.family]}ですが、クラスターは${ipFamilies[p.mode]}です`,
    why: () => '各範囲は、クラスターで使用するIPファミリーに属している必要があります。',
    fix: (p) =>
      p.mode === 'dual'
        ? 'この範囲を削除してください。'
        : `${p.mode === 'ipv4' ? 'IPv4' : 'IPv6'}の範囲を使用するか、IPファミリーを切り替えてください。`,
  },
  'network.cidr-list-shape': {
    title: (p) =>
      p.mode === 'dual'
        ? `デュアルスタックの${listFields[p.field]}には、IPv4とIPv6の範囲が1つずつ必要です`
        : `${listFields[p.field]}には、範囲がちょうど1つ必要です`,
    why: (p, f) =>
      p.mode === 'dual'
        ? 'K3sでは、デュアルスタックのクラスターCIDRとサービスCIDRを、ファミリーごとに1つずつの範囲として、すべてのサーバーに指定します。'
        : `シングルスタックのクラスターでは${listFields[p.field]}は1つですが、このリストには${f.integer(p.count)}個あります。`,
    fix: (p) =>
      p.mode === 'dual' ? `${p.example}のように、1つのリストとして記述してください。` : '範囲を1つだけにしてください。',
  },
  'network.overlap': {
    title: (p) => `${listFields[p.a]}の${p.aCidr}が、${listFields[p.b]}の${p.bCidr}と重複しています`,
    why: (p) =>
      p.b === 'nodeNetwork'
        ? 'クラスター内のアドレスが、ネットワーク上のマシンを覆い隠してしまいます。ポッドやサービスが、本来LANに属するルートを使うことになります。'
        : 'ポッドのアドレスとサービスのアドレスが重なってはいけません。',
    fix: (p) => `${p.bCidr}とアドレスが重ならない${listFields[p.a]}を選んでください。`,
  },
  'network.service-cidr-too-wide': {
    title: (p) => `サービスCIDRの${p.cidr}が/${String(p.maxPrefix)}より広くなっています`,
    why: (p) =>
      `K3sがサポートするサービスCIDRのマスクは、IPv4で/${String(p.maxPrefixV4)}、IPv6で/${String(p.maxPrefixV6)}までです。/${String(p.prefix)}はそれより大きい範囲です。`,
    fix: (p) => `/${String(p.maxPrefix)}またはそれより狭い${familyNames[p.family]}の範囲を使用してください。`,
  },
  'network.node-mask-too-short': {
    title: (p) =>
      `${familyNames[p.family]}のノードマスク/${String(p.nodeMask)}が、クラスターのプレフィックス/${String(p.clusterPrefix)}より長くなっていません`,
    why: () =>
      '各ノードはクラスターCIDRの一部を受け取ります。その一部は全体より小さくなければならず、そうでないとポッドを持てるノードは最大1台になります。',
    fix: (p) =>
      `/${String(p.clusterPrefix)}より長いノードマスクを使用してください（K3sはIPv4で/${String(p.defaultMaskV4)}、IPv6で/${String(p.defaultMaskV6)}を使用します）。`,
  },
  'network.ipv6-node-mask-gap': {
    title: (p, f) =>
      `IPv6のノードマスク/${String(p.nodeMask)}が、クラスターのプレフィックス/${String(p.clusterPrefix)}より${f.integer(p.maxGap)}ビットを超えて長くなっています`,
    why: (p, f) =>
      `kube-controller-managerは、クラスターCIDRより${f.integer(p.maxGap)}ビットを超えて長いIPv6ノードサブネットを拒否します。`,
    fix: (p) =>
      `プレフィックス長が/${String(p.nodeMask - p.maxGap)}以上のIPv6クラスターCIDRを使用するか、ノードマスクを短くしてください。`,
  },
  'network.pod-subnets-full': {
    title: (p, f) =>
      `${p.clusterCidr}の${familyNames[p.family]}ポッドサブネット${f.bigCount(p.nodeSubnets)}個がすべて使用されています`,
    why: (p, f) =>
      `${f.integer(p.nodes)}ノードがすべてのノードサブネットを使うため、置き換えや追加で参加するノードには、削除したノードのサブネットが解放されるまで割り当てられません。K3sのドキュメントでは、ノードサブネットが尽きる前にクラスターCIDRを広げるよう説明しています。`,
    fix: () => '余裕を持たせてください。クラスターを作成する前に、より大きなクラスターCIDRを使用します。',
  },
  'network.pod-subnets-exhausted': {
    title: (p, f) =>
      `${p.clusterCidr}の${familyNames[p.family]}ポッドサブネット（${f.bigCount(p.nodeSubnets)}個）では、${f.integer(p.nodes)}ノードに足りません`,
    why: (p, f) =>
      `ノードサブネットが/${String(p.nodeMask)}の場合、${p.clusterCidr}でポッド範囲を割り当てられるのは${f.bigCount(p.nodeSubnets)}ノードまでです。${f.integer(Number(p.nodeSubnets) + 1)}台目のノードには割り当てられず、そのポッドは起動しません。`,
    fix: (p, f) =>
      p.fixes.length === 0
        ? '範囲やノードマスクをどう変えても収まりません。ワークロードを複数のクラスターに分割してください。'
        : `${p.fixes.map((x) => fixTexts(x, f)).join('または、')}いずれの修正案も、入力済みのほかの範囲と照合して確認済みです。`,
  },
  'network.max-pods-exceed-subnet': {
    title: (p, f) =>
      `最大ポッド数${f.integer(p.maxPods)}は、/${String(p.nodeMask)}のノードサブネットで割り当てられるアドレス数（${f.integer(p.usablePerNode)}）を超えています`,
    why: () =>
      'ノード上の各ポッドは、そのノードのポッドサブネットからアドレスを1つ使用します。ネットワークアドレス、ゲートウェイ、IPv4のブロードキャストアドレスは使用できません。',
    fix: (p, f) =>
      p.fixes.length === 0
        ? 'ノードマスクを短くするか、最大ポッド数を減らしてください。'
        : p.fixes.map((x) => fixTexts(x, f)).join('または、'),
  },
  'network.max-pods-above-recommended': {
    title: (p, f) =>
      `最大ポッド数${f.integer(p.maxPods)}は、Kubernetesが想定するノードあたり${f.integer(p.recommendedMax)}を超えています`,
    why: (p, f) =>
      `Kubernetesのテストは、ノードあたり最大${f.integer(p.recommendedMax)}ポッドで行われています。それを超えると、kubeletとコンテナランタイムに負荷がかかります。`,
    fix: (p, f) => `最大ポッド数は${f.integer(p.recommendedMax)}以下にとどめ、代わりにノードを追加してください。`,
  },
  'network.range-not-private': {
    title: (p) =>
      p.space === 'reserved'
        ? `${p.cidr}は予約済みのアドレス空間で、実際のネットワークには使えません`
        : `${p.cidr}は他者のパブリックアドレス空間です`,
    why: (p) =>
      `${p.space === 'reserved' ? (p.family === 'ipv6' ? '2001:db8::/32はドキュメント専用です（RFC 3849）。その他の予約済み範囲もネットワークには割り当てられません。' : 'TEST-NETの範囲はドキュメント専用です（RFC 5737）。') : 'これらのアドレスはインターネット上のネットワークに属しています。'}クラスター内では${p.field === 'clusterCidr' ? 'ポッド' : 'サービス'}のアドレスとなり、${p.cidr}の本来の持ち主への通信はクラスターの外に出られなくなります。`,
    fix: (p) =>
      `同じ大きさの${p.family === 'ipv6' ? 'ユニークローカル（fd00::/8）' : 'プライベート（RFC 1918）'}の範囲を使用してください（下記の例）。`,
  },
  'network.default-cidrs-lan': {
    title: (p, f) => `ネットワークで${f.list(p.cidrs)}がすでに使われていないか確認してください`,
    why: () =>
      'これらはK3sのデフォルトです。マシンのLANやVPC、VPN、ピアリングされたネットワークでこれらが使われていると、そのアドレス宛ての通信はクラスター内に吸い込まれて届かなくなります。',
    fix: () =>
      'プランで確認できるようにノードネットワークを入力するか、クラスターを作成する前に別の範囲を選択してください。',
  },
  'network.dual-stack-version': {
    title: (p) =>
      p.stage === 'unavailable'
        ? `デュアルスタックにはK3s ${p.since}以降が必要です`
        : `${p.since}より前のデュアルスタックは実験的機能です`,
    why: (p) =>
      `K3s ${p.version}は、${p.stage === 'unavailable' ? 'デュアルスタックに対応した最初のリリースより古いバージョンです' : 'デュアルスタックが安定版になる前のバージョンです'}。`,
    fix: (p) => `K3s ${p.since}以降を使用してください。`,
  },
  'network.ipv6-only-version': {
    title: (p) => `IPv6のみのクラスターにはK3s ${p.since}以降が必要です`,
    why: (p) => `K3s ${p.version}では、シングルスタックのIPv6クラスターを実行できません。`,
    fix: (p) => `K3s ${p.since}以降を使用してください。`,
  },
  'network.dual-stack-at-creation': {
    title: () => 'デュアルスタックはクラスターの作成時に選択します',
    why: () =>
      '既存のIPv4のみのクラスターを、デュアルスタックに切り替えることはできません。すべてのサーバーに、最初からデュアルスタックのクラスターCIDRとサービスCIDRを指定する必要があります。',
    fix: () => '今の段階で決めて、すべてのサーバーに同じデュアルスタックのリストを設定してください。',
  },
  'network.ipv6-primary-node-ip': {
    title: () => 'IPv6を優先するデュアルスタックでは、ノードIPを明示的に指定する必要があります',
    why: () =>
      'kubeletはデフォルトでIPv4をプライマリファミリーとします。IPv6を先に記載する場合は、すべてのノードでそれを明示する必要があります。',
    fix: () =>
      'すべてのサーバーとエージェントで--node-ipを設定し、ノードのIPv6アドレスを先に、IPv4アドレスを後に指定してください。',
  },
  'network.kubelet-ipv6-bug': {
    title: (p) =>
      `K3s ${p.version}のKubernetesでは、ノードのIPv6アドレスが無視されることがあります（${p.since}で修正）`,
    why: () =>
      'クラスターの通信がプライマリのネットワークインターフェース以外を通る場合、kubeletはノードのIPv6アドレスを無視します（Kubernetes issue #111695）。',
    fix: (p) =>
      `K3s ${p.since}以降を使用するか、サーバーとエージェントで--kubelet-arg="node-ip=0.0.0.0"（IPv4優先）または--kubelet-arg="node-ip=::"（IPv6優先）を指定してください。`,
  },
  'network.ipv6-accept-ra': {
    title: () => 'ルーター広告によるIPv6ルートにはaccept_ra=2が必要です',
    why: () =>
      'IPv6のデフォルトルートをルーター広告から得ている場合、フォワーディングが有効だと、ノードは有効期限が切れた時点でそのルートを破棄します。',
    fix: () =>
      'すべてのノードでnet.ipv6.conf.all.accept_ra=2を設定してください（OSの準備手順を参照）。ただし、中間者攻撃のリスクが高まることに留意してください。',
  },
  'network.ipv6-masq-suggested': {
    title: (p) => `${p.cidr}のポッドは、ルーティングされないIPv6アドレスのままクラスターの外へ通信します`,
    why: () =>
      'FlannelはデフォルトでIPv4のポッド通信をマスカレードしますが、IPv6はマスカレードしません。ユニークローカルアドレスやドキュメント用のアドレス範囲は、インターネット上でルーティングされません。',
    fix: () => '--flannel-ipv6-masqを有効にするか、ポッドのプレフィックスをノードへルーティングしてください。',
  },
  'network.ipv6-masq-ignored': {
    title: () => '--flannel-ipv6-masqはこの構成では効果がありません',
    why: (p) =>
      p.reason === 'ipv4-only'
        ? 'このオプションは、デュアルスタックとIPv6のみのクラスターにだけ適用されます。'
        : 'このオプションは、Flannelが動作している場合にだけ適用されます。カスタムCNIでは、そのCNIの動作に従います。',
    fix: () => '無効にしてください。',
  },
  'network.external-ip-needs-node-ip': {
    title: () => '--flannel-external-ipは、各ノードの--node-external-ipを使用します',
    why: () =>
      'Flannelがノードの外部アドレス宛てに送信するのは、すべてのノードが外部アドレスを通知している場合だけです。',
    fix: () =>
      'すべてのサーバーとエージェントに--node-external-ipを設定してください。エージェントは、サーバーの外部アドレスを使って参加する必要があります。',
  },
  'network.external-ip-unencrypted': {
    title: (p) => `ポッドの通信が暗号化されずに外部アドレスを経由します（${p.backend}バックエンド）`,
    why: () =>
      '外部IPを使うと、Flannelの通信はプライベートネットワークの外に出ます。通信を暗号化するのはwireguard-nativeだけです。',
    fix: () => '複数のネットワークにまたがるクラスターでは、wireguard-nativeバックエンドを使用してください。',
  },
  'network.backend-removed': {
    title: (p) => `${p.backend}バックエンドはK3s ${p.version}には存在しません`,
    why: (p) => `${p.removedIn}で削除されたため、このバックエンドではK3sが起動しません。`,
    fix: () =>
      '暗号化にはwireguard-nativeを使用してください（すべてのサーバーで設定してから、サーバーから順にノードを再起動します）。',
  },
  'network.backend-deprecated': {
    title: (p) => `${p.backend}バックエンドは非推奨で、${p.removedIn}で削除されます`,
    why: (p) =>
      p.strongswanUnbundled
        ? 'K3sは2022年12月のリリース以降、strongSwanのswanctlとcharonを同梱していないため、ホスト側で用意する必要があります。'
        : p.backend === 'wireguard'
          ? 'ホストにwgツールが必要です。また、削除されたバージョン以降へのアップグレードは失敗します。'
          : '削除されたバージョン以降へのアップグレードは失敗します。',
    fix: () =>
      'wireguard-nativeに移行してください。すべてのサーバーで設定を変更してから、サーバーから順にすべてのノードを再起動します（短時間のダウンタイムが発生します）。',
  },
  'network.host-gw-layer2': {
    title: () => 'host-gwには、すべてのノード間での直接のレイヤー2接続が必要です',
    why: () => 'カプセル化を行わず、ノード自身のIPアドレスを経由してポッドサブネットをルーティングします。',
    fix: () =>
      'すべてのノードが1つのレイヤー2ネットワークを共有している場合にだけ使用してください。それ以外の場合は、vxlanのままにするか、wireguard-nativeを使用してください。',
  },
  'network.custom-cni': {
    title: () => 'Flannelが無効です。独自のCNIをインストールしてください',
    why: () =>
      '--flannel-backend=noneでは、CNIをインストールするまでポッドはネットワークを使用できません。Flannelのポートは不要です。ほとんどのCNIは、独自のネットワークポリシーエンジンを備えています。',
    fix: () =>
      '--disable-network-policyも指定し、最初のサーバーの直後にCNIをインストールして、そのCNIのデュアルスタックに関するドキュメントに従ってください。',
  },
  'network.egress-agentless': {
    title: (p) =>
      `egress-selector-modeが「${egressModes[p.mode]}」のエージェントレスサーバーは、クラスター内のサービスに到達できません`,
    why: () =>
      'エージェントがないとサーバーはkubelet、CNI、kube-proxyを実行しないため、apiserverがWebhookやアグリゲートAPIに到達するにはエージェントのトンネルが必要です。',
    fix: () =>
      '--egress-selector-mode=podまたはclusterを使用してください（後から変更するには、すべてのノードの再起動が必要です）。',
  },
  'network.egress-pod-custom-cni': {
    title: () => 'ノードのポッドCIDRを使用しないCNIでは、Egress selectorの「pod」モードは機能しません',
    why: () =>
      'podモードはNodeのPodCIDRに基づいてルーティングしますが、独自のIPアドレス管理を持つCNIはこれを使用しません。',
    fix: () =>
      'CNIがノードのポッドCIDRからアドレスを割り当てる場合を除き、clusterモードまたはagentモードを使用してください。',
  },
  'network.agentless-servers': {
    title: () => 'エージェントレスサーバーは実験的機能です',
    why: (p) =>
      `kubeletを実行せず、ノードとして表示されないため、ノードを列挙するオペレーター${p.embeddedEtcd ? '（組み込みetcdコントローラーを含む）' : ''}では管理できません。`,
    fix: () =>
      'これが必要な場合を除き、サーバーではエージェントも実行してください（ワークロードを実行させない場合はtaintを付けます）。',
  },
  'network.embedded-registry-version': {
    title: (p) =>
      p.stage === 'unavailable'
        ? `組み込みレジストリにはK3s ${p.since}以降が必要です`
        : `${p.since}より前の組み込みレジストリは実験的機能です`,
    why: (p) =>
      `K3s ${p.version}${p.stage === 'unavailable' ? 'には--embedded-registryがありません' : 'は、組み込みレジストリが一般提供（GA）になる前のバージョンです'}。`,
    fix: (p) => `K3s ${p.since}以降を使用してください。`,
  },
  'network.embedded-registry-trust': {
    title: () => '組み込みレジストリは、すべてのノードが互いに信頼し合っていることを前提としています',
    why: () =>
      '認証情報を使ってプルしたイメージはすべてのノードから利用可能になり、どのノードからでもタグを汚染できます。',
    fix: () => '同程度に信頼できるノードの間でのみ使用し、イメージはダイジェストで指定してデプロイしてください。',
  },
  'network.servicelb-host-ports': {
    title: (p) => `Traefikがすべてのノードでポート${String(p.httpPort)}と${String(p.httpsPort)}を占有します`,
    why: (p) =>
      `ServiceLBはTraefikのLoadBalancerサービスをすべてのノードで公開するため、ほかのポッドは${String(p.httpPort)}や${String(p.httpsPort)}をホストポートやNodePortとして使用できません。`,
    fix: (p) =>
      `トラフィックを受けるノードでクライアント向けに${String(p.httpPort)}/${String(p.httpsPort)}を開放するか（ServiceLBはノードラベルで対象を限定できます）、ServiceLBまたはTraefikを無効にしてください。`,
  },
  'network.traefik-without-servicelb': {
    title: () => 'ServiceLBがない場合、Traefikは別のロードバランサーを待ち続けます',
    why: () =>
      'TraefikのサービスはLoadBalancerタイプです。ServiceLBを無効にすると、ほかの仕組みがアドレスを割り当てるまでPendingのままになります。',
    fix: () => 'MetalLBやkube-vipをインストールするか、ServiceLBを有効のままにするか、Traefikを無効にしてください。',
  },
  'security.vxlan-exposed': {
    title: (p) =>
      p.restricted
        ? `VXLANのポート${String(p.port)}はノードネットワークに限定されています`
        : p.nodeNetwork === 'public'
          ? `ノードがパブリックアドレスを持ち、VXLANのポート${String(p.port)}/${p.protocol}を制限するものがありません`
          : `VXLANのポート${String(p.port)}/${p.protocol}を外部に公開しないでください`,
    why: (p) =>
      `ノードの${String(p.port)}/${p.protocol}に到達できれば誰でも、クラスターネットワークにパケットを送り込めます。${p.nodeNetwork === 'public' ? '入力されたノードネットワークはパブリックアドレス空間のため、ファイアウォールがなければインターネット上の誰でも到達できます。' : ''}`,
    fix: (p) =>
      p.restricted
        ? '以下のファイアウォールルールをすべてのノードで維持し、クラウドのセキュリティグループにも同じ制限をかけてください。'
        : `${String(p.port)}/${p.protocol}をノード間でのみ許可するファイアウォールまたはセキュリティグループの内側でノードを運用してください。ノードネットワークを入力すると、そこに限定したルールが生成されます。`,
  },
  'security.flannel-net-raw': {
    title: () => '信頼できないポッドからNET_RAWを削除してください',
    why: () =>
      'Flannelのブリッジはレイヤー2ネットワークを構成するため、NET_RAWを持つポッドはその上でARPスプーフィングを行えます。',
    fix: () => '信頼できないポッドを実行するネームスペースには、restrictedのPod Security Standardを適用してください。',
  },
  'install.registration-address-invalid': {
    title: (p) => `「${p.value}」はホスト名でもIPアドレスでもありません`,
    why: () =>
      '登録アドレスは、各エージェントのサーバーURLとサーバーの証明書（tls-san）に使われます。スキームやポートを含まないDNS名またはIPアドレスである必要があります。',
    fix: () =>
      'k3s.example.comのような名前か、192.168.1.100のようなアドレスを入力してください。入力されるまで、ファイルでは最初のサーバーを使用し、tls-sanは省略します。',
  },
  'install.no-registration-address': {
    title: () => '固定登録アドレスがありません',
    why: (p, f) =>
      `エージェントと参加するサーバーは${p.firstServer}に登録します。そのアドレスが変わったりサーバーが停止したりすると、新しいノードは参加できません。${f.integer(p.servers)}台のサーバーの前にロードバランサー、DNS名、仮想IPのいずれかを置けば、これを避けられます。`,
    fix: () =>
      '登録アドレスを入力してください。入力すると、ファイルではそのアドレスをtls-sanに追加し、サーバーURLとして使用します。',
  },
  'install.names-invalid': {
    title: (p, f) =>
      p.reason === 'too-few'
        ? `${installNameFields[p.field]}のリストには、${f.integer(p.needed)}ノードに対して名前が${f.integer(Number(p.detail))}個しかありません`
        : p.reason === 'duplicate'
          ? `「${p.detail}」が${installNameFields[p.field]}に2回出現しています`
          : p.reason === 'empty'
            ? `${installNameFields[p.field]}が空です`
            : `「${p.detail}」は有効なノード名ではありません`,
    why: () =>
      'ノード名は、一意で小文字のDNS名である必要があります。使用できるのは英字、数字、ハイフンで、ラベルの間はドットで区切り、各ラベルは63文字以内です。',
    fix: () => 'server-{n}のように{n}を含むパターンを使うか、ノードごとに1つずつ名前をカンマ区切りで列挙してください。',
  },
  'install.datastore-host-invalid': {
    title: (p) => `「${p.value}」はデータベースのホスト名でもIPアドレスでもありません`,
    why: () =>
      'ホストは、すべてのサーバーが使うデータストアエンドポイントに組み込まれます。無効な値では接続文字列が壊れます。',
    fix: () =>
      'データベースのホスト名またはアドレスを入力してください（外部etcdの場合は、カンマ区切りで複数指定できます）。',
  },
  'install.datastore-host-missing': {
    title: () => 'データベースのホストがまだ入力されていません',
    why: () => '設定ファイルのデータストアエンドポイントでは、プレースホルダー<database-host>を使用しています。',
    fix: () => 'データベースのホストを入力するか、インストールの前にファイル内のプレースホルダーを置き換えてください。',
  },
  'install.database-identifier-invalid': {
    title: (p) =>
      `「${p.value}」は${p.field === 'datastoreName' ? 'データベース名' : 'データベースユーザー'}として使用できません`,
    why: () =>
      'この名前は引用符なしで接続文字列に入ります。英字、数字、アンダースコアで構成され、数字で始まらない名前であれば安全です。',
    fix: () => 'k3sやk3s_adminのような名前を使用してください。入力されるまで、ファイルではk3sを使用します。',
  },
  'install.airgap-not-in-edition': {
    title: (p) => `ルールの版 ${p.rulesVersion} にはエアギャップインストールがありません`,
    why: () =>
      'このプランではノードがインターネットに接続できない前提ですが、固定されているルールの版はエアギャップの情報より前のものです。インストールコマンドと install.sh はインターネットから K3s をダウンロードするため、そのようなノードでは失敗します。',
    fix: () =>
      '「ルールの版」欄で新しい版を選んでください。インストールコマンドがエアギャップ用の形になり、事前にダウンロードするファイルも示されます。',
  },
  'sizing.below-measured': {
    title: (p, f) =>
      `サーバーあたり${f.memory(p.plannedMiB)}で計画：表の${f.memory(p.figureMiB)}はK3sの計測値${f.memory(p.measuredMiB)}を下回っています`,
    why: (p, f) =>
      `リソースプロファイリング（K3s ${p.measuredVersion}）では、小規模なワークロードを実行するこのようなサーバーで${f.memory(p.measuredMiB)}が計測されました。${f.memory(p.figureMiB)}では何も残らないため、計測値を上回る最小の整数GBを使います。`,
    fix: (p, f) =>
      `サーバーあたり少なくとも${f.memory(p.plannedMiB)}に、ワークロードに必要な分を加えて計画してください。`,
  },
  'workloads.pod-too-big': {
    title: (p) => `「${p.name}」のポッドが収まるエージェントがありません`,
    why: (p, f) =>
      `各ポッドは${f.decimal(p.cpuMillis / 1000, 3)} vCPUと${f.memory(p.memoryMiB)}を要求します。最も余裕のあるエージェントのマシンタイプ（${shapeLabel(p, f)}）でも、K3sエージェント、kubeletの予約、退避のしきい値、DaemonSetを除くとポッドに使えるのは${f.decimal(p.allocatableCpuMillis / 1000, 3)} vCPUと${f.memory(p.allocatableMemoryMiB)}です。スケジューラーはこのポッドをPendingのままにします。`,
    fix: () => 'ポッドの要求量を下げるか分割するか、より大きなマシンタイプと比較してください。',
  },
  'workloads.pods-per-node-limit': {
    title: (p, f) =>
      `エージェント数を決めているのはCPUやメモリではなく、ノードあたり${f.integer(p.limit)}個のポッド上限です`,
    why: (p, f) =>
      p.by === 'max-pods'
        ? `kubeletの最大ポッド数により、各エージェントで実行できるポッドは${f.integer(p.limit)}個までです。そのため、CPUとメモリはより少ない台数に収まるにもかかわらず、エージェントが${f.integer(p.agents)}台必要です。`
        : `各ノードのポッドサブネットには${f.integer(p.limit)}個のポッドアドレスしかなく、最大ポッド数より少ないため、CPUとメモリはより少ない台数に収まるにもかかわらず、エージェントが${f.integer(p.agents)}台必要です。`,
    fix: (p) =>
      p.by === 'max-pods'
        ? 'ノードに余裕があればノードあたりの最大ポッド数（--kubelet-arg=max-pods）を引き上げるか、より大きなポッドを少数実行してください。'
        : 'ノードマスクを短くして各ノードのポッドサブネットを広げるか、より大きなポッドを少数実行してください。',
  },
  'workloads.no-failure-headroom': {
    title: (p, f) => `${f.integer(p.agents)}台のエージェントのうち1台を失うと、ポッドの行き場がなくなります`,
    why: () =>
      '予備のエージェントがなく、最も負荷の高いエージェントが故障したりアップグレードのためにドレインされたりしたとき、ほかのエージェントにはそのポッドを引き受けるだけの割り当て可能なCPU、メモリ、ポッド枠がありません。',
    fix: () => '予備のエージェントを追加する（N+1）か、目標使用率を下げて各エージェントに余裕を残してください。',
  },
};

const countErrors: CountErrorMessages = {
  required: () => '数値を入力してください。',
  'not-a-number': () => '3のような整数を入力してください。',
  'not-whole': () => '整数を入力してください。ノードの数に小数はありません。',
  'too-small': (e, f) => `${f.integer(e.min)}以上の値を入力してください。`,
  'too-large': (e, f) => `${f.integer(e.max)}以下の値を入力してください。`,
};

const compared: Record<ComparedItem, string> = {
  server: '各サーバー',
  'server-minimum': 'サーバーの最小要件',
  'agent-minimum': 'エージェントの最小要件',
  'agent-recommended': 'エージェントの推奨要件',
  database: '外部データベース',
  'control-plane': 'コントロールプレーンの合計',
};

const editionChanges: Record<EditionChangeId, string> = {
  'server-sizing-guide':
    'ノードごとのハードウェア表がサーバーとエージェントの最小要件に分割され、エージェント数に基づくサーバーサイジングガイドが追加されました。',
  'ha-server-table-removed':
    'デプロイメントの規模別のHAサーバーのCPU/RAM表は、メンテナーが正式とするサーバーサイジングガイドと矛盾していたため削除されました。以前の翻訳版ドキュメントに基づく版ではこの表を残しています。より保守的な解釈であり、翻訳されたドキュメントの多くにもまだ掲載されているためです。',
  's390x-removed': 's390xはサポートマトリックスから削除され、ビルドは提供されなくなりました。',
  'flash-storage-under-etcd':
    'SDカードに関する警告の対象が広がりました。Raspberry Piやその他のARMデバイスでは、SDカードとeMMCはetcdのI/O負荷に対応できません。',
};

const profilingRoles: Record<ProfilingRole, string> = {
  'server-with-workload': 'ワークロードを実行するサーバー',
  'server-with-one-agent': 'エージェント1台のクラスターのサーバー（ワークロードなし）',
  agent: 'エージェント',
};

const processors: Record<ProcessorClass, string> = {
  'x86-server': 'サーバークラスのx86',
  'arm-sbc': 'Raspberry Pi 4',
};

const severities: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '注記' };

const editions: Record<Edition, { name: string; description: string }> = {
  seed: {
    name: '以前の翻訳版ドキュメント',
    description:
      '以前の翻訳版ドキュメントに記載されたK3sの要件です。全ノード共通のハードウェア表が1つと、クラスターの規模別のHAサーバーのCPU/RAM表があります。',
  },
  upstream: {
    name: '現行のアップストリームドキュメント',
    description:
      '現行のK3sドキュメントです。サーバーとエージェントで別々の最小要件と、エージェント数に基づくサーバーサイジングガイドがあります。',
  },
};

/** A table row's bounds: "最大100ノード", "エージェント0〜350台", "エージェント1,800台超". */
const range: Msg<RangeParams> = (p, f) => {
  if (p.counts === 'all-nodes') {
    return p.upTo === null ? `${f.integer(p.above ?? 0)}ノード超` : `最大${f.integer(p.upTo)}ノード`;
  }
  if (p.upTo === null) return `エージェント${f.integer(p.above ?? 0)}台超`;
  return `エージェント${f.integer(p.above === null ? 0 : p.above + 1)}〜${f.integer(p.upTo)}台`;
};

export const ja: Catalog = {
  meta: { language: '日本語' },
  punctuation: { colon: '：', separator: '／', comma: '、', open: '（', close: '）' },
  nav: {
    label: 'セクション',
    sizing: 'サイジング',
    network: 'ネットワーク',
    diagrams: '図',
    install: 'インストール',
    findings: '検出事項',
    answer: 'プランの概要',
    day2: 'Day 2運用',
    machines: 'マシン',
  },
  app: {
    title: 'k3s-sizer',
    tagline:
      'K3sクラスターを構築する前に計画します。各マシンに必要なリソース、リスクとその理由を、出典とともに示します。',
    skipToResults: '結果へスキップ',
    footer: (p) =>
      `ルール：${p.rulesId}。数値は引用元のK3sおよびetcdのドキュメントに基づいています。実際のワークロードに照らして確認してください。`,
    rulesFile: 'ルールファイル（JSON）',
    planSchema: 'プランのJSONスキーマ',
    printedFrom: (p, f) => `${f.date(p.date)}に次のリンクから印刷：`,
    documentTitle: 'k3s-sizer：K3sクラスターを計画する',
  },
  preferences: {
    language: '言語',
    languageLoading: '言語を読み込んでいます…',
    languageFailed: 'この言語を読み込めませんでした。接続を確認して、もう一度お試しください。',
    theme: 'テーマ',
    themes: { system: 'システム設定', light: 'ライト', dark: 'ダーク' },
  },
  edition: {
    label: 'ルールの版',
    help: 'サイジングの根拠とするK3sドキュメントのセットです。',
    names: editions,
    option: (p) => `${editions[p.edition].name}（${p.version}${p.superseded ? '、旧版' : ''}）`,
    compareTitle: (p) => `${editions[p.other].name}との相違点`,
    compareIntro: (p) =>
      `このプランでは、2つの版で結果が異なります。現在は${editions[p.current].name}で計画しており、もう一方の列には${editions[p.other].name}の値を示します。`,
    compareAgree: (p) => `このプランでは、${editions[p.other].name}でも同じ値になります。`,
    compareLoading: '比較のため、もう一方の版を読み込んでいます…',
    compareFailed: 'もう一方の版を読み込めなかったため、比較は表示されません。',
    item: '項目',
    none: '記載なし',
    compared,
    findingsDiffer: '重大度が異なる検出事項',
    findingAbsent: '検出されない',
    whyTitle: '相違の理由',
    changes: editionChanges,
    changeDate: (p, f) => f.date(p.date),
    switchTo: (p) => `${editions[p.edition].name}で計画する`,
  },
  form: {
    title: 'クラスターの構成',
    sections: {
      topology: 'トポロジー',
      storage: 'データストアとディスク',
      platform: 'プラットフォーム',
      network: 'ネットワーク',
      components: 'パッケージ化されたコンポーネント',
      host: 'オペレーティングシステムとファイアウォール',
    },
    servers: {
      label: 'サーバー',
      help: 'k3s serverを実行するマシンです。コントロールプレーンを担い、データストアが組み込みの場合はデータストアも担います。',
    },
    agents: {
      label: 'エージェント',
      help: 'k3s agentを実行するマシンです。ワークロードのみを実行し、コントロールプレーンは持ちません。',
    },
    haMode: {
      label: '高可用性',
      help: 'シングルサーバー、または組み込みetcdか外部データストアを共有する複数のサーバーです。',
      options: haModes,
    },
    datastore: { label: 'データストア', help: 'クラスターの状態を保存する場所です。', options: datastores },
    disk: {
      label: 'データストアのディスク',
      help: 'データストアを保持するストレージです。サーバーのディスク、またはデータベースホストのディスクです。',
      options: disks,
    },
    arch: { label: 'CPUアーキテクチャ', help: 'マシンのプロセッサーファミリーです。', options: architectures },
    device: {
      label: 'マシンの種類',
      help: '低消費電力のボードはCPUとメモリが固定で、計測されたオーバーヘッドも異なります。',
      options: devices,
    },
    boardMemory: {
      label: 'ボードのメモリ',
      help: '各ボードのメモリ（Raspberry Pi 4は1〜8 GB、Pi 5は最大16 GB）。',
      option: (p) => `${String(p.gib)} GB`,
    },
    serverWorkloads: {
      label: 'サーバーの役割',
      help: 'K3sのサーバーはデフォルトでワークロードを実行します。CriticalAddonsOnlyのtaintを付けると、ワークロードはエージェントだけで実行されます。',
      options: serverWorkloads,
    },
    k3sVersion: {
      label: 'K3sのバージョン',
      help: 'チャンネル（stable、latest）、マイナーバージョン（v1.33）、または正確なリリースです。バージョンチェックに使用します。',
      invalid:
        'stable、latest、v1.33のようなマイナーバージョン、またはv1.33.4+k3s1のようなリリースを入力してください。',
      resolved: (p) => `チェックには${p.version}を使用します。`,
    },
    ipFamily: {
      label: 'IPファミリー',
      help: 'デュアルスタックとIPv6は、クラスターの作成時に選択します。',
      options: ipFamilies,
    },
    clusterCidr: {
      label: 'クラスターCIDR（ポッド）',
      help: 'ポッドのアドレスです（--cluster-cidr）。ファミリーごとに1つの範囲を、カンマ区切りで指定します。',
    },
    serviceCidr: {
      label: 'サービスCIDR',
      help: (p) =>
        `ClusterIPサービスのアドレスです（--service-cidr）。DNSサービスには、その${String(p.dnsOffset)}番目のアドレスが使われます。`,
    },
    nodeMaskV4: {
      label: 'IPv4ノードマスク',
      help: (p, f) =>
        `各ノードのIPv4ポッドサブネットのサイズです（デフォルトは/${String(p.mask)} = ${f.integer(2 ** (32 - p.mask))}アドレス）。`,
    },
    nodeMaskV6: {
      label: 'IPv6ノードマスク',
      help: (p) => `各ノードのIPv6ポッドサブネットのサイズです（デフォルトは/${String(p.mask)}）。`,
    },
    maxPods: {
      label: 'ノードあたりの最大ポッド数',
      help: (p, f) =>
        `kubeletのmax-podsです。デフォルトは${f.integer(p.defaultMaxPods)}で、Kubernetesの推奨の最大値は${f.integer(p.recommendedMax)}です。`,
    },
    nodeNetwork: {
      label: 'ノードネットワーク（任意）',
      help: 'マシンが属するLANまたはVPCの範囲です。重複の確認と、ファイアウォールルールの範囲の限定に使用します。',
    },
    flannelBackend: {
      label: 'Flannelバックエンド',
      help: 'ノード間でポッドの通信を転送する方式です。',
      options: backends,
    },
    flannelIpv6Masq: {
      label: 'IPv6のポッド通信をマスカレードする（--flannel-ipv6-masq）',
      help: 'ユニークローカルアドレスなど、ルーティングされないIPv6ポッド範囲向けです。',
    },
    flannelExternalIp: {
      label: 'ノードの外部IPを使用する（--flannel-external-ip）',
      help: 'ノード同士がパブリックアドレスで通信するクラスター向けです。',
    },
    traefik: {
      label: 'Traefik Ingressコントローラー',
      help: (p) => `ポート${String(p.httpPort)}と${String(p.httpsPort)}を使うLoadBalancerサービスです。`,
    },
    servicelb: { label: 'ServiceLB（Klipper）', help: 'LoadBalancerサービスを、ノード自身のポートで公開します。' },
    metricsServer: { label: 'metrics-server', help: 'kubectl topとオートスケーリングのためのリソースメトリクスです。' },
    embeddedRegistry: {
      label: '組み込みレジストリミラー（Spegel）',
      help: 'ノード間でコンテナイメージをピアツーピアで共有します。',
    },
    egressSelectorMode: {
      label: 'Egress selectorモード',
      help: 'apiserverが、エージェントのトンネルを通じてkubeletやクラスター内のサービスに到達する方法です。',
      options: egressModes,
    },
    os: {
      label: 'オペレーティングシステム',
      help: '一部のシステムでは、K3sのインストール前に準備が必要です。',
      options: operatingSystems,
    },
    osVersion: {
      label: 'OSのリリース',
      help: '24.04、12、9.6など。',
      invalid: '24.04、12、9.6のようなリリース番号を入力してください。',
    },
    firewall: {
      label: 'ホストのファイアウォール',
      help: 'K3sでは、ホストのファイアウォールをオフにして、ネットワーク側でフィルタリングすることを推奨しています。',
      options: firewalls,
    },
    cidrInvalidCharacters: '/プレフィックス付きのIPアドレスを、カンマ区切りで入力してください。',
    installSection: 'インストール',
    workloads: {
      section: 'ワークロード',
      loading: 'ワークロードの入力欄を読み込んでいます…',
      enabled: {
        label: 'ワークロードからエージェント数を決める',
        help: '数値を入力する代わりに、実行するポッドからエージェントの台数を算出します。',
      },
      agentsNote: (p, f) => `ワークロード計画により${f.integer(p.agents)}台に設定されています。`,
      noAgentsNote: 'すべてのポッドを実行できるマシンタイプが見つからないため、当面はこの台数を使います。',
      group: (p) => `ワークロード${String(p.n)}`,
      name: { label: '名前', help: '検出事項に表示されます。「:」と「,」は使えません。' },
      nameInvalid: '40文字以内で、「:」と「,」を含めないでください。',
      replicas: { label: 'レプリカ数', help: 'このワークロードで実行するポッドの数です。' },
      cpu: { label: 'ポッドあたりのCPU要求（ミリコア）', help: '1000ミリコア = 1 vCPUです。' },
      memory: { label: 'ポッドあたりのメモリ要求（MiB）', help: '1024 MiB = 1 GiBです。' },
      add: 'ワークロードを追加',
      remove: (p) => `${p.name}を削除`,
      removeShort: '削除',
      daemonSetCpu: {
        label: 'ノードあたりのDaemonSet：CPU（ミリコア）',
        help: '各ノードのDaemonSet（ログ転送、監視エージェント、ストレージドライバーなど）が要求する合計です。',
      },
      daemonSetMemory: { label: 'ノードあたりのDaemonSet：メモリ（MiB）', help: 'それらのメモリ要求の合計です。' },
      target: {
        label: '目標使用率（%）',
        help: '各エージェントの割り当て可能リソースのうち、ポッドが要求できる割合です。残りは負荷の急増や再スケジュールに備えます。',
      },
      spares: {
        label: '予備のエージェント',
        help: '障害やローリングアップグレードに備えて、詰め込み後に追加するエージェントです。',
        options: ['N+0（なし）', 'N+1', 'N+2'],
      },
      custom: {
        legend: '独自のマシンタイプ',
        help: '独自のサイズを3つまで追加でき、ほかのマシンタイプと同じポッドを詰め込んで比較します。',
        add: '独自のマシンタイプを追加',
        remove: (p) => `${p.name}を削除`,
        vcpu: { label: 'vCPU', help: 'vCPU数（整数）。' },
        memory: { label: 'メモリ（GB）', help: 'GB（GiB）単位の整数。サイジング表と同じ数え方です。' },
        processor: {
          label: 'プロセッサーの種類',
          help: 'どの計測済みK3sエージェントのオーバーヘッドを使うかを決めます（x86-64サーバーまたはRaspberry Pi 4での計測）。',
          options: { 'x86-server': 'サーバーまたはクラウドVM', 'arm-sbc': 'シングルボードコンピューター' },
        },
        describe: describeShape,
      },
      shapes: {
        legend: '比較するマシンタイプ',
        help: 'それぞれに同じポッドを詰め込みます。1つ以上選んでください。',
        names: shapeNames,
      },
      shape: {
        label: 'プランで使うマシンタイプ',
        help: '推奨されるマシンタイプ、または選んだマシンタイプです。',
        best: '推奨されるマシンタイプ',
      },
      reservations: {
        title: 'kubeletの予約',
        help: (p, f) =>
          `Kubernetesは、指定しない限りkubeletやOSのためにリソースを予約せず、空きメモリが${f.integer(p.evictionMiB)} MiBを下回るとポッドを退避させます。kubeletの設定に合わせて変更してください。`,
        kubeCpu: { label: 'kube-reservedのCPU（ミリコア）', help: '--kube-reserved=cpu=…' },
        kubeMemory: { label: 'kube-reservedのメモリ（MiB）', help: '--kube-reserved=memory=…' },
        systemCpu: { label: 'system-reservedのCPU（ミリコア）', help: '--system-reserved=cpu=…' },
        systemMemory: { label: 'system-reservedのメモリ（MiB）', help: '--system-reserved=memory=…' },
        eviction: { label: 'ハード退避のしきい値（MiB）', help: '--eviction-hard=memory.available<…' },
        reset: 'Kubernetesのデフォルトに戻す',
      },
    },
    registrationAddress: {
      label: '固定登録アドレス',
      help: 'サーバーの前に置くロードバランサー、DNS名、または仮想IPです。空欄の場合は最初のサーバーを使用します。',
    },
    serverNames: { label: 'サーバー名', help: '{n}を含むパターン（server-{n}）、またはカンマ区切りの名前です。' },
    agentNames: { label: 'エージェント名', help: '{n}を含むパターン（agent-{n}）、またはカンマ区切りの名前です。' },
    nodeNaming: {
      label: 'ノード名の決め方',
      help: '2つのノードが同じ名前を持つことはできません。',
      options: nodeNamings,
    },
    datastoreHost: {
      label: 'データベースホスト',
      help: '外部データストアのホスト名またはアドレスです（外部etcdの場合はカンマ区切りで複数指定）。',
    },
    datastorePort: { label: 'データベースポート', help: '0の場合は、エンジンのデフォルトポートを使用します。' },
    datastoreName: { label: 'データベース名', help: '存在しない場合はK3sが作成します。' },
    datastoreUser: {
      label: 'データベースユーザー',
      help: 'パスワードは、ファイル内でプレースホルダーのままになります。',
    },
    kubeconfigMode: {
      label: 'kubeconfigファイルのモード',
      help: '/etc/rancher/k3s/k3s.yamlは0600で書き込まれます。0644にすると、サーバー上のほかのユーザーも読み取れます。',
      options: { '0600': '0600（K3sのデフォルト）', '0644': '0644（全ユーザーが読み取り可能）' },
    },
    textTooLong: '有効な値としては長すぎます。',
    traits: {
      creationOnly: '作成時に固定',
      creationOnlyHelp: 'クラスターの作成後は変更できません。',
      sameOnAllServers: '全サーバーで同一',
      sameOnAllServersHelp: 'すべてのサーバーを同じ値で起動する必要があります。異なると参加に失敗します。',
    },
    countErrors,
    keptLastValid: '強調表示されたフィールドが修正されるまで、結果には最後の有効なプランが表示されます。',
    findingsHere: (p, f) => `この項目に関する検出事項：${f.integer(p.count)}件`,
  },
  workloadPlan: {
    title: 'ワークロードから求めたエージェント',
    loading: 'ポッドを詰め込んでいます…',
    summary: (p, f) =>
      `${f.integer(p.pods)}個のポッドが${f.decimal(p.cpuMillis / 1000, 2)} vCPUと${f.memory(p.memoryMiB)}を要求 → ${shapeNames[p.shape]}のエージェント${f.integer(p.agents)}台（詰め込み${f.integer(p.packed)}台${p.agents > p.packed ? ` + 予備${f.integer(p.agents - p.packed)}台` : ''}）。`,
    none: 'すべてのポッドを実行できるマシンタイプがありません。検出事項を確認してください。',
    empty: 'ワークロードを追加すると、そこからエージェント数を算出します。',
    why: (p, f) =>
      `推奨の理由：要求されずに残る割り当て可能リソースが最も少なく（${f.percent(p.waste)}）、次にエージェント数が最も少ないためです。`,
    chosenByUser: 'フォームで選んだマシンタイプです。',
    shape: 'マシンタイプ',
    agents: 'エージェント',
    busiest: '最も負荷の高いエージェント、割り当て可能リソースに対する割合（CPU / メモリ）',
    unused: '要求されていない割り当て可能リソース',
    total: 'vCPU / メモリの合計',
    recommended: '推奨',
    inUse: '使用中',
    unfit: '収まらないポッドあり',
    budgetTitle: (p) => `${shapeNames[p.shape]}のエージェント1台の容量の内訳`,
    capacity: '容量',
    k3s: 'K3sエージェント（計測値）',
    reserved: 'kubeletの予約と退避のしきい値',
    daemonSets: 'DaemonSet',
    allocatable: 'ポッドに割り当て可能',
    room: (p, f) => `詰め込みの上限（目標${f.integer(p.percent)}%）`,
    podsPerNode: 'エージェントあたりのポッド数',
    podsBy: (p) => (p.by === 'max-pods' ? '最大ポッド数' : 'ノードのポッドサブネット'),
    serversCounted: (p, f) =>
      `サーバーもワークロードを実行します。計測されたK3sサーバーのオーバーヘッドを除くと、各サーバーは目標使用率で${f.decimal(p.cpuMillis / 1000, 3)} vCPUと${f.memory(p.memoryMiB)}を提供し、エージェントを数える前に${f.integer(p.pods)}個のポッドを引き受けます。`,
    serversNotCounted:
      'サーバーはワークロードを実行しない（専用またはエージェントレス）ため、エージェントだけを数えます。',
    method:
      'ポッドは大きいものから順に、収まる限り最新のエージェントへ詰め込みます（next-fit decreasing）。ポッドを追加して台数が減ることはありません。',
  },
  results: {
    title: '各マシンに必要なリソース',
    summary: (p, f) =>
      `サーバー${f.integer(p.servers)}台、エージェント${f.integer(p.agents)}台／${haModes[p.mode]}／${datastores[p.datastore]}`,
    server: {
      title: (p, f) => `各サーバー（×${f.integer(p.count)}）`,
      tierBasis: (p, f) => {
        const counted =
          p.counts === 'all-nodes'
            ? `合計${f.integer(p.count)}ノード（サーバー${f.integer(p.servers)}台 + エージェント${f.integer(p.agents)}台）`
            : `エージェント${f.integer(p.count)}台`;
        const name = tiers[p.tier];
        const row = name
          ? `${name}、${range(p.printed, f)}`
          : `サーバーサイジングガイドの「${range(p.printed, f)}」の行`;
        if (p.scaling === null) return `${counted} → ${row}。`;
        const reach =
          p.upTo === null ? `エージェント${f.integer(p.above ?? 0)}台超` : `エージェント${f.integer(p.upTo)}台まで`;
        const s = p.scaling;
        const why =
          s.basis === 'worked-example' && s.example
            ? `ドキュメントではサーバー${f.integer(s.minServers)}台でエージェントを約${f.percent(s.stated - 1)}多く収容できるとしていますが、同じ箇所の例（${f.integer(s.example.baseAgents)} → 約${f.integer(s.example.scaledAgents)}台）は${f.percent(Math.round((s.factor - 1) * 100) / 100)}です。プランは低いほうの値を使います`
            : `ドキュメントではサーバー${f.integer(s.minServers)}台でエージェントを約${f.percent(s.stated - 1)}多く収容できるとしています`;
        const beyond =
          p.servers > s.minServers
            ? `（測定はサーバー${f.integer(s.minServers)}台で行われており、${f.integer(p.servers)}台でそれ以上増えるとはみなしません）`
            : '';
        return `${counted} → ${row}。${why}${beyond}。そのため、この行は${reach}に適用されます。`;
      },
      baselineBasis: (p, f) =>
        `合計${f.integer(p.count)}ノードは最初の行（${tiers[p.tier] ?? p.tier}、${range(p, f)}）に該当します。出典ではこの行をHAサーバー向けとしているため、シングルサーバーにはベースラインの推奨値を適用します。`,
      countsAllNodes: 'この表は、サーバーとエージェントを区別せず、クラスター内のすべてのノードを数えます。',
      countsAgents: 'この表はエージェントのみを数え、サーバー自体は含みません。',
      statedForHa:
        '出典ではこの表をHAサーバー向けとしていますが、シングルサーバー向けのサイジング指針がほかにないため、同じクラスター規模のシングルサーバーにも適用しています。',
      minimum: 'ベースラインの最小要件',
      recommended: 'ベースラインの推奨要件',
      measured: 'K3sの計測オーバーヘッド',
      measuredDetail: (p) =>
        `${profilingRoles[p.role]}、${processors[p.processor]}、${p.column === 'etcd' ? '組み込みetcd' : 'Kine/SQLite'}、K3s ${p.version}`,
      measuredElsewhere: (p, f) => `同じページの別の表では${f.percent(p.share)}`,
      etcdDisk: 'サーバーあたりのetcdデータ',
      etcdDiskValue: (p, f) => `${f.memory(p.atDefault)}（推奨最大クォータでは${f.memory(p.atMax)}）`,
    },
    agent: {
      title: (p, f) => `各エージェント（×${f.integer(p.count)}）`,
      none: 'エージェントはありません。ワークロードはサーバーで実行します。',
      plusWorkloads: (p) =>
        p.recommended
          ? '全ノード共通のベースラインの推奨値に、ワークロードが要求する分を加えたものです。'
          : 'ベースラインの最小値に、ワークロードが要求する分を加えたものです。',
      everyNode:
        '以前の翻訳版ドキュメントのハードウェア表は、サーバーとエージェントを区別しない、全ノード共通の1つの表です。',
      fromWorkloads: (p) =>
        `ワークロード計画がポッドを詰め込む${shapeNames[p.shape]}のマシンタイプです（「ワークロードから求めたエージェント」を参照）。下のベースラインは下限として引き続き適用されます。`,
    },
    datastore: {
      title: 'データストア',
      external: (p) => `専用ホスト上の${datastores[p.datastore]}`,
      onServers: (p) =>
        p.datastore === 'sqlite'
          ? 'SQLiteはサーバーのプロセス内で動作し、サーバーのディスクを使用します。'
          : 'etcdは各サーバーのK3sプロセス内で動作します。別のデータベースホストは不要です。',
      tierBasis: (p, f) =>
        `合計${f.integer(p.count)}ノード → ${tiers[p.tier] ?? p.tier}、${range(p, f)}。データベースインスタンス1つ分の値です。レプリカを置く場合は、その数を掛けてください。`,
      quorum: (p, f) =>
        `クォーラムはメンバー${f.integer(p.members)}台中${f.integer(p.quorum)}台で、メンバー${f.integer(p.faultTolerance)}台の障害に耐えられます。`,
    },
    totals: {
      title: 'コントロールプレーンの合計',
      parts: (p, f) =>
        `サーバー${f.integer(p.servers)}台${p.hasDatabase ? ' + データベースホスト1台' : ''}。エージェントは含みません。`,
    },
    cpu: 'CPU',
    memory: 'メモリ',
    ofACore: (p, f) => `1コアの${f.percent(p.share)}`,
    coreCount: (p, f) => `${f.decimal(p.vcpu)}コア`,
  },
  network: {
    title: 'ネットワーク計画',
    loading: 'ネットワーク計画を準備しています…',
    capacity: (p) => `${familyNames[p.family]}のアドレス割り当て`,
    clusterCidr: 'クラスターCIDR',
    nodeSubnets: 'ノードのポッドサブネット',
    nodeSubnetsValue: (p, f) =>
      `${f.bigCount(p.subnets)} × /${String(p.mask)}、使用${f.integer(p.used)}、残り${f.bigCount(p.left)}`,
    nodeSubnetsOver: (p, f) => `${f.bigCount(p.subnets)}個（${f.integer(p.used)}ノードには不足）`,
    addressesPerNode: 'ノードあたりのアドレス数',
    addressesPerNodeValue: (p, f) => `${f.bigCount(p.addresses)}（ポッドが使用できるのは${f.bigCount(p.usable)}）`,
    podsPerNode: 'ノードあたりのポッド数',
    podsPerNodeValue: (p, f) =>
      p.pods === p.maxPods
        ? `${f.integer(p.pods)}（最大ポッド数）`
        : `${f.integer(p.pods)}（最大ポッド数は${f.integer(p.maxPods)}ですが、サブネットにより制限されます）`,
    podCapacity: 'ポッドの収容数',
    serviceCidr: 'サービスCIDR',
    serviceAddresses: (p, f) => `${f.bigCount(p.addresses)}アドレス`,
    clusterAddresses: (p, f) => `${f.bigCount(p.addresses)}アドレス`,
    apiService: 'Kubernetes APIサービス',
    clusterDns: 'クラスターDNS',
    notComputed: '計算できません。先にこの範囲に関する検出事項を解決してください。',
    portsTitle: '開放するポート',
    portsIntro: 'このプランに必要なインバウンドルールです。アウトバウンドの通信は、通常は許可されています。',
    roles: { server: '各サーバーで開放', agent: '各エージェントで開放', datastore: 'データベースホストで開放' },
    protocol: 'プロトコル',
    port: 'ポート',
    from: '送信元',
    purpose: '用途',
    parties,
    portPurposes,
    notListed: 'K3sの表には記載なし。リンク先のページから導出',
    noPorts: '開放するポートはありません。',
    localTitle: '空けておくローカルポート',
    localIntro:
      'Kubernetesとコンテナランタイムは、ループバックインターフェースでこれらのポートをリッスンします。ワークロードやNodePortには使用しないでください。',
    localPorts,
    firewallTitle: (p) =>
      p.firewall === 'off' ? 'ファイアウォール：オフにする' : `ファイアウォールのコマンド（${firewalls[p.firewall]}）`,
    firewallRestricted: 'ノード間のポートは、入力したノードネットワークに限定されています。',
    firewallOpen:
      'ノードネットワークを入力すると、ノード間のポートをその範囲に限定できます。現状では、これらのポートはすべての送信元からの通信を受け入れます。',
    firewallOff:
      'K3sでは、ホストのファイアウォールをオフにすることを推奨しています。代わりに、ネットワーク側でフィルタリングしてください（以下のセキュリティグループのルールを参照）。',
    firewallRecommendOff: (p) => `K3sでは、代わりにファイアウォールをオフにすることを推奨しています：${p.command}`,
    firewallNotes: {
      pods: 'ポッド',
      services: 'サービス',
      reload: '永続ルールを適用',
      disable: 'ホストのファイアウォールをオフにする',
    },
    securityGroupTitle: 'クラウドのセキュリティグループ',
    securityGroupIntro:
      'クラウドのファイアウォール向けの同じルールです。サーバー用、エージェント用、データベース用に、それぞれ1つのグループを作成します。',
    target: 'グループ',
    source: '送信元',
    nodeNetworkSource: (p, f) => f.list(p.cidrs),
    osTitle: 'マシンの準備',
    osIntro: (p) =>
      `${operatingSystems[p.os]} ${p.version}の場合の手順です。特に記載がない限り、すべてのノードで実施します。`,
    osNone: 'このシステムとプランについては、追加の準備手順は記載されていません。',
    osSeedWording:
      '以前の翻訳版ドキュメントでは、この手順を古いリリース向けに次のように記載しています（このOSリリースには該当しません）：',
    osConditional: '該当する場合のみ',
    osSteps: osStepTexts,
    copy: 'コピー',
    copied: 'コピーしました',
    copyFailed: 'コピーに失敗しました。テキストを選択してコピーしてください',
    copyLabel: (p) => `コピー：${p.what}`,
  },
  compare: {
    open: '別のプランと比較',
    loading: '比較を読み込んでいます…',
    loadFailed: '比較を読み込めませんでした。',
  },
  machines: {
    loading: 'マシンカタログを読み込んでいます…',
    loadFailed: 'マシンカタログを読み込めませんでした。',
  },
  day2: {
    loading: 'バックアップとアップグレードの計画を準備しています…',
    loadFailed: 'バックアップとアップグレードの計画を準備できませんでした。',
  },
  install: {
    title: 'インストール',
    intro:
      'このプランから生成した、ロールごとの設定ファイルとインストールコマンドです。各マシンの/etc/rancher/k3s/config.yamlにファイルをコピーしてください。',
    loading: '設定ファイルを準備しています…',
    loadFailed: '設定ファイルを準備できませんでした。',
    secretsTitle: 'トークン',
    secretsPlaceholder:
      'ファイルには、サーバートークン、エージェントトークン、データベースのパスワードのプレースホルダーが入っています。これらを置き換えるか、ここでトークンを生成してください。生成したトークンはこのページ内にのみ保持され、リンクやストレージには保存されず、ページを閉じると消えます。',
    secretsGenerated:
      '以下のファイルにはランダムなトークンが入っています。トークンはこのページ内にしか存在しないため、ページを離れる前にファイルをダウンロードまたはコピーしてください。',
    generateTokens: 'トークンを生成',
    forgetTokens: 'プレースホルダーに戻す',
    omitted: (p, f) => `関連する検出事項が解決されるまで、次の項目はファイルから除外されます：${f.list(p.keys)}。`,
    roles: configRoles,
    roleNote: {
      'server-init': '最初のサーバーにのみインストールします。',
      server: 'その他の各サーバーに、1台ずつインストールします。',
      agent: '各エージェントにインストールします。',
    },
    registriesTitle: 'すべてのノード',
    registriesNote: (p) =>
      p.wildcard
        ? '組み込みレジストリミラーは、registries.yamlに記載されたレジストリのイメージだけを共有します。"*"はすべてのレジストリを表します。インストール前にすべてのサーバーとエージェントにコピーしてください。'
        : '組み込みレジストリミラーは、registries.yamlに記載されたレジストリのイメージだけを共有します。このリリースには"*"ワイルドカードがないため、ドキュメントの例のレジストリを記載しています。使用するイメージのレジストリを追加してください。インストール前にすべてのサーバーとエージェントにコピーしてください。',
    download: (p) => `${p.file}をダウンロード`,
    downloadAll: 'すべてのファイルをダウンロード（.zip）',
    orderTitle: '作業の順序',
    stepPrepare:
      'すべてのマシンを準備します。ネットワーク計画に記載されたOSの手順とファイアウォールの設定を行ってください。',
    stepFirst: '最初のサーバーをインストールします。',
    stepWait: 'Readyになるまで待ちます：',
    stepServers: (p, f) =>
      `残りのサーバー${f.integer(p.count)}台を1台ずつ参加させます。前のサーバーがReadyになってから、次のサーバーを参加させてください。`,
    stepAgents: (p, f) => `エージェント${f.integer(p.count)}台を参加させます。`,
    stepAgentsBatches: (p, f) =>
      `エージェント${f.integer(p.count)}台を、最大${f.integer(p.batchSize)}台ずつ${f.integer(p.batches)}回に分けて参加させます。各回の間に、サーバーのCPU使用率が落ち着くのを待ってください。`,
    withConfig: 'config.yamlを使用',
    withFlags: 'フラグのみを使用',
    nodeNameNote: (p) => `${p.name}の例を示しています。各ノード自身の名前を使用してください。`,
    scriptTitle: 'install.sh',
    scriptIntro:
      'すべてのロールに共通のスクリプトです。設定ファイルと同じ場所に置き、各マシンでsh install.sh <role>を実行してください。',
    uninstallTitle: 'アンインストールとノードの削除',
    uninstallServer: 'サーバーの場合：',
    uninstallAgent: 'エージェントの場合：',
    deleteNode:
      'アンインストールしても、ノードはクラスターから削除されません。名前を再利用する前に、サーバーからノードを削除してください（先にNODE_NAMEにノード名を設定します）：',
    comments: {
      header: (p) => [
        `k3s-sizerのプラン（ルール：${p.rulesId}、${p.edition}）`,
        `${p.role}：/etc/rancher/k3s/config.yamlにコピーしてください`,
        `このプランを再現：${p.link}`,
      ],
      sameOnAllServers: '全サーバーで同一',
      creationOnly: 'クラスター作成時に固定',
      placeholder: 'プレースホルダー：インストール前に置き換えてください',
      noteSeparator: '／',
      registriesHeader: (p) => [
        `k3s-sizerのプラン（ルール：${p.rulesId}）`,
        'すべてのノード（サーバーとエージェント）：/etc/rancher/k3s/registries.yamlにコピーしてください',
        '組み込みレジストリミラーは、mirrorsに記載されたレジストリのイメージだけを共有します。',
        `latestタグのイメージはノード間で共有されません（${p.latestTagEnv}=trueで変更できますが、サポート対象外です）。`,
        'すべてのノードが互いを信頼します。イメージはダイジェストで指定してデプロイしてください。',
        `このプランを再現：${p.link}`,
      ],
    },
    script: {
      header: (p) => [
        `k3s-sizerのインストールスクリプト（ルール：${p.rulesId}）`,
        `このプランを再現：${p.link}`,
        '使い方：config-*.yamlファイルと同じ場所でsh install.sh <role>を実行します',
      ],
      usage: (command) => `使い方：${command}`,
      waitReady: 'ほかのノードを参加させる前に、最初のサーバーがReadyになるまで待ちます',
      needsName: '2番目の引数に、このノードの名前を指定してください',
    },
  },
  visuals: {
    title: '図とチャート',
    loading: '図とチャートを描画しています…',
    loadFailed: '図とチャートを描画できませんでした。',
    topologyTitle: 'クラスターのトポロジー',
    topologyDescription:
      'このプランのサーバー、エージェント、データストア、登録アドレス、運用者と、各接続が使用するポートです。',
    registrationTitle: 'エージェントが参加する仕組み',
    registrationDescription:
      'エージェントのクライアントサイドロードバランサー、スーパーバイザーへのWebSocketトンネル、全サーバーのエンドポイントリスト、ノードパスワードです。',
    operator: '運用者',
    operatorNote: 'kubectl、CI',
    registration: '登録アドレス',
    serverPool: (p, f) => `サーバー × ${f.integer(p.count)}`,
    agentPool: (p, f) => `エージェント × ${f.integer(p.count)}`,
    datastore: '外部データストア',
    datastoreNote: '外部データストア',
    datastoreMembers: (p, f) => `× メンバー${f.integer(p.count)}台`,
    serverRole: 'サーバー',
    agentRole: 'エージェント',
    badges: {
      'cluster-init': 'cluster-init',
      'etcd-member': 'etcdメンバー',
      sqlite: 'SQLite',
      tainted: 'taint付き',
      'no-agent': 'エージェントなし',
    },
    quorumCaption: (p, f) =>
      `etcdのクォーラム：メンバー${f.integer(p.members)}台中${f.integer(p.quorum)}台、メンバー${f.integer(p.faultTolerance)}台の障害に耐える`,
    controlPlaneCaption: (p, f) => `コントロールプレーン：サーバー${f.integer(p.servers)}台`,
    edgeStyles: {
      api: 'Kubernetes API',
      tunnel: 'WebSocketトンネル（エージェントが開始）',
      mesh: '全ノード間',
      peers: 'サーバー間',
      data: 'サーバーからデータストアへ',
    },
    edges: {
      'operator-api': '運用者からKubernetes APIへ',
      'registration-servers': '登録アドレスからサーバーへ',
      'server-peers': 'サーバー間',
      'servers-datastore': 'サーバーからデータストアへ',
      'agent-tunnel': 'エージェントからスーパーバイザーへ（トンネルはエージェントが開始）',
      'node-mesh': '全ノード間',
    },
    moreServers: 'その他の全サーバー',
    registrationBoxes: {
      agent: 'エージェント',
      'client-lb': 'クライアントサイドLB',
      supervisor: 'スーパーバイザー（--server）',
      endpoints: 'エンドポイントリスト',
      'password-file': 'ノードパスワード',
      'password-secret': 'パスワードシークレット',
    },
    registrationSteps: (s, f) => {
      switch (s.step) {
        case 1:
          return `エージェントは127.0.0.1:${String(s.lbPort)}でクライアントサイドロードバランサーを起動し、--serverのアドレス（${s.serverUrl}）を最初のエンドポイントとして設定します。`;
        case 2:
          return `エージェントはこのロードバランサーを経由して、ポート${String(s.supervisorPort)}のスーパーバイザーへのWebSocketトンネルを開きます。接続は常にエージェント側から開始します。`;
        case 3:
          return `クラスタートークンと、${s.passwordFile}に保存されたランダムなノードパスワードを使って登録します。サーバーはパスワードを${s.namespace}の${s.secret}シークレットに保存し、以降の登録では同じパスワードの提示を求めます。`;
        case 4:
          return `defaultネームスペースの${s.service}サービスのエンドポイント、つまり全サーバーのapiserverアドレスを読み取ります。`;
        case 5:
          return s.servers === 1
            ? 'ロードバランサーはサーバーへの接続を維持し、後から参加したサーバーも追加します。'
            : `ロードバランサーは${f.integer(s.servers)}台すべてのサーバーへの接続を維持するため、エージェントはいずれか1台が停止しても動作を継続できます。`;
      }
    },
    exportSvg: 'SVGをダウンロード',
    exportPng: 'PNGをダウンロード',
    exportLabel: (p) => `${p.button}：${p.diagram}`,
    exportFailed: 'このブラウザーでは画像を作成できませんでした。',
    asText: '図のテキスト表現',
    chartsTitle: '規模に応じた必要リソースの推移',
    dataTable: '数値を表で表示',
    series: '系列',
    fromAgents: 'エージェント数（下限）',
    thisPlan: 'このプラン',
    exhausted: 'サブネット枯渇',
    axisAgentsLog: 'エージェント数（対数目盛）',
    axisNodes: 'ノード数',
    axisPods: 'ポッド数',
    axisVcpu: 'vCPU',
    axisMemory: 'メモリ（GB）',
    axisMembers: 'etcdメンバー数',
    quorum: 'クォーラム',
    tolerated: '障害に耐えられるメンバー数',
    option: 'コントロールプレーン',
    tooltipAgents: (p, f) => `エージェント${f.integer(p.agents)}台`,
    tooltipNodes: (p, f) => `${f.integer(p.nodes)}ノード`,
    tooltipMembers: (p, f) => `メンバー数${f.integer(p.members)}`,
    chartServerVcpu: (p, f) => `エージェント数別のサーバーあたりのvCPU（サーバー${f.integer(p.servers)}台）`,
    chartServerMemory: (p, f) => `エージェント数別のサーバーあたりのメモリ（サーバー${f.integer(p.servers)}台）`,
    chartDatabaseVcpu: 'エージェント数別の外部データベースのvCPU',
    chartDatabaseMemory: 'エージェント数別の外部データベースのメモリ',
    chartPods: (p) => `ノード数別の${familyNames[p.family]}ポッドアドレス`,
    podsExhaustedAt: (p, f) => `ノードのポッドサブネットは${f.integer(p.nodes)}ノードで枯渇します。`,
    podsNotExhausted: (p, f) => `ノードのポッドサブネットは、${f.integer(p.xMax)}ノードまでは枯渇しません。`,
    chartQuorum: 'etcdのクォーラムと障害に耐えられるメンバー数（メンバー数1〜9）',
    chartCost: (p, f) => `エージェント${f.integer(p.agents)}台のコントロールプレーン（3つの構成の比較）`,
    chartShapes:
      'ワークロードに対するマシンタイプの比較：エージェント数、vCPUとメモリの合計、要求されていない割り当て可能リソース',
    costOptions: { single: 'シングルサーバー', 'ha-embedded': 'HA（組み込みetcd）', 'ha-external': 'HA（外部DB）' },
    costServers: 'サーバー',
    costDatabase: 'データベース',
  },
  fixes: {
    title: '適用できる修正',
    apply: '適用',
    applyLabel: (p) => `適用：${p.text}`,
    describe: fixTexts,
  },
  findings: {
    title: '検出事項',
    none: 'このプランについて報告する事項はありません。',
    counts: (p, f) => `エラー${f.integer(p.error)}件、警告${f.integer(p.warning)}件、注記${f.integer(p.info)}件`,
    severity: severities,
    whatToDo: '対処方法',
    rule: 'ルール',
    messages: findings,
  },
  source: {
    label: '出典',
    revision: '参照したリビジョン',
    asOf: (p, f) => `${f.date(p.date)}時点`,
  },
  download: {
    json: 'プランをダウンロード（JSON）',
    preparing: '準備しています…',
    failed: 'ダウンロード用のプランを準備できませんでした。',
  },
  rules: {
    loading: 'サイジングルールを読み込んでいます…',
    errorTitle: 'サイジングルールを読み込めませんでした',
    errorKinds: {
      network: (p) => `ルールファイル${p.file}を取得できませんでした。接続を確認してください。`,
      http: (p) => `ルールファイル${p.file}に対して、サーバーがステータス${String(p.status)}を返しました。`,
      json: (p) => `ルールファイル${p.file}は有効なJSONではありません。`,
      schema: (p) => `ルールファイル${p.file}がルールのスキーマに適合しません：`,
      unknown: (p) => `ID「${p.file}」で公開されているルールファイルはありません。`,
      index: () => '公開されているルールファイルの一覧が無効です：',
    },
    retry: '再試行',
    useDefault: 'デフォルトのルールを使用',
  },
  presets: {
    title: 'プリセットから始める',
    items: {
      'pi-home-lab': {
        name: 'Raspberry Piのホームラボ',
        description: 'SDカード上の組み込みetcdで動かすRaspberry Pi 4を3台',
      },
      'edge-device': { name: 'シングルノードのエッジデバイス', description: 'eMMC搭載のARMボード1台、Ingressなし' },
      'ci-dev': {
        name: 'CIまたは開発用サーバー',
        description: 'サーバー1台、エージェントなし、kubeconfigは読み取り可能',
      },
      'ha-embedded-20': {
        name: 'HA（組み込みetcd）',
        description: 'サーバー3台、エージェント20台、固定登録アドレスあり',
      },
      'ha-postgres-200': {
        name: 'HA（外部PostgreSQL）',
        description: 'サーバー2台、エージェント200台、コントロールプレーン専用のサーバー',
      },
      'large-800': {
        name: '大規模クラスター',
        description: 'サーバー3台、外部データベース、エージェント800台、広めのポッド範囲',
      },
      'dual-stack-wireguard': {
        name: 'デュアルスタック（暗号化）',
        description: 'wireguard-nativeを使用したIPv4 + IPv6',
      },
      'web-app-workloads': {
        name: 'ワークロードから求めるWebアプリ',
        description: 'サーバー3台。Web、API、ワーカーのポッドからエージェント数を算出',
      },
    },
  },
  toolbar: {
    label: 'プラン',
    copyLink: 'リンクをコピー',
    link: 'このプランへのリンク',
    importPlan: 'プランをインポート（JSON）',
    reset: 'デフォルトに戻す',
    importErrors: {
      'not-json': (p) => `このファイルはJSONではありません（${p.detail}）。`,
      'newer-format': (p) =>
        `このプランは新しいバージョンのk3s-sizer（形式${p.detail}）で作成されたため、このバージョンでは読み込めません。`,
      'unknown-rules': (p) => `このプランはルール「${p.detail}」を使用していますが、このサイトでは公開されていません。`,
      invalid: () => 'このファイルは有効なk3s-sizerのプランではないため、何もインポートされませんでした：',
    },
  },
  notices: {
    title: 'このリンクについて',
    restored: 'このブラウザーで最後に作業していたプランです。',
    startOver: 'デフォルトから始める',
    unknownParams: (p, f) => `このアプリが認識できないパラメーターを無視しました：${f.list(p.names)}。`,
    invalidParam: (p) => `リンクの${p.name}=「${p.value}」はここでは無効なため、代わりにデフォルト値を使用しています。`,
    newerFormat: (p) =>
      `このリンクは新しいバージョンのk3s-sizer（形式${p.version}）で作成されました。このバージョンで解釈できる部分だけを保持しています。`,
    dismiss: '閉じる',
  },
  errorBoundary: {
    title: 'プランの表示中に問題が発生しました',
    body: 'プランはアドレスバーに残っています。再読み込みするか、デフォルトのプランからやり直してください。',
    reset: 'プランをリセット',
    reload: '再読み込み',
  },
};
