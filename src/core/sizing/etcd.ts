import type { Rules, SourceRef } from '../model/rules';

export interface EtcdQuorum {
  readonly members: number;
  /** Members that must agree for a write: floor(n/2) + 1. */
  readonly quorum: number;
  /** Members that may fail while the cluster keeps a quorum. */
  readonly faultTolerance: number;
  readonly source: SourceRef;
}

/** Quorum and fault tolerance of an etcd cluster of `members` voting members (etcd FAQ). */
export function etcdQuorum(members: number, source: SourceRef): EtcdQuorum {
  const quorum = Math.floor(members / 2) + 1;
  return { members, quorum, faultTolerance: members - quorum, source };
}

export interface EtcdDiskSpace {
  readonly quotaMiB: number;
  readonly suggestedMaxQuotaMiB: number;
  readonly snapshotRetention: number;
  readonly snapshotIntervalHours: number;
  readonly snapshotDirectory: string;
  /** Database at its quota plus the retained snapshots, each at most the database's size. */
  readonly atDefaultQuotaMiB: number;
  readonly atSuggestedMaxQuotaMiB: number;
  readonly quotaSource: SourceRef;
  readonly snapshotSource: SourceRef;
}

/**
 * Disk space etcd can take on each server: the database quota plus `retention` local snapshots,
 * each no larger than the database. Derived from the quota and snapshot defaults; OS, images and
 * workload data come on top.
 */
export function etcdDiskSpace(rules: Rules): EtcdDiskSpace {
  const { quotaMiB, snapshots } = rules.etcd;
  const withSnapshots = (quota: number): number => quota * (1 + snapshots.retention);
  return {
    quotaMiB: quotaMiB.default,
    suggestedMaxQuotaMiB: quotaMiB.suggestedMax,
    snapshotRetention: snapshots.retention,
    snapshotIntervalHours: snapshots.intervalHours,
    snapshotDirectory: snapshots.directory,
    atDefaultQuotaMiB: withSnapshots(quotaMiB.default),
    atSuggestedMaxQuotaMiB: withSnapshots(quotaMiB.suggestedMax),
    quotaSource: rules.etcd.quotaSource,
    snapshotSource: rules.etcd.snapshotSource,
  };
}
