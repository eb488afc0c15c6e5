import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCount } from '../core/model/count';
import { defaultPlanInput, type PlanInput } from '../core/model/plan-input';
import type { Rules, RulesIndex } from '../core/model/rules';
import { computePlan, type PlanResult } from '../core/plan/compute-plan';
import { planDay2Of } from '../core/plan/plan-day2';
import { planFiles } from '../core/plan/plan-files';
import { buildPlanJson, PLAN_SCHEMA_PATH, withMachines } from '../export/plan-json';
import { planMachines } from '../core/plan/plan-machines';
import { DAY2_TEXTS } from '../i18n/day2-text';
import type { Catalog } from '../i18n/en';
import { fileTexts } from '../i18n/file-texts';
import { countErrorText } from '../i18n/finding-text';
import type { Formatter } from '../i18n/format';
import { keepLang, LANG_KEY, withLang } from '../i18n/locale';
import { isLocale, LOCALES, type Locale } from '../i18n/types';
import { importPlanJson } from '../url/plan-import';
import { applyHaMode } from '../core/model/ha';
import { decodePlan, encodePlan, FORMAT_KEY, RULES_KEY, type UrlNotice } from '../url/plan-url';
import { PLAN_OPTIONS, parseArgs, valueShape, type ArgsProblem, type ParsedArgs, type PlanOption } from './options';
import { readMachineCatalog, readRulesFile, readRulesIndexFile } from './rules-files';
import { planSummary } from './summary';
import { DEFAULT_SITE, EXIT } from './constants';
import { usage } from './usage';
import { formEntry, wordsFor, type Words } from './words';

/** Where the command line writes and reads: injected, so tests run it without a process of its own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder of the rules files: index.json and one JSON per edition (public/data/rules/). */
  readonly rulesDir: string;
}

/** The language asked for, read before anything else so even a bad option is reported in it. */
function askedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value =
      arg === `--${LANG_KEY}`
        ? argv[i + 1]
        : arg.startsWith(`--${LANG_KEY}=`)
          ? arg.slice(`--${LANG_KEY}=`.length)
          : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return 'en';
}

function argsProblemText(p: ArgsProblem, { t, f }: Words): string {
  switch (p.kind) {
    case 'unknown-option':
      return t.errors.unknownOption({ option: p.option, similar: p.similar }, f);
    case 'missing-value':
      return t.errors.missingValue({ option: p.option }, f);
    case 'repeated-option':
      return t.errors.repeatedOption({ option: p.option }, f);
  }
}

/** What is wrong with a plan option's value, in the words the page uses for that field where it has them. */
function valueProblem(option: PlanOption, typed: string, raw: string, w: Words): string {
  const { m, t, f } = w;
  const entry = formEntry(option, w);
  const shape = valueShape(option.param);
  let message: string;
  const count =
    option.param.encoding === 'int' && shape.min !== null && shape.max !== null
      ? parseCount(raw, { min: shape.min, max: shape.max })
      : null;
  if (count && !count.ok) message = countErrorText(m.form.countErrors, count.error, f);
  else if (shape.values) message = t.errors.notOneOf({ value: raw, values: shape.values }, f);
  else if (option.param.encoding === 'bool') message = t.errors.notOneOf({ value: raw, values: ['1', '0'] }, f);
  else if (entry?.invalid) message = entry.invalid;
  else message = t.errors.invalidValue({ value: raw }, f);
  return t.errors.field({ label: entry?.label ?? typed, option: typed, message }, f);
}

function noticeText(n: UrlNotice, m: Catalog, f: Formatter): string {
  switch (n.kind) {
    case 'restored':
      return m.notices.restored;
    case 'unknown-params':
      return m.notices.unknownParams({ names: n.names }, f);
    case 'invalid-param':
      return m.notices.invalidParam({ name: n.name, value: n.value });
    case 'newer-format':
      return m.notices.newerFormat({ version: n.version });
  }
}

/** A file system error as its code (ENOENT, EACCES…): the same in every language. */
function systemError(cause: unknown): string {
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}

/** A link as given: a whole address (its page is the site) or only its query string. */
function splitLink(link: string): { site: string | null; search: string } {
  try {
    const url = new URL(link);
    if (url.protocol === 'http:' || url.protocol === 'https:')
      return { site: `${url.origin}${url.pathname}`, search: url.search };
  } catch {
    // Not an address: a query string.
  }
  const at = link.indexOf('?');
  const query = at >= 0 ? link.slice(at) : link;
  const hash = query.indexOf('#');
  return { site: null, search: hash >= 0 ? query.slice(0, hash) : query };
}

/** A step that either gives its value or the messages that refuse the input. */
type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly messages: readonly string[] };
const refuse = (...messages: string[]): { ok: false; messages: string[] } => ({ ok: false, messages });

/** Where the plan comes from: the link's query string and the page it names, if any. */
interface Source {
  readonly site: string | null;
  readonly search: string;
}

/** The input as a link: --link as given, or a JSON plan's input with its own link's page and language. */
async function readSource(
  values: ParsedArgs['values'],
  index: RulesIndex,
  defaults: PlanInput,
  { m, t, f }: Words,
): Promise<Step<Source>> {
  let source: Source = { site: null, search: '' };
  if (values.link !== undefined) {
    source = splitLink(values.link);
  } else if (values.plan !== undefined) {
    let text: string;
    try {
      text = await readFile(values.plan, 'utf8');
    } catch (cause) {
      return refuse(t.errors.unreadable({ file: values.plan, detail: systemError(cause) }, f));
    }
    const imported = importPlanJson(
      text,
      index.files.map((x) => x.id),
    );
    if (!imported.ok) {
      const message = m.toolbar.importErrors[imported.error]({ detail: imported.detail });
      return imported.error === 'invalid' ? refuse(message, imported.detail) : refuse(message);
    }
    // The plan's own link names the page it was planned on and its language.
    const ownLink = (JSON.parse(text) as { link?: unknown }).link;
    const own = typeof ownLink === 'string' ? splitLink(ownLink) : { site: null, search: '' };
    const lang = new URLSearchParams(own.search).get(LANG_KEY);
    source = {
      site: own.site,
      search: keepLang(`?${encodePlan(imported.plan, defaults)}`, `?${LANG_KEY}=${lang ?? ''}`),
    };
  }
  if (values.site !== undefined) {
    const given = splitLink(values.site).site;
    if (given === null)
      return refuse(
        t.errors.field(
          { label: t.summary.link, option: '--site', message: t.errors.invalidValue({ value: values.site }, f) },
          f,
        ),
      );
    source = { ...source, site: source.site ?? given };
  }
  return { ok: true, value: source };
}

/** The plan the page would plan from the source with the named options on top, or what the page would not take. */
function decodeInput(
  source: Source,
  args: ParsedArgs,
  index: RulesIndex,
  defaults: PlanInput,
  w: Words,
): Step<{ plan: PlanInput; canonical: string }> {
  const { m, t, f } = w;
  const knownRules = index.files.map((x) => x.id);
  const params = new URLSearchParams(source.search);
  const rulesArg = args.values.rules;
  if (rulesArg !== undefined) {
    // A rules file's id, or an edition's name for its newest file that nothing supersedes.
    const current = index.files.filter((x) => x.edition === rulesArg && x.supersededBy === undefined);
    const id = knownRules.includes(rulesArg) ? rulesArg : current.at(-1)?.id;
    if (id === undefined) return refuse(t.errors.unknownRules({ value: rulesArg, known: knownRules }, f));
    params.set(RULES_KEY, id);
  }
  for (const { option, value } of args.plan) params.set(option.key, value);

  // The same decoder as the page: what the page would drop or replace is refused here.
  const decoded = decodePlan(params.toString(), defaults, knownRules);
  if (decoded.notices.length > 0) {
    const typedOf = new Map(args.plan.map((a) => [a.option.key, a.typed]));
    return refuse(
      ...decoded.notices.map((n) => {
        if (n.kind !== 'invalid-param') return noticeText(n, m, f);
        const raw = params.get(n.name) ?? n.value;
        if (n.name === RULES_KEY) return t.errors.unknownRules({ value: raw, known: knownRules }, f);
        const option = PLAN_OPTIONS.find((o) => o.key === n.name);
        if (!option || n.name === FORMAT_KEY) return noticeText(n, m, f);
        return valueProblem(option, typedOf.get(n.name) ?? n.name, raw, w);
      }),
    );
  }
  // The page plans the canonical form of its link (src/url/use-plan-url.ts), and so does this.
  const canonical = encodePlan(decoded.plan, defaults);
  return { ok: true, value: { plan: decodePlan(canonical, defaults, knownRules).plan, canonical } };
}

/**
 * A named HA mode moves the datastore and the server count to the nearest values that fit it, as
 * choosing the mode in the form does (applyHaMode); a server count or a datastore named beside it
 * is kept as given.
 */
function withHaModeChoice(plan: PlanInput, args: ParsedArgs, rules: Rules): PlanInput {
  const named = new Set(args.plan.map((a) => a.option.param.field));
  if (!named.has('haMode')) return plan;
  const moved = applyHaMode(plan.cluster, plan.cluster.haMode, {
    embedded: rules.etcd.haMinServers,
    external: rules.externalDatastore.haMinServers,
  });
  return {
    ...plan,
    cluster: {
      ...moved,
      datastore: named.has('datastore') ? plan.cluster.datastore : moved.datastore,
      servers: named.has('servers') ? plan.cluster.servers : moved.servers,
    },
  };
}

/** Writes the zip's files with its modes, and the JSON plan under the page's download name; returns how many. */
async function writeFiles(dir: string, result: PlanResult, rules: Rules, link: string, json: string, w: Words) {
  const { servers, agents } = result.input.cluster;
  const files = [
    ...planFiles(result, rules, fileTexts(w.m, rules, link)).map((x) => ({ name: x.name, text: x.text, mode: x.mode })),
    // As the page names its download (src/export/download-plan.ts).
    { name: `k3s-plan-${String(servers)}-servers-${String(agents)}-agents.json`, text: json, mode: 0o644 },
  ];
  await mkdir(dir, { recursive: true });
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.text, { mode: file.mode });
    // The umask may have taken bits off; the zip's mode is the mode.
    await chmod(path, file.mode);
  }
  return files.length;
}

/** The arguments as far as they can be checked before the rules are read: null when they are good. */
function checkArgs(values: ParsedArgs['values'], { m, t, f }: Words): string | null {
  if (values.lang !== undefined && !isLocale(values.lang))
    return t.errors.field(
      {
        label: m.preferences.language,
        option: `--${LANG_KEY}`,
        message: t.errors.notOneOf({ value: values.lang, values: LOCALES }, f),
      },
      f,
    );
  if (values.link !== undefined && values.plan !== undefined) return t.errors.linkAndPlan;
  return null;
}

/**
 * The command line: reads the plan from a link, a JSON plan or named options, computes it with the
 * page's core and rules, and prints a summary or the JSON plan, or writes the files. Returns the exit status.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let w = wordsFor(askedLocale(argv));
  const fail = (messages: readonly string[]): number => {
    io.stderr(`${[...messages, w.t.errors.badInput].join('\n')}\n`);
    return EXIT.badInput;
  };

  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail([argsProblemText(parsed.problem, w)]);
  const { values, flags } = parsed.args;
  if (flags.has('help')) {
    io.stdout(usage(w));
    return EXIT.ok;
  }
  const problem = checkArgs(values, w);
  if (problem !== null) return fail([problem]);

  const index = await readRulesIndexFile(io.rulesDir);
  if (!index.ok) return fail([w.t.errors.rulesFile({ file: index.file, detail: index.detail }, w.f)]);
  const defaults = defaultPlanInput(index.value.default);
  const source = await readSource(values, index.value, defaults, w);
  if (!source.ok) return fail(source.messages);
  // The page's language: --lang, else the link's (the page takes the link's first), else English.
  const linkLang = new URLSearchParams(source.value.search).get(LANG_KEY);
  if (values.lang === undefined && linkLang !== null && isLocale(linkLang)) w = wordsFor(linkLang);
  const input = decodeInput(source.value, parsed.args, index.value, defaults, w);
  if (!input.ok) return fail(input.messages);
  const rulesRead = await readRulesFile(io.rulesDir, index.value, input.value.plan.rules);
  if (!rulesRead.ok) return fail([w.t.errors.rulesFile({ file: rulesRead.file, detail: rulesRead.detail }, w.f)]);
  const rules = rulesRead.value;
  const plan = withHaModeChoice(input.value.plan, parsed.args, rules);
  const canonical = plan === input.value.plan ? input.value.canonical : encodePlan(plan, defaults);
  const result = computePlan(plan, rules);
  const day2 = planDay2Of(result, rules);
  const page = source.value.site ?? DEFAULT_SITE;
  // The page writes its language into its address (src/i18n/i18n.tsx), so its JSON plan's link has it.
  const link = `${page}${withLang(`?${canonical}`, w.locale)}`;
  // The page's download adds the machines from the catalog the plan names (src/export/download-plan.ts).
  const catalog = await readMachineCatalog(io.rulesDir, plan.machines.catalog);
  if (!catalog.ok) return fail([w.t.errors.rulesFile({ file: catalog.file, detail: catalog.detail }, w.f)]);
  const planJson = buildPlanJson(result, rules, link, new URL(PLAN_SCHEMA_PATH, page).href);
  const machines = planMachines(result, catalog.value, rules);
  const json = `${JSON.stringify(withMachines(planJson, machines, result, rules), null, 2)}\n`;

  let wrote: string | null = null;
  if (values.out !== undefined) {
    try {
      wrote = w.t.summary.wrote(
        { count: await writeFiles(values.out, result, rules, link, json, w), dir: values.out },
        w.f,
      );
    } catch (cause) {
      return fail([w.t.errors.cannotWrite({ path: values.out, detail: systemError(cause) }, w.f)]);
    }
  }
  if (flags.has('json')) {
    io.stdout(json);
    if (wrote !== null) io.stderr(`${wrote}\n`);
  } else {
    const summaryTexts = { m: w.m, t: w.t, d2: DAY2_TEXTS[w.locale], f: w.f };
    io.stdout(planSummary(result, day2?.findings ?? [], link, summaryTexts));
    if (wrote !== null) io.stdout(`${wrote}\n`);
  }
  const errors = [...result.findings, ...(day2?.findings ?? [])].some((x) => x.severity === 'error');
  return errors ? EXIT.planErrors : EXIT.ok;
}
