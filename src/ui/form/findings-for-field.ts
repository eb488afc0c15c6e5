import type { AnyFinding } from '../../core/findings/finding';
import type { PlanField } from '../../core/model/plan-input';

/** The findings that name a field, in list order: what the form shows beside it. */
export function findingsForField(findings: readonly AnyFinding[], field: PlanField): AnyFinding[] {
  return findings.filter((f) => f.fields.includes(field));
}
