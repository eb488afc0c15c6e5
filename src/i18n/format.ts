/** Locale-aware formatting of the numbers and units the plan shows. One instance per locale. */
export interface Formatter {
  readonly locale: string;
  /** 12,345 */
  integer(n: number): string;
  /** 0.06 → 6% */
  percent(share: number): string;
  /** Memory from MiB, in the units the K3s docs use: 512 MB, 1,596 MB, 4 GB, 1.5 GB. */
  memory(mib: number): string;
  /** 2 vCPU, 16+ vCPU */
  vcpu(n: number, orMore?: boolean): string;
  /** A plain decimal with up to `digits` fraction digits. */
  decimal(n: number, digits?: number): string;
  /** a, b and c */
  list(items: readonly string[]): string;
  /** 2024, 2024-10 or 2024-10-15 as a localized date of the same precision. */
  date(partial: string): string;
  /** An exact count that may exceed 2^53 (IPv6 sizes): grouped digits up to 10^15, then 2⁶⁴ for powers of two. */
  bigCount(value: bigint | string): string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);

export function createFormatter(locale: string): Formatter {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
  const gb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const scientific = new Intl.NumberFormat(locale, { notation: 'scientific', maximumFractionDigits: 2 });
  const dates = {
    year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
  return {
    locale,
    integer: (n) => integer.format(n),
    percent: (share) => percent.format(share),
    memory: (mib) => (mib % 1024 === 0 || mib >= 10 * 1024 ? gb.format(mib / 1024) : mb.format(mib)),
    vcpu: (n, orMore = false) => `${integer.format(n)}${orMore ? '+' : ''} vCPU`,
    decimal: (n, digits = 2) => {
      let fmt = decimals.get(digits);
      if (!fmt) {
        fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        decimals.set(digits, fmt);
      }
      return fmt.format(n);
    },
    list: (items) => list.format(items),
    bigCount: (value) => {
      const n = typeof value === 'bigint' ? value : /^-?\d+$/.test(value) ? BigInt(value) : 0n;
      if (n < 10n ** 15n) return integer.format(n);
      // Sizes here are powers of two, or a power of two minus the few reserved addresses.
      for (let k = 0n; k <= 16n; k += 1n) {
        const bits = (n + k).toString(2);
        if (/^10*$/.test(bits)) return k === 0n ? `2${superscript(bits.length - 1)}` : `2${superscript(bits.length - 1)} − ${integer.format(k)}`;
      }
      return scientific.format(Number(n));
    },
    date: (partial) => {
      const [y, m, d] = partial.split('-').map(Number);
      if (y === undefined || Number.isNaN(y)) return partial;
      const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
      if (d !== undefined) return dates.day.format(at);
      if (m !== undefined) return dates.month.format(at);
      return dates.year.format(at);
    },
  };
}
