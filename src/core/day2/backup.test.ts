/**
 * Backups and restore per datastore. Expected values are the K3s docs' own: the etcd-snapshot page
 * (k3s-io/docs docs/cli/etcd-snapshot.md at 001bff5b), the backup-restore page and K3s's flag
 * defaults (pkg/cli/cmds/server.go at af977adf), not this code's output.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../plan/compute-plan';
import { day2Of, plan, seedRules, upstreamRules, seedRules2611 } from '../testing/fixtures';
import type { Day2Result } from './day2';

const HA = { servers: 3, agents: 4, haMode: 'ha-embedded', datastore: 'embedded-etcd' } as const;

function day2(r: PlanResult): Day2Result {
  const d = day2Of(r);
  if (!d) throw new Error('no day-2 result');
  return d;
}
/** The backup's own findings (the tokens' and the air gap's sit beside them, decision 024). */
const backupFindings = (d: Day2Result) => d.findings.filter((f) => f.code.startsWith('backup.'));
const codes = (d: Day2Result) => backupFindings(d).map((f) => f.code);
/** A step's commands with sudo and the plan's placeholders taken off, as the docs write them. */
const docsForm = (commands: readonly string[]) =>
  commands.map((c) =>
    c
      .replace(/^sudo /, '')
      .replace(/"\$\{SNAPSHOT:\?[^}]*\}"/, '<SNAPSHOT>')
      .replace(/"\$\{BACKUP:\?[^}]*\}"/, '<BACKUP>'),
  );

describe('embedded etcd', () => {
  it('keeps K3s’s defaults: snapshots at 00:00 and 12:00 (0 */12 * * *), 5 retained, in ${data-dir}/server/db/snapshots, so no file is needed', () => {
    const b = day2(plan(HA)).backup;
    expect(b.kind).toBe('etcd-snapshots');
    expect(b.snapshots).toMatchObject({
      enabled: true,
      schedule: '0 */12 * * *',
      retention: 5,
      directory: '/var/lib/rancher/k3s/server/db/snapshots',
      s3: null,
    });
    expect(b.dropIn).toBeNull();
  });

  it('restores as the docs’ “Multiple Servers” tab: stop all, reset one from the snapshot, start it, delete the others’ db and start them', () => {
    const b = day2(plan(HA)).backup;
    expect(b.restoreSteps.map((s) => [s.id, s.nodes, docsForm(s.commands)])).toEqual([
      ['stop-servers', ['server-1', 'server-2', 'server-3'], ['systemctl stop k3s']],
      [
        'reset-from-local',
        ['server-1'],
        ['k3s server --cluster-reset --cluster-reset-restore-path=/var/lib/rancher/k3s/server/db/snapshots/<SNAPSHOT>'],
      ],
      ['start-first', ['server-1'], ['systemctl start k3s']],
      ['clear-other-servers', ['server-2', 'server-3'], ['rm -rf /var/lib/rancher/k3s/server/db/']],
      ['start-other-servers', ['server-2', 'server-3'], ['systemctl start k3s']],
    ]);
  });

  it('a single server restores as the “Single Server” tab: stop, reset from the snapshot, start', () => {
    const b = day2(plan({ servers: 1, datastore: 'embedded-etcd' })).backup;
    expect(b.restoreSteps.map((s) => s.id)).toEqual(['stop-servers', 'reset-from-local', 'start-first']);
    expect(backupFindings(day2(plan({ servers: 1, datastore: 'embedded-etcd' })))).toEqual([]);
  });

  it('an HA plan without S3 keeps every snapshot on the servers themselves: a warning', () => {
    const d = day2(plan(HA));
    expect(codes(d)).toEqual(['backup.no-off-machine-copy']);
    expect(backupFindings(d)[0]).toMatchObject({ severity: 'warning', params: { servers: 3 }, fields: ['backup.s3'] });
  });

  it('S3 writes the etcd-s3 keys with placeholder credentials; the restore passes only the snapshot’s name, or --etcd-s3=false and the full path for a local file', () => {
    const d = day2(
      plan(HA, seedRules, {
        backup: {
          s3: true,
          s3Endpoint: 'minio.example.com:9000',
          s3Bucket: 'k3s-backups',
          s3Folder: 'prod',
          s3VerifyTls: false,
        },
      }),
    );
    expect(Object.fromEntries(d.backup.dropIn?.file.entries.map((e) => [e.key, e.value]) ?? [])).toEqual({
      'etcd-s3': true,
      'etcd-s3-endpoint': 'minio.example.com:9000',
      'etcd-s3-bucket': 'k3s-backups',
      'etcd-s3-folder': 'prod',
      'etcd-s3-skip-ssl-verify': true,
      'etcd-s3-access-key': '<s3-access-key>',
      'etcd-s3-secret-key': '<s3-secret-key>',
    });
    expect(d.backup.dropIn?.path).toBe('/etc/rancher/k3s/config.yaml.d/etcd-snapshots.yaml');
    const steps = new Map(d.backup.restoreSteps.map((s) => [s.id, docsForm(s.commands)]));
    expect(steps.get('reset-from-s3')).toEqual(['k3s server --cluster-reset --cluster-reset-restore-path=<SNAPSHOT>']);
    expect(steps.get('reset-from-local')).toEqual([
      'k3s server --cluster-reset --etcd-s3=false --cluster-reset-restore-path=/var/lib/rancher/k3s/server/db/snapshots/<SNAPSHOT>',
    ]);
    expect(codes(d)).toEqual([]);
  });

  it('the S3 endpoint and region left empty are K3s’s own (s3.amazonaws.com, us-east-1) and not written; a missing bucket is a placeholder and a warning', () => {
    const d = day2(plan(HA, upstreamRules, { backup: { s3: true } }));
    expect(d.backup.snapshots?.s3).toMatchObject({
      endpoint: 's3.amazonaws.com',
      region: 'us-east-1',
      bucket: '<s3-bucket>',
    });
    const keys = d.backup.dropIn?.file.entries.map((e) => e.key);
    expect(keys).not.toContain('etcd-s3-endpoint');
    expect(keys).not.toContain('etcd-s3-region');
    expect(d.backup.dropIn?.file.entries.find((e) => e.key === 'etcd-s3-bucket')).toMatchObject({ placeholder: true });
    expect(codes(d)).toEqual(['backup.s3-bucket-missing']);
  });

  it('a schedule, retention and directory of the plan’s own become etcd-snapshot-* keys; the default written out is still left out', () => {
    const entries = (backup: object) =>
      Object.fromEntries(
        day2(plan(HA, seedRules, { backup })).backup.dropIn?.file.entries.map((e) => [e.key, e.value]) ?? [],
      );
    expect(entries({ schedule: '0 */6 * * *', retention: 10, directory: '/mnt/snapshots' })).toEqual({
      'etcd-snapshot-schedule-cron': '0 */6 * * *',
      'etcd-snapshot-retention': 10,
      'etcd-snapshot-dir': '/mnt/snapshots',
    });
    expect(entries({ schedule: '0 */12 * * *', retention: 5 })).toEqual({});
  });

  it('snapshots off: --etcd-disable-snapshots and a warning, and no disk for them', () => {
    const d = day2(plan(HA, seedRules, { backup: { snapshots: false } }));
    expect(d.backup.dropIn?.file.entries.map((e) => [e.key, e.value])).toEqual([['etcd-disable-snapshots', true]]);
    expect(codes(d)).toEqual(['backup.snapshots-disabled']);
    expect(d.backup.disk).toBeNull();
  });

  it('the retained snapshots, each at most the 2 GiB quota, and the database beside them: (10 + 1) × 2 GiB = 22 GiB is more than a 20 GiB disk', () => {
    const d = day2(plan(HA, seedRules, { backup: { retention: 10, diskGiB: 20, s3: true, s3Bucket: 'b-1' } }));
    expect(d.backup.disk).toMatchObject({ quotaMiB: 2048, neededMiB: 22 * 1024, withDatabase: true, fits: false });
    expect(backupFindings(d).map((f) => [f.code, f.fields])).toEqual([
      ['backup.disk-too-small', ['backup.diskGiB', 'backup.retention']],
    ]);
    // On a disk of their own the database does not count: 10 × 2 GiB fits in 20 GiB.
    const own = day2(
      plan(HA, seedRules, {
        backup: { retention: 10, diskGiB: 20, directory: '/mnt/snap', s3: true, s3Bucket: 'b-1' },
      }),
    );
    expect(own.backup.disk).toMatchObject({ neededMiB: 20 * 1024, withDatabase: false, fits: true });
    expect(codes(own)).toEqual([]);
  });
});

describe('SQLite and external datastores', () => {
  it('SQLite: a copy of /var/lib/rancher/k3s/server/db/ and the token, restored in place', () => {
    const b = day2(plan()).backup;
    expect(b.kind).toBe('sqlite-copy');
    const [copy] = b.backupSteps;
    expect(copy?.commands.join('\n')).toContain('var/lib/rancher/k3s/server/db var/lib/rancher/k3s/server/token');
    expect(b.restoreSteps[0]?.commands).toContain('sudo rm -rf /var/lib/rancher/k3s/server/db');
    expect(b.snapshots).toBeNull();
  });

  it('external PostgreSQL: the database’s own backup, and the server token kept from a server', () => {
    const b = day2(plan({ servers: 2, haMode: 'ha-external', datastore: 'postgres' })).backup;
    expect(b.kind).toBe('database');
    expect(b.backupSteps.map((s) => [s.id, s.commands])).toEqual([
      ['database-backup', []],
      ['save-token', ['sudo cat /var/lib/rancher/k3s/server/token']],
    ]);
    expect(b.restoreSteps.map((s) => s.id)).toEqual(['stop-servers', 'database-restore', 'start-servers']);
  });

  it('every kind keeps the server token file, /var/lib/rancher/k3s/server/token (backup-restore warning)', () => {
    for (const r of [plan(), plan(HA), plan({ servers: 2, haMode: 'ha-external', datastore: 'mysql' })])
      expect(day2(r).backup.tokenFile).toBe('/var/lib/rancher/k3s/server/token');
  });
});

describe('rules files without the day-2 facts', () => {
  it('a plan pinned to 2026.11 has no day-2 result, and everything else is as before', () => {
    const r = plan(HA, seedRules2611);
    expect(day2Of(r)).toBeNull();
  });
});
