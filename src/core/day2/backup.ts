import type { ConfigEntry, ConfigFile } from '../config/config-files';
import { finding, type AnyDay2Finding } from '../findings/finding';
import { datastoreEngine } from '../model/ha';
import { meetsGate, type K3sVersion } from '../model/k3s-version';
import type { Datastore, PlanInput } from '../model/plan-input';
import type { BackupRules, Rules, SourceRef } from '../model/rules';
import { required, serverNamesOf, step, type CommandStep } from './steps';

/** How this plan's datastore is backed up: K3s's etcd snapshots, a copy of SQLite's files, or the database's own backup. */
export type BackupKind = 'etcd-snapshots' | 'sqlite-copy' | 'database';

/** Stand-ins for what only the operator knows; never filled from the page, never in the link. */
export const S3_PLACEHOLDERS = {
  bucket: '<s3-bucket>',
  accessKey: '<s3-access-key>',
  secretKey: '<s3-secret-key>',
} as const;

/** The drop-in config file that carries the snapshot settings, next to every server's config.yaml. */
export const SNAPSHOT_DROP_IN = 'etcd-snapshots.yaml';

export interface S3Target {
  readonly endpoint: string;
  /** The bucket, or a placeholder while none is given. */
  readonly bucket: string;
  readonly folder: string;
  readonly region: string;
  readonly verifyTls: boolean;
  /** The environment variables K3s also reads the keys from (server.go), instead of the file. */
  readonly accessKeyEnv: string;
  readonly secretKeyEnv: string;
}

/** etcd's scheduled snapshots as this plan has them: K3s's defaults unless the plan sets them. */
export interface SnapshotSettings {
  readonly enabled: boolean;
  readonly schedule: string;
  readonly scheduleIsDefault: boolean;
  readonly retention: number;
  readonly directory: string;
  readonly s3: S3Target | null;
}

/**
 * Disk the retained snapshots take on each server: each at most the database's size, which is at
 * most etcd's quota; with the database itself when they share its disk (the default directory is
 * inside the database's).
 */
export interface SnapshotDisk {
  readonly quotaMiB: number;
  readonly suggestedMaxQuotaMiB: number;
  readonly retention: number;
  readonly withDatabase: boolean;
  readonly neededMiB: number;
  readonly neededAtSuggestedMaxMiB: number;
  /** The free space the plan gives for the snapshots, or null. */
  readonly diskGiB: number | null;
  readonly fits: boolean | null;
}

export interface BackupPlan {
  readonly kind: BackupKind;
  readonly datastore: Datastore;
  readonly snapshots: SnapshotSettings | null;
  readonly disk: SnapshotDisk | null;
  /** The settings that differ from K3s's defaults, as a drop-in file for every server; null when there are none. */
  readonly dropIn: { readonly file: ConfigFile; readonly path: string } | null;
  readonly backupSteps: readonly CommandStep[];
  readonly restoreSteps: readonly CommandStep[];
  /** The server token file: kept with every backup, since the datastore's bootstrap data is encrypted with it. */
  readonly tokenFile: string;
  readonly source: SourceRef;
}

const entry = (key: string, value: ConfigEntry['value'], placeholder = false): ConfigEntry => ({
  key,
  value,
  setting: null,
  placeholder,
});

function snapshotSettings(input: PlanInput, facts: BackupRules): SnapshotSettings {
  const b = input.backup;
  const schedule = b.schedule.trim();
  return {
    enabled: b.snapshots,
    schedule: schedule === '' ? facts.snapshots.scheduleCron : schedule,
    scheduleIsDefault: schedule === '' || schedule === facts.snapshots.scheduleCron,
    retention: b.retention ?? facts.snapshots.retention,
    directory: b.directory === '' ? facts.snapshots.directory : b.directory,
    s3: b.s3
      ? {
          endpoint: b.s3Endpoint === '' ? facts.s3.endpoint : b.s3Endpoint,
          bucket: b.s3Bucket === '' ? S3_PLACEHOLDERS.bucket : b.s3Bucket,
          folder: b.s3Folder,
          region: b.s3Region === '' ? facts.s3.region : b.s3Region,
          verifyTls: b.s3VerifyTls,
          accessKeyEnv: facts.s3.accessKeyEnv,
          secretKeyEnv: facts.s3.secretKeyEnv,
        }
      : null,
  };
}

/** The `etcd-snapshot-*` and `etcd-s3*` keys of `k3s server` for what differs from K3s's defaults. */
function snapshotEntries(
  s: SnapshotSettings,
  input: PlanInput,
  facts: BackupRules,
  version: K3sVersion,
): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  if (!s.enabled) out.push(entry('etcd-disable-snapshots', true));
  else {
    if (!s.scheduleIsDefault) out.push(entry('etcd-snapshot-schedule-cron', s.schedule));
    if (s.retention !== facts.snapshots.retention) out.push(entry('etcd-snapshot-retention', s.retention));
  }
  if (s.directory !== facts.snapshots.directory) out.push(entry('etcd-snapshot-dir', s.directory));
  if (s.s3) {
    out.push(entry('etcd-s3', true));
    if (s.s3.endpoint !== facts.s3.endpoint) out.push(entry('etcd-s3-endpoint', s.s3.endpoint));
    out.push(entry('etcd-s3-bucket', s.s3.bucket, input.backup.s3Bucket === ''));
    if (s.s3.folder !== '') out.push(entry('etcd-s3-folder', s.s3.folder));
    // From the releases with --etcd-s3-retention, S3 keeps its own count (K3s's default, 5) instead
    // of following --etcd-snapshot-retention as before: the plan's retention is written for S3 too
    // (decision 024), so both keep what the plan asks for.
    const s3Retention = facts.s3Retention;
    if (s3Retention && s.retention !== facts.snapshots.retention && meetsGate(version, s3Retention.since))
      out.push(entry(s3Retention.flag, s.retention));
    if (s.s3.region !== facts.s3.region) out.push(entry('etcd-s3-region', s.s3.region));
    if (!s.s3.verifyTls) out.push(entry('etcd-s3-skip-ssl-verify', true));
    out.push(entry('etcd-s3-access-key', S3_PLACEHOLDERS.accessKey, true));
    out.push(entry('etcd-s3-secret-key', S3_PLACEHOLDERS.secretKey, true));
  }
  return out;
}

function snapshotDisk(s: SnapshotSettings, input: PlanInput, rules: Rules): SnapshotDisk {
  const { quotaMiB } = rules.etcd;
  const withDatabase = input.backup.directory === '';
  const need = (quota: number): number => quota * (s.retention + (withDatabase ? 1 : 0));
  const diskGiB = input.backup.diskGiB > 0 ? input.backup.diskGiB : null;
  return {
    quotaMiB: quotaMiB.default,
    suggestedMaxQuotaMiB: quotaMiB.suggestedMax,
    retention: s.retention,
    withDatabase,
    neededMiB: need(quotaMiB.default),
    neededAtSuggestedMaxMiB: need(quotaMiB.suggestedMax),
    diskGiB,
    fits: diskGiB === null ? null : need(quotaMiB.default) <= diskGiB * 1024,
  };
}

/** The servers and the words every kind of backup uses. */
interface BackupTargets {
  readonly servers: readonly string[];
  readonly first: readonly string[];
  readonly others: readonly string[];
  readonly service: string;
  readonly tokenFile: string;
  /** Keeping the server token, a step of every kind of backup. */
  readonly saveToken: CommandStep;
}

type BackupResult = { plan: BackupPlan; findings: AnyDay2Finding[] };

/** The snapshot settings that differ from K3s's defaults as a drop-in file, or null when none do. */
function snapshotDropIn(entries: ConfigEntry[], facts: BackupRules): BackupPlan['dropIn'] {
  if (entries.length === 0) return null;
  return {
    file: { role: 'server' as const, fileName: SNAPSHOT_DROP_IN, entries },
    path: `${facts.configDropIns.directory}/${SNAPSHOT_DROP_IN}`,
  };
}

/** Backing up embedded etcd: the drop-in on every server, the token, an on-demand snapshot and the list of snapshots. */
function etcdBackupSteps(
  t: BackupTargets,
  dropIn: BackupPlan['dropIn'],
  facts: BackupRules,
  waitReady: string,
): CommandStep[] {
  return [
    ...(dropIn
      ? [
          step('install-drop-in', 'all-servers', t.servers, [
            `sudo mkdir -p ${facts.configDropIns.directory}`,
            `sudo install -m 600 ${SNAPSHOT_DROP_IN} ${dropIn.path}`,
            `sudo systemctl restart ${t.service}`,
            waitReady,
          ]),
        ]
      : []),
    t.saveToken,
    step('on-demand-snapshot', 'first-server', t.first, ['sudo k3s etcd-snapshot save']),
    step('list-snapshots', 'first-server', t.first, ['sudo k3s etcd-snapshot ls']),
  ];
}

/** Restoring embedded etcd: stop every server, reset the first from a snapshot, start it, then the others afresh. */
function etcdRestoreSteps(t: BackupTargets, s: SnapshotSettings, facts: BackupRules): CommandStep[] {
  const restoreLocal = [
    `sudo k3s server --cluster-reset${s.s3 ? ' --etcd-s3=false' : ''} --cluster-reset-restore-path=${s.directory}/${required('SNAPSHOT', 'the snapshot file name')}`,
  ];
  return [
    step('stop-servers', 'all-servers', t.servers, [`sudo systemctl stop ${t.service}`]),
    ...(s.s3
      ? [
          step('reset-from-s3', 'first-server', t.first, [
            `sudo k3s server --cluster-reset --cluster-reset-restore-path=${required('SNAPSHOT', 'the snapshot name')}`,
          ]),
        ]
      : []),
    step('reset-from-local', 'first-server', t.first, restoreLocal),
    step('start-first', 'first-server', t.first, [`sudo systemctl start ${t.service}`]),
    ...(t.others.length > 0
      ? [
          step('clear-other-servers', 'other-servers', t.others, [`sudo rm -rf ${facts.restore.databaseDirectory}/`]),
          step('start-other-servers', 'other-servers', t.others, [`sudo systemctl start ${t.service}`]),
        ]
      : []),
  ];
}

/** Each risk of the snapshot settings is a warning. */
const warning = <C extends Parameters<typeof finding>[0]>(
  code: C,
  params: Parameters<typeof finding<C>>[2],
  where: Parameters<typeof finding<C>>[3],
) => finding(code, 'warning', params, where);

/** What the snapshot settings risk: no snapshots, no copy off the servers, too little disk, no bucket named. */
function snapshotFindings(
  s: SnapshotSettings,
  disk: SnapshotDisk | null,
  input: PlanInput,
  rules: Rules,
  facts: BackupRules,
): AnyDay2Finding[] {
  const { servers } = input.cluster;
  const findings: AnyDay2Finding[] = [];
  const { source } = facts.s3;
  if (!s.enabled)
    findings.push(
      warning(
        'backup.snapshots-disabled',
        { servers },
        { fields: ['backup.snapshots'], ruleId: 'backup.snapshots', source: facts.snapshots.source },
      ),
    );
  else if (servers > 1 && !s.s3)
    findings.push(
      warning(
        'backup.no-off-machine-copy',
        { servers, directory: s.directory },
        { fields: ['backup.s3'], ruleId: 'backup.s3', source },
      ),
    );
  if (disk?.fits === false && disk.diskGiB !== null) {
    const { diskGiB, neededMiB, retention, quotaMiB, withDatabase } = disk;
    findings.push(
      warning(
        'backup.disk-too-small',
        { diskGiB, neededMiB, retention, quotaMiB, withDatabase },
        { fields: ['backup.diskGiB', 'backup.retention'], ruleId: 'etcd.quotaMiB', source: rules.etcd.quotaSource },
      ),
    );
  }
  if (s.s3 && input.backup.s3Bucket === '')
    findings.push(
      warning(
        'backup.s3-bucket-missing',
        { placeholder: S3_PLACEHOLDERS.bucket },
        { fields: ['backup.s3Bucket'], ruleId: 'backup.s3', source },
      ),
    );
  return findings;
}

/** Embedded etcd: K3s's scheduled snapshots, set by a drop-in file, and the cluster reset that restores one. */
function etcdBackup(
  t: BackupTargets,
  input: PlanInput,
  rules: Rules,
  facts: BackupRules,
  ctx: { readonly waitReady: string; readonly version: K3sVersion },
): BackupResult {
  const s = snapshotSettings(input, facts);
  const dropIn = snapshotDropIn(snapshotEntries(s, input, facts, ctx.version), facts);
  const disk = s.enabled ? snapshotDisk(s, input, rules) : null;
  return {
    plan: {
      kind: 'etcd-snapshots',
      datastore: input.cluster.datastore,
      snapshots: s,
      disk,
      dropIn,
      backupSteps: etcdBackupSteps(t, dropIn, facts, ctx.waitReady),
      restoreSteps: etcdRestoreSteps(t, s, facts),
      tokenFile: t.tokenFile,
      source: facts.snapshots.source,
    },
    findings: snapshotFindings(s, disk, input, rules, facts),
  };
}

/** SQLite: a copy of its files and the token, with the server stopped. */
function sqliteBackup(t: BackupTargets, datastore: Datastore, facts: BackupRules): BackupResult {
  // The files, relative to / so that one archive holds both wherever the rules put them.
  const paths = [facts.sqlite.directory, t.tokenFile].map((p) => p.replace(/^\//, '')).join(' ');
  return {
    plan: {
      kind: 'sqlite-copy',
      datastore,
      snapshots: null,
      disk: null,
      dropIn: null,
      backupSteps: [
        step('sqlite-copy', 'server', t.first, [
          `sudo systemctl stop ${t.service}`,
          `sudo tar -czf "k3s-backup-$(date +%Y%m%d%H%M%S).tar.gz" -C / ${paths}`,
          `sudo systemctl start ${t.service}`,
        ]),
      ],
      restoreSteps: [
        step('sqlite-restore', 'server', t.first, [
          `sudo systemctl stop ${t.service}`,
          `sudo rm -rf ${facts.sqlite.directory}`,
          `sudo tar -xzf ${required('BACKUP', 'the backup file')} -C /`,
          `sudo systemctl start ${t.service}`,
        ]),
      ],
      tokenFile: t.tokenFile,
      source: facts.sqlite.source,
    },
    findings: [],
  };
}

/** An external database: its own backup and restore, with the servers stopped around the restore. */
function databaseBackup(t: BackupTargets, datastore: Datastore, facts: BackupRules): BackupResult {
  return {
    plan: {
      kind: 'database',
      datastore,
      snapshots: null,
      disk: null,
      dropIn: null,
      backupSteps: [step('database-backup', 'database', [], []), t.saveToken],
      restoreSteps: [
        step('stop-servers', 'all-servers', t.servers, [`sudo systemctl stop ${t.service}`]),
        step('database-restore', 'database', [], []),
        step('start-servers', 'all-servers', t.servers, [`sudo systemctl start ${t.service}`]),
      ],
      tokenFile: t.tokenFile,
      source: facts.externalSource,
    },
    findings: [],
  };
}

/**
 * Backups and their restore for this plan's datastore (decision 020), from the K3s docs'
 * backup-restore and etcd-snapshot pages: the snapshot settings for embedded etcd as a drop-in
 * config file, the disk they need, and the steps to restore, in order; a copy of SQLite's files;
 * an external database's own backup. Every kind keeps the server token.
 */
export function planBackup(
  input: PlanInput,
  rules: Rules,
  facts: BackupRules,
  waitReady: string,
  version: K3sVersion,
): BackupResult {
  const { datastore } = input.cluster;
  const servers = serverNamesOf(input);
  const first = servers.slice(0, 1);
  const tokenFile = facts.token.file;
  const targets: BackupTargets = {
    servers,
    first,
    others: servers.slice(1),
    service: facts.restore.serverService,
    tokenFile,
    saveToken: step('save-token', 'first-server', first, [`sudo cat ${tokenFile}`]),
  };
  if (datastore === 'embedded-etcd') return etcdBackup(targets, input, rules, facts, { waitReady, version });
  if (datastoreEngine(datastore) === 'sqlite') return sqliteBackup(targets, datastore, facts);
  return databaseBackup(targets, datastore, facts);
}
