import type { RulesCorrectionId } from '../core/model/rules';
import type { Locale } from './types';

/**
 * What a newer rules file corrects, in each language: loaded with the notice that shows it, only
 * when a link pins a superseded rules file.
 */
const en = {
  title: (p: { rulesId: string; newer: string }) => `${p.newer} corrects the rules this plan uses (${p.rulesId})`,
  intro: (p: { rulesId: string; newer: string }) =>
    `This link pins ${p.rulesId}, so the page shows what that file says, as it did when the link was made. ${p.newer} corrects these points; use it before you provision anything:`,
  corrections: {
    'supervisor-from-servers':
      'Port 6443 must be open from servers too, not only from agents: joining servers register through a running one.',
    'kubelet-port-follows-metrics-server':
      'Port 10250 between nodes is needed only for metrics-server (or with the egress selector disabled).',
    's390x-builds-removed':
      's390x: no release since December 2023 ships builds, so installing a current release on s390x fails.',
    'ha-scaling-worked-example':
      'HA server sizing follows the docs’ own example (900 → ~1,200 agents), below the stated ~50%.',
    'large-cluster-threshold': 'The current docs’ large-cluster advice starts above 255 nodes, not above 10.',
    'os-steps-by-release':
      'OS preparation follows the OS release: /boot/firmware/cmdline.txt from Raspberry Pi OS 12, linux-modules-extra-raspi only on Ubuntu 21.10–23.10, nm-cloud-setup only before RHEL 8.4.',
    'ipv6-ranges-unique-local':
      'IPv6 ranges are suggested from K3s’s own unique local ranges, never documentation or public addresses.',
    'embedded-registry-mirrors': 'The embedded registry gets the registries.yaml it needs to share anything.',
    'external-etcd-peers': 'External etcd members need their peer port (2380) open between them.',
  } satisfies Record<RulesCorrectionId, string>,
  useNewer: (p: { newer: string }) => `Plan with ${p.newer}`,
};

export type SupersededTexts = typeof en;

const ja: SupersededTexts = {
  title: (p) => `このプランのルール（${p.rulesId}）は${p.newer}で訂正されています`,
  intro: (p) =>
    `このリンクは${p.rulesId}を指定しているため、リンク作成時と同じく、そのファイルの内容を表示しています。${p.newer}では次の点が訂正されています。マシンを用意する前に${p.newer}を使用してください。`,
  corrections: {
    'supervisor-from-servers':
      'ポート6443はエージェントだけでなくサーバーからも開けておく必要があります。参加するサーバーは稼働中のサーバーを通じて登録されます。',
    'kubelet-port-follows-metrics-server':
      'ノード間のポート10250が必要なのは、metrics-serverを使う場合（またはegress selectorを無効にした場合）だけです。',
    's390x-builds-removed':
      's390x：2023年12月以降のリリースにはビルドがないため、現行のリリースはs390xにインストールできません。',
    'ha-scaling-worked-example':
      'HAサーバーのサイジングは、ドキュメント自身の例（900 → 約1,200エージェント）に従います。記載の約50%より低い値です。',
    'large-cluster-threshold':
      '現行ドキュメントの大規模クラスター向けの推奨は、10ノード超ではなく255ノード超から適用されます。',
    'os-steps-by-release':
      'OSの準備はOSのリリースに従います。Raspberry Pi OS 12以降は/boot/firmware/cmdline.txt、linux-modules-extra-raspiはUbuntu 21.10〜23.10のみ、nm-cloud-setupはRHEL 8.4より前のみです。',
    'ipv6-ranges-unique-local':
      'IPv6の範囲は、ドキュメント用やパブリックのアドレスではなく、K3s自身のユニークローカル範囲から提案します。',
    'embedded-registry-mirrors': '組み込みレジストリには、共有に必要なregistries.yamlが生成されます。',
    'external-etcd-peers': '外部etcdのメンバー間では、ピアポート（2380）を開けておく必要があります。',
  },
  useNewer: (p) => `${p.newer}で計画する`,
};

const zh: SupersededTexts = {
  title: (p) => `${p.newer} 更正了此规划所用的规则（${p.rulesId}）`,
  intro: (p) =>
    `此链接固定使用 ${p.rulesId}，因此页面显示的是该文件的内容，与创建链接时一致。${p.newer} 更正了以下几点；在准备任何机器之前请改用它：`,
  corrections: {
    'supervisor-from-servers':
      '端口 6443 也必须对服务器开放，而不仅是代理节点：新加入的服务器要通过正在运行的服务器注册。',
    'kubelet-port-follows-metrics-server':
      '只有使用 metrics-server（或禁用 egress selector）时，节点之间才需要端口 10250。',
    's390x-builds-removed': 's390x：2023 年 12 月以后的版本都不再提供构建，因此无法在 s390x 上安装当前版本。',
    'ha-scaling-worked-example':
      '高可用服务器的容量规划按文档自己的示例（900 → 约 1,200 个代理节点）计算，低于文中所称的约 50%。',
    'large-cluster-threshold': '当前文档中针对大型集群的建议从 255 个节点以上开始适用，而不是 10 个节点以上。',
    'os-steps-by-release':
      '操作系统准备步骤取决于系统版本：Raspberry Pi OS 12 起使用 /boot/firmware/cmdline.txt，linux-modules-extra-raspi 仅适用于 Ubuntu 21.10–23.10，nm-cloud-setup 仅适用于 RHEL 8.4 之前的版本。',
    'ipv6-ranges-unique-local': 'IPv6 范围改为从 K3s 自己的唯一本地地址范围中建议，不再使用文档示例地址或公网地址。',
    'embedded-registry-mirrors': '嵌入式镜像仓库会生成共享镜像所需的 registries.yaml。',
    'external-etcd-peers': '外部 etcd 成员之间需要开放对等端口（2380）。',
  },
  useNewer: (p) => `改用 ${p.newer} 进行规划`,
};

export const SUPERSEDED_TEXTS: Readonly<Record<Locale, SupersededTexts>> = { en, ja, zh };
