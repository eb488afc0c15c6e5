import { finding, type AnyFinding } from '../finding';
import type { Rules } from '../../model/rules';
import { etcdQuorum } from '../../sizing/etcd';
import { datastoreHosts } from '../../sizing/sizing';
import type { Check } from './context';

/** The odd member counts from the HA minimum up to the suggested maximum (3, 5, 7): the counts to suggest. */
function suggestedCounts(rules: Pick<Rules, 'etcd'>): number[] {
  const { haMinServers, recommendedMaxMembers } = rules.etcd;
  const out: number[] = [];
  for (let n = haMinServers; n <= recommendedMaxMembers; n += 1) if (n % 2 === 1) out.push(n);
  return out.length > 0 ? out : [haMinServers];
}

/** Quorum arithmetic of embedded etcd: member counts that give no or no extra fault tolerance, and the resulting quorum. */
export const checkEtcdMembers: Check = ({ cluster, rules, sizing }) => {
  const q = sizing.etcd;
  if (q === null) return [];
  const out: AnyFinding[] = [];
  const where = { fields: ['cluster.servers'] as const, ruleId: 'etcd.quorum', source: rules.etcd.quorumSource };
  if (q.members === 1) {
    if (cluster.haMode === 'single')
      out.push(
        finding(
          'etcd.single-member',
          'info',
          { members: 1, minimum: rules.etcd.haMinServers, suggestedCounts: suggestedCounts(rules) },
          { ...where, source: rules.etcd.topologySource },
        ),
      );
  } else if (q.members === 2) {
    out.push(
      finding(
        'etcd.two-members',
        'error',
        {
          members: 2,
          quorum: q.quorum,
          faultTolerance: q.faultTolerance,
          minimum: rules.etcd.haMinServers,
          minimumFaultTolerance: etcdQuorum(rules.etcd.haMinServers, rules.etcd.quorumSource).faultTolerance,
        },
        where,
      ),
    );
  } else if (q.members % 2 === 0) {
    out.push(
      finding(
        'etcd.even-member-count',
        'warning',
        {
          members: q.members,
          quorum: q.quorum,
          faultTolerance: q.faultTolerance,
          oddBelow: q.members - 1,
          oddAbove: q.members + 1,
        },
        where,
      ),
    );
  }
  if (q.members > rules.etcd.recommendedMaxMembers) {
    out.push(
      finding(
        'etcd.too-many-members',
        'warning',
        {
          members: q.members,
          recommendedMax: rules.etcd.recommendedMaxMembers,
          suggestedCounts: suggestedCounts(rules),
        },
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
        suggestedCounts: suggestedCounts(rules),
      },
      {
        fields: ['install.datastoreHost'],
        ruleId: 'etcd.quorum',
        source: rules.etcd.quorumSource,
      },
    ),
  ];
};
