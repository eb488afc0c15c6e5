import type { Locale, Msg } from './types';

/**
 * The command line's own words (src/cli): its usage, what it says about bad input, and the headings
 * of its summary. Everything else it prints comes from the page's catalogs (field labels, the
 * link's notices, the import errors, the cards' texts, the findings). Only the command line imports
 * this module, so the page does not carry it.
 */
export interface CliTexts {
  readonly usage: {
    readonly synopsis: string;
    readonly intro: string;
    readonly inputs: string;
    readonly outputs: string;
    readonly planOptions: string;
    readonly exitStatus: string;
    readonly options: {
      readonly link: string;
      readonly plan: string;
      readonly rules: string;
      readonly json: string;
      readonly out: string;
      readonly site: Msg<{ url: string }>;
      readonly lang: string;
      readonly help: string;
    };
    readonly value: {
      readonly int: Msg<{ min: number | null; max: number | null }>;
      readonly bool: string;
      readonly oneOf: Msg<{ values: readonly string[] }>;
      /** A list whose items are choices (`--workloads-shapes`). */
      readonly someOf: Msg<{ values: readonly string[] }>;
      /** A list of structured items, one item's syntax given (`name:replicas:cpuMillis:memoryMiB`). */
      readonly items: Msg<{ syntax: string }>;
      readonly text: string;
    };
    /** Labels of the plan options the page shows otherwise: as two fields each, or not as a field at all. */
    readonly labels: {
      readonly kubeReserved: string;
      readonly systemReserved: string;
      readonly catalog: string;
    };
    /** One exit status, its number given. */
    readonly exit: {
      readonly ok: Msg<{ code: number }>;
      readonly errors: Msg<{ code: number }>;
      readonly badInput: Msg<{ code: number }>;
    };
  };
  readonly errors: {
    readonly unknownOption: Msg<{ option: string; similar: readonly string[] }>;
    readonly missingValue: Msg<{ option: string }>;
    readonly repeatedOption: Msg<{ option: string }>;
    readonly linkAndPlan: string;
    readonly field: Msg<{ label: string; option: string; message: string }>;
    readonly notOneOf: Msg<{ value: string; values: readonly string[] }>;
    readonly invalidValue: Msg<{ value: string }>;
    readonly unreadable: Msg<{ file: string; detail: string }>;
    readonly rulesFile: Msg<{ file: string; detail: string }>;
    readonly unknownRules: Msg<{ value: string; known: readonly string[] }>;
    readonly cannotWrite: Msg<{ path: string; detail: string }>;
    readonly badInput: string;
  };
  readonly summary: {
    readonly rules: Msg<{ rulesId: string }>;
    readonly link: string;
    readonly cpuAndMemory: Msg<{ vcpu: number; vcpuOrMore: boolean; memoryMiB: number }>;
    readonly wrote: Msg<{ count: number; dir: string }>;
  };
}

const en: CliTexts = {
  usage: {
    synopsis: 'npm run plan -- [options]   (or: npx k3s-sizer [options])',
    intro:
      'Plans a K3s cluster with the same rules and code as the page: from a link, a downloaded JSON plan or named options.',
    inputs: 'Input (one of --link or --plan; named options change what they give)',
    outputs: 'Output (a summary with the findings unless --json)',
    planOptions: 'Plan options (the link’s keys; the long name and the key do the same)',
    exitStatus: 'Exit status',
    options: {
      link: 'a k3s-sizer link, or its query string (?v=1&ha=ha-embedded…)',
      plan: 'a JSON plan downloaded from the page (its input and link are used)',
      rules: 'the rules to plan with: a rules file (seed-2026.12) or an edition (seed, upstream) for its current file',
      json: 'print the JSON plan, the same bytes as the page’s download',
      out: 'write the config files, registries.yaml and install.sh (with the zip’s file modes) and the JSON plan into a folder',
      site: (p) => `where k3s-sizer is served, for the link in the files when the input has none (default ${p.url})`,
      lang: 'language of the summary, messages and generated files: en, ja or zh (the JSON plan is always English)',
      help: 'print this help',
    },
    value: {
      int: (p, f) => (p.min !== null && p.max !== null ? `${f.integer(p.min)}–${f.integer(p.max)}` : 'a whole number'),
      bool: '1 or 0',
      oneOf: (p) => p.values.join(', '),
      someOf: (p) => `one or more of ${p.values.join(', ')}, comma-separated`,
      items: (p) => `${p.syntax}, comma-separated`,
      text: 'text',
    },
    labels: {
      kubeReserved: 'kube-reserved CPU and memory',
      systemReserved: 'system-reserved CPU and memory',
      catalog: 'Machine catalog the types come from (empty: the current one)',
    },
    exit: {
      ok: (p) => `${String(p.code)}  the plan has no errors`,
      errors: (p) => `${String(p.code)}  the plan has errors (findings of severity error)`,
      badInput: (p) =>
        `${String(p.code)}  bad input: unknown option, invalid value, unreadable file, or a link the page would not take as it is`,
    },
  },
  errors: {
    unknownOption: (p) =>
      `Unknown option ${p.option}${p.similar.length > 0 ? ` (did you mean ${p.similar.join(' or ')}?)` : ''}; --help lists the options.`,
    missingValue: (p) => `The option ${p.option} needs a value.`,
    repeatedOption: (p) => `The option ${p.option} is given more than once.`,
    linkAndPlan: 'Give --link or --plan, not both.',
    field: (p) => `${p.label} (${p.option}): ${p.message}`,
    notOneOf: (p, f) => `“${p.value}” is not one of ${f.list(p.values)}.`,
    invalidValue: (p) => `“${p.value}” is not a valid value.`,
    unreadable: (p) => `Cannot read ${p.file}: ${p.detail}`,
    rulesFile: (p) => `The rules file ${p.file} cannot be used: ${p.detail}`,
    unknownRules: (p, f) => `There is no rules file “${p.value}”; the rules files are ${f.list(p.known)}.`,
    cannotWrite: (p) => `Cannot write ${p.path}: ${p.detail}`,
    badInput: 'Nothing was planned.',
  },
  summary: {
    rules: (p) => `Rules: ${p.rulesId}`,
    link: 'Link',
    cpuAndMemory: (p, f) => `${f.vcpu(p.vcpu, p.vcpuOrMore)}, ${f.memory(p.memoryMiB)}`,
    wrote: (p, f) => `Wrote ${f.integer(p.count)} ${p.count === 1 ? 'file' : 'files'} to ${p.dir}.`,
  },
};

const ja: CliTexts = {
  usage: {
    synopsis: 'npm run plan -- [オプション]（または npx k3s-sizer [オプション]）',
    intro:
      'ページと同じルールとコードでK3sクラスターのプランを作成します。入力はリンク、ダウンロードしたJSONプラン、または名前付きオプションです。',
    inputs: '入力（--link と --plan のどちらか一方。名前付きオプションはその内容を上書きします）',
    outputs: '出力（--json を指定しない場合は検出事項を含む概要）',
    planOptions: 'プランのオプション（リンクのキー。長い名前とキーは同じ意味です）',
    exitStatus: '終了ステータス',
    options: {
      link: 'k3s-sizerのリンク、またはそのクエリー文字列（?v=1&ha=ha-embedded…）',
      plan: 'ページからダウンロードしたJSONプラン（その入力とリンクを使用）',
      rules:
        'プランに使うルール：ルールファイル（seed-2026.12）、またはルールの版（seed、upstream。その版の現行ファイルを使用）',
      json: 'JSONプランを出力（ページからのダウンロードとバイト単位で同一）',
      out: '設定ファイル、registries.yaml、install.sh（zipと同じファイルモード）とJSONプランをフォルダーに書き出す',
      site: (p) => `k3s-sizerの公開先。入力にリンクがない場合にファイル内のリンクに使用（デフォルト ${p.url}）`,
      lang: '概要、メッセージ、生成ファイルの言語：en、ja、zh（JSONプランは常に英語）',
      help: 'このヘルプを表示',
    },
    value: {
      int: (p, f) => (p.min !== null && p.max !== null ? `${f.integer(p.min)}～${f.integer(p.max)}` : '整数'),
      bool: '1 または 0',
      oneOf: (p) => p.values.join(', '),
      someOf: (p) => `${p.values.join(', ')} から1つ以上（カンマ区切り）`,
      items: (p) => `${p.syntax}（カンマ区切り）`,
      text: 'テキスト',
    },
    labels: {
      kubeReserved: 'kube-reservedのCPUとメモリ',
      systemReserved: 'system-reservedのCPUとメモリ',
      catalog: 'マシンタイプの出典となるマシンカタログ（空：現在のもの）',
    },
    exit: {
      ok: (p) => `${String(p.code)}  プランにエラーなし`,
      errors: (p) => `${String(p.code)}  プランにエラーあり（重大度がエラーの検出事項）`,
      badInput: (p) =>
        `${String(p.code)}  入力が不正：不明なオプション、無効な値、読み込めないファイル、またはページがそのままでは受け付けないリンク`,
    },
  },
  errors: {
    unknownOption: (p) =>
      `不明なオプション ${p.option} です。${p.similar.length > 0 ? `${p.similar.join(' または ')} のことですか？` : ''}オプションの一覧は --help で確認できます。`,
    missingValue: (p) => `オプション ${p.option} には値が必要です。`,
    repeatedOption: (p) => `オプション ${p.option} が複数回指定されています。`,
    linkAndPlan: '--link と --plan はどちらか一方だけを指定してください。',
    field: (p) => `${p.label}（${p.option}）：${p.message}`,
    notOneOf: (p, f) => `「${p.value}」は ${f.list(p.values)} のいずれでもありません。`,
    invalidValue: (p) => `「${p.value}」は有効な値ではありません。`,
    unreadable: (p) => `${p.file} を読み込めません：${p.detail}`,
    rulesFile: (p) => `ルールファイル ${p.file} を使用できません：${p.detail}`,
    unknownRules: (p, f) => `ルールファイル「${p.value}」はありません。ルールファイルは ${f.list(p.known)} です。`,
    cannotWrite: (p) => `${p.path} に書き込めません：${p.detail}`,
    badInput: 'プランは作成されませんでした。',
  },
  summary: {
    rules: (p) => `ルール：${p.rulesId}`,
    link: 'リンク',
    cpuAndMemory: (p, f) => `${f.vcpu(p.vcpu, p.vcpuOrMore)}、${f.memory(p.memoryMiB)}`,
    wrote: (p, f) => `${p.dir} に ${f.integer(p.count)} 個のファイルを書き出しました。`,
  },
};

const zh: CliTexts = {
  usage: {
    synopsis: 'npm run plan -- [选项]   (或 npx k3s-sizer [选项])',
    intro: '使用与页面相同的规则和代码规划 K3s 集群：输入可以是链接、下载的 JSON 规划或命名选项。',
    inputs: '输入（--link 或 --plan 二选一；命名选项会覆盖其中的值）',
    outputs: '输出（未指定 --json 时输出包含检查结果的摘要）',
    planOptions: '规划选项（即链接的键；长名称与键作用相同）',
    exitStatus: '退出状态',
    options: {
      link: 'k3s-sizer 链接或其查询字符串（?v=1&ha=ha-embedded…）',
      plan: '从页面下载的 JSON 规划（使用其中的输入和链接）',
      rules: '用于规划的规则：规则文件（seed-2026.12）或规则版本（seed、upstream，使用该版本的当前文件）',
      json: '输出 JSON 规划，与页面下载的文件逐字节相同',
      out: '将配置文件、registries.yaml、install.sh（文件模式与 zip 相同）和 JSON 规划写入文件夹',
      site: (p) => `k3s-sizer 的访问地址；输入中没有链接时用于文件中的链接（默认 ${p.url}）`,
      lang: '摘要、消息和生成文件的语言：en、ja 或 zh（JSON 规划始终为英文）',
      help: '显示此帮助',
    },
    value: {
      int: (p, f) => (p.min !== null && p.max !== null ? `${f.integer(p.min)}–${f.integer(p.max)}` : '整数'),
      bool: '1 或 0',
      oneOf: (p) => p.values.join(', '),
      someOf: (p) => `${p.values.join(', ')} 中的一个或多个，以逗号分隔`,
      items: (p) => `${p.syntax}，以逗号分隔`,
      text: '文本',
    },
    labels: {
      kubeReserved: 'kube-reserved 的 CPU 和内存',
      systemReserved: 'system-reserved 的 CPU 和内存',
      catalog: '实例规格所依据的机器目录（留空：当前目录）',
    },
    exit: {
      ok: (p) => `${String(p.code)}  规划没有错误`,
      errors: (p) => `${String(p.code)}  规划有错误（严重程度为错误的检查结果）`,
      badInput: (p) => `${String(p.code)}  输入有误：未知选项、无效值、无法读取的文件，或页面不会按原样接受的链接`,
    },
  },
  errors: {
    unknownOption: (p) =>
      `未知选项 ${p.option}；${p.similar.length > 0 ? `是否要使用 ${p.similar.join(' 或 ')}？` : ''}使用 --help 查看所有选项。`,
    missingValue: (p) => `选项 ${p.option} 需要一个值。`,
    repeatedOption: (p) => `选项 ${p.option} 被指定了多次。`,
    linkAndPlan: '请只指定 --link 或 --plan 其中之一。',
    field: (p) => `${p.label}（${p.option}）：${p.message}`,
    notOneOf: (p, f) => `“${p.value}”不是 ${f.list(p.values)} 之一。`,
    invalidValue: (p) => `“${p.value}”不是有效的值。`,
    unreadable: (p) => `无法读取 ${p.file}：${p.detail}`,
    rulesFile: (p) => `无法使用规则文件 ${p.file}：${p.detail}`,
    unknownRules: (p, f) => `没有规则文件“${p.value}”；可用的规则文件为 ${f.list(p.known)}。`,
    cannotWrite: (p) => `无法写入 ${p.path}：${p.detail}`,
    badInput: '未生成规划。',
  },
  summary: {
    rules: (p) => `规则：${p.rulesId}`,
    link: '链接',
    cpuAndMemory: (p, f) => `${f.vcpu(p.vcpu, p.vcpuOrMore)}，${f.memory(p.memoryMiB)}`,
    wrote: (p, f) => `已将 ${f.integer(p.count)} 个文件写入 ${p.dir}。`,
  },
};

export const CLI_TEXTS: Readonly<Record<Locale, CliTexts>> = { en, ja, zh };
