import { z } from '../core/model/zod';
import { PLAN_FORMAT_VERSION, PlanInputSchema, type PlanInput } from '../core/model/plan-input';

export type ImportResult =
  | { readonly ok: true; readonly plan: PlanInput }
  | {
      readonly ok: false;
      readonly error: 'not-json' | 'newer-format' | 'unknown-rules' | 'invalid';
      readonly detail: string;
    };

/**
 * Reads a downloaded JSON plan (or a bare plan input) back. Everything is validated with the same
 * schema as links; nothing is half-imported.
 */
export function importPlanJson(text: string, knownRules: readonly string[]): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return { ok: false, error: 'not-json', detail: cause instanceof Error ? cause.message : '' };
  }
  const wrapped = z.looseObject({ schemaVersion: z.optional(z.number()), input: z.unknown() }).safeParse(json);
  const version = wrapped.success ? wrapped.data.schemaVersion : undefined;
  if (version !== undefined && version > PLAN_FORMAT_VERSION)
    return { ok: false, error: 'newer-format', detail: String(version) };
  const candidate = wrapped.success && wrapped.data.input !== undefined ? wrapped.data.input : json;
  const parsed = PlanInputSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: z.prettifyError(parsed.error) };
  if (!knownRules.includes(parsed.data.rules)) return { ok: false, error: 'unknown-rules', detail: parsed.data.rules };
  return { ok: true, plan: parsed.data };
}
