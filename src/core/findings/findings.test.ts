import { describe, expect, it } from 'vitest';
import type { ClusterInput } from '../model/plan-input';
import { codes, plan, seedRules, seedRules2611, upstreamRules, upstreamRules2611 } from '../testing/fixtures';
import type { AnyFinding, FindingCode } from './finding';

const etcdHa = (servers: number): Partial<ClusterInput> => ({
  haMode: 'ha-embedded',
  datastore: 'embedded-etcd',
  servers,
});
const externalHa = (servers: number, datastore: ClusterInput['datastore'] = 'postgres'): Partial<ClusterInput> => ({
  haMode: 'ha-external',
  datastore,
  servers,
});

function only(findings: readonly AnyFinding[], code: FindingCode): AnyFinding {
  const hits = findings.filter((f) => f.code === code);
  expect(hits, `exactly one ${code}`).toHaveLength(1);
  const [hit] = hits;
  if (!hit) throw new Error('unreachable');
  return hit;
}

describe('topology', () => {
  it('SQLite with more than one server is an error; one server is fine', () => {
    const f = only(
      plan({ datastore: 'sqlite', servers: 2, haMode: 'ha-external' }).findings,
      'topology.sqlite-multi-server',
    );
    expect(f).toMatchObject({
      severity: 'error',
      // K3s HA docs: embedded etcd needs 3 or more servers, an external datastore 2 or more.
      params: { servers: 2, embeddedMinServers: 3, externalMinServers: 2 },
      fields: ['cluster.datastore', 'cluster.servers'],
    });
    expect(codes(plan({ datastore: 'sqlite', servers: 1 }))).not.toContain('topology.sqlite-multi-server');
  });

  it.each<[Partial<ClusterInput>, boolean]>([
    [{ haMode: 'ha-embedded', datastore: 'postgres', servers: 3 }, true],
    [{ haMode: 'ha-embedded', datastore: 'sqlite', servers: 3 }, true],
    [{ haMode: 'ha-external', datastore: 'embedded-etcd', servers: 3 }, true],
    [{ haMode: 'ha-external', datastore: 'sqlite', servers: 2 }, true],
    [{ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }, false],
    [{ haMode: 'ha-external', datastore: 'external-etcd', servers: 2 }, false],
    [{ haMode: 'single', datastore: 'mysql', servers: 1 }, false],
    [{ haMode: 'single', datastore: 'embedded-etcd', servers: 1 }, false],
  ])('HA mode and datastore mismatch for %o → %s', (cluster, expected) => {
    const found = codes(plan(cluster)).includes('topology.mode-datastore-mismatch');
    expect(found).toBe(expected);
  });

  it('single-server mode with several servers on a non-SQLite datastore is an error', () => {
    expect(codes(plan({ haMode: 'single', datastore: 'embedded-etcd', servers: 3 }))).toContain(
      'topology.single-mode-several-servers',
    );
    expect(codes(plan({ haMode: 'single', datastore: 'embedded-etcd', servers: 1 }))).not.toContain(
      'topology.single-mode-several-servers',
    );
    // With SQLite the more specific SQLite finding speaks instead.
    expect(codes(plan({ haMode: 'single', datastore: 'sqlite', servers: 3 }))).not.toContain(
      'topology.single-mode-several-servers',
    );
  });

  it('external-datastore HA needs at least 2 servers', () => {
    const f = only(plan(externalHa(1)).findings, 'topology.ha-too-few-servers');
    expect(f).toMatchObject({ severity: 'error', params: { haMode: 'ha-external', servers: 1, minimum: 2 } });
    expect(codes(plan(externalHa(2)))).not.toContain('topology.ha-too-few-servers');
  });

  it('embedded-etcd HA with 1 server is too few; 2 servers get the more specific two-member error', () => {
    expect(only(plan(etcdHa(1)).findings, 'topology.ha-too-few-servers').params).toMatchObject({ minimum: 3 });
    expect(codes(plan(etcdHa(2)))).not.toContain('topology.ha-too-few-servers');
    expect(codes(plan(etcdHa(3)))).not.toContain('topology.ha-too-few-servers');
  });
});

describe('embedded etcd', () => {
  it('exactly 2 members: error, quorum 2, no fault tolerance', () => {
    expect(only(plan(etcdHa(2)).findings, 'etcd.two-members')).toMatchObject({
      severity: 'error',
      // The message's remedy: the HA minimum of 3 members, which survive 1 failure (etcd FAQ).
      params: { members: 2, quorum: 2, faultTolerance: 0, minimum: 3, minimumFaultTolerance: 1 },
    });
  });

  it.each([4, 6, 8])('%i members (even) is a warning that names the odd count below', (members) => {
    expect(only(plan(etcdHa(members)).findings, 'etcd.even-member-count')).toMatchObject({
      severity: 'warning',
      params: { members, oddBelow: members - 1, oddAbove: members + 1 },
    });
  });

  it.each([3, 5, 7, 9])('%i members (odd) has no even-count warning', (members) => {
    expect(codes(plan(etcdHa(members)))).not.toContain('etcd.even-member-count');
  });

  it('more than 7 members is a warning; 7 is not', () => {
    expect(codes(plan(etcdHa(7)))).not.toContain('etcd.too-many-members');
    expect(only(plan(etcdHa(9)).findings, 'etcd.too-many-members')).toMatchObject({
      severity: 'warning',
      // etcd FAQ: odd counts, at most 7; the K3s HA docs: at least 3.
      params: { members: 9, recommendedMax: 7, suggestedCounts: [3, 5, 7] },
    });
  });

  it('states quorum and tolerated failures for embedded etcd only', () => {
    expect(only(plan(etcdHa(5)).findings, 'etcd.quorum')).toMatchObject({
      severity: 'info',
      params: { members: 5, quorum: 3, faultTolerance: 2 },
    });
    expect(codes(plan({ datastore: 'sqlite' }))).not.toContain('etcd.quorum');
    expect(codes(plan(externalHa(2, 'external-etcd')))).not.toContain('etcd.quorum');
  });

  it('a single embedded-etcd server in single mode is a note (room to add servers later)', () => {
    expect(
      only(plan({ haMode: 'single', datastore: 'embedded-etcd', servers: 1 }).findings, 'etcd.single-member').severity,
    ).toBe('info');
    expect(codes(plan(etcdHa(1)))).not.toContain('etcd.single-member');
  });

  it('states the disk space for quota and snapshots with embedded etcd only', () => {
    expect(only(plan(etcdHa(3)).findings, 'etcd.disk-space').params).toMatchObject({ retention: 5, intervalHours: 12 });
    expect(codes(plan({ datastore: 'sqlite' }))).not.toContain('etcd.disk-space');
  });
});

describe('disks', () => {
  it('an SD card under etcd is an error in both editions', () => {
    for (const rules of [seedRules, upstreamRules]) {
      expect(only(plan({ ...etcdHa(3), disk: 'sd-card' }, rules).findings, 'disk.flash-under-etcd')).toMatchObject({
        severity: 'error',
        params: { disk: 'sd-card' },
      });
    }
  });

  it('eMMC under etcd: a warning in the seed ("performance varies"), an error upstream ("cannot handle the IO load")', () => {
    expect(only(plan({ ...etcdHa(3), disk: 'emmc' }, seedRules).findings, 'disk.flash-under-etcd').severity).toBe(
      'warning',
    );
    expect(only(plan({ ...etcdHa(3), disk: 'emmc' }, upstreamRules).findings, 'disk.flash-under-etcd').severity).toBe(
      'error',
    );
  });

  it('applies to external etcd too, and not to SQLite', () => {
    expect(codes(plan({ ...externalHa(2, 'external-etcd'), disk: 'sd-card' }))).toContain('disk.flash-under-etcd');
    expect(codes(plan({ datastore: 'sqlite', disk: 'sd-card' }))).not.toContain('disk.flash-under-etcd');
  });

  it('an HDD under etcd warns about latency (etcd needs < 5 ms)', () => {
    expect(only(plan({ ...etcdHa(3), disk: 'hdd' }).findings, 'disk.hdd-under-etcd')).toMatchObject({
      severity: 'warning',
      params: { maxLatencyMs: 5 },
    });
    expect(codes(plan({ ...etcdHa(3), disk: 'nvme' }))).not.toContain('disk.hdd-under-etcd');
  });

  it.each(['hdd', 'sd-card', 'emmc'] as const)('%s under SQLite or SQL gets the SSD recommendation', (disk) => {
    expect(only(plan({ disk }).findings, 'disk.ssd-recommended').severity).toBe('info');
    expect(codes(plan({ ...externalHa(2), disk }))).toContain('disk.ssd-recommended');
  });

  it.each(['nvme', 'sata-ssd', 'cloud-volume'] as const)('%s raises no disk-fitness finding', (disk) => {
    const c = codes(plan({ disk }));
    expect(c).not.toContain('disk.ssd-recommended');
    expect(codes(plan({ ...etcdHa(3), disk }))).not.toContain('disk.hdd-under-etcd');
  });

  it('states the datastore IO needs: SQLite 10 IOPS < 10 ms, etcd 50 IOPS < 5 ms; none for SQL servers', () => {
    expect(only(plan({ datastore: 'sqlite' }).findings, 'disk.datastore-io').params).toEqual({
      datastore: 'sqlite',
      iops: 10,
      kibPerSecond: 500,
      maxLatencyMs: 10,
    });
    expect(only(plan(etcdHa(3)).findings, 'disk.datastore-io').params).toEqual({
      datastore: 'etcd',
      iops: 50,
      kibPerSecond: 250,
      maxLatencyMs: 5,
    });
    expect(codes(plan(externalHa(2, 'mysql')))).not.toContain('disk.datastore-io');
  });

  it('separate server and agent data when servers run workloads and hold the datastore', () => {
    expect(codes(plan({ serverWorkloads: 'shared' }))).toContain('disk.separate-server-agent-data');
    expect(codes(plan({ serverWorkloads: 'dedicated' }))).not.toContain('disk.separate-server-agent-data');
    expect(codes(plan({ ...externalHa(2), serverWorkloads: 'shared' }))).not.toContain(
      'disk.separate-server-agent-data',
    );
  });

  it('a cloud volume gets the smallest-size-for-maximum-IOPS advice', () => {
    expect(codes(plan({ disk: 'cloud-volume' }))).toContain('disk.cloud-volume-iops');
    expect(codes(plan({ disk: 'nvme' }))).not.toContain('disk.cloud-volume-iops');
  });
});

describe('cluster scale', () => {
  it('beyond 10 nodes, HA with an external database is recommended: a warning for a single server, a note for embedded etcd', () => {
    expect(codes(plan({ agents: 9 }))).not.toContain('cluster.production-ha-external');
    expect(only(plan({ agents: 10 }).findings, 'cluster.production-ha-external')).toMatchObject({
      severity: 'warning',
      params: { nodes: 11, minServers: 2 },
    });
    expect(only(plan({ ...etcdHa(3), agents: 8 }).findings, 'cluster.production-ha-external').severity).toBe('info');
    expect(codes(plan({ ...externalHa(2), agents: 500 }))).not.toContain('cluster.production-ha-external');
  });

  it('unique hostnames are asked for as soon as there are two nodes', () => {
    expect(codes(plan({ agents: 0 }))).not.toContain('cluster.unique-hostnames');
    expect(codes(plan({ agents: 1 }))).toContain('cluster.unique-hostnames');
  });

  it('agents join in batches of 50 or fewer once there are more than 50', () => {
    expect(codes(plan({ agents: 50 }))).not.toContain('cluster.join-in-batches');
    expect(only(plan({ agents: 51 }).findings, 'cluster.join-in-batches').params).toEqual({
      agents: 51,
      batchSize: 50,
      batches: 2,
    });
  });

  it('more than 5000 nodes is beyond what Kubernetes supports', () => {
    expect(codes(plan({ agents: 4999 }))).not.toContain('cluster.beyond-kubernetes-limits');
    // Kubernetes' large-cluster considerations: 5,000 nodes, 110 pods per node, 150,000 pods.
    expect(only(plan({ agents: 5000 }).findings, 'cluster.beyond-kubernetes-limits').params).toEqual({
      nodes: 5001,
      maxNodes: 5000,
      maxPodsPerNode: 110,
      maxPods: 150_000,
    });
  });
});

describe('platform', () => {
  it.each([seedRules, upstreamRules])(
    '$id: s390x on stable or latest is an error (no release since December 2023 ships it), whatever the edition lists',
    (rules) => {
      for (const k3sVersion of ['stable', 'latest', 'v1.28.4+k3s2', 'v1.27.9+k3s1', 'v1.29.0+k3s1']) {
        expect(
          only(plan({ arch: 's390x', k3sVersion }, rules).findings, 'platform.arch-builds-ended'),
          k3sVersion,
        ).toMatchObject({ severity: 'error', params: { releaseHasBuilds: false } });
      }
    },
  );
  it.each([seedRules, upstreamRules])('$id: a pinned release that still shipped s390x builds is a warning', (rules) => {
    for (const k3sVersion of ['v1.28.4+k3s1', 'v1.27.8+k3s1', 'v1.26.11+k3s1', 'v1.25.9+k3s1']) {
      expect(
        only(plan({ arch: 's390x', k3sVersion }, rules).findings, 'platform.arch-builds-ended'),
        k3sVersion,
      ).toMatchObject({ severity: 'warning', params: { releaseHasBuilds: true } });
    }
  });
  it('the superseded 2026.11 files keep grading by the edition’s listing (they know no release data)', () => {
    expect(only(plan({ arch: 's390x' }, seedRules2611).findings, 'platform.arch-builds-ended')).toMatchObject({
      severity: 'warning',
      params: { listed: true, endedOn: '2024-01-04', releaseHasBuilds: null },
    });
    expect(only(plan({ arch: 's390x' }, upstreamRules2611).findings, 'platform.arch-builds-ended')).toMatchObject({
      severity: 'error',
      params: { listed: false },
    });
    expect(codes(plan({ arch: 'arm64' }))).not.toContain('platform.arch-builds-ended');
  });

  it.each([
    ['v1.26.4+k3s1', true],
    ['v1.26.5+k3s1', false],
    ['v1.24.13+k3s1', true],
    ['v1.24.14+k3s1', false],
    ['v1.23.17+k3s1', true],
    ['v1.28.1+k3s1', false],
    ['stable', false],
  ])('arm64 on %s needs 4k pages → %s', (k3sVersion, expected) => {
    expect(codes(plan({ arch: 'arm64', k3sVersion })).includes('platform.arm64-page-size')).toBe(expected);
    expect(codes(plan({ arch: 'x86_64', k3sVersion }))).not.toContain('platform.arm64-page-size');
  });

  it('a Raspberry Pi-class board cannot host a server that needs more than 4 cores or 8 GB', () => {
    // seed: 3 servers + 98 agents = 101 nodes → Large, 8 vCPU / 16 GB.
    expect(
      only(plan({ ...etcdHa(3), agents: 98, device: 'low-power-board' }).findings, 'platform.board-too-small').params,
    ).toMatchObject({ needVcpu: 8, boardVcpu: 4 });
    // 3 + 7 = 10 nodes → Small, 2 vCPU / 4 GB: fits.
    expect(codes(plan({ ...etcdHa(3), agents: 7, device: 'low-power-board' }))).not.toContain(
      'platform.board-too-small',
    );
    expect(codes(plan({ ...etcdHa(3), agents: 98, device: 'server' }))).not.toContain('platform.board-too-small');
  });
  it('a board is checked as the memory it has: the Small row’s 4 GB fits a 4 GB board, not a 2 GB one', () => {
    const small = { ...etcdHa(3), agents: 7, device: 'low-power-board' } as const;
    expect(codes(plan({ ...small, boardMemoryGiB: 4 }))).not.toContain('platform.board-too-small');
    expect(only(plan({ ...small, boardMemoryGiB: 2 }).findings, 'platform.board-too-small').params).toMatchObject({
      needMemoryMiB: 4096,
      boardMemoryMiB: 2048,
    });
    // A single small-cluster server needs 2 GB (raised above the measured 1,596 M): a 1 GB board cannot host it.
    expect(
      only(plan({ agents: 2, device: 'low-power-board', boardMemoryGiB: 1 }).findings, 'platform.board-too-small')
        .params,
    ).toMatchObject({ needMemoryMiB: 2048, boardMemoryMiB: 1024 });
  });
});

describe('version', () => {
  it('an unknown minor line is reported and gates are checked against its first release', () => {
    const r = plan({ k3sVersion: 'v1.24', arch: 'arm64' });
    expect(only(r.findings, 'version.unknown-line').params).toEqual({ requested: 'v1.24', fallback: 'v1.24.0+k3s1' });
    expect(r.version).toMatchObject({ resolved: 'v1.24.0+k3s1', via: 'line-start' });
    expect(codes(r)).toContain('platform.arm64-page-size');
  });

  it('a known minor line resolves to its newest known patch', () => {
    expect(plan({ k3sVersion: 'v1.36' }).version).toMatchObject({ resolved: 'v1.36.3+k3s1', via: 'minor-channel' });
    expect(codes(plan({ k3sVersion: 'v1.36' }))).not.toContain('version.unknown-line');
  });
});

describe('every finding', () => {
  const samples: Partial<ClusterInput>[] = [
    {},
    { datastore: 'sqlite', servers: 3 },
    { ...etcdHa(4), disk: 'sd-card', arch: 's390x', agents: 6000 },
    { ...externalHa(1, 'mariadb'), disk: 'cloud-volume', device: 'low-power-board', agents: 900 },
  ];
  it('cites a document the rules file holds, and is ordered errors → warnings → notes', () => {
    for (const rules of [seedRules, upstreamRules]) {
      for (const sample of samples) {
        const { findings } = plan(sample, rules);
        for (const f of findings) expect(rules.sources).toHaveProperty([f.source.doc]);
        const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });
});

describe('sizing against measurements', () => {
  // The plan must not recommend 1 GB and warn, on the same page, that K3s was measured using 1.56 GB.
  it('seed: a single small-cluster server is raised from the table’s 1 GB to 2 GB, above the 1,596 M measured, with a note saying why', () => {
    const r = plan({ agents: 2 });
    expect(r.sizing.server).toMatchObject({ memoryMiB: 2048, raisedFromMiB: 1024 });
    expect(only(r.findings, 'sizing.below-measured')).toMatchObject({
      severity: 'info',
      params: { figureMiB: 1024, measuredMiB: 1596, plannedMiB: 2048 },
    });
    expect(r.sizing.totals.memoryMiB).toBe(2048);
  });
  it('a low-power board: 1,588 M measured on a Raspberry Pi 4 gives 2 GB too', () => {
    expect(plan({ agents: 2, device: 'low-power-board' }).sizing.server).toMatchObject({
      memoryMiB: 2048,
      raisedFromMiB: 1024,
    });
  });
  it('upstream: the 2 CPU / 4 GB row is above the measurement', () => {
    expect(codes(plan({ agents: 2 }, upstreamRules))).not.toContain('sizing.below-measured');
  });
  it('seed: the Small row for HA servers (4 GB) is above it', () => {
    expect(codes(plan({ ...etcdHa(3), agents: 2 }))).not.toContain('sizing.below-measured');
  });
});
