import type { AnyDay2Finding } from '../../core/findings/finding';

/** The id of a day-2 finding's entry in the day-2 panel, so its fields can link to it. */
export function day2FindingAnchor(x: AnyDay2Finding): string {
  const gate = x.code === 'upgrade.gate-crossed' ? `-${x.params.gate}` : '';
  return `day2-finding-${x.code.replace(/\./g, '-')}${gate}`;
}
