/**
 * Property-based fuzzing of the plan link codec: thousands of random and hostile query strings.
 * Whatever a link holds, decodePlan must not throw, must return a plan the plan schema accepts,
 * must say which values it refused, and must give back every valid plan it wrote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATASTORES,
  DEFAULT_OS_VERSIONS,
  DEVICE_CLASSES,
  EGRESS_SELECTOR_MODES,
  FIREWALLS,
  FLANNEL_BACKENDS,
  HA_MODES,
  IP_FAMILIES,
  KUBECONFIG_MODES,
  NODE_NAMINGS,
  OPERATING_SYSTEMS,
  PLAN_FORMAT_VERSION,
  PlanInputSchema,
  SERVER_WORKLOADS,
  defaultPlanInput,
  type PlanInput,
} from '../core/model/plan-input';
import { ARCHITECTURES, DISK_KINDS } from '../core/model/rules';
import { LANG_KEY } from '../i18n/locale';
import { LOCALES, isLocale } from '../i18n/types';
import { planInputArb } from '../core/testing/arbitraries';
import {
  COMPARE_KEY,
  FORMAT_KEY,
  PLAN_PARAMS,
  RULES_KEY,
  decodePlan,
  encodePlan,
  encodePlanValue,
  type DecodedPlan,
  type PlanParam,
} from './plan-url';

const known = ['seed-2026.11', 'upstream-2026.11'] as const;
const defaults = defaultPlanInput('seed-2026.11');
/** Defaults that differ from the app's, so nothing passes only because it equals the usual default. */
const otherDefaults: PlanInput = {
  rules: 'upstream-2026.11',
  cluster: {
    ...defaults.cluster,
    servers: 3,
    agents: 7,
    haMode: 'ha-embedded',
    datastore: 'embedded-etcd',
    k3sVersion: 'v1.31',
  },
  network: {
    ...defaults.network,
    ipFamily: 'dual',
    clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
    traefik: false,
    maxPods: 250,
  },
  host: { os: 'rhel', osVersion: DEFAULT_OS_VERSIONS.rhel, firewall: 'firewalld' },
  install: { ...defaults.install, registrationAddress: 'k3s.example.com', nodeNaming: 'with-node-id' },
  workloads: {
    ...defaults.workloads,
    enabled: true,
    targetPercent: 80,
    spares: 2,
    shapes: ['cloud-4x8', 'pi4-8gb'],
    groups: [{ name: 'web', replicas: 3, cpuMillis: 250, memoryMiB: 512 }],
  },
  backup: {
    ...defaults.backup,
    schedule: '0 */6 * * *',
    // retention stays null: a nullable number has no text for null, like wev, so only a null default round-trips it
    s3: true,
    s3Bucket: 'k3s-backups',
    s3VerifyTls: false,
  },
  upgrade: { from: 'v1.30', to: 'v1.32' },
  machines: {
    catalog: 'machines-2026.12',
    server: 'aws-ec2/m7g.large',
    agent: '',
    database: 'gce/n1-standard-4',
    prices: [{ type: 'aws-ec2/m7g.large', amount: 0.0816, currency: 'USD', per: 'hour' }],
    nodeLabels: true,
  },
  airgap: { enabled: true, registry: 'registry.example.com:5000', registryAuth: true, registryCa: false },
};

const PLAN_KEYS = PLAN_PARAMS.map((p) => p.key);
/** `lang` is the page's, not the plan's: known, so never listed as unknown, and checked on its own. */
const KNOWN_KEYS = new Set([FORMAT_KEY, RULES_KEY, LANG_KEY, COMPARE_KEY, ...PLAN_KEYS]);

// --- Hostile material ----------------------------------------------------------------------------

const hostileKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'S',
  'A',
  'a ',
  ' a',
  '%61',
  'a[]',
  'a.b',
  'cluster',
  'agents',
  '\u0000',
  'ｓ',
);
const anyKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 2, arbitrary: hostileKeys },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Every enumerated value the plan knows, so a key gets values that are valid for another key. */
const ENUM_VALUES = [
  ...HA_MODES,
  ...DATASTORES,
  ...DEVICE_CLASSES,
  ...SERVER_WORKLOADS,
  ...IP_FAMILIES,
  ...FLANNEL_BACKENDS,
  ...EGRESS_SELECTOR_MODES,
  ...OPERATING_SYSTEMS,
  ...FIREWALLS,
  ...NODE_NAMINGS,
  ...KUBECONFIG_MODES,
  ...DISK_KINDS,
  ...ARCHITECTURES,
  ...known,
  ...LOCALES,
  'EN',
  'ja-JP',
  'fr',
];

const numberText = fc.oneof(
  fc.integer({ min: -200_000, max: 200_000 }).map(String),
  fc.integer({ min: 0, max: 120 }).map(String),
  fc.double().map(String), // NaN, Infinity, -0, 5e-324, 1.7976931348623157e+308 …
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '+3',
    '-0',
    '0x10',
    '0b11',
    '0o7',
    '1e3',
    '1E3',
    '3e0',
    '1e999',
    '-1e-7',
    '2.5',
    '3.',
    '.5',
    '03',
    '000000003',
    '0000000003',
    '999999999',
    '1000000000',
    '100000',
    '100001',
    '99',
    '100',
    ' 3',
    '3 ',
    '3\n',
    '３',
    '٣',
    '1_000',
    '1,000',
    '',
    '+',
    '-',
  ),
);

const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates and control characters included
  fc.constantFrom('\u0000', '\uFEFF', '\u202E', '\uD800', '\uDFFF', 'é', 'e\u0301', '😀', '𝟙', '\r\n', '\t'),
);

const percentGarbage = fc
  .array(
    fc.constantFrom(
      '%',
      '%2',
      '%ZZ',
      '%25',
      '%00',
      '%C3',
      '%C3%28',
      '%E2%82',
      '%F0%9F%98',
      '%FF',
      '%u0041',
      '+',
      '&',
      '=',
      '#',
      '?',
      'a',
      '1',
      '/',
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

const longText = fc
  .tuple(fc.constantFrom('a', '1', '%', '/', '0.', '😀', ' '), fc.integer({ min: 61, max: 5000 }))
  .map(([s, n]) => s.repeat(n));

const hostileValue = fc.oneof(
  numberText,
  unicodeText,
  percentGarbage,
  longText,
  fc.constantFrom(...ENUM_VALUES),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '{}',
    '[]',
    'null',
    'undefined',
    'true',
    'false',
    'yes',
    'TRUE',
    'on',
    '1',
    '0',
    '2',
    '-1',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'stable',
    'latest',
    'v1.31',
    'v1.31.4+k3s1',
    'v1.31.4 k3s1',
    'v1.31.4%2Bk3s1',
    'v9',
    'v1.99.99+k3s99',
    '10.42.0.0/16',
    '10.42.0.0/16,2001:db8:42::/56',
    '12',
    '24.04',
    '9.6',
    '1234',
    '1.234',
    'server-{n}',
    '',
  ),
);

/** Serialises pairs as a browser writes them, or raw as someone types them, or with odd separators. */
const query = fc.oneof(
  fc.array(fc.tuple(anyKey, hostileValue), { maxLength: 16 }).map((pairs) => new URLSearchParams(pairs).toString()),
  fc
    .tuple(
      fc.array(fc.tuple(anyKey, hostileValue), { maxLength: 16 }),
      fc.constantFrom('&', '&&', ';', '&amp;'),
      fc.constantFrom('', '?', '??', '#'),
    )
    .map(
      ([pairs, sep, lead]) =>
        lead + pairs.map(([k, v]) => (v === '' && k.length % 2 === 0 ? k : `${k}=${v}`)).join(sep),
    ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...KNOWN_KEYS), percentGarbage, fc.constantFrom('=', '&', '==', '&=&')), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);

// --- What the decoded plan must honour -----------------------------------------------------------

function field(plan: PlanInput, p: PlanParam): unknown {
  const section: Readonly<Record<string, unknown>> = plan[p.section];
  return section[p.field];
}

/** Whether the decoded field holds exactly what the link said (the link's text read by the key's encoding). */
function reflects(raw: string, p: PlanParam, value: unknown): boolean {
  switch (p.encoding) {
    case 'int':
      return typeof value === 'number' && /^[0-9]+$/.test(raw) && Number(raw) === value;
    case 'bool':
      return value === (raw === '1' || raw === 'true') && ['1', '0', 'true', 'false'].includes(raw);
    case 'text':
      return value === raw;
    case 'list':
    case 'pair':
    case 'groups':
    case 'shapes':
    case 'prices':
      // Structured values: read back exactly when written again the same way.
      return encodePlanValue(p, value) === raw;
  }
}

/** Equal values: the same primitive, or lists and records of the same content. */
const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

function invalidNotice(r: DecodedPlan, name: string) {
  return r.notices.filter((n) => n.kind === 'invalid-param' && n.name === name);
}

/** The notice shows the value, shortened with an ellipsis when long. */
function showsValue(shownValue: string, raw: string): boolean {
  return (
    shownValue === raw ||
    (shownValue.endsWith('…') && shownValue.length <= 61 && raw.startsWith(shownValue.slice(0, -1)))
  );
}

/** A plain assertion: thousands of runs × dozens of checks, so no matcher machinery on the happy path. */
function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}
const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

function checkDecoded(search: string, base: PlanInput): DecodedPlan {
  const r = decodePlan(search, base, known);
  const params = new URLSearchParams(search);
  const at = () => ` (query ${show(search)}, notices ${show(r.notices)})`;

  // Always a whole, valid plan with a published rules file.
  const parsed = PlanInputSchema.safeParse(r.plan);
  ensure(parsed.success, () => `invalid plan: ${parsed.error?.message ?? ''}${at()}`);
  ensure((known as readonly string[]).includes(r.plan.rules), () => `unpublished rules ${r.plan.rules}${at()}`);

  // Each known key: its value is taken as written, or refused by name and the default kept.
  const os = r.plan.host.os;
  for (const p of PLAN_PARAMS) {
    const raw = params.get(p.key);
    const value = field(r.plan, p);
    const refused = invalidNotice(r, p.key);
    const fallback = p.key === 'osv' ? DEFAULT_OS_VERSIONS[os] : field(base, p);
    if (raw === null) {
      ensure(refused.length === 0, () => `${p.key} absent but refused${at()}`);
      ensure(
        same(value, fallback),
        () => `${p.key} absent but the plan holds ${show(value)}, not the default ${show(fallback)}${at()}`,
      );
    } else if (refused.length > 0) {
      ensure(refused.length === 1, () => `${p.key} refused ${String(refused.length)} times${at()}`);
      ensure(
        same(value, fallback),
        () =>
          `${p.key}=${show(raw)} refused but the plan holds ${show(value)}, not the default ${show(fallback)}${at()}`,
      );
      const notice = refused[0];
      ensure(
        notice?.kind === 'invalid-param' && showsValue(notice.value, raw),
        () => `${p.key}: the notice does not show ${show(raw)}${at()}`,
      );
    } else {
      // No notice: then the value must be the one the link gave. A value dropped without a notice fails here.
      ensure(
        reflects(raw, p, value),
        () => `${p.key}=${show(raw)} dropped without a notice: the plan holds ${show(value)}${at()}`,
      );
    }
  }

  // The rules id and the format version.
  const rules = params.get(RULES_KEY);
  const rulesKnown = rules !== null && (known as readonly string[]).includes(rules);
  ensure(r.plan.rules === (rulesKnown ? rules : base.rules), () => `rules ${r.plan.rules}${at()}`);
  ensure(invalidNotice(r, RULES_KEY).length === (rules !== null && !rulesKnown ? 1 : 0), () => `rules notice${at()}`);
  const format = params.get(FORMAT_KEY);
  const formatNotices = r.notices.filter(
    (n) => n.kind === 'newer-format' || (n.kind === 'invalid-param' && n.name === FORMAT_KEY),
  );
  ensure(
    formatNotices.length === (format !== null && format !== String(PLAN_FORMAT_VERSION) ? 1 : 0),
    () => `format notice${at()}`,
  );
  const lang = params.get(LANG_KEY);
  ensure(invalidNotice(r, LANG_KEY).length === (lang !== null && !isLocale(lang) ? 1 : 0), () => `lang notice${at()}`);

  // Unknown keys are all listed, once, in order; known keys never are.
  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN_KEYS.has(k)))];
  const listed = r.notices.flatMap((n) => (n.kind === 'unknown-params' ? [n.names] : []));
  if (unknown.length === 0) ensure(listed.length === 0, () => `unknown keys listed, none given${at()}`);
  else {
    const names = listed[0] ?? [];
    ensure(
      listed.length === 1 && names.length === unknown.length,
      () => `unknown keys ${show(unknown)} listed as ${show(listed)}${at()}`,
    );
    unknown.forEach((k, i) =>
      ensure(showsValue(names[i] ?? '', k), () => `unknown key ${show(k)} listed as ${show(names[i])}${at()}`),
    );
  }

  // Every invalid-param notice names a key the link has.
  for (const n of r.notices)
    if (n.kind === 'invalid-param')
      ensure(params.has(n.name), () => `notice for ${n.name}, which the link lacks${at()}`);

  // Nothing leaked onto prototypes.
  ensure(
    Object.getPrototypeOf(r.plan) === Object.prototype && ({} as Record<string, unknown>).polluted === undefined,
    () => `prototype touched${at()}`,
  );
  return r;
}

const planArb = planInputArb(known);

const RUNS = 3000;

describe('decodePlan under fuzzing', () => {
  it('the generated plans are valid plan inputs', () => {
    fc.assert(
      fc.property(planArb, (plan) => PlanInputSchema.safeParse(plan).success),
      { numRuns: 300 },
    );
  });

  it('never throws, always returns a valid plan, and refuses values only with a notice (hostile query strings)', () => {
    fc.assert(
      fc.property(query, fc.boolean(), (search, useOther) => {
        checkDecoded(search, useOther ? otherDefaults : defaults);
      }),
      { numRuns: RUNS },
    );
  });

  it('each key with a hostile value: taken as written or refused by name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAN_PARAMS), hostileValue, (p, value) => {
        const search = new URLSearchParams([[p.key, value]]).toString();
        const r = checkDecoded(search, defaults);
        // Numbers must be plain counts: anything else (sign, exponent, fraction, NaN, Infinity, other digits) is refused.
        if (p.encoding === 'int' && !/^[0-9]+$/.test(value)) expect(invalidNotice(r, p.key)).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('repeated keys: the first value counts, later ones never leak in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_PARAMS),
        fc.array(hostileValue, { minLength: 2, maxLength: 5 }),
        (p, values) => {
          const search = new URLSearchParams(values.map((v) => [p.key, v])).toString();
          checkDecoded(search, defaults);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips every valid plan exactly, without notices', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, useOther) => {
        const base = useOther ? otherDefaults : defaults;
        const search = encodePlan(plan, base);
        const decoded = decodePlan(search, base, known);
        expect(decoded.notices).toEqual([]);
        expect(decoded.plan).toEqual(plan);
        // And writing it again gives the same link.
        expect(encodePlan(decoded.plan, base)).toBe(search);
      }),
      { numRuns: RUNS },
    );
  });

  it('a valid link survives unknown keys appended to it', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(
          fc.tuple(
            hostileKeys.filter((k) => !KNOWN_KEYS.has(k)),
            hostileValue,
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (plan, extra) => {
          const search = `${encodePlan(plan, defaults)}&${new URLSearchParams(extra).toString()}`;
          const decoded = decodePlan(search, defaults, known);
          expect(decoded.plan).toEqual(plan);
          expect(decoded.notices.map((n) => n.kind)).toEqual(['unknown-params']);
        },
      ),
      { numRuns: 500 },
    );
  });
});
