import type { AnyMachineFinding, Finding, MachineFindingCode, MachineFindingParamsMap } from '../core/findings/finding';
import type { MachineRole } from '../core/model/machines';
import type { Architecture } from '../core/model/rules';
import type { PricePeriod } from '../core/model/plan-input';
import type { Formatter } from './format';
import type { Locale, Msg } from './types';

/**
 * The machines panel's words (decision 025), in every language, loaded with the panel and not at
 * start-up. Machine type and provider names are proper nouns from the catalog and stay as published.
 */
/** Title, reason and remedy of every machine finding code, typed by its parameters. */
export type MachineFindingMessages = {
  [C in MachineFindingCode]: {
    title: Msg<MachineFindingParamsMap[C]>;
    why: Msg<MachineFindingParamsMap[C]>;
    fix: Msg<MachineFindingParamsMap[C]>;
  };
};

export interface MachinesTexts {
  readonly title: string;
  readonly findings: MachineFindingMessages;
  readonly intro: Msg<{ catalog: string; published: string; arch: string }>;
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly role: Readonly<Record<MachineRole, string>>;
  /** Each role's need: count × vCPU and memory; from the workload planning's agent shape where it applies. */
  readonly need: Msg<{ count: number; vcpu: number; orMore: boolean; memoryMiB: number; workloadShape: boolean }>;
  readonly columns: {
    readonly provider: string;
    readonly type: string;
    readonly size: string;
    readonly headroom: string;
  };
  readonly size: Msg<{ vcpu: number; memoryMiB: number }>;
  readonly headroom: Msg<{ vcpu: number; memoryMiB: number }>;
  readonly tooSmall: Msg<{ largest: string }>;
  readonly burstableOnly: string;
  readonly noArchitecture: Msg<{ arch: string }>;
  readonly chooseLabel: Readonly<Record<MachineRole, string>>;
  readonly chooseHelp: string;
  readonly notChosen: string;
  readonly option: Msg<{ name: string; vcpu: number; memoryMiB: number; smallest: boolean }>;
  readonly burstableChosen: string;
  readonly listTitle: string;
  readonly noneChosen: string;
  readonly listColumns: {
    readonly role: string;
    readonly count: string;
    readonly type: string;
    readonly each: string;
    readonly monthly: string;
  };
  readonly totals: Msg<{ machines: number; vcpu: number; memoryMiB: number }>;
  readonly costPriced: Msg<{ amount: string; hours: number }>;
  readonly costUnpriced: Msg<{ types: readonly string[] }>;
  readonly costMixed: Msg<{ currencies: readonly string[] }>;
  readonly costIncomplete: string;
  readonly noPrice: string;
  readonly providersTitle: string;
  readonly providerColumns: {
    readonly provider: string;
    readonly machines: string;
    readonly size: string;
    readonly cost: string;
  };
  readonly providerIncomplete: string;
  readonly pricesTitle: string;
  readonly pricesIntro: Msg<{ hours: number }>;
  readonly priceLabel: Msg<{ name: string }>;
  readonly currencyLabel: Msg<{ name: string }>;
  readonly perLabel: Msg<{ name: string }>;
  readonly per: Readonly<Record<PricePeriod, string>>;
  readonly priceInvalid: string;
  readonly nodeLabels: string;
  readonly nodeLabelsHelp: Msg<{ label: string }>;
  readonly findingsTitle: string;
  readonly noFindings: string;
}

/** A plan's machine roles as a sentence names all of them, and one of them. */
const enRoles: Record<MachineRole, { all: string; each: string }> = {
  server: { all: 'the servers', each: 'server' },
  agent: { all: 'the agents', each: 'agent' },
  database: { all: 'the database hosts', each: 'database host' },
};
/** Product names as data gives them, quoted so they read as names. */
const enNames = (items: readonly string[], f: Formatter): string => f.list(items.map((n) => `“${n}”`));
const enArchitectures: Record<Architecture, string> = {
  x86_64: 'x86_64 (amd64)',
  arm64: 'arm64 (aarch64)',
  armhf: 'armhf (32-bit ARM)',
  s390x: 's390x (IBM Z)',
};

const en: MachinesTexts = {
  title: 'Machines',
  findings: {
    'machines.role-exceeds-provider': {
      title: (p) => `No ${p.provider} machine type is large enough for ${enRoles[p.role].all}`,
      why: (p, f) =>
        `Each ${enRoles[p.role].each} needs ${f.vcpu(p.needVcpu, p.needVcpuOrMore)} and ${f.memory(p.needMemoryMiB)}; the largest ${enArchitectures[p.arch]} type of ${p.provider} in the machine catalog, “${p.largest}”, has ${f.vcpu(p.largestVcpu)} and ${f.memory(p.largestMemoryMiB)}.`,
      fix: (p) =>
        p.elsewhere
          ? `Choose another provider for ${enRoles[p.role].all}.`
          : `No provider in the catalog has a type this large: use larger machines than the catalog lists, or plan a smaller cluster, so that each ${enRoles[p.role].each} needs less.`,
    },
    'machines.chosen-type-unfit': {
      title: (p) =>
        p.reason === 'unknown-type'
          ? `The machine type chosen for ${enRoles[p.role].all}, “${p.type}”, is not in the machine catalog`
          : p.reason === 'wrong-architecture'
            ? `“${p.type}”, chosen for ${enRoles[p.role].all}, is not an ${enArchitectures[p.arch]} machine`
            : `“${p.type}”, chosen for ${enRoles[p.role].all}, is too small`,
      why: (p, f) =>
        p.reason === 'too-small'
          ? `Each ${enRoles[p.role].each} needs ${f.vcpu(p.needVcpu, p.needVcpuOrMore)} and ${f.memory(p.needMemoryMiB)}; “${p.type}” has ${f.vcpu(p.typeVcpu)} and ${f.memory(p.typeMemoryMiB)}.`
          : p.reason === 'wrong-architecture'
            ? `The plan is for ${enArchitectures[p.arch]} machines, and the catalog does not list “${p.type}” for that architecture, so K3s's ${enArchitectures[p.arch]} build would not run on it.`
            : 'The link names a type this catalog does not have, so its size and price are unknown.',
      fix: (p) => `Choose another type for ${enRoles[p.role].all}: the list offers only types that meet the need.`,
    },
    'machines.board-below-measured': {
      title: (p, f) =>
        `Less memory than K3s was measured to use on ${p.role === 'server' ? 'a server' : 'an agent'}: ${enNames(p.boards, f)}`,
      why: (p, f) =>
        `Resource profiling (K3s ${p.measuredVersion}) measured ${f.memory(p.measuredMiB)} for a K3s ${enRoles[p.role].each} on a ${p.measuredOn}; these ${p.provider} boards have less before any workload runs.`,
      fix: (p) => `They are not offered for ${enRoles[p.role].all}; use boards with more memory.`,
    },
  },
  intro: (p, f) =>
    `The smallest ${p.arch} machine type of each provider for each role of this plan, from the machine catalog ${p.catalog} (published ${f.date(p.published)}). The catalog lists no prices: type what you pay, and the plan adds it up.`,
  loading: 'Loading the machine catalog…',
  loadFailed: 'The machine catalog could not be loaded.',
  retry: 'Try again',
  role: { server: 'Servers', agent: 'Agents', database: 'Database hosts' },
  need: (p, f) =>
    `${f.integer(p.count)} × ${f.vcpu(p.vcpu, p.orMore)}, ${f.memory(p.memoryMiB)} each${p.workloadShape ? ' (the agent shape workload planning uses)' : ''}`,
  columns: { provider: 'Provider', type: 'Smallest type', size: 'vCPU, memory', headroom: 'Headroom per machine' },
  size: (p, f) => `${f.vcpu(p.vcpu)}, ${f.memory(p.memoryMiB)}`,
  headroom: (p, f) => `${f.vcpu(p.vcpu)}, ${f.memory(p.memoryMiB)}`,
  tooSmall: (p) => `None large enough (largest: ${p.largest})`,
  burstableOnly: 'Only burstable types, which the plan keeps off this role',
  noArchitecture: (p) => `No ${p.arch} type in the catalog`,
  chooseLabel: {
    server: 'Machine type for the servers',
    agent: 'Machine type for the agents',
    database: 'Machine type for the database hosts',
  },
  chooseHelp: 'Only types that meet the need are offered. The choice goes into the link and the JSON plan.',
  notChosen: 'Not chosen',
  option: (p, f) => `${p.name} — ${f.vcpu(p.vcpu)}, ${f.memory(p.memoryMiB)}${p.smallest ? ' (smallest)' : ''}`,
  burstableChosen:
    'A burstable type: it guarantees only a share of each vCPU, while the sizing counts whole vCPUs for this role.',
  listTitle: 'The plan’s machines',
  noneChosen: 'Choose a type for each role to get the plan’s machine list and its monthly cost.',
  listColumns: { role: 'Role', count: 'Machines', type: 'Type', each: 'Price per machine', monthly: 'Per month' },
  totals: (p, f) => `${f.integer(p.machines)} machines: ${f.vcpu(p.vcpu)}, ${f.memory(p.memoryMiB)} in all`,
  costPriced: (p, f) => `Monthly cost: ${p.amount} (hourly prices × ${f.integer(p.hours)} hours)`,
  costUnpriced: (p, f) => `No monthly cost yet: type a price for ${f.list(p.types)}.`,
  costMixed: (p, f) => `No monthly cost: the prices are in ${f.list(p.currencies)}, which are not added up.`,
  costIncomplete: 'No monthly cost until every role has a machine type.',
  noPrice: 'no price',
  providersTitle: 'Each provider’s smallest machines',
  providerColumns: { provider: 'Provider', machines: 'Machines', size: 'vCPU, memory in all', cost: 'Per month' },
  providerIncomplete: 'cannot host every role',
  pricesTitle: 'Prices you pay',
  pricesIntro: (p, f) =>
    `A price is part of the plan: it goes into the link and the JSON plan. Leave it empty for no price. Hourly prices count ${f.integer(p.hours)} hours a month.`,
  priceLabel: (p) => `Price of ${p.name}`,
  currencyLabel: (p) => `Currency of the price of ${p.name}`,
  perLabel: (p) => `Period of the price of ${p.name}`,
  per: { hour: 'per hour', month: 'per month' },
  priceInvalid: 'A price is a number such as 0.0832, from 0 to 1,000,000.',
  nodeLabels: 'Label each node with its machine type in config.yaml',
  nodeLabelsHelp: (p) =>
    `Adds node-label ${p.label}=<type> to the servers’ and agents’ files, for scheduling by machine type.`,
  findingsTitle: 'Machine findings',
  noFindings: 'Nothing to flag about the machines.',
};

const jaRoles: Record<MachineRole, string> = {
  server: 'サーバー',
  agent: 'エージェント',
  database: 'データベースホスト',
};
/** データの製品名は「」で囲み、名前として読めるようにします。 */
const jaNames = (items: readonly string[], f: Formatter): string => f.list(items.map((n) => `「${n}」`));
const jaArchitectures: Record<Architecture, string> = {
  x86_64: 'x86_64（amd64）',
  arm64: 'arm64（aarch64）',
  armhf: 'armhf（32ビットARM）',
  s390x: 's390x（IBM Z）',
};

const ja: MachinesTexts = {
  title: 'マシン',
  findings: {
    'machines.role-exceeds-provider': {
      title: (p) => `${p.provider}には、${jaRoles[p.role]}に足りる大きさのマシンタイプがありません`,
      why: (p, f) =>
        `各${jaRoles[p.role]}には${f.vcpu(p.needVcpu, p.needVcpuOrMore)}と${f.memory(p.needMemoryMiB)}が必要ですが、マシンカタログにある${p.provider}の${jaArchitectures[p.arch]}のマシンタイプで最大の「${p.largest}」は、${f.vcpu(p.largestVcpu)}、${f.memory(p.largestMemoryMiB)}です。`,
      fix: (p) =>
        p.elsewhere
          ? `${jaRoles[p.role]}には別のプロバイダーを選んでください。`
          : `カタログのどのプロバイダーにも、この大きさのマシンタイプはありません。カタログにない、より大きなマシンを用意するか、${jaRoles[p.role]}に必要な量が少なくて済むクラスターを計画してください。`,
    },
    'machines.chosen-type-unfit': {
      title: (p) =>
        p.reason === 'unknown-type'
          ? `${jaRoles[p.role]}に選んだマシンタイプ「${p.type}」はマシンカタログにありません`
          : p.reason === 'wrong-architecture'
            ? `${jaRoles[p.role]}に選んだ「${p.type}」は${jaArchitectures[p.arch]}のマシンではありません`
            : `${jaRoles[p.role]}に選んだ「${p.type}」では小さすぎます`,
      why: (p, f) =>
        p.reason === 'too-small'
          ? `各${jaRoles[p.role]}には${f.vcpu(p.needVcpu, p.needVcpuOrMore)}と${f.memory(p.needMemoryMiB)}が必要ですが、「${p.type}」は${f.vcpu(p.typeVcpu)}、${f.memory(p.typeMemoryMiB)}です。`
          : p.reason === 'wrong-architecture'
            ? `計画は${jaArchitectures[p.arch]}のマシン向けですが、カタログでは「${p.type}」はこのアーキテクチャに対応していないため、K3sの${jaArchitectures[p.arch]}ビルドは動きません。`
            : 'リンクにこのカタログにないマシンタイプが指定されているため、サイズも価格もわかりません。',
      fix: (p) =>
        `${jaRoles[p.role]}には別のマシンタイプを選んでください。一覧には必要量を満たすマシンタイプだけが表示されます。`,
    },
    'machines.board-below-measured': {
      title: (p, f) => `メモリがK3s${jaRoles[p.role]}の計測値に満たないボード：${jaNames(p.boards, f)}`,
      why: (p, f) =>
        `リソースプロファイリング（K3s ${p.measuredVersion}）では、${p.measuredOn}上のK3s${jaRoles[p.role]}で${f.memory(p.measuredMiB)}が計測されました。これらの${p.provider}ボードのメモリはそれより少なく、ワークロードを実行する前から足りません。`,
      fix: (p) => `これらのボードは${jaRoles[p.role]}の候補から外しています。メモリの多いボードを使ってください。`,
    },
  },
  intro: (p, f) =>
    `この計画の各ロールについて、各プロバイダーで最小の${p.arch}マシンタイプを、マシンカタログ ${p.catalog}（${f.date(p.published)}公開）から選びます。カタログに価格はありません。支払う価格を入力すると、計画が合計します。`,
  loading: 'マシンカタログを読み込んでいます…',
  loadFailed: 'マシンカタログを読み込めませんでした。',
  retry: '再試行',
  role: { server: 'サーバー', agent: 'エージェント', database: 'データベースホスト' },
  need: (p, f) =>
    `${f.integer(p.count)}台 × 各${f.vcpu(p.vcpu, p.orMore)}、${f.memory(p.memoryMiB)}${p.workloadShape ? '（ワークロード計画で使うマシンタイプ）' : ''}`,
  columns: { provider: 'プロバイダー', type: '最小のマシンタイプ', size: 'vCPU、メモリ', headroom: '1台あたりの余裕' },
  size: (p, f) => `${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  headroom: (p, f) => `${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  tooSmall: (p) => `足りる大きさのものがありません（最大：${p.largest}）`,
  burstableOnly: 'バースト可能なマシンタイプしかなく、このロールには使いません',
  noArchitecture: (p) => `カタログに${p.arch}のマシンタイプがありません`,
  chooseLabel: {
    server: 'サーバーのマシンタイプ',
    agent: 'エージェントのマシンタイプ',
    database: 'データベースホストのマシンタイプ',
  },
  chooseHelp: '必要量を満たすマシンタイプだけを表示します。選択はリンクとJSON形式の計画に入ります。',
  notChosen: '未選択',
  option: (p, f) => `${p.name} — ${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}${p.smallest ? '（最小）' : ''}`,
  burstableChosen:
    'バースト可能なマシンタイプです。各vCPUの一部しか保証されませんが、サイジングではこのロールにvCPU全体を見込んでいます。',
  listTitle: '計画のマシン',
  noneChosen: '各ロールのマシンタイプを選ぶと、計画のマシン一覧と月額費用を表示します。',
  listColumns: { role: 'ロール', count: '台数', type: 'マシンタイプ', each: '1台の価格', monthly: '月額' },
  totals: (p, f) => `${f.integer(p.machines)}台：合計${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  costPriced: (p, f) => `月額費用：${p.amount}（時間単価 × ${f.integer(p.hours)}時間）`,
  costUnpriced: (p, f) => `月額費用はまだ出せません。${f.list(p.types)}の価格を入力してください。`,
  costMixed: (p, f) => `月額費用は出せません。価格の通貨が${f.list(p.currencies)}に分かれており、合算しません。`,
  costIncomplete: 'すべてのロールにマシンタイプが決まるまで、月額費用は出せません。',
  noPrice: '価格なし',
  providersTitle: '各プロバイダーの最小マシン',
  providerColumns: { provider: 'プロバイダー', machines: '台数', size: '合計のvCPU、メモリ', cost: '月額' },
  providerIncomplete: 'すべてのロールには対応できません',
  pricesTitle: '支払う価格',
  pricesIntro: (p, f) =>
    `価格は計画の一部で、リンクとJSON形式の計画に入ります。価格がなければ空欄のままにしてください。時間単価は月${f.integer(p.hours)}時間で計算します。`,
  priceLabel: (p) => `「${p.name}」の価格`,
  currencyLabel: (p) => `「${p.name}」の価格の通貨`,
  perLabel: (p) => `「${p.name}」の価格の単位`,
  per: { hour: '1時間あたり', month: '1か月あたり' },
  priceInvalid: '価格は0.0832のような数値で、0から1,000,000までです。',
  nodeLabels: 'config.yamlで各ノードにマシンタイプのラベルを付ける',
  nodeLabelsHelp: (p) =>
    `サーバーとエージェントのファイルにnode-label ${p.label}=<マシンタイプ>を追加し、マシンタイプでスケジュールできるようにします。`,
  findingsTitle: 'マシンに関する検出事項',
  noFindings: 'マシンについて指摘することはありません。',
};

const zhRoles: Record<MachineRole, string> = {
  server: '服务器',
  agent: '代理节点',
  database: '数据库主机',
};
/** 数据中的产品名加引号，读作名称。 */
const zhNames = (items: readonly string[], f: Formatter): string => f.list(items.map((n) => `“${n}”`));
const zhArchitectures: Record<Architecture, string> = {
  x86_64: 'x86_64（amd64）',
  arm64: 'arm64（aarch64）',
  armhf: 'armhf（32 位 ARM）',
  s390x: 's390x（IBM Z）',
};
/** A term between two runs of Chinese text: spaces where it begins or ends with a Latin letter or digit. */
const term = (s: string): string => `${/^[A-Za-z0-9]/.test(s) ? ' ' : ''}${s}${/[A-Za-z0-9]$/.test(s) ? ' ' : ''}`;

const zh: MachinesTexts = {
  title: '机器',
  findings: {
    'machines.role-exceeds-provider': {
      title: (p) => `${p.provider} 没有足以承载${zhRoles[p.role]}的实例规格`,
      why: (p, f) =>
        `每台${zhRoles[p.role]}需要 ${f.vcpu(p.needVcpu, p.needVcpuOrMore)} 和 ${f.memory(p.needMemoryMiB)}；机器目录中 ${p.provider} 最大的${term(zhArchitectures[p.arch])}实例规格“${p.largest}”只有 ${f.vcpu(p.largestVcpu)} 和 ${f.memory(p.largestMemoryMiB)}。`,
      fix: (p) =>
        p.elsewhere
          ? `请为${zhRoles[p.role]}选择其他提供商。`
          : `目录中没有任何提供商提供这么大的实例规格：请使用目录以外更大的机器，或调整集群规划，降低${zhRoles[p.role]}的需求。`,
    },
    'machines.chosen-type-unfit': {
      title: (p) =>
        p.reason === 'unknown-type'
          ? `为${zhRoles[p.role]}选择的实例规格“${p.type}”不在机器目录中`
          : p.reason === 'wrong-architecture'
            ? `为${zhRoles[p.role]}选择的“${p.type}”不是${term(zhArchitectures[p.arch])}机器`
            : `为${zhRoles[p.role]}选择的“${p.type}”太小`,
      why: (p, f) =>
        p.reason === 'too-small'
          ? `每台${zhRoles[p.role]}需要 ${f.vcpu(p.needVcpu, p.needVcpuOrMore)} 和 ${f.memory(p.needMemoryMiB)}；“${p.type}”只有 ${f.vcpu(p.typeVcpu)} 和 ${f.memory(p.typeMemoryMiB)}。`
          : p.reason === 'wrong-architecture'
            ? `本规划使用${term(zhArchitectures[p.arch])}机器，而目录中“${p.type}”不支持该架构，K3s 的${term(zhArchitectures[p.arch])}构建无法在其上运行。`
            : '链接中指定的实例规格不在此目录中，因此无法得知其规格和价格。',
      fix: (p) => `请为${zhRoles[p.role]}选择其他实例规格：列表中只提供满足需求的规格。`,
    },
    'machines.board-below-measured': {
      title: (p, f) => `内存低于 K3s ${zhRoles[p.role]}实测用量的开发板：${zhNames(p.boards, f)}`,
      why: (p, f) =>
        `资源分析（K3s ${p.measuredVersion}）测得 ${p.measuredOn} 上的 K3s ${zhRoles[p.role]}使用 ${f.memory(p.measuredMiB)}；这些 ${p.provider} 开发板的内存更少，尚未运行工作负载就已不足。`,
      fix: (p) => `这些开发板不作为${zhRoles[p.role]}的候选；请使用内存更大的开发板。`,
    },
  },
  intro: (p, f) =>
    `根据机器目录 ${p.catalog}（${f.date(p.published)}发布），为本规划的每个角色列出各提供商满足需求的最小 ${p.arch} 实例规格。目录中没有价格：请输入你支付的价格，规划会自动合计。`,
  loading: '正在加载机器目录…',
  loadFailed: '无法加载机器目录。',
  retry: '重试',
  role: { server: '服务器', agent: '代理节点', database: '数据库主机' },
  need: (p, f) =>
    `${f.integer(p.count)} 台 × 每台 ${f.vcpu(p.vcpu, p.orMore)}、${f.memory(p.memoryMiB)}${p.workloadShape ? '（工作负载规划所用的规格）' : ''}`,
  columns: { provider: '提供商', type: '最小实例规格', size: 'vCPU、内存', headroom: '每台余量' },
  size: (p, f) => `${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  headroom: (p, f) => `${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  tooSmall: (p) => `没有足够大的规格（最大：${p.largest}）`,
  burstableOnly: '只有可突增规格，本规划不将其用于此角色',
  noArchitecture: (p) => `目录中没有 ${p.arch} 实例规格`,
  chooseLabel: {
    server: '服务器的实例规格',
    agent: '代理节点的实例规格',
    database: '数据库主机的实例规格',
  },
  chooseHelp: '只列出满足需求的实例规格。所选规格会写入链接和 JSON 规划。',
  notChosen: '未选择',
  option: (p, f) => `${p.name} — ${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}${p.smallest ? '（最小）' : ''}`,
  burstableChosen: '这是可突增规格：每个 vCPU 只保证一部分算力，而规模估算为此角色计入的是完整的 vCPU。',
  listTitle: '规划中的机器',
  noneChosen: '为每个角色选择实例规格后，即可得到规划的机器清单和每月费用。',
  listColumns: { role: '角色', count: '台数', type: '实例规格', each: '每台价格', monthly: '每月' },
  totals: (p, f) => `${f.integer(p.machines)} 台机器：合计 ${f.vcpu(p.vcpu)}、${f.memory(p.memoryMiB)}`,
  costPriced: (p, f) => `每月费用：${p.amount}（按小时价格 × ${f.integer(p.hours)} 小时）`,
  costUnpriced: (p, f) => `暂无每月费用：请输入 ${f.list(p.types)} 的价格。`,
  costMixed: (p, f) => `无法计算每月费用：价格使用了 ${f.list(p.currencies)} 多种货币，不作合计。`,
  costIncomplete: '在每个角色都选定实例规格之前，无法计算每月费用。',
  noPrice: '无价格',
  providersTitle: '各提供商的最小机器',
  providerColumns: { provider: '提供商', machines: '台数', size: '合计 vCPU、内存', cost: '每月' },
  providerIncomplete: '无法承载所有角色',
  pricesTitle: '你支付的价格',
  pricesIntro: (p, f) =>
    `价格属于规划的一部分，会写入链接和 JSON 规划。没有价格时请留空。按小时计价时，每月按 ${f.integer(p.hours)} 小时计算。`,
  priceLabel: (p) => `${p.name} 的价格`,
  currencyLabel: (p) => `${p.name} 价格的货币`,
  perLabel: (p) => `${p.name} 价格的计费周期`,
  per: { hour: '每小时', month: '每月' },
  priceInvalid: '价格须为 0.0832 这样的数字，范围为 0 到 1,000,000。',
  nodeLabels: '在 config.yaml 中为每个节点添加其实例规格标签',
  nodeLabelsHelp: (p) => `在服务器和代理节点的文件中添加 node-label ${p.label}=<实例规格>，以便按实例规格调度。`,
  findingsTitle: '机器检查结果',
  noFindings: '机器方面没有需要指出的问题。',
};

export const MACHINES_TEXTS: Readonly<Record<Locale, MachinesTexts>> = { en, ja, zh };

/** The languages' tags (LOCALE_TAGS), repeated here so this lazily loaded module shares no chunk with the start-up. */
const MONEY_TAGS: Readonly<Record<Locale, string>> = { en: 'en', ja: 'ja', zh: 'zh-CN' };

/**
 * An amount in its currency, formatted for the language (Intl); the currency code is ISO 4217. A
 * unit price keeps up to six decimals (0.0816 USD an hour), a total the currency's own.
 */
export function formatMoney(amount: number, currency: string, locale: Locale, unit = false): string {
  try {
    return new Intl.NumberFormat(MONEY_TAGS[locale], {
      style: 'currency',
      currency,
      ...(unit ? { maximumFractionDigits: 6 } : {}),
    }).format(amount);
  } catch {
    return `${String(amount)} ${currency}`;
  }
}

/** Currencies the price fields offer first (any ISO 4217 code in a link is kept). */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY'] as const;

function render<C extends MachineFindingCode>(
  messages: MachineFindingMessages,
  x: Finding<C>,
  f: Formatter,
): { title: string; why: string; fix: string } {
  const msg: MachineFindingMessages[C] = messages[x.code];
  return { title: msg.title(x.params, f), why: msg.why(x.params, f), fix: msg.fix(x.params, f) };
}

/** A machine finding's title, reason and remedy in the texts' language. */
export function machineFindingText(
  messages: MachineFindingMessages,
  x: AnyMachineFinding,
  f: Formatter,
): { title: string; why: string; fix: string } {
  return render(messages, x, f);
}
