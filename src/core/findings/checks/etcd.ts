import { finding, type AnyFinding } from '../finding';
import { datastoreHosts } from '../../sizing/sizing';
import type { Check } from './context';

/** Quorum arithmetic of embedded etcd: member counts that give no or no extra fault tolerance, and the resulting quorum. */
export const checkEtcdMembers: Check = ({ cluster, rules, sizing }) => {
  const q = sizing.etcd;
  if (q === null) return [];
  const out: AnyFinding[] = [];
  const where = { fields: ['cluster.servers'] as const, ruleId: 'etcd.quorum', source: rules.etcd.quorumSource };
  if (q.members === 1) {
    if (cluster.haMode === 'single')
      out.push(finding('etcd.single-member', 'info', { members: 1 }, { ...where, source: rules.etcd.topologySource }));
  } else if (q.members === 2) {
    out.push(
      finding('etcd.two-members', 'error', { members: 2, quorum: q.quorum, faultTolerance: q.faultTolerance }, where),
    );
  } else if (q.members % 2 === 0) {
    out.push(
      finding(
        'etcd.even-member-count',
        'warning',
        { members: q.members, quorum: q.quorum, faultTolerance: q.faultTolerance, oddBelow: q.members - 1 },
        where,
      ),
    );
  }
  if (q.members > rules.etcd.recommendedMaxMembers) {
    out.push(
      finding(
        'etcd.too-many-members',
        'warning',
        { members: q.members, recommendedMax: rules.etcd.recommendedMaxMembers },
        {
          ...where,
          ruleId: 'etcd.recommendedMaxMembers',
        },
      ),
    );
  }
  out.push(
    finding('etcd.quorum', 'info', { members: q.members, quorum: q.quorum, faultTolerance: q.faultTolerance }, where),
  );
  return out;
};

/** Disk space for the etcd database at its quota plus the snapshots kept beside it. */
export const checkEtcdDiskSpace: Check = ({ sizing }) => {
  const d = sizing.server.etcdDisk;
  if (d === null) return [];
  return [
    finding(
      'etcd.disk-space',
      'info',
      {
        quotaMiB: d.quotaMiB,
        retention: d.snapshotRetention,
        intervalHours: d.snapshotIntervalHours,
        atDefaultQuotaMiB: d.atDefaultQuotaMiB,
        suggestedMaxQuotaMiB: d.suggestedMaxQuotaMiB,
        atSuggestedMaxQuotaMiB: d.atSuggestedMaxQuotaMiB,
        directory: d.snapshotDirectory,
      },
      { fields: ['cluster.disk'], ruleId: 'etcd.quotaMiB', source: d.quotaSource },
    ),
  ];
};

/**
 * An external etcd datastore is an etcd cluster of its own: its members' count decides its fault
 * tolerance the same way (etcd FAQ). Judged once its hosts are entered.
 */
export const checkExternalEtcdMembers: Check = ({ cluster, install, rules, sizing }) => {
  const q = sizing.database?.quorum ?? null;
  if (cluster.datastore !== 'external-etcd' || q === null || datastoreHosts(install.datastoreHost).length === 0)
    return [];
  const severity =
    q.members === 2
      ? 'error'
      : q.members === 1 || q.members % 2 === 0 || q.members > rules.etcd.recommendedMaxMembers
        ? 'warning'
        : 'info';
  return [
    finding(
      'datastore.external-etcd-members',
      severity,
      {
        members: q.members,
        quorum: q.quorum,
        faultTolerance: q.faultTolerance,
        recommendedMax: rules.etcd.recommendedMaxMembers,
      },
      {
        fields: ['install.datastoreHost'],
        ruleId: 'etcd.quorum',
        source: rules.etcd.quorumSource,
      },
    ),
  ];
};
