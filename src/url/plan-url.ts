import type { z } from '../core/model/zod';
import {
  ClusterInputSchema,
  DEFAULT_OS_VERSIONS,
  HostInputSchema,
  InstallInputSchema,
  NetworkInputSchema,
  WorkloadsInputSchema,
  BackupInputSchema,
  UpgradeInputSchema,
  MachinesInputSchema,
  AirgapInputSchema,
  PLAN_FORMAT_VERSION,
  PRICE_PERIODS,
  type PlanInput,
} from '../core/model/plan-input';
import { PROCESSOR_CLASSES } from '../core/model/rules';
import { LANG_KEY } from '../i18n/locale';
import { isLocale } from '../i18n/types';

/**
 * The plan in a link. One table maps short, readable query keys to plan fields; reading
 * validates each value on its own, so one bad value costs only that value.
 */
export const FORMAT_KEY = 'v';
export const RULES_KEY = 'rules';
/** Each plan compared with this one, as its own query string (src/url/compare-url.ts). */
export const COMPARE_KEY = 'cmp';

type Section = 'cluster' | 'network' | 'host' | 'install' | 'workloads' | 'backup' | 'upgrade' | 'machines' | 'airgap';
/**
 * int: digits; bool: 1/0; text: as is; list: comma-separated; the others as ITEM_SYNTAX writes
 * them (groups, shapes and prices comma-separated; names hold no `:` or `,`; amounts in plain decimals).
 */
type Encoding = 'int' | 'bool' | 'text' | 'list' | 'pair' | 'groups' | 'shapes' | 'prices';

/** How a machine type is named: its provider's id and its id in the catalog (`aws-ec2/t3.medium`). */
export const MACHINE_TYPE_SYNTAX = 'provider/type';

/** How a value of each structured encoding is written, one item of it (what `--help` shows). */
export const ITEM_SYNTAX: Readonly<Partial<Record<Encoding, string>>> = {
  pair: 'cpuMillis:memoryMiB',
  groups: 'name:replicas:cpuMillis:memoryMiB',
  shapes: `vcpu:memoryGiB:${PROCESSOR_CLASSES.join('|')}`,
  prices: `${MACHINE_TYPE_SYNTAX}:amount:currency:${PRICE_PERIODS.join('|')}`,
};

export interface PlanParam {
  readonly key: string;
  readonly section: Section;
  readonly field: string;
  readonly encoding: Encoding;
  readonly schema: z.ZodMiniType;
}

const SHAPES = {
  cluster: ClusterInputSchema.shape,
  network: NetworkInputSchema.shape,
  host: HostInputSchema.shape,
  install: InstallInputSchema.shape,
  workloads: WorkloadsInputSchema.shape,
  backup: BackupInputSchema.shape,
  upgrade: UpgradeInputSchema.shape,
  machines: MachinesInputSchema.shape,
  airgap: AirgapInputSchema.shape,
} as const;

function param<S extends Section>(
  key: string,
  section: S,
  field: keyof (typeof SHAPES)[S] & string,
  encoding: Encoding = 'text',
): PlanParam {
  const shape: Record<string, z.ZodMiniType> = SHAPES[section];
  const schema = shape[field];
  if (!schema) throw new Error(`plan-url: unknown field ${section}.${field}`);
  return { key, section, field, encoding, schema };
}

/** Every plan parameter, in the order they are written. Documented in the README. */
export const PLAN_PARAMS: readonly PlanParam[] = [
  param('s', 'cluster', 'servers', 'int'),
  param('a', 'cluster', 'agents', 'int'),
  param('ha', 'cluster', 'haMode'),
  param('ds', 'cluster', 'datastore'),
  param('disk', 'cluster', 'disk'),
  param('arch', 'cluster', 'arch'),
  param('dev', 'cluster', 'device'),
  param('bm', 'cluster', 'boardMemoryGiB', 'int'),
  param('role', 'cluster', 'serverWorkloads'),
  param('k3s', 'cluster', 'k3sVersion'),
  param('ip', 'network', 'ipFamily'),
  param('cc', 'network', 'clusterCidr'),
  param('sc', 'network', 'serviceCidr'),
  param('nm4', 'network', 'nodeMaskV4', 'int'),
  param('nm6', 'network', 'nodeMaskV6', 'int'),
  param('mp', 'network', 'maxPods', 'int'),
  param('nn', 'network', 'nodeNetwork'),
  param('fb', 'network', 'flannelBackend'),
  param('v6masq', 'network', 'flannelIpv6Masq', 'bool'),
  param('extip', 'network', 'flannelExternalIp', 'bool'),
  param('traefik', 'network', 'traefik', 'bool'),
  param('slb', 'network', 'servicelb', 'bool'),
  param('ms', 'network', 'metricsServer', 'bool'),
  param('spegel', 'network', 'embeddedRegistry', 'bool'),
  param('egress', 'network', 'egressSelectorMode'),
  param('os', 'host', 'os'),
  param('osv', 'host', 'osVersion'),
  param('fw', 'host', 'firewall'),
  param('reg', 'install', 'registrationAddress'),
  param('sn', 'install', 'serverNames'),
  param('an', 'install', 'agentNames'),
  param('naming', 'install', 'nodeNaming'),
  param('dbh', 'install', 'datastoreHost'),
  param('dbp', 'install', 'datastorePort', 'int'),
  param('dbn', 'install', 'datastoreName'),
  param('dbu', 'install', 'datastoreUser'),
  param('kcm', 'install', 'kubeconfigMode'),
  param('wl', 'workloads', 'enabled', 'bool'),
  param('wg', 'workloads', 'groups', 'groups'),
  param('wdc', 'workloads', 'daemonSetCpuMillis', 'int'),
  param('wdm', 'workloads', 'daemonSetMemoryMiB', 'int'),
  param('wt', 'workloads', 'targetPercent', 'int'),
  param('wsh', 'workloads', 'shapes', 'list'),
  param('ws', 'workloads', 'shape'),
  param('wcs', 'workloads', 'custom', 'shapes'),
  param('wsp', 'workloads', 'spares', 'int'),
  param('wkr', 'workloads', 'kubeReserved', 'pair'),
  param('wsr', 'workloads', 'systemReserved', 'pair'),
  param('wev', 'workloads', 'evictionMemoryMiB', 'int'),
  param('snap', 'backup', 'snapshots', 'bool'),
  param('cron', 'backup', 'schedule'),
  param('ret', 'backup', 'retention', 'int'),
  param('sdir', 'backup', 'directory'),
  param('sdisk', 'backup', 'diskGiB', 'int'),
  param('s3', 'backup', 's3', 'bool'),
  param('s3e', 'backup', 's3Endpoint'),
  param('s3b', 'backup', 's3Bucket'),
  param('s3f', 'backup', 's3Folder'),
  param('s3r', 'backup', 's3Region'),
  param('s3v', 'backup', 's3VerifyTls', 'bool'),
  param('upf', 'upgrade', 'from'),
  param('upt', 'upgrade', 'to'),
  param('mcat', 'machines', 'catalog'),
  param('mts', 'machines', 'server'),
  param('mta', 'machines', 'agent'),
  param('mtd', 'machines', 'database'),
  param('mpr', 'machines', 'prices', 'prices'),
  param('mnl', 'machines', 'nodeLabels', 'bool'),
  param('ag', 'airgap', 'enabled', 'bool'),
  param('agr', 'airgap', 'registry'),
  param('agra', 'airgap', 'registryAuth', 'bool'),
  param('agrc', 'airgap', 'registryCa', 'bool'),
];

// `lang` belongs to the page and `cmp` to the comparison, not the plan: known here so neither is reported as unknown.
const KNOWN_KEYS = new Set<string>([FORMAT_KEY, RULES_KEY, LANG_KEY, COMPARE_KEY, ...PLAN_PARAMS.map((p) => p.key)]);

export type UrlNotice =
  | { readonly kind: 'restored' }
  | { readonly kind: 'unknown-params'; readonly names: readonly string[] }
  | { readonly kind: 'invalid-param'; readonly name: string; readonly value: string }
  | { readonly kind: 'newer-format'; readonly version: string };

export interface DecodedPlan {
  readonly plan: PlanInput;
  readonly notices: readonly UrlNotice[];
}

const MAX_SHOWN_VALUE = 60;
const shown = (value: string): string =>
  value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;

function readValue(raw: string, encoding: Encoding): unknown {
  switch (encoding) {
    case 'int':
      return /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
    case 'bool':
      return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : null;
    case 'text':
      return raw;
    case 'list':
      return raw === '' ? [] : raw.split(',');
    case 'pair': {
      const m = /^(\d{1,9}):(\d{1,9})$/.exec(raw);
      return m ? { cpuMillis: Number(m[1]), memoryMiB: Number(m[2]) } : raw;
    }
    case 'groups':
      if (raw === '') return [];
      return raw.split(',').map((item) => {
        const m = /^([^:]*):(\d{1,9}):(\d{1,9}):(\d{1,9})$/.exec(item);
        return m ? { name: m[1], replicas: Number(m[2]), cpuMillis: Number(m[3]), memoryMiB: Number(m[4]) } : item;
      });
    case 'shapes':
      if (raw === '') return [];
      return raw.split(',').map((item) => {
        const m = /^(\d{1,9}):(\d{1,9}):([a-z0-9-]{1,20})$/.exec(item);
        return m ? { vcpu: Number(m[1]), memoryGiB: Number(m[2]), processor: m[3] } : item;
      });
    case 'prices':
      if (raw === '') return [];
      return raw.split(',').map((item) => {
        // Amounts only as a link writes them (plain, shortest decimals), so a price reads back as written.
        const m = /^([^:]{1,100}):(\d{1,7}(?:\.\d{1,30})?):([A-Z]{3}):([a-z]{1,5})$/.exec(item);
        return m?.[2] !== undefined && String(Number(m[2])) === m[2]
          ? { type: m[1], amount: Number(m[2]), currency: m[3], per: m[4] }
          : item;
      });
  }
}

const num = (v: unknown): string => (typeof v === 'number' ? String(v) : '');

function writeValue(value: unknown, encoding: Encoding): string {
  switch (encoding) {
    case 'bool':
      return value === true ? '1' : '0';
    case 'list':
      return Array.isArray(value) ? value.map(String).join(',') : '';
    case 'pair':
      return value !== null && typeof value === 'object' && 'cpuMillis' in value && 'memoryMiB' in value
        ? `${num(value.cpuMillis)}:${num(value.memoryMiB)}`
        : '';
    case 'groups':
      return Array.isArray(value)
        ? value
            .map((g: unknown) =>
              g !== null &&
              typeof g === 'object' &&
              'name' in g &&
              'replicas' in g &&
              'cpuMillis' in g &&
              'memoryMiB' in g
                ? `${String(g.name)}:${num(g.replicas)}:${num(g.cpuMillis)}:${num(g.memoryMiB)}`
                : '',
            )
            .join(',')
        : '';
    case 'shapes':
      return Array.isArray(value)
        ? value
            .map((c: unknown) =>
              c !== null && typeof c === 'object' && 'vcpu' in c && 'memoryGiB' in c && 'processor' in c
                ? `${num(c.vcpu)}:${num(c.memoryGiB)}:${String(c.processor)}`
                : '',
            )
            .join(',')
        : '';
    case 'prices':
      return Array.isArray(value)
        ? value
            .map((p: unknown) =>
              p !== null && typeof p === 'object' && 'type' in p && 'amount' in p && 'currency' in p && 'per' in p
                ? `${String(p.type)}:${num(p.amount)}:${String(p.currency)}:${String(p.per)}`
                : '',
            )
            .join(',')
        : '';
    case 'int':
    case 'text':
      return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  }
}

/** A field's value as its key writes it in a link. */
export function encodePlanValue(p: PlanParam, value: unknown): string {
  return writeValue(value, p.encoding);
}

function sectionOf(plan: PlanInput, section: Section): Readonly<Record<string, unknown>> {
  return plan[section];
}

/**
 * The default a field has in a given plan. The OS release depends on the OS: a link that names
 * RHEL but no release means RHEL's usual release, not the default OS's.
 */
function defaultOf(p: PlanParam, plan: { host: { os: PlanInput['host']['os'] } }, defaults: PlanInput): unknown {
  if (p.section === 'host' && p.field === 'osVersion') return DEFAULT_OS_VERSIONS[plan.host.os];
  return sectionOf(defaults, p.section)[p.field];
}

/**
 * Reads a plan from a query string. Never throws: unknown keys are listed in one notice, an
 * invalid value is reported by name and replaced by the default, the valid rest is kept.
 */
export function decodePlan(search: string, defaults: PlanInput, knownRules: readonly string[]): DecodedPlan {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN_KEYS.has(k)))];
  if (unknown.length > 0) notices.push({ kind: 'unknown-params', names: unknown.map(shown) });

  const format = params.get(FORMAT_KEY);
  if (format !== null && format !== String(PLAN_FORMAT_VERSION)) {
    if (/^\d{1,4}$/.test(format) && Number(format) > PLAN_FORMAT_VERSION)
      notices.push({ kind: 'newer-format', version: format });
    else notices.push({ kind: 'invalid-param', name: FORMAT_KEY, value: shown(format) });
  }

  const lang = params.get(LANG_KEY);
  if (lang !== null && !isLocale(lang)) notices.push({ kind: 'invalid-param', name: LANG_KEY, value: shown(lang) });

  let rules = defaults.rules;
  const rulesValue = params.get(RULES_KEY);
  if (rulesValue !== null) {
    if (knownRules.includes(rulesValue)) rules = rulesValue;
    else notices.push({ kind: 'invalid-param', name: RULES_KEY, value: shown(rulesValue) });
  }

  const sections: Record<Section, Record<string, unknown>> = {
    cluster: { ...defaults.cluster },
    network: { ...defaults.network },
    host: { ...defaults.host },
    install: { ...defaults.install },
    workloads: { ...defaults.workloads },
    backup: { ...defaults.backup },
    upgrade: { ...defaults.upgrade },
    machines: { ...defaults.machines },
    airgap: { ...defaults.airgap },
  };
  for (const p of PLAN_PARAMS) {
    const raw = params.get(p.key);
    if (raw === null) continue;
    const parsed = p.schema.safeParse(readValue(raw, p.encoding));
    if (parsed.success) sections[p.section][p.field] = parsed.data;
    else notices.push({ kind: 'invalid-param', name: p.key, value: shown(raw) });
  }
  const host = HostInputSchema.parse(sections.host);
  if (params.get('osv') === null || notices.some((n) => n.kind === 'invalid-param' && n.name === 'osv')) {
    sections.host.osVersion = DEFAULT_OS_VERSIONS[host.os];
  }
  // Every field was either kept from the defaults or validated by its own schema above.
  return {
    plan: {
      rules,
      cluster: ClusterInputSchema.parse(sections.cluster),
      network: NetworkInputSchema.parse(sections.network),
      host: HostInputSchema.parse(sections.host),
      install: InstallInputSchema.parse(sections.install),
      workloads: WorkloadsInputSchema.parse(sections.workloads),
      backup: BackupInputSchema.parse(sections.backup),
      upgrade: UpgradeInputSchema.parse(sections.upgrade),
      machines: MachinesInputSchema.parse(sections.machines),
      airgap: AirgapInputSchema.parse(sections.airgap),
    },
    notices,
  };
}

/**
 * Writes a plan as a query string: the format version and the rules id always (the rules id
 * pins the answer), other values only where they differ from the defaults, in table order.
 */
export function encodePlan(plan: PlanInput, defaults: PlanInput): string {
  const params = new URLSearchParams();
  params.set(FORMAT_KEY, String(PLAN_FORMAT_VERSION));
  params.set(RULES_KEY, plan.rules);
  for (const p of PLAN_PARAMS) {
    // Compared as written, so lists and pairs equal to the default are left out too.
    const value = writeValue(sectionOf(plan, p.section)[p.field], p.encoding);
    const fallback = defaultOf(p, plan, defaults);
    if (value !== writeValue(fallback, p.encoding)) params.set(p.key, value);
  }
  return params.toString();
}

/** `query` with the compared plans (`cmp`) of `from` carried over: editing this plan keeps the comparison. */
export function keepCompared(query: string, from: string): string {
  const compared = new URLSearchParams(from).getAll(COMPARE_KEY);
  if (compared.length === 0) return query;
  const params = new URLSearchParams(query);
  for (const c of compared) params.append(COMPARE_KEY, c);
  return `?${params.toString()}`;
}
