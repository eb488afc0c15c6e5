import type { AnyFinding } from '../../core/findings/finding';

/** The id of a finding's entry in the list, so fields and other places can link to it. */
export function findingAnchor(f: AnyFinding): string {
  return `finding-${f.code.replace(/\./g, '-')}`;
}
