import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCount } from '../core/model/count';
import { defaultPlanInput } from '../core/model/plan-input';
import type { Rules } from '../core/model/rules';
import { computePlan } from '../core/plan/compute-plan';
import { planDay2Of } from '../core/plan/plan-day2';
import { planFiles } from '../core/plan/plan-files';
import { buildPlanJson, PLAN_SCHEMA_PATH } from '../export/plan-json';
import { DAY2_TEXTS } from '../i18n/day2-text';
import type { Catalog } from '../i18n/en';
import { fileTexts } from '../i18n/file-texts';
import { countErrorText } from '../i18n/finding-text';
import type { Formatter } from '../i18n/format';
import { LANG_KEY, withLang } from '../i18n/locale';
import { isLocale, LOCALES, type Locale } from '../i18n/types';
import { importPlanJson } from '../url/plan-import';
import { decodePlan, encodePlan, FORMAT_KEY, RULES_KEY, type UrlNotice } from '../url/plan-url';
import { PLAN_OPTIONS, parseArgs, valueShape, type ArgsProblem, type PlanOption } from './options';
import { readRulesFile, readRulesIndexFile } from './rules-files';
import { planSummary } from './summary';
import { EXIT } from './exit';
import { usage } from './usage';
import { formEntry, wordsFor, type Words } from './words';

/** Where the command line writes and reads: injected, so tests run it without a process of its own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder of the rules files: index.json and one JSON per edition (public/data/rules/). */
  readonly rulesDir: string;
}

/** The page's address when the input names none: the development server of this checkout (npm start). */
export const DEFAULT_SITE = 'http://127.0.0.1:5173/';

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
      return t.errors.unknownOption({ option: p.option }, f);
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

/**
 * The command line: reads the plan from a link, a JSON plan or named options, computes it with the
 * page's core and rules, and prints a summary or the JSON plan, or writes the files. Returns the exit status.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let w = wordsFor(askedLocale(argv));
  let { m, t, f } = w;
  const fail = (...messages: string[]): number => {
    io.stderr(`${[...messages, t.errors.badInput].join('\n')}\n`);
    return EXIT.badInput;
  };

  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(argsProblemText(parsed.problem, w));
  const { values, flags, plan: planArgs } = parsed.args;
  if (flags.has('help')) {
    io.stdout(usage(w));
    return EXIT.ok;
  }
  if (values.lang !== undefined && !isLocale(values.lang))
    return fail(
      t.errors.field(
        {
          label: m.preferences.language,
          option: `--${LANG_KEY}`,
          message: t.errors.notOneOf({ value: values.lang, values: LOCALES }, f),
        },
        f,
      ),
    );
  if (values.link !== undefined && values.plan !== undefined) return fail(t.errors.linkAndPlan);

  const index = await readRulesIndexFile(io.rulesDir);
  if (!index.ok) return fail(t.errors.rulesFile({ file: index.file, detail: index.detail }, f));
  const knownRules = index.value.files.map((x) => x.id);
  const defaults = defaultPlanInput(index.value.default);

  let site: string | null = null;
  let search = '';
  if (values.link !== undefined) {
    ({ site, search } = splitLink(values.link));
  } else if (values.plan !== undefined) {
    let text: string;
    try {
      text = await readFile(values.plan, 'utf8');
    } catch (cause) {
      return fail(t.errors.unreadable({ file: values.plan, detail: systemError(cause) }, f));
    }
    const imported = importPlanJson(text, knownRules);
    if (!imported.ok) {
      const message = m.toolbar.importErrors[imported.error]({ detail: imported.detail });
      return imported.error === 'invalid' ? fail(message, imported.detail) : fail(message);
    }
    // The plan's own link names the page it was planned on and its language.
    const ownLink = (JSON.parse(text) as { link?: unknown }).link;
    if (typeof ownLink === 'string') site = splitLink(ownLink).site;
    const lang = typeof ownLink === 'string' ? new URLSearchParams(splitLink(ownLink).search).get(LANG_KEY) : null;
    search = `?${encodePlan(imported.plan, defaults)}${lang !== null && isLocale(lang) ? `&${LANG_KEY}=${lang}` : ''}`;
  }
  if (values.site !== undefined) {
    const given = splitLink(values.site).site;
    if (given === null)
      return fail(
        t.errors.field(
          { label: t.summary.link, option: '--site', message: t.errors.invalidValue({ value: values.site }, f) },
          f,
        ),
      );
    site ??= given;
  }

  // The page's language: --lang, else the link's (the page takes the link's first), else English.
  const linkLang = new URLSearchParams(search).get(LANG_KEY);
  if (values.lang === undefined && linkLang !== null && isLocale(linkLang)) {
    w = wordsFor(linkLang);
    ({ m, t, f } = w);
  }

  const params = new URLSearchParams(search);
  if (values.rules !== undefined) {
    // A rules file's id, or an edition's name for its newest file that nothing supersedes.
    const current = index.value.files.filter((x) => x.edition === values.rules && x.supersededBy === undefined);
    const id = knownRules.includes(values.rules) ? values.rules : current.at(-1)?.id;
    if (id === undefined) return fail(t.errors.unknownRules({ value: values.rules, known: knownRules }, f));
    params.set(RULES_KEY, id);
  }
  for (const { option, value } of planArgs) params.set(option.key, value);

  // The same decoder as the page: what the page would drop or replace is refused here.
  const decoded = decodePlan(params.toString(), defaults, knownRules);
  if (decoded.notices.length > 0) {
    const typedOf = new Map(planArgs.map((a) => [a.option.key, a.typed]));
    return fail(
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
  const plan = decodePlan(canonical, defaults, knownRules).plan;

  const rulesRead = await readRulesFile(io.rulesDir, index.value, plan.rules);
  if (!rulesRead.ok) return fail(t.errors.rulesFile({ file: rulesRead.file, detail: rulesRead.detail }, f));
  const rules: Rules = rulesRead.value;
  const result = computePlan(plan, rules);
  const day2 = planDay2Of(result, rules);

  const page = site ?? DEFAULT_SITE;
  // The page writes its language into its address (src/i18n/i18n.tsx), so its JSON plan's link has it.
  const link = `${page}${withLang(`?${canonical}`, w.locale)}`;
  const json = `${JSON.stringify(buildPlanJson(result, rules, link, new URL(PLAN_SCHEMA_PATH, page).href), null, 2)}\n`;

  const out: string[] = [];
  if (values.out !== undefined) {
    const dir = values.out;
    const { servers, agents } = result.input.cluster;
    const files = [
      ...planFiles(result, rules, fileTexts(m, rules, link)).map((x) => ({ name: x.name, text: x.text, mode: x.mode })),
      // As the page names its download (src/export/download-plan.ts).
      { name: `k3s-plan-${String(servers)}-servers-${String(agents)}-agents.json`, text: json, mode: 0o644 },
    ];
    try {
      await mkdir(dir, { recursive: true });
      for (const file of files) {
        const path = join(dir, file.name);
        await writeFile(path, file.text, { mode: file.mode });
        // The umask may have taken bits off; the zip's mode is the mode.
        await chmod(path, file.mode);
      }
    } catch (cause) {
      return fail(t.errors.cannotWrite({ path: dir, detail: systemError(cause) }, f));
    }
    out.push(t.summary.wrote({ count: files.length, dir }, f));
  }

  if (flags.has('json')) {
    io.stdout(json);
    if (out.length > 0) io.stderr(`${out.join('\n')}\n`);
  } else {
    io.stdout(planSummary(result, day2?.findings ?? [], link, { m, t, d2: DAY2_TEXTS[w.locale], f }));
    if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
  }
  const errors = [...result.findings, ...(day2?.findings ?? [])].some((x) => x.severity === 'error');
  return errors ? EXIT.planErrors : EXIT.ok;
}
