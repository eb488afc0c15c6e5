import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER } from './plan-input';
import { applyHaMode, datastoreEngine, datastoreFitsMode } from './ha';

const minimums = { embedded: 3, external: 2 };

describe('applyHaMode', () => {
  it('embedded etcd: datastore becomes embedded etcd, at least 3 servers', () => {
    expect(applyHaMode(DEFAULT_CLUSTER, 'ha-embedded', minimums)).toMatchObject({
      haMode: 'ha-embedded',
      datastore: 'embedded-etcd',
      servers: 3,
    });
    expect(applyHaMode({ ...DEFAULT_CLUSTER, servers: 5 }, 'ha-embedded', minimums).servers).toBe(5);
  });
  it('external datastore: keeps an external choice, otherwise PostgreSQL; at least 2 servers', () => {
    expect(applyHaMode(DEFAULT_CLUSTER, 'ha-external', minimums)).toMatchObject({ datastore: 'postgres', servers: 2 });
    expect(applyHaMode({ ...DEFAULT_CLUSTER, datastore: 'mariadb' }, 'ha-external', minimums).datastore).toBe(
      'mariadb',
    );
  });
  it('single: one server with SQLite', () => {
    expect(
      applyHaMode({ ...DEFAULT_CLUSTER, servers: 3, datastore: 'embedded-etcd' }, 'single', minimums),
    ).toMatchObject({ servers: 1, datastore: 'sqlite' });
  });
  it('keeps every other field', () => {
    const c = { ...DEFAULT_CLUSTER, agents: 77, disk: 'nvme' as const, arch: 'arm64' as const };
    expect(applyHaMode(c, 'ha-embedded', minimums)).toMatchObject({ agents: 77, disk: 'nvme', arch: 'arm64' });
  });
  it('always lands on a datastore that fits the mode', () => {
    for (const mode of ['single', 'ha-embedded', 'ha-external'] as const) {
      const c = applyHaMode(DEFAULT_CLUSTER, mode, minimums);
      expect(datastoreFitsMode(mode, c.datastore)).toBe(true);
    }
  });
});

describe('datastoreEngine', () => {
  it.each([
    ['sqlite', 'sqlite'],
    ['embedded-etcd', 'etcd'],
    ['external-etcd', 'etcd'],
    ['mysql', 'sql'],
    ['mariadb', 'sql'],
    ['postgres', 'sql'],
  ] as const)('%s → %s', (d, e) => {
    expect(datastoreEngine(d)).toBe(e);
  });
});
