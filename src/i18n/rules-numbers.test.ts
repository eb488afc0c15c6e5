import { describe, expect, it } from 'vitest';
import { findingText } from './finding-text';
import { RulesSchema, type Rules } from '../core/model/rules';
import { planInput, seedRules, upstreamRules } from '../core/testing/fixtures';
import type { PlanInput } from '../core/model/plan-input';
import {
  CATALOGS,
  formatterFor,
  renderedTexts,
  samplePlans,
  type RenderedText,
  type RulesPair,
} from './testing/rendered-texts';
import { LOCALES, type Locale } from './types';

/**
 * No message may state a number the rules files hold ("3 or more servers" where the rules hold
 * etcd.haMinServers): it must come in as a parameter, so the text follows the rules. The test
 * renders every message (each function with its sample parameters, the findings of the hand-built
 * and random plans, the generated files' comments) with copies of the rules files in which every
 * such number is altered, and then looks for the old numbers: one that is still printed, and that
 * the message's own parameters do not explain, was written into the message. Decision 022 lists
 * what is watched and the numbers that may stay.
 */

// ---------------------------------------------------------------------------------------------
// The altered rules: every number a message could state, changed to a value no message could
// print by accident (and whose neighbours are no original value either).

/** Every K3s version the rules hold, on a minor line 40 higher: ordering kept, 1.27 becomes 1.67. */
const shiftVersion = (v: string): string =>
  v.replace(/^v1\.(\d+)\./, (_, minor: string) => `v1.${String(Number(minor) + 40)}.`);
/** OS releases 60 majors higher: 8.4 → 68.4, 21.10 → 81.10. */
const shiftOsVersion = (v: string): string => v.replace(/^\d+/, (major) => String(Number(major) + 60));
/** K3s's own ranges, moved: 10.42.0.0/16 → 10.52.0.0/16, fd00:42::/56 → fd00:52::/56. */
const shiftRanges = (cidrs: string): string =>
  cidrs.replace(/(^|,)10\.4([23])\./g, '$110.5$2.').replace(/:4([23])::/g, ':5$1::');

function alterRules(original: Rules): Rules {
  const r = structuredClone(original) as { -readonly [K in keyof Rules]: Rules[K] } & Rules;
  const ports = [
    ...r.ports.inbound.flatMap((p) => [p.from, p.to]),
    ...r.ports.local.map((p) => p.port),
    r.ports.externalDatastore.mysql,
    r.ports.externalDatastore.mariadb,
    r.ports.externalDatastore.postgres,
    r.ports.externalDatastore['external-etcd'],
    ...(r.ports.externalEtcdPeers ? [r.ports.externalEtcdPeers.port] : []),
    r.install.supervisorPort,
    r.registration.clientLoadBalancerPort,
  ];
  // One new port per old one, in the same order, so ranges (2379-2380) and shared ports (6443) hold.
  const portMap = new Map([...new Set(ports)].sort((a, b) => a - b).map((p, i) => [p, 60_001 + i]));
  const port = (p: number): number => portMap.get(p) ?? p;
  for (const p of r.ports.inbound) Object.assign(p, { from: port(p.from), to: port(p.to) });
  for (const p of r.ports.local) Object.assign(p, { port: port(p.port) });
  const db = r.ports.externalDatastore;
  Object.assign(db, {
    mysql: port(db.mysql),
    mariadb: port(db.mariadb),
    postgres: port(db.postgres),
    'external-etcd': port(db['external-etcd']),
  });
  if (r.ports.externalEtcdPeers) r.ports.externalEtcdPeers.port = port(r.ports.externalEtcdPeers.port);
  r.install.supervisorPort = port(r.install.supervisorPort);
  r.registration.clientLoadBalancerPort = port(r.registration.clientLoadBalancerPort);

  Object.assign(r.etcd, { haMinServers: 41, recommendedMaxMembers: 47 });
  Object.assign(r.etcd.quotaMiB, { default: 21 * 1024, suggestedMax: 39 * 1024 });
  Object.assign(r.etcd.snapshots, { intervalHours: 19, retention: 27 });
  r.externalDatastore.haMinServers = 37;
  Object.assign(r.cluster, { largeAboveNodes: 29, joinBatchMaxAgents: 31 });
  Object.assign(r.cluster.kubernetesLimits, { maxNodes: 7919, maxPodsPerNode: 97, maxPods: 123_457 });
  const sizing = r.serverSizing.haScaling;
  if (sizing) {
    Object.assign(sizing, { minServers: 43, agentFactor: 1.7 });
    if (sizing.workedExample) Object.assign(sizing.workedExample, { baseAgents: 907, scaledAgents: 1213 });
  }
  const io = new Map([
    [5, 27],
    [10, 33],
    [50, 59],
    [250, 257],
    [500, 503],
  ]);
  for (const row of r.profiling.datastoreIo)
    Object.assign(row, {
      iops: io.get(row.iops) ?? row.iops,
      kibPerSecond: io.get(row.kibPerSecond) ?? row.kibPerSecond,
      maxLatencyMs: io.get(row.maxLatencyMs) ?? row.maxLatencyMs,
    });
  Object.assign(r.lowPowerBoard, { vcpu: 14, memoryMiB: 14 * 1024 });
  r.kubelet.evictionHardMemoryMiB = 137;

  const net = r.network;
  Object.assign(net.defaults, {
    clusterCidr: shiftRanges(net.defaults.clusterCidr),
    serviceCidr: shiftRanges(net.defaults.serviceCidr),
    nodeMaskV4: 27,
    nodeMaskV6: 70,
    maxPods: 97,
    clusterDnsOffset: 53,
  });
  for (const ex of [net.examples.dualStack, net.examples.ipv6Only, ...(net.ipv6Defaults ? [net.ipv6Defaults] : [])])
    Object.assign(ex, { clusterCidr: shiftRanges(ex.clusterCidr), serviceCidr: shiftRanges(ex.serviceCidr) });
  Object.assign(net.serviceCidrMaxPrefix, { ipv4: 14, ipv6: 106 });
  net.ipv6NodeMaskMaxGap.bits = 20;

  for (const g of r.versionGates) Object.assign(g, { since: g.since.map(shiftVersion) });
  r.releases.channels = {
    stable: shiftVersion(r.releases.channels.stable),
    latest: shiftVersion(r.releases.channels.latest),
  };
  r.releases.known = r.releases.known.map(shiftVersion);
  r.profiling.k3sVersion = shiftVersion(r.profiling.k3sVersion);
  for (const step of r.osSteps) {
    if (step.when.versionFrom !== undefined) step.when.versionFrom = shiftOsVersion(step.when.versionFrom);
    if (step.when.versionBelow !== undefined) step.when.versionBelow = shiftOsVersion(step.when.versionBelow);
  }
  // Still a valid rules file: the app would load it.
  return RulesSchema.parse(r);
}

const ALTERED: RulesPair = { seed: alterRules(seedRules), upstream: alterRules(upstreamRules) };

/** Plans that reach, under the altered rules, the findings the shipped rules reach with the hand-built plans. */
const ALTERED_PLANS: readonly PlanInput[] = [ALTERED.seed, ALTERED.upstream].flatMap((rules) => [
  // More members than the altered suggested maximum.
  planInput({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 49 }, rules),
  // K3s's own (altered) ranges, which the LAN check names.
  planInput({}, rules, {
    network: { clusterCidr: rules.network.defaults.clusterCidr, serviceCidr: rules.network.defaults.serviceCidr },
  }),
  // Beyond the altered join batch, and a release of the altered lines.
  planInput({ agents: 200, k3sVersion: rules.releases.channels.stable }, rules),
  // An IPv6 node mask further from the cluster prefix than the altered gap allows.
  planInput({}, rules, {
    network: { ipFamily: 'ipv6', clusterCidr: '2001:db8::/40', serviceCidr: 'fd00:53::/112', nodeMaskV6: 64 },
  }),
]);

// ---------------------------------------------------------------------------------------------
// Reading numbers out of text.

/**
 * The numbers, ranges and versions a text prints, as comparable strings: "5000" for 5,000, "1.27"
 * and "v1.27.0+k3s1" for a version, "10.42.0.0/16" for a range. Digits inside a word (IPv4, k3s,
 * x86_64, 4k) are not numbers.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  // Grouped thousands: 150,000 → 150000 (a comma followed by exactly three digits).
  // Powers (2⁷²) are not numbers of their own.
  const plain = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/\d+[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ' ');
  for (const raw of plain.match(/[0-9A-Za-z.:/+_=-]+/g) ?? []) {
    const word = raw.replace(/[.:]+$/, '');
    if ((word.match(/:/g) ?? []).length >= 2 && /^[0-9a-f:]+(\/\d{1,3})?$/i.test(word)) {
      out.push(word.toLowerCase()); // an IPv6 address or range
      continue;
    }
    let rest = word;
    const v4 = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?/.exec(rest);
    if (v4) {
      out.push(v4[0]);
      rest = rest.slice(v4[0].length);
    }
    for (const m of rest.matchAll(/v?\d+\.\d+\.\d+(?:\+k3s\d+)?|v?\d+\.\d+|\d+/g)) {
      const before = rest[m.index - 1] ?? '';
      const after = rest[m.index + m[0].length] ?? '';
      // Not part of a word: IPv4, k3s, x86_64, 4k.
      if (/[A-Za-z_]/.test(before) || /[A-Za-z_0-9]/.test(after)) continue;
      out.push(/^\d+$/.test(m[0]) ? String(Number(m[0])) : m[0]);
    }
  }
  return out;
}

/** How a version can be printed: v1.27.0+k3s1, v1.27.0, 1.27.0, v1.27, 1.27. */
function versionForms(v: string): string[] {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return [v];
  const [, major = '', minor = '', patch] = m;
  const line = `${major}.${minor}`;
  return [v, `v${line}`, line, ...(patch === undefined ? [] : [`v${line}.${patch}`, `${line}.${patch}`])];
}

/** A number as a message may print it: itself, in GB if it is MiB, in vCPU if it is millicores, as a percent share. */
function numberForms(n: number, mib = false): string[] {
  const forms = [String(n)];
  const nice = (x: number) => Number.isInteger(x * 10);
  if (mib && nice(n / 1024)) forms.push(String(n / 1024));
  return forms;
}

interface Watched {
  readonly path: string;
  readonly forms: readonly string[];
}

/** Each leaf the alteration changed, with the forms its original value can be printed in. */
function watchedLeaves(original: unknown, altered: unknown, path = ''): Watched[] {
  if (Array.isArray(original) && Array.isArray(altered))
    return original.flatMap((o: unknown, i) => watchedLeaves(o, altered[i], `${path}[${String(i)}]`));
  if (original !== null && typeof original === 'object' && altered !== null && typeof altered === 'object')
    return Object.entries(original).flatMap(([k, o]) =>
      watchedLeaves(o, (altered as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  if (original === altered) return [];
  if (typeof original === 'number') {
    const forms = numberForms(original, /MiB/.test(path));
    // A scaling factor is printed as the share it adds: 1.5 → 50%.
    if (/agentFactor/.test(path)) forms.push(String(Math.round((original - 1) * 100)));
    return [{ path, forms }];
  }
  if (typeof original === 'string')
    return [
      {
        path,
        forms: original.split(',').flatMap((part) => (/^v?\d+\.\d+/.test(part) ? versionForms(part) : tokens(part))),
      },
    ];
  return [];
}

const WATCHED: readonly Watched[] = [
  ...watchedLeaves(seedRules, ALTERED.seed, 'seed'),
  ...watchedLeaves(upstreamRules, ALTERED.upstream, 'upstream'),
];
const ORIGINAL = new Map<string, string[]>();
for (const w of WATCHED) for (const form of w.forms) ORIGINAL.set(form, [...(ORIGINAL.get(form) ?? []), w.path]);

/** Everything a message's own parameters can print: their numbers (in GB, vCPU or percent too), ranges and versions. */
function explained(params: unknown, out = new Set<string>()): Set<string> {
  if (typeof params === 'number') {
    for (const form of numberForms(params, true)) out.add(form);
    out.add(String(params / 1000));
    out.add(String(Math.round(params * 100)));
  } else if (typeof params === 'bigint') out.add(String(params));
  else if (typeof params === 'string') {
    for (const t of tokens(params)) {
      out.add(t);
      for (const form of versionForms(t)) out.add(form);
      if (/^\d+$/.test(t)) explained(Number(t), out);
    }
  } else if (Array.isArray(params)) {
    // A list's length is printed as a count of its items ("takes 3 upgrades: …").
    out.add(String(params.length));
    for (const p of params) explained(p, out);
  } else if (params !== null && typeof params === 'object') for (const p of Object.values(params)) explained(p, out);
  return out;
}

/**
 * Numbers that are not rules numbers, blanked out before the check. Each entry says why it stays
 * (decision 022), and each must still be needed: an entry nothing matches fails the test.
 */
interface Allowed {
  readonly pattern: RegExp;
  readonly where?: RegExp;
  readonly why: string;
}
const ALLOWED: readonly Allowed[] = [
  {
    pattern: /\d+ vCPU \/ \d+ GB|(Raspberry Pi|树莓派) 4(, |（)8 GB|(Your shape|独自のマシンタイプ|自定义规格) \d/,
    why: 'agent shape names: the presets and slots of src/core/workloads/shapes, named by their size',
  },
  { pattern: /Raspberry Pi [45]\b|Pi [45]\b|树莓派 [45]\b|x86-64/, why: 'product and architecture names' },
  {
    pattern: /\d+/,
    where: /^form\.boardMemory\.help$/,
    why: 'the memory the boards are sold with (Raspberry Pi 4: 1 to 8 GB; Pi 5: up to 16 GB)',
  },
  { pattern: /\d+/, where: /^presets\.items\./, why: 'what a preset plan holds (src/core/model/presets), not a rule' },
  {
    pattern: /\d+(\.\d+)?/,
    where: /^(form\.(countErrors\.not-a-number|osVersion\.)|day2\.upgrade\.fields\.(from|to)\.invalid)/,
    why: 'examples of what to type (a count, OS releases, K3s versions)',
  },
  {
    pattern: /v\d+\.\d+\.\d+\+k3s\d+/,
    where: /^findings\.messages\.version\.unknown-line\.fix$/,
    why: 'an example of an exact release',
  },
  {
    pattern: /5 members already survive 2 failures|メンバーが5台あれば2台|5 个成员已可容忍 2 个/,
    where: /^findings\.messages\.etcd\.too-many-members\.why$/,
    why: 'the etcd FAQ’s own example of quorum arithmetic',
  },
  {
    pattern: /accept_ra(=| is |が| 为 )2/,
    why: 'a kernel setting’s value (net.ipv6.conf.all.accept_ra=2), not a rule',
  },
  { pattern: /layer-2|レイヤー2/, why: 'the network layer (OSI layer 2)' },
  {
    pattern: /\d{4} ?年 ?\d{1,2} ?月( ?\d{1,2} ?日)?|\d{4}-\d{2}\b/,
    why: 'dates of past releases, in sentences about history',
  },
  { pattern: /N\+\d/, why: 'spare-capacity notation (N+1)' },
  { pattern: /Day 2/, why: 'the name of the operations phase after installation' },
  {
    pattern: /\d+|\*\/\d+|@every \d+h/,
    where: /^day2\.backup\.fields\.schedule\.invalid$/,
    why: 'the cron syntax K3s accepts: five fields, with an example',
  },
  { pattern: /\(n\/2\)\+1/, why: 'the majority formula of etcd’s quorum' },
  {
    pattern: /(?<![\d.])\d(つ|番目|台目|行)/,
    why: 'the page’s own items counted with the generic Japanese counters: two editions, two ranges, two nodes, the second node, the second argument, three shapes of your own, three control-plane options, the two lines of a file',
  },
];

/** Texts that are history: what a newer rules file corrected in an older one, both published and never changed. */
const HISTORY = /^superseded\.corrections\./;

interface HardCoded {
  readonly where: string;
  readonly number: string;
  readonly paths: readonly string[];
  readonly text: string;
}

/** Each rules number a text prints that its parameters do not explain. */
function hardCoded(texts: readonly RenderedText[], used = new Set<Allowed>()): HardCoded[] {
  const out: HardCoded[] = [];
  for (const t of texts) {
    if (HISTORY.test(t.where)) continue;
    let text = t.text;
    for (const a of ALLOWED) {
      if (a.where && !a.where.test(t.where)) continue;
      const blanked = text.replace(new RegExp(a.pattern.source, `${a.pattern.flags.replace('g', '')}g`), ' ');
      if (blanked !== text) used.add(a);
      text = blanked;
    }
    // The same text rendered from several parameter sets: each of them must explain its numbers.
    const known = (t.params ?? [undefined]).map((p) => explained(p));
    for (const token of tokens(text)) {
      const paths = ORIGINAL.get(token);
      if (paths && known.some((k) => !k.has(token))) out.push({ where: t.where, number: token, paths, text: t.text });
    }
  }
  return out;
}

const describeHits = (hits: readonly HardCoded[]): string[] =>
  [...new Set(hits.map((h) => `${h.where}: ${h.number} (${h.paths.slice(0, 3).join(', ')}) in «${h.text}»`))].sort();

const rendered = Object.fromEntries(
  LOCALES.map((l) => [l, renderedTexts(l, { rules: ALTERED, plans: ALTERED_PLANS })]),
) as Record<Locale, RenderedText[]>;

describe('no rules number is written into a message', () => {
  it('the altered rules change every watched value to one that is no original value', () => {
    expect(WATCHED.length).toBeGreaterThan(100);
    const altered = [
      ...watchedLeaves(ALTERED.seed, seedRules, 'seed'),
      ...watchedLeaves(ALTERED.upstream, upstreamRules, 'upstream'),
    ];
    expect(altered.length).toBe(WATCHED.length);
    const clashes = altered.flatMap((w) =>
      w.forms.filter((form) => [...explained(form)].some((x) => ORIGINAL.has(x))).map((form) => `${w.path}: ${form}`),
    );
    expect(clashes).toEqual([]);
  });

  it.each(LOCALES)('%s: every message still renders under the altered rules', (locale) => {
    const shipped = new Set(renderedTexts(locale).map((t) => t.where));
    const altered = new Set(rendered[locale].map((t) => t.where));
    expect([...shipped].filter((w) => !altered.has(w))).toEqual([]);
  });

  it.each(LOCALES)('%s: every number the rules hold follows the rules', (locale) => {
    expect(describeHits(hardCoded(rendered[locale]))).toEqual([]);
  });

  it('every allowed number is still needed', () => {
    const used = new Set<Allowed>();
    for (const locale of LOCALES) hardCoded(rendered[locale], used);
    expect(ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.pattern.source}: ${a.why}`)).toEqual([]);
  });

  it('catches a hard-coded "3 or more servers" (probe)', () => {
    const sqlite = samplePlans(300, ALTERED, ALTERED_PLANS)
      .flatMap((r) => r.findings)
      .find((x) => x.code === 'topology.sqlite-multi-server' && x.params.servers > 5);
    if (!sqlite) throw new Error('no SQLite plan with more than five servers among the sample plans');
    const f = formatterFor('en');
    const fixed = findingText(CATALOGS.en.findings.messages, sqlite, f).fix;
    const probe: RenderedText = {
      where: 'probe',
      text: 'Use 1 server with SQLite, or choose HA with embedded etcd (3 or more servers) or HA with an external datastore (2 or more servers).',
      params: [sqlite.params],
    };
    expect(hardCoded([probe]).map((h) => [h.number, h.paths.includes('seed.etcd.haMinServers')])).toEqual([
      ['3', true],
      ['2', false],
    ]);
    expect(hardCoded([{ ...probe, text: fixed }])).toEqual([]);
  });

  it('reads numbers as they are printed', () => {
    expect(tokens('Kubernetes is designed for at most 5,000 nodes, 110 pods per node')).toEqual(['5000', '110']);
    expect(tokens('IPv4 and x86_64 on k3s, 4k pages, s390x')).toEqual([]);
    expect(tokens('such as 10.42.0.0/16,fd00:42::/56; before 1.27 (v1.27.0+k3s1), on 127.0.0.1:6444')).toEqual([
      '10.42.0.0/16',
      'fd00:42::/56',
      '1.27',
      'v1.27.0+k3s1',
      '127.0.0.1',
      '6444',
    ]);
    expect(tokens('サーバー3台以上、ポート8472/udp、/24ノード')).toEqual(['3', '8472', '24']);
  });
});
