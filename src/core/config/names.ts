import ipaddr from 'ipaddr.js';
import { isIpv4Text } from '../network/cidr';

/**
 * Names and addresses that end up in config files and commands. Node names follow Kubernetes:
 * lowercase RFC 1123 labels joined by dots, at most 253 characters.
 */
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function isNodeName(text: string): boolean {
  return text.length > 0 && text.length <= 253 && text.split('.').every((label) => LABEL.test(label));
}

export type AddressKind = 'hostname' | 'ipv4' | 'ipv6';

/** A DNS name (RFC 1123, any case) or an IPv4/IPv6 literal; null when it is neither. */
export function addressKind(text: string): AddressKind | null {
  if (isIpv4Text(text)) return 'ipv4';
  if (text.includes(':') && ipaddr.IPv6.isValid(text) && !text.includes('%')) return 'ipv6';
  return isNodeName(text.toLowerCase()) ? 'hostname' : null;
}

/** An address as it goes into a URL: IPv6 literals in brackets. */
export function urlHost(address: string): string {
  return addressKind(address) === 'ipv6' ? `[${address}]` : address;
}

export type NamesResult =
  | { readonly ok: true; readonly kind: 'pattern' | 'list'; readonly nameOf: (n: number) => string }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'too-few' | 'duplicate'; readonly detail: string };

/**
 * Names for `count` nodes from a pattern with {n} ("server-{n}" → server-1, server-2…) or a
 * comma-separated list. Checks the first and last pattern names (the only lengths that differ)
 * or every listed name.
 */
export function nodeNames(text: string, count: number): NamesResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty', detail: '' };
  if (trimmed.includes('{n}')) {
    const nameOf = (n: number): string => trimmed.replaceAll('{n}', String(n));
    for (const n of [1, Math.max(1, count)]) {
      if (!isNodeName(nameOf(n))) return { ok: false, reason: 'invalid', detail: nameOf(n) };
    }
    return { ok: true, kind: 'pattern', nameOf };
  }
  const names = trimmed
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = names.find((n) => !isNodeName(n));
  if (bad !== undefined) return { ok: false, reason: 'invalid', detail: bad };
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) return { ok: false, reason: 'duplicate', detail: n };
    seen.add(n);
  }
  if (names.length < count) return { ok: false, reason: 'too-few', detail: String(names.length) };
  return { ok: true, kind: 'list', nameOf: (n: number) => names[n - 1] ?? '' };
}

/** SQL database and user names the generated endpoint may carry unquoted. */
export function isSqlIdentifier(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(text);
}
