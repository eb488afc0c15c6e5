import type { AirgapStepId } from '../core/day2/airgap';
import type { TokenStepId } from '../core/day2/tokens';
import type { ConfigRole } from '../core/config/config-files';
import type { Locale, Msg } from './types';

interface Field {
  readonly label: string;
  readonly help: string;
}

/** The words of the day-2 panel's air-gap and token sections (decision 024), loaded with the panel. */
export interface AirgapTexts {
  readonly airgap: {
    readonly title: string;
    readonly intro: string;
    readonly fieldsTitle: string;
    readonly fields: {
      readonly enabled: Field;
      readonly registry: Field & { readonly invalid: string };
      readonly registryAuth: Field;
      readonly registryCa: Field;
    };
    readonly off: string;
    readonly noBuild: Msg<{ arch: string }>;
    readonly release: Msg<{ release: string; arch: string }>;
    readonly method: Msg<{ registry: string | null; mirrorOf: string }>;
    readonly downloadsTitle: string;
    readonly file: string;
    readonly whereItGoes: string;
    readonly besideScript: string;
    readonly variants: Msg<{ names: readonly string[] }>;
    readonly rolesTitle: string;
    readonly roles: Readonly<Record<ConfigRole, string>>;
    readonly stepsTitle: string;
    readonly steps: Readonly<Record<AirgapStepId, string>>;
    readonly install: Msg<{ env: string; script: string }>;
    readonly registries: Msg<{ file: string; endpoint: string; mirrorOf: string }>;
  };
  readonly tokens: {
    readonly title: string;
    readonly short: Msg<{ prefix: string }>;
    readonly joinTitle: string;
    readonly steps: Readonly<Record<TokenStepId, Msg<{ nodes: readonly string[]; file: string }>>>;
    readonly agentToken: Msg<{ file: string; separate: boolean }>;
    readonly rotateTitle: string;
    readonly rotate: Msg<{ available: boolean; version: string; release: string | null }>;
    readonly oldSnapshots: string;
  };
}

const en: AirgapTexts = {
  airgap: {
    title: 'Air-gapped install',
    intro:
      'For nodes without internet: what to download beforehand, where each file goes, and the install commands in their air-gapped form (the install panel uses it when this is on).',
    fieldsTitle: 'Nodes without internet',
    fields: {
      enabled: {
        label: 'The nodes have no internet',
        help: 'The files are downloaded beforehand and the installer skips its download.',
      },
      registry: {
        label: 'Private registry (optional)',
        help: 'host or host:port. Empty: the images archive on every node.',
        invalid: 'A host name, with :port if needed',
      },
      registryAuth: {
        label: 'The registry needs a user name and password',
        help: 'registries.yaml gets placeholders for them; they are never part of the plan.',
      },
      registryCa: {
        label: 'The registry’s certificate is signed by a private CA',
        help: 'registries.yaml names a CA file to put on every node.',
      },
    },
    off: 'The nodes download K3s themselves: the install commands fetch the install script and the binary.',
    noBuild: (p) => `The rules file names no K3s build for ${p.arch}.`,
    release: (p) => `Release ${p.release} for ${p.arch}: the binary and the images must be of the same release.`,
    method: (p) =>
      p.registry === null
        ? 'Images: the archive on every node that runs an agent; K3s loads it when it starts.'
        : `Images: pushed to ${p.registry}, which every node pulls from in place of ${p.mirrorOf}.`,
    downloadsTitle: 'Download beforehand',
    file: 'File',
    whereItGoes: 'Where it goes',
    besideScript: 'beside install.sh',
    variants: (p, f) => `The same images also come as ${f.list(p.names)}; K3s loads any of them.`,
    rolesTitle: 'What each node needs',
    roles: { 'server-init': 'First server', server: 'Other servers', agent: 'Agents' },
    stepsTitle: 'Before installing',
    steps: {
      download: 'On a machine with internet, download the files.',
      verify: 'Check them against the release’s checksums.',
      'push-images': 'From a machine with Docker that reaches the registry, push the images to it.',
      'copy-files': 'Copy each node’s files to it, into one directory with install.sh (the list above).',
      'default-route':
        'On every node without a default route: K3s needs one to find the node’s address, even through a dummy interface. These commands do not survive a reboot: add the route to the node’s network configuration too.',
    },
    install: (p) =>
      `Then install in the install panel’s order: each command there puts the binary (and the images) in place and runs ${p.script} with ${p.env}=true.`,
    registries: (p) => `${p.file} (with the install panel’s files) sends pulls from ${p.mirrorOf} to ${p.endpoint}.`,
  },
  tokens: {
    title: 'Join tokens',
    short: (p) =>
      `The tokens in the config files (placeholders, or the ones the page generates) are short: a node that joins with one trusts whatever CA the server presents, so its first connection could be intercepted. Once the first server is up, K3s has written the secure form (${p.prefix}…, with the hash of the cluster CA); only the first server has to start with a short token.`,
    joinTitle: 'Join with the secure token',
    steps: {
      'read-secure-token': (p, f) =>
        `On ${f.list(p.nodes)}, once it is Ready: read the server token in secure form (${p.file}).`,
      'read-agent-token': (p, f) => `On ${f.list(p.nodes)}: read the agent token in secure form (${p.file}).`,
      'use-secure-token': () =>
        'Put the server token in config-server.yaml and the agent token in config-agent.yaml in place of the short ones, then install the other servers and the agents in order.',
      rotate: (p, f) => `On ${f.list(p.nodes)}: replace the server token.`,
      'restart-servers': (p, f) =>
        `On ${f.list(p.nodes)}, one at a time: put the new token in config.yaml and restart K3s.`,
      'restart-agents': () => 'On every agent: put the new token in config.yaml and restart K3s.',
    },
    agentToken: (p) =>
      p.separate
        ? `Agents join with their own agent token (${p.file}): it joins agents only, so a leaked agent token does not let a machine join as a server.`
        : `Without agents the plan sets no agent token; K3s then links ${p.file} to the server token.`,
    rotateTitle: 'Rotating the server token',
    rotate: (p) =>
      p.available
        ? 'k3s token rotate replaces the server token; then every server, and every agent that joined with the server token, needs the new one.'
        : `${p.version} has no k3s token rotate${p.release === null ? '' : `; it comes with ${p.release}`}.`,
    oldSnapshots: 'Snapshots taken before the rotation need the old token to be restored: keep it with them.',
  },
};

const ja: AirgapTexts = {
  airgap: {
    title: 'エアギャップインストール',
    intro:
      'インターネットに接続できないノード向けに、事前にダウンロードするファイル、各ファイルの配置先、エアギャップ用のインストールコマンドを示します（有効にするとインストールパネルもこの形式になります）。',
    fieldsTitle: 'インターネットに接続できないノード',
    fields: {
      enabled: {
        label: 'ノードはインターネットに接続できない',
        help: 'ファイルを事前にダウンロードし、インストーラーのダウンロードを省略します。',
      },
      registry: {
        label: 'プライベートレジストリ（任意）',
        help: 'ホスト名。必要ならポートも付けます（例：registry.example.com:8443）。空欄の場合は各ノードにイメージアーカイブを置きます。',
        invalid: 'ホスト名を入力してください。https://は付けず、ポートはregistry.example.com:8443の形式で付けます。',
      },
      registryAuth: {
        label: 'レジストリにユーザー名とパスワードが必要',
        help: 'registries.yamlにプレースホルダーを書きます。認証情報はプランに含まれません。',
      },
      registryCa: {
        label: 'レジストリの証明書はプライベートCAの署名',
        help: 'registries.yamlに、各ノードに置くCAファイルを指定します。',
      },
    },
    off: 'ノードがK3sを自分でダウンロードします。インストールコマンドがインストールスクリプトとバイナリを取得します。',
    noBuild: (p) => `このルールファイルには${p.arch}用のK3sビルドがありません。`,
    release: (p) => `${p.arch}用のリリース${p.release}。バイナリとイメージは同じリリースのものが必要です。`,
    method: (p) =>
      p.registry === null
        ? 'イメージ：エージェントを実行する各ノードにアーカイブを置きます。K3sは起動時にそれをロードします。'
        : `イメージ：${p.registry}にプッシュします。各ノードは${p.mirrorOf}の代わりにそこからプルします。`,
    downloadsTitle: '事前にダウンロードするファイル',
    file: 'ファイル',
    whereItGoes: '配置先',
    besideScript: 'install.shと同じディレクトリ',
    variants: (p, f) => `同じイメージは${f.list(p.names)}でも提供され、K3sはどれでもロードできます。`,
    rolesTitle: '各ノードに必要なファイル',
    roles: { 'server-init': '最初のサーバー', server: 'その他のサーバー', agent: 'エージェント' },
    stepsTitle: 'インストールの前に',
    steps: {
      download: 'インターネットに接続できるマシンで、ファイルをダウンロードします。',
      verify: 'リリースのチェックサムと照合します。',
      'push-images': 'レジストリに接続できる、Dockerのあるマシンから、イメージをプッシュします。',
      'copy-files': '各ノードに、そのノードのファイルをinstall.shと同じディレクトリへコピーします（上の一覧）。',
      'default-route':
        'デフォルトルートのない各ノードで実行します。K3sはノードのアドレスを検出するためにデフォルトルートを必要とします（ダミーインターフェース経由でも構いません）。このコマンドは再起動後に残らないため、ノードのネットワーク設定にもルートを追加してください。',
    },
    install: (p) =>
      `その後、インストールパネルの順序でインストールします。各コマンドはバイナリ（とイメージ）を配置し、${p.env}=trueで${p.script}を実行します。`,
    registries: (p) =>
      `${p.file}（インストールパネルのファイル）は、${p.mirrorOf}からのプルを${p.endpoint}に向けます。`,
  },
  tokens: {
    title: '参加用トークン',
    short: (p) =>
      `設定ファイルのトークン（プレースホルダー、またはページが生成したもの）は短い形式です。このトークンで参加するノードはサーバーが提示するCAを無条件に信頼するため、最初の接続が傍受されるおそれがあります。最初のサーバーが起動すると、K3sはセキュアな形式（${p.prefix}…、クラスターCAのハッシュを含む）を書き出します。短い形式が必要なのは最初のサーバーの起動時だけです。`,
    joinTitle: 'セキュアなトークンで参加する',
    steps: {
      'read-secure-token': (p, f) =>
        `${f.list(p.nodes)}がReadyになったら、セキュアな形式のサーバートークン（${p.file}）を読み取ります。`,
      'read-agent-token': (p, f) =>
        `${f.list(p.nodes)}で、セキュアな形式のエージェントトークン（${p.file}）を読み取ります。`,
      'use-secure-token': () =>
        'config-server.yamlのサーバートークンとconfig-agent.yamlのエージェントトークンを短い形式のものから置き換え、その他のサーバーとエージェントを順にインストールします。',
      rotate: (p, f) => `${f.list(p.nodes)}で、サーバートークンを置き換えます。`,
      'restart-servers': (p, f) =>
        `${f.list(p.nodes)}で1台ずつ、config.yamlに新しいトークンを書き、K3sを再起動します。`,
      'restart-agents': () => '各エージェントで、config.yamlに新しいトークンを書き、K3sを再起動します。',
    },
    agentToken: (p) =>
      p.separate
        ? `エージェントは専用のエージェントトークン（${p.file}）で参加します。このトークンで参加できるのはエージェントだけなので、漏えいしてもサーバーとして参加されることはありません。`
        : `エージェントがないため、プランはエージェントトークンを設定しません。その場合、K3sは${p.file}をサーバートークンへのリンクにします。`,
    rotateTitle: 'サーバートークンのローテーション',
    rotate: (p) =>
      p.available
        ? 'k3s token rotateでサーバートークンを置き換えます。その後、すべてのサーバーと、サーバートークンで参加したすべてのエージェントに新しいトークンが必要です。'
        : `${p.version}にはk3s token rotateがありません${p.release === null ? '' : `（${p.release}以降で利用できます）`}。`,
    oldSnapshots:
      'ローテーション前のスナップショットをリストアするには古いトークンが必要です。スナップショットと一緒に保管してください。',
  },
};

const zh: AirgapTexts = {
  airgap: {
    title: '离线（air-gap）安装',
    intro:
      '适用于无法访问互联网的节点：需要预先下载的文件、每个文件放在哪里，以及离线形式的安装命令（启用后，安装面板也使用这种形式）。',
    fieldsTitle: '无法访问互联网的节点',
    fields: {
      enabled: {
        label: '节点无法访问互联网',
        help: '预先下载文件，安装脚本跳过下载。',
      },
      registry: {
        label: '私有镜像仓库（可选）',
        help: '主机名，需要时加上端口（示例：registry.example.com:8443）。留空则在每个节点上放置镜像归档。',
        invalid: '请填写主机名，不要加 https://；需要端口时写成 registry.example.com:8443 这样的形式。',
      },
      registryAuth: {
        label: '镜像仓库需要用户名和密码',
        help: 'registries.yaml 中写入占位符；凭据不会成为计划的一部分。',
      },
      registryCa: {
        label: '镜像仓库的证书由私有 CA 签发',
        help: 'registries.yaml 指定一个需要放到每个节点上的 CA 文件。',
      },
    },
    off: '节点自行下载 K3s：安装命令会获取安装脚本和二进制文件。',
    noBuild: (p) => `该规则文件中没有 ${p.arch} 的 K3s 构建。`,
    release: (p) => `${p.arch} 的版本 ${p.release}：二进制文件和镜像必须来自同一个版本。`,
    method: (p) =>
      p.registry === null
        ? '镜像：放在每个运行代理的节点上的归档中，K3s 启动时加载。'
        : `镜像：推送到 ${p.registry}，每个节点从那里拉取，代替 ${p.mirrorOf}。`,
    downloadsTitle: '预先下载',
    file: '文件',
    whereItGoes: '放置位置',
    besideScript: '与 install.sh 同一目录',
    variants: (p, f) => `同样的镜像也提供为 ${f.list(p.names)}，K3s 可以加载其中任何一种。`,
    rolesTitle: '每个节点需要的文件',
    roles: { 'server-init': '第一个服务器', server: '其他服务器', agent: '代理节点' },
    stepsTitle: '安装之前',
    steps: {
      download: '在可以访问互联网的机器上下载这些文件。',
      verify: '用该版本的校验和进行核对。',
      'push-images': '在装有 Docker 且能访问镜像仓库的机器上，把镜像推送到仓库。',
      'copy-files': '把每个节点需要的文件复制到该节点上与 install.sh 相同的目录（见上面的列表）。',
      'default-route':
        '在每个没有默认路由的节点上执行：K3s 需要默认路由来检测节点地址，即使经由虚拟（dummy）接口也可以。这些命令在重启后不会保留：请同时把路由加入节点的网络配置。',
    },
    install: (p) =>
      `然后按安装面板的顺序安装：那里的每条命令都会把二进制文件（和镜像）放到位，并以 ${p.env}=true 运行 ${p.script}。`,
    registries: (p) => `${p.file}（见安装面板的文件）把对 ${p.mirrorOf} 的拉取转到 ${p.endpoint}。`,
  },
  tokens: {
    title: '加入集群的令牌',
    short: (p) =>
      `配置文件中的令牌（占位符，或页面生成的令牌）是短格式：使用它加入的节点会无条件信任服务器出示的 CA，因此首次连接可能被中间人截获。第一个服务器启动后，K3s 会写出安全格式（${p.prefix}…，包含集群 CA 的哈希）；只有第一个服务器必须用短格式令牌启动。`,
    joinTitle: '使用安全格式的令牌加入',
    steps: {
      'read-secure-token': (p, f) => `在 ${f.list(p.nodes)} 就绪（Ready）后，读取安全格式的服务器令牌（${p.file}）。`,
      'read-agent-token': (p, f) => `在 ${f.list(p.nodes)} 上读取安全格式的代理令牌（${p.file}）。`,
      'use-secure-token': () =>
        '用它们替换 config-server.yaml 中的服务器令牌和 config-agent.yaml 中的代理令牌，然后按顺序安装其他服务器和代理节点。',
      rotate: (p, f) => `在 ${f.list(p.nodes)} 上替换服务器令牌。`,
      'restart-servers': (p, f) => `在 ${f.list(p.nodes)} 上逐台执行：把新令牌写入 config.yaml 并重启 K3s。`,
      'restart-agents': () => '在每个代理节点上：把新令牌写入 config.yaml 并重启 K3s。',
    },
    agentToken: (p) =>
      p.separate
        ? `代理节点使用自己的代理令牌（${p.file}）加入：它只能用于加入代理节点，即使泄露也无法让机器以服务器身份加入。`
        : `没有代理节点时，计划不设置代理令牌；此时 K3s 把 ${p.file} 链接到服务器令牌。`,
    rotateTitle: '轮换服务器令牌',
    rotate: (p) =>
      p.available
        ? 'k3s token rotate 替换服务器令牌；之后每个服务器，以及每个用服务器令牌加入的代理节点，都需要新令牌。'
        : `${p.version} 没有 k3s token rotate${p.release === null ? '' : `；从 ${p.release} 开始提供`}。`,
    oldSnapshots: '轮换之前的快照需要旧令牌才能恢复：请把旧令牌与快照一起保存。',
  },
};

/** The air-gap and token texts of each language, loaded with the day-2 panel (and by the JSON plan, in English). */
export const AIRGAP_TEXTS: Readonly<Record<Locale, AirgapTexts>> = { en, ja, zh };
