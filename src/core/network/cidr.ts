import ipaddr from 'ipaddr.js';

/**
 * Our vocabulary over ipaddr.js: parse a CIDR strictly, and do block arithmetic with BigInt so
 * IPv6 sizes (2^64 addresses per node) stay exact. No bit twiddling on strings.
 */

export type IpFamily = 'ipv4' | 'ipv6';
export const FAMILY_BITS: Readonly<Record<IpFamily, number>> = { ipv4: 32, ipv6: 128 };

export interface Cidr {
  readonly family: IpFamily;
  readonly prefix: number;
  /** First address of the block. */
  readonly start: bigint;
}

export type CidrError =
  | { readonly code: 'syntax' }
  | { readonly code: 'prefix-range'; readonly family: IpFamily; readonly max: number }
  | { readonly code: 'host-bits'; readonly network: string };

export type CidrResult = { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly error: CidrError };

function toBigInt(bytes: readonly number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

function toBytes(value: bigint, family: IpFamily): number[] {
  const length = FAMILY_BITS[family] / 8;
  const bytes: number[] = new Array<number>(length).fill(0);
  let rest = value;
  for (let i = length - 1; i >= 0; i -= 1) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** Number of addresses in a block of this prefix. */
export function blockSize(prefix: number, family: IpFamily): bigint {
  return 1n << BigInt(FAMILY_BITS[family] - prefix);
}

/** Last address of the block. */
export function cidrEnd(c: Cidr): bigint {
  return c.start + blockSize(c.prefix, c.family) - 1n;
}

/** An address as text: dotted quad, or RFC 5952 compressed IPv6. */
export function formatAddress(value: bigint, family: IpFamily): string {
  const address = ipaddr.fromByteArray(toBytes(value, family));
  return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

export function formatCidr(c: Cidr): string {
  return `${formatAddress(c.start, c.family)}/${String(c.prefix)}`;
}

/** The block of `prefix` that contains `address` (host bits cleared). */
export function alignedBlock(address: bigint, prefix: number, family: IpFamily): Cidr {
  const size = blockSize(prefix, family);
  return { family, prefix, start: (address / size) * size };
}

/**
 * An IPv4 address in four-part decimal (no octal, hex or short forms). The shape test comes first:
 * ipaddr.js answers anything else by throwing and catching an error, which is slow in a hot path.
 */
export function isIpv4Text(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text);
}

/**
 * Parses "10.42.0.0/16" or "2001:db8:42::/56". Strict: four-part IPv4 only, no zone ids,
 * a prefix within the family's range, and no host bits set (reported with the network it meant).
 */
export function parseCidr(text: string): CidrResult {
  const trimmed = text.trim();
  const m = /^([0-9a-fA-F:.]+)\/(\d{1,3})$/.exec(trimmed);
  if (!m) return { ok: false, error: { code: 'syntax' } };
  const [, addressText = '', prefixText = ''] = m;
  let family: IpFamily;
  let bytes: number[];
  if (isIpv4Text(addressText)) {
    family = 'ipv4';
    bytes = ipaddr.IPv4.parse(addressText).toByteArray();
  } else if (addressText.includes(':') && ipaddr.IPv6.isValid(addressText)) {
    family = 'ipv6';
    bytes = ipaddr.IPv6.parse(addressText).toByteArray();
  } else {
    return { ok: false, error: { code: 'syntax' } };
  }
  const prefix = Number(prefixText);
  const max = FAMILY_BITS[family];
  if (prefix > max) return { ok: false, error: { code: 'prefix-range', family, max } };
  const address = toBigInt(bytes);
  const block = alignedBlock(address, prefix, family);
  if (block.start !== address) return { ok: false, error: { code: 'host-bits', network: formatCidr(block) } };
  return { ok: true, cidr: block };
}

/** Splits a flag-style list ("10.42.0.0/16,2001:db8:42::/56"); an empty text is an empty list. */
export function splitCidrList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True when the two blocks share at least one address (blocks of different families never do). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.start <= cidrEnd(b) && b.start <= cidrEnd(a);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.start <= inner.start && cidrEnd(inner) <= cidrEnd(outer);
}

/** The address `offset` places after the block's first address (offset 10 of 10.43.0.0/16 is 10.43.0.10). */
export function addressAt(c: Cidr, offset: bigint): string | null {
  if (offset < 0n || offset >= blockSize(c.prefix, c.family)) return null;
  return formatAddress(c.start + offset, c.family);
}

/**
 * The first block of `prefix` inside one of `spaces` that overlaps none of `avoid`, trying aligned
 * blocks upward from `from` (then from each space's start). Null when none is found within `limit`
 * candidates per space.
 */
export function findFreeBlock(
  prefix: number,
  family: IpFamily,
  spaces: readonly Cidr[],
  avoid: readonly Cidr[],
  from: bigint | null = null,
  limit = 4096,
): Cidr | null {
  const size = blockSize(prefix, family);
  for (const space of spaces) {
    if (space.family !== family || space.prefix > prefix) continue;
    const spaceEnd = cidrEnd(space);
    const first =
      from !== null && from >= space.start && from <= spaceEnd ? alignedBlock(from, prefix, family).start : space.start;
    for (let i = 0, start = first; i < limit && start + size - 1n <= spaceEnd; i += 1, start += size) {
      const candidate: Cidr = { family, prefix, start };
      if (!avoid.some((a) => cidrsOverlap(a, candidate))) return candidate;
    }
  }
  return null;
}

/**
 * What kind of address space a block lies in, read by ipaddr.js for its first and last address:
 * `private` (RFC 1918, and shared CGNAT space), `unique-local` (fc00::/7), `reserved` (special
 * ranges such as documentation, 2001:db8::/32 and the TEST-NETs), `public` (global unicast:
 * someone else's addresses) and `special` (loopback, link-local, multicast and the like). A block
 * that reaches into public space counts as public.
 */
export type AddressSpace = 'private' | 'unique-local' | 'reserved' | 'public' | 'special';

function spaceOf(value: bigint, family: IpFamily): AddressSpace {
  const range = ipaddr.fromByteArray(toBytes(value, family)).range();
  switch (range) {
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    case 'uniqueLocal':
      return 'unique-local';
    case 'unicast':
      return 'public';
    case 'reserved':
    case 'benchmarking':
    case 'as112':
    case 'as112v6':
    case 'amt':
    case 'orchid2':
    case 'droneRemoteIdProtocolEntityTags':
      return 'reserved';
    default:
      return 'special';
  }
}

export function addressSpace(c: Cidr): AddressSpace {
  const first = spaceOf(c.start, c.family);
  const last = spaceOf(cidrEnd(c), c.family);
  if (first === 'public' || last === 'public') return 'public';
  return first === last ? first : 'reserved';
}

/** True when every entry of a CIDR list parses, so the field can update the plan while typing. */
export function isCompleteCidrList(text: string): boolean {
  const entries = splitCidrList(text);
  return entries.length > 0 && entries.every((t) => parseCidr(t).ok);
}
