import { z } from '../core/model/zod';
import type { PlanInput } from '../core/model/plan-input';
import { MAX_COMPARED_PLANS } from '../core/plan/compare-plans';
import { LANG_KEY } from '../i18n/locale';
import { COMPARE_KEY, decodePlan, encodePlan, type UrlNotice } from './plan-url';

/**
 * The plans compared with this one, in the link (docs/decisions/026-comparing-plans.md). The link's
 * own keys stay this plan's, exactly as in a single-plan link; each other plan is one `cmp`
 * parameter holding that plan's whole query string (`v`, `rules` and its keys), percent-encoded.
 * A link without `cmp` is the single-plan link it always was.
 */
export const MAX_VARIANTS = MAX_COMPARED_PLANS - 1;

/**
 * A variant's query string: the same keys as a link, read by decodePlan. Every valid plan fits (its
 * free-text fields, percent-encoded, come to well under this); a longer value is refused whole.
 */
const MAX_VARIANT_QUERY = 200_000;
export const CompareParamsSchema = z.array(z.string().check(z.maxLength(MAX_VARIANT_QUERY)));

export interface DecodedComparison {
  /** The other plans, in link order; empty for a single-plan link. */
  readonly variants: readonly PlanInput[];
  /** What was ignored, each key named `cmp<column>.<key>` (column 2 is the first compared plan). */
  readonly notices: readonly UrlNotice[];
}

const named = (column: number, name: string) => `${COMPARE_KEY}${String(column)}.${name}`;

function relabel(column: number, n: UrlNotice): UrlNotice {
  switch (n.kind) {
    case 'unknown-params':
      return { kind: 'unknown-params', names: n.names.map((k) => named(column, k)) };
    case 'invalid-param':
      return { ...n, name: named(column, n.name) };
    default:
      return n;
  }
}

/** Reads the compared plans of a link. Never throws: what cannot be read is reported and left out. */
export function decodeComparison(
  search: string,
  defaults: PlanInput,
  knownRules: readonly string[],
): DecodedComparison {
  const all = new URLSearchParams(search).getAll(COMPARE_KEY);
  const notices: UrlNotice[] = [];
  const parsed = CompareParamsSchema.safeParse(all);
  const values = parsed.success ? all : all.filter((v) => v.length <= MAX_VARIANT_QUERY);
  if (!parsed.success || values.length > MAX_VARIANTS)
    notices.push({ kind: 'invalid-param', name: COMPARE_KEY, value: String(all.length) });
  const variants = values.slice(0, MAX_VARIANTS).map((value, i) => {
    const inner = new URLSearchParams(value);
    // A compared plan is a plan: the page's language and further comparisons belong to the link.
    inner.delete(LANG_KEY);
    inner.delete(COMPARE_KEY);
    const decoded = decodePlan(inner.toString(), defaults, knownRules);
    notices.push(...decoded.notices.map((n) => relabel(i + 2, n)));
    return decoded.plan;
  });
  return { variants, notices };
}

/** The link of a comparison: this plan's keys as a single-plan link writes them, then one `cmp` per other plan. */
export function encodeComparison(plan: PlanInput, variants: readonly PlanInput[], defaults: PlanInput): string {
  const params = new URLSearchParams(encodePlan(plan, defaults));
  for (const v of variants.slice(0, MAX_VARIANTS)) params.append(COMPARE_KEY, encodePlan(v, defaults));
  return params.toString();
}
