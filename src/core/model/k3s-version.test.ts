import { describe, expect, it } from 'vitest';
import {
  compareK3sVersions,
  firstReleaseWith,
  formatK3sVersion,
  isK3sVersionInput,
  meetsGate,
  parseK3sVersion,
  resolveK3sVersion,
} from './k3s-version';

const releases = {
  channels: { stable: 'v1.36.3+k3s1', latest: 'v1.37.1+k3s1' },
  known: ['v1.36.2+k3s1', 'v1.36.3+k3s1', 'v1.37.1+k3s1'],
};

describe('parseK3sVersion', () => {
  it.each([
    ['v1.26.5+k3s1', { major: 1, minor: 26, patch: 5, revision: 1 }],
    ['v1.26.5+k3s2', { major: 1, minor: 26, patch: 5, revision: 2 }],
    ['1.26.5', { major: 1, minor: 26, patch: 5, revision: 1 }],
    [' v1.30.0 ', { major: 1, minor: 30, patch: 0, revision: 1 }],
  ])('%s', (text, want) => {
    expect(parseK3sVersion(text)).toEqual(want);
  });

  it.each(['', 'stable', 'v1.26', 'v1.26.5-rc1', 'v1.26.5+rke2r1', 'x1.2.3'])('rejects %j', (text) => {
    expect(parseK3sVersion(text)).toBeNull();
  });

  it('formats back to the canonical form', () => {
    expect(formatK3sVersion({ major: 1, minor: 26, patch: 5, revision: 1 })).toBe('v1.26.5+k3s1');
  });
});

describe('compareK3sVersions', () => {
  const v = (s: string) => parseK3sVersion(s) ?? { major: 0, minor: 0, patch: 0, revision: 0 };
  it('orders by minor, patch, then k3s revision', () => {
    expect(compareK3sVersions(v('v1.26.5+k3s1'), v('v1.27.0+k3s1'))).toBeLessThan(0);
    expect(compareK3sVersions(v('v1.26.10+k3s1'), v('v1.26.9+k3s1'))).toBeGreaterThan(0);
    expect(compareK3sVersions(v('v1.26.5+k3s2'), v('v1.26.5+k3s1'))).toBeGreaterThan(0);
    expect(compareK3sVersions(v('v1.26.5'), v('v1.26.5+k3s1'))).toBe(0);
  });
});

describe('meetsGate (backported changes)', () => {
  const since = ['v1.24.14+k3s1', 'v1.25.10+k3s1', 'v1.26.5+k3s1', 'v1.27.2+k3s1'];
  const v = (s: string) => parseK3sVersion(s) ?? { major: 0, minor: 0, patch: 0, revision: 0 };
  it.each([
    ['v1.23.17+k3s1', false], // older line, never got it
    ['v1.24.13+k3s1', false],
    ['v1.24.14+k3s1', true],
    ['v1.25.9+k3s1', false],
    ['v1.25.10+k3s1', true],
    ['v1.27.1+k3s1', false],
    ['v1.27.2+k3s1', true],
    ['v1.28.0+k3s1', true], // newer line than any listed
    ['v2.0.0+k3s1', true],
  ])('%s → %s', (version, want) => {
    expect(meetsGate(v(version), since)).toBe(want);
  });
});

describe('resolveK3sVersion', () => {
  it('resolves channels from the rules data', () => {
    expect(resolveK3sVersion('stable', releases)).toMatchObject({
      ok: true,
      via: 'channel',
      version: { minor: 36, patch: 3 },
    });
    expect(resolveK3sVersion('latest', releases)).toMatchObject({ ok: true, version: { minor: 37, patch: 1 } });
  });
  it('resolves a minor line to its newest known patch', () => {
    expect(resolveK3sVersion('v1.36', releases)).toMatchObject({
      ok: true,
      via: 'minor-channel',
      version: { patch: 3 },
    });
  });
  it('reports an unknown line with its first release as stand-in', () => {
    expect(resolveK3sVersion('v1.30', releases)).toEqual({
      ok: false,
      reason: 'unknown-line',
      lineStart: { major: 1, minor: 30, patch: 0, revision: 1 },
    });
  });
  it('keeps a pinned version even when the rules do not list it', () => {
    expect(resolveK3sVersion('v1.29.4+k3s1', releases)).toMatchObject({
      ok: true,
      via: 'pinned',
      version: { minor: 29, patch: 4 },
    });
  });
  it('rejects malformed text', () => {
    expect(resolveK3sVersion('newest', releases)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('isK3sVersionInput', () => {
  it.each([
    ['stable', true],
    ['latest', true],
    ['v1.31', true],
    ['v1.31.4+k3s1', true],
    ['1.31.4', true],
    ['testing', false],
    ['<script>', false],
    ['v1', false],
  ])('%j → %s', (text, want) => {
    expect(isK3sVersionInput(text)).toBe(want);
  });
});

describe('firstReleaseWith (the release a remedy names)', () => {
  // The embedded registry's releases as the registry-mirror page lists them.
  const experimental = ['v1.26.13+k3s1', 'v1.27.10+k3s1', 'v1.28.6+k3s1', 'v1.29.1+k3s1'];
  const ga = ['v1.29.12+k3s1', 'v1.30.8+k3s1', 'v1.31.4+k3s1'];
  const v = (s: string) => parseK3sVersion(s) ?? { major: 0, minor: 0, patch: 0, revision: 0 };
  const named = (version: string, since: readonly string[]) => {
    const r = firstReleaseWith(v(version), since);
    return r ? formatK3sVersion(r) : null;
  };
  it.each([
    ['v1.28.5+k3s1', experimental, 'v1.28.6+k3s1'], // its own line got it: not the first backport in the list
    ['v1.30.5+k3s1', ga, 'v1.30.8+k3s1'],
    ['v1.26.1+k3s1', experimental, 'v1.26.13+k3s1'],
    ['v1.28.9+k3s1', ga, 'v1.29.12+k3s1'], // v1.28 never got GA: the next line that did
    ['v1.25.4+k3s1', experimental, 'v1.26.13+k3s1'],
    ['v1.30.8+k3s1', ga, null], // already has it
    ['v1.33.0+k3s1', ga, null],
  ])('%s → %s', (version, since, want) => {
    expect(named(version, since)).toBe(want);
  });
});
