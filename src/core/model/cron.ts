/**
 * The schedules K3s accepts for --etcd-snapshot-schedule-cron. K3s hands the text to
 * github.com/robfig/cron/v3's cron.New() (k3s-io/k3s pkg/etcd/etcd.go and snapshot.go at
 * af977adf), whose standard parser takes five fields (minute, hour, day of month, month, day of
 * week) or a descriptor; the bounds and names are robfig/cron's spec.go. Its CRON_TZ= prefix is not
 * offered: the schedule runs in the server's time zone.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Bounds {
  readonly min: number;
  readonly max: number;
  /** Names for values, lower case, the first naming `min`. */
  readonly names?: readonly string[];
}

const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
/** `@every` takes a Go duration (time.ParseDuration): numbers with units, such as 1h30m. */
const EVERY = /^@every (?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

function value(text: string, bounds: Bounds): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const named = bounds.names?.indexOf(text.toLowerCase()) ?? -1;
  return named >= 0 ? bounds.min + named : null;
}

/** One comma-separated item of a field: `*`, `?`, `a`, `a-b`, each optionally with `/step`. */
function validItem(item: string, bounds: Bounds): boolean {
  const [range = '', step, extra] = item.split('/');
  if (extra !== undefined) return false;
  if (step !== undefined && !(/^\d{1,3}$/.test(step) && Number(step) > 0)) return false;
  if (range === '*' || range === '?') return true;
  const [a = '', b, more] = range.split('-');
  if (more !== undefined) return false;
  const start = value(a, bounds);
  const end = b === undefined ? (step === undefined ? start : bounds.max) : value(b, bounds);
  return start !== null && end !== null && start >= bounds.min && end <= bounds.max && start <= end;
}

/** True when K3s's cron parser takes the text as a snapshot schedule. */
export function isCronSchedule(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('@')) return DESCRIPTORS.includes(t) || EVERY.test(t);
  const fields = t.split(/\s+/);
  return (
    fields.length === FIELDS.length &&
    fields.every((field, i) => {
      const bounds = FIELDS[i];
      return bounds !== undefined && field.split(',').every((item) => validItem(item, bounds));
    })
  );
}
