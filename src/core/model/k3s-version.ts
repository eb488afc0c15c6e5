/**
 * K3s release versions (v1.26.5+k3s1) and the channels that name them (stable, latest, v1.26).
 * Only what version gates need: parse, compare, resolve a channel, test a gate.
 */

export const K3S_VERSION_PATTERN = /^v(\d+)\.(\d+)\.(\d+)\+k3s(\d+)$/;
const LOOSE_VERSION_PATTERN = /^v?(\d+)\.(\d+)\.(\d+)(?:\+k3s(\d+))?$/;
const MINOR_CHANNEL_PATTERN = /^v?(\d+)\.(\d+)$/;

export interface K3sVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The +k3sN revision; 1 when the input left it out. */
  readonly revision: number;
}

export const RELEASE_CHANNELS = ['stable', 'latest'] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];

/** Parses "v1.26.5+k3s1" (also "1.26.5" or "v1.26.5", read as +k3s1). Returns null for anything else. */
export function parseK3sVersion(text: string): K3sVersion | null {
  const m = LOOSE_VERSION_PATTERN.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    revision: m[4] === undefined ? 1 : Number(m[4]),
  };
}

export function formatK3sVersion(v: K3sVersion): string {
  return `v${String(v.major)}.${String(v.minor)}.${String(v.patch)}+k3s${String(v.revision)}`;
}

/** Negative when a is older than b, zero when equal, positive when newer. */
export function compareK3sVersions(a: K3sVersion, b: K3sVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || a.revision - b.revision;
}

/**
 * True when `version` already has a change that shipped in the listed first releases of
 * several minor lines (backports): on a listed minor, the patch must be at least the listed one;
 * on a minor newer than every listed one the change is present; on an older, unlisted minor it is not.
 */
export function meetsGate(version: K3sVersion, since: readonly string[]): boolean {
  const firsts = since.map(parseK3sVersion).filter((v): v is K3sVersion => v !== null);
  const sameLine = firsts.find((f) => f.major === version.major && f.minor === version.minor);
  if (sameLine) return compareK3sVersions(version, sameLine) >= 0;
  const newest = firsts.reduce<K3sVersion | null>((acc, f) => (acc && compareK3sVersions(acc, f) > 0 ? acc : f), null);
  if (!newest) return false;
  return version.major > newest.major || (version.major === newest.major && version.minor > newest.minor);
}

/**
 * The release to move to for a change that shipped in the listed first releases of several minor
 * lines: the listed release of `version`'s own line when that line got it, else the first listed
 * release of the nearest newer line (the plan's line never got it). Null when `version` already has
 * it or no listed line is newer, so there is nothing to name.
 */
export function firstReleaseWith(version: K3sVersion, since: readonly string[]): K3sVersion | null {
  if (meetsGate(version, since)) return null;
  const firsts = since.map(parseK3sVersion).filter((v): v is K3sVersion => v !== null);
  const sameLine = firsts.find((f) => f.major === version.major && f.minor === version.minor);
  if (sameLine) return sameLine;
  const newer = firsts
    .filter((f) => f.major > version.major || (f.major === version.major && f.minor > version.minor))
    .sort(compareK3sVersions);
  return newer[0] ?? null;
}

export interface ReleaseCatalog {
  readonly channels: Readonly<Record<ReleaseChannel, string>>;
  readonly known: readonly string[];
}

export type ResolvedVersion =
  | { readonly ok: true; readonly version: K3sVersion; readonly via: 'pinned' | 'channel' | 'minor-channel' }
  | { readonly ok: false; readonly reason: 'malformed' }
  /** A minor line the rules do not list: its first release (vX.Y.0+k3s1) stands in, the conservative reading for gates. */
  | { readonly ok: false; readonly reason: 'unknown-line'; readonly lineStart: K3sVersion };

/**
 * Turns what the user wrote (a channel, a minor channel "v1.31", or a full version) into a version.
 * A minor channel resolves to the newest patch of that line the rules know about.
 */
export function resolveK3sVersion(text: string, releases: ReleaseCatalog): ResolvedVersion {
  const trimmed = text.trim();
  if (trimmed === 'stable' || trimmed === 'latest') {
    const v = parseK3sVersion(releases.channels[trimmed]);
    return v ? { ok: true, version: v, via: 'channel' } : { ok: false, reason: 'malformed' };
  }
  const full = parseK3sVersion(trimmed);
  if (full) return { ok: true, version: full, via: 'pinned' };
  const minor = MINOR_CHANNEL_PATTERN.exec(trimmed);
  if (!minor) return { ok: false, reason: 'malformed' };
  const [major, minorNumber] = [Number(minor[1]), Number(minor[2])];
  const newest = releases.known
    .map(parseK3sVersion)
    .filter((v): v is K3sVersion => v !== null && v.major === major && v.minor === minorNumber)
    .sort(compareK3sVersions)
    .at(-1);
  return newest
    ? { ok: true, version: newest, via: 'minor-channel' }
    : { ok: false, reason: 'unknown-line', lineStart: { major, minor: minorNumber, patch: 0, revision: 1 } };
}

/** True when the text has the form of a channel, a minor channel or a version (whether or not the rules know it). */
export function isK3sVersionInput(text: string): boolean {
  const t = text.trim();
  return t === 'stable' || t === 'latest' || LOOSE_VERSION_PATTERN.test(t) || MINOR_CHANNEL_PATTERN.test(t);
}
