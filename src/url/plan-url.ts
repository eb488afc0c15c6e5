import type { z } from 'zod';
import {
  ClusterInputSchema,
  PLAN_FORMAT_VERSION,
  type ClusterField,
  type ClusterInput,
  type PlanInput,
} from '../core/plan/plan-input';

/**
 * The plan in a link. One table maps short, readable query keys to plan fields; reading
 * validates each value on its own, so one bad value costs only that value.
 */
export const FORMAT_KEY = 'v';
export const RULES_KEY = 'rules';

interface ClusterParam<F extends ClusterField> {
  readonly key: string;
  readonly field: F;
  readonly schema: z.ZodType<ClusterInput[F]>;
  readonly numeric: boolean;
}

const param = <F extends ClusterField>(key: string, field: F, numeric = false): ClusterParam<F> => ({
  key,
  field,
  schema: ClusterInputSchema.shape[field] as unknown as z.ZodType<ClusterInput[F]>,
  numeric,
});

/** Every cluster parameter, in the order they are written. Documented in the README. */
export const CLUSTER_PARAMS = [
  param('s', 'servers', true),
  param('a', 'agents', true),
  param('ha', 'haMode'),
  param('ds', 'datastore'),
  param('disk', 'disk'),
  param('arch', 'arch'),
  param('dev', 'device'),
  param('role', 'serverWorkloads'),
  param('k3s', 'k3sVersion'),
] as const;

const KNOWN_KEYS = new Set<string>([FORMAT_KEY, RULES_KEY, ...CLUSTER_PARAMS.map((p) => p.key)]);

export type UrlNotice =
  | { readonly kind: 'unknown-params'; readonly names: readonly string[] }
  | { readonly kind: 'invalid-param'; readonly name: string; readonly value: string }
  | { readonly kind: 'newer-format'; readonly version: string };

export interface DecodedPlan {
  readonly plan: PlanInput;
  readonly notices: readonly UrlNotice[];
}

const MAX_SHOWN_VALUE = 60;
const shown = (value: string): string => (value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value);

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
    if (/^\d{1,4}$/.test(format) && Number(format) > PLAN_FORMAT_VERSION) notices.push({ kind: 'newer-format', version: format });
    else notices.push({ kind: 'invalid-param', name: FORMAT_KEY, value: shown(format) });
  }

  let rules = defaults.rules;
  const rulesValue = params.get(RULES_KEY);
  if (rulesValue !== null) {
    if (knownRules.includes(rulesValue)) rules = rulesValue;
    else notices.push({ kind: 'invalid-param', name: RULES_KEY, value: shown(rulesValue) });
  }

  const cluster: Record<string, unknown> = { ...defaults.cluster };
  for (const p of CLUSTER_PARAMS) {
    const raw = params.get(p.key);
    if (raw === null) continue;
    const value = p.numeric ? (/^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN) : raw;
    const parsed = p.schema.safeParse(value);
    if (parsed.success) cluster[p.field] = parsed.data;
    else notices.push({ kind: 'invalid-param', name: p.key, value: shown(raw) });
  }
  // Every field was either kept from the defaults or validated by its own schema above.
  return { plan: { rules, cluster: ClusterInputSchema.parse(cluster) }, notices };
}

/**
 * Writes a plan as a query string: the format version and the rules id always (the rules id
 * pins the answer), other values only where they differ from the defaults, in table order.
 */
export function encodePlan(plan: PlanInput, defaults: PlanInput): string {
  const params = new URLSearchParams();
  params.set(FORMAT_KEY, String(PLAN_FORMAT_VERSION));
  params.set(RULES_KEY, plan.rules);
  for (const p of CLUSTER_PARAMS) {
    const value = plan.cluster[p.field];
    if (value !== defaults.cluster[p.field]) params.set(p.key, String(value));
  }
  return params.toString();
}
