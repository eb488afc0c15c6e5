import { z } from '../core/model/zod';
import { PLAN_PARAMS, RULES_KEY, type PlanParam } from '../url/plan-url';
import { LANG_KEY } from '../i18n/locale';

/** The command line's own options (not plan fields): the inputs, the outputs, the language. */
export const VALUE_OPTIONS = ['link', 'plan', RULES_KEY, 'out', 'site', LANG_KEY] as const;
export const FLAG_OPTIONS = ['json', 'help'] as const;
export type ValueOption = (typeof VALUE_OPTIONS)[number];
export type FlagOption = (typeof FLAG_OPTIONS)[number];

/**
 * The optional sections, whose fields are named after their section (workload planning, backups,
 * the upgrade, the machines, the air gap): `--machines-server`, not a `--server` beside `--servers`.
 */
const PREFIXED_SECTIONS: ReadonlySet<PlanParam['section']> = new Set([
  'workloads',
  'backup',
  'upgrade',
  'machines',
  'airgap',
]);

/** A field's name in kebab case, units as one word: boardMemoryGiB → board-memory-gib, nodeMaskV4 → node-mask-v4. */
const kebab = (name: string): string =>
  name
    .replace(/([GM])iB/g, '$1ib')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/**
 * A plan option: the link key as a short name (`--ha`), and the field as a long one (`--ha-mode`).
 * Both come from the link codec's table (PLAN_PARAMS), so the command line has no list of its own.
 */
export interface PlanOption {
  readonly param: PlanParam;
  /** The field in kebab case, prefixed with its section for the optional planning sections. */
  readonly name: string;
  readonly key: string;
}

export const PLAN_OPTIONS: readonly PlanOption[] = PLAN_PARAMS.map((param) => ({
  param,
  key: param.key,
  name: PREFIXED_SECTIONS.has(param.section)
    ? `${param.section}-${kebab(param.field).replace(new RegExp(`^${param.section}-`), '')}`
    : kebab(param.field),
}));

const PLAN_OPTION_BY_NAME: ReadonlyMap<string, PlanOption> = new Map(
  PLAN_OPTIONS.flatMap((o) => [
    [o.name, o],
    [o.key, o],
  ]),
);

/** What a plan field's schema accepts, read from its JSON Schema: whole-number limits, the choices, a list's choices. */
export interface ValueShape {
  readonly min: number | null;
  readonly max: number | null;
  readonly values: readonly string[] | null;
  /** A list's items' choices (`--workloads-shapes`). */
  readonly items: readonly string[] | null;
}

interface JsonSchemaPart {
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly enum?: unknown;
  readonly const?: unknown;
  readonly anyOf?: unknown;
  readonly items?: unknown;
}

/** The choices a schema part names: its enum, its const, or those of the parts it unites (`best` or a shape). */
function choices(part: unknown): string[] | null {
  if (part === null || typeof part !== 'object') return null;
  const json = part as JsonSchemaPart;
  const scalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
  if (Array.isArray(json.enum)) return json.enum.filter(scalar).map(String);
  if (scalar(json.const)) return [String(json.const)];
  if (!Array.isArray(json.anyOf)) return null;
  const parts = json.anyOf.map(choices);
  return parts.every((x) => x !== null) ? parts.flat() : null;
}

export function valueShape(param: PlanParam): ValueShape {
  const json = z.toJSONSchema(param.schema, { unrepresentable: 'any' }) as JsonSchemaPart;
  const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);
  return {
    min: num(json.minimum),
    max: num(json.maximum),
    values: choices(json),
    items: param.encoding === 'list' ? choices(json.items) : null,
  };
}

export interface ParsedArgs {
  readonly values: Partial<Record<ValueOption, string>>;
  readonly flags: ReadonlySet<FlagOption>;
  /** Plan options in the order given: the option as typed, its parameter, its value. */
  readonly plan: readonly { readonly typed: string; readonly option: PlanOption; readonly value: string }[];
}

export type ArgsProblem =
  | { readonly kind: 'unknown-option'; readonly option: string; readonly similar: readonly string[] }
  | { readonly kind: 'missing-value'; readonly option: string }
  | { readonly kind: 'repeated-option'; readonly option: string };

export type ArgsResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly problem: ArgsProblem };

/** The section-prefixed options an unknown name is the bare form of: `--server` → `--machines-server`. */
const similarOptions = (name: string): string[] =>
  PLAN_OPTIONS.filter((o) => o.name === `${o.param.section}-${name}`).map((o) => `--${o.name}`);

const isValueOption = (name: string): name is ValueOption => (VALUE_OPTIONS as readonly string[]).includes(name);
const isFlagOption = (name: string): name is FlagOption => (FLAG_OPTIONS as readonly string[]).includes(name);

/**
 * Reads `--name value` and `--name=value` (and `-h`). Every option is known or refused; none may
 * be given twice (a plan option by its key and by its name counts as the same option).
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<FlagOption>();
  const plan: { typed: string; option: PlanOption; value: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    const m = /^--([a-z0-9][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(arg);
    const name = m?.[1];
    if (!m || name === undefined) return { ok: false, problem: { kind: 'unknown-option', option: arg, similar: [] } };
    const typed = `--${name}`;
    const inline = m[2];
    if (isFlagOption(name)) {
      if (inline !== undefined) return { ok: false, problem: { kind: 'unknown-option', option: arg, similar: [] } };
      flags.add(name);
      continue;
    }
    const planOption = PLAN_OPTION_BY_NAME.get(name);
    if (!isValueOption(name) && !planOption)
      return { ok: false, problem: { kind: 'unknown-option', option: typed, similar: similarOptions(name) } };
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        return { ok: false, problem: { kind: 'missing-value', option: typed } };
      value = next;
      i++;
    }
    const id = planOption ? planOption.key : name;
    if (seen.has(id)) return { ok: false, problem: { kind: 'repeated-option', option: typed } };
    seen.add(id);
    if (isValueOption(name)) values[name] = value;
    else if (planOption) plan.push({ typed, option: planOption, value });
  }
  return { ok: true, args: { values, flags, plan } };
}
