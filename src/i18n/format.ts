/** Locale-aware formatting of the numbers and units the plan shows. One instance per locale. */
export interface Formatter {
  readonly locale: string;
  /** 12,345 */
  integer(n: number): string;
  /** 0.06 → 6% */
  percent(share: number): string;
  /** Memory from MiB, in the units the K3s docs use: 512 MB, 1,596 MB, 4 GB, 1.5 GB. */
  memory(mib: number): string;
  /** The same from GiB (a chart's axis unit, a shape the reader typed in GB). */
  memoryGiB(gib: number): string;
  /** 2 vCPU, 16+ vCPU */
  vcpu(n: number, orMore?: boolean): string;
  /** CPU from millicores, as vCPU with up to three decimals: 250 → 0.25 vCPU. */
  millicores(m: number): string;
  /** A plain decimal with up to `digits` fraction digits. */
  decimal(n: number, digits?: number): string;
  /** a, b and c */
  list(items: readonly string[]): string;
  /** a, b or c */
  alternatives(items: readonly string[]): string;
  /** 2024, 2024-10 or 2024-10-15 as a localized date of the same precision. */
  date(partial: string): string;
  /** An exact count that may exceed 2^53 (IPv6 sizes): grouped digits up to 10^15, then 2⁶⁴ for powers of two. */
  bigCount(value: bigint | string): string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);

/** A value built on first use: Intl objects are costly to construct and most pages need a few. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A Chinese conjunction word (和, 或), not punctuation such as 、. */
const CJK_WORD = /^[\u3400-\u9fff]+$/;
/** Half-width letters, digits and symbols: the text Chinese typography sets off with a space. */
const LATIN_EDGE = /[\x21-\x7e]/;

/** A list's joining word with a space on each side that meets Latin text: "10.42.0.0/16 和 10.43.0.0/16". */
function spaced(literal: string, before: string | undefined, after: string | undefined): string {
  if (!CJK_WORD.test(literal)) return literal;
  const left = before !== undefined && LATIN_EDGE.test(before.slice(-1)) ? ' ' : '';
  const right = after !== undefined && LATIN_EDGE.test(after.slice(0, 1)) ? ' ' : '';
  return `${left}${literal}${right}`;
}

export function createFormatter(locale: string): Formatter {
  // Chinese text sets Latin words and numbers off with spaces, as the K3s and Kubernetes docs do;
  // Intl.ListFormat glues them to 和. Japanese and English lists need nothing.
  const spacesLatin = locale.toLowerCase().startsWith('zh');
  const number = (options: Intl.NumberFormatOptions) => once(() => new Intl.NumberFormat(locale, options));
  const integerFormat = number({ maximumFractionDigits: 0 });
  const integer = { format: (n: number | bigint) => integerFormat().format(n) };
  const percent = number({ style: 'percent', maximumFractionDigits: 1 });
  const mb = number({ style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
  const gb = number({ style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const disjunction = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }));
  const joined = (format: Intl.ListFormat, items: readonly string[]): string =>
    spacesLatin
      ? format
          .formatToParts(items)
          .map((part, i, parts) =>
            part.type === 'literal' ? spaced(part.value, parts[i - 1]?.value, parts[i + 1]?.value) : part.value,
          )
          .join('')
      : format.format(items);
  const scientific = number({ notation: 'scientific', maximumFractionDigits: 2 });
  const date = (options: Intl.DateTimeFormatOptions) =>
    once(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  const dates = {
    year: date({ year: 'numeric' }),
    month: date({ year: 'numeric', month: 'long' }),
    day: date({ year: 'numeric', month: 'long', day: 'numeric' }),
  };
  const memory = (mib: number): string =>
    mib % 1024 === 0 || mib >= 10 * 1024 ? gb().format(mib / 1024) : mb().format(mib);
  const decimal = (n: number, digits = 2): string => {
    let fmt = decimals.get(digits);
    if (!fmt) {
      fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      decimals.set(digits, fmt);
    }
    return fmt.format(n);
  };
  return {
    locale,
    integer: (n) => integer.format(n),
    percent: (share) => percent().format(share),
    memory,
    memoryGiB: (gib) => memory(gib * 1024),
    vcpu: (n, orMore = false) => `${integer.format(n)}${orMore ? '+' : ''} vCPU`,
    decimal,
    millicores: (m) => `${decimal(m / 1000, 3)} vCPU`,
    list: (items) => joined(list(), items),
    alternatives: (items) => joined(disjunction(), items),
    bigCount: (value) => {
      const n = typeof value === 'bigint' ? value : /^-?\d+$/.test(value) ? BigInt(value) : 0n;
      if (n < 10n ** 15n) return integer.format(n);
      // Sizes here are powers of two, or a power of two minus the few reserved addresses.
      for (let k = 0n; k <= 16n; k += 1n) {
        const bits = (n + k).toString(2);
        if (/^10*$/.test(bits))
          return k === 0n
            ? `2${superscript(bits.length - 1)}`
            : `2${superscript(bits.length - 1)} − ${integer.format(k)}`;
      }
      return scientific().format(Number(n));
    },
    date: (partial) => {
      const [y, m, d] = partial.split('-').map(Number);
      if (y === undefined || Number.isNaN(y)) return partial;
      const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
      const text =
        d !== undefined ? dates.day().format(at) : m !== undefined ? dates.month().format(at) : dates.year().format(at);
      // Chinese sets the numbers of a date off from 年月日 like any other number: 2026 年 6 月 6 日.
      return spacesLatin ? text.replace(/(\d)([年月日])/g, '$1 $2').replace(/([年月])(\d)/g, '$1 $2') : text;
    },
  };
}

/**
 * The browser's first Intl formatter loads its locale data, a long task of its own. Called while
 * the page waits for the network, it spreads that work over short tasks before the first render
 * needs it. Nothing is kept: the engine caches the locale data.
 */
export function warmUpIntl(locale: string): void {
  const steps = [
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(1),
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte' }).format(1),
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(['a', 'b']),
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(0),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
