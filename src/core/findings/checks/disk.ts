import { datastoreEngine } from '../../model/ha';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

const FLASH = new Set(['sd-card', 'emmc']);

/** Whether the disk under the datastore can carry it: flash cards and spinning disks under etcd, SSD advice otherwise. */
export const checkDatastoreDisk: Check = ({ cluster, rules }) => {
  const kind = rules.disks.kinds.find((d) => d.id === cluster.disk);
  if (!kind) return [];
  const fields = ['cluster.disk', 'cluster.datastore'] as const;
  const ruleId = `disks.kinds[${kind.id}]`;
  const engine = datastoreEngine(cluster.datastore);
  if (engine === 'etcd') {
    if (kind.etcd === 'ok') return [];
    if (FLASH.has(kind.id)) {
      return [
        finding(
          'disk.flash-under-etcd',
          kind.etcd === 'unsuitable' ? 'error' : 'warning',
          { disk: kind.id, fitness: kind.etcd },
          { fields, ruleId, source: kind.source },
        ),
      ];
    }
    const io = rules.profiling.datastoreIo.find((d) => d.datastore === 'etcd');
    return [
      finding(
        'disk.hdd-under-etcd',
        kind.etcd === 'unsuitable' ? 'error' : 'warning',
        { disk: kind.id, maxLatencyMs: io?.maxLatencyMs ?? 0 },
        {
          fields,
          ruleId,
          source: rules.etcd.slowDiskSource,
        },
      ),
    ];
  }
  if (kind.kine === 'ok') return [];
  return [
    finding(
      'disk.ssd-recommended',
      kind.kine === 'unsuitable' ? 'warning' : 'info',
      { disk: kind.id },
      { fields, ruleId, source: rules.disks.ssdRecommended },
    ),
  ];
};

/** The sustained IO the datastore needs, from resource profiling (SQLite and etcd were measured). */
export const checkDatastoreIo: Check = ({ cluster, rules }) => {
  const engine = datastoreEngine(cluster.datastore);
  if (engine === 'sql') return [];
  const io = rules.profiling.datastoreIo.find((d) => d.datastore === engine);
  if (!io) return [];
  return [
    finding(
      'disk.datastore-io',
      'info',
      { datastore: io.datastore, iops: io.iops, kibPerSecond: io.kibPerSecond, maxLatencyMs: io.maxLatencyMs },
      {
        fields: ['cluster.disk'],
        ruleId: 'profiling.datastoreIo',
        source: rules.profiling.datastoreIoSource,
      },
    ),
  ];
};

/** Storage layout advice: separate server and agent data when servers share workloads; cloud volume sizing. */
export const checkStorageLayout: Check = ({ cluster, rules, sizing }) => {
  const out: AnyFinding[] = [];
  if (cluster.serverWorkloads === 'shared' && sizing.datastoreLocation === 'on-servers') {
    out.push(
      finding(
        'disk.separate-server-agent-data',
        'info',
        {},
        {
          fields: ['cluster.serverWorkloads', 'cluster.disk'],
          ruleId: 'disks.separateServerAndAgentData',
          source: rules.disks.separateServerAndAgentData,
        },
      ),
    );
  }
  if (cluster.disk === 'cloud-volume') {
    out.push(
      finding(
        'disk.cloud-volume-iops',
        'info',
        {},
        {
          fields: ['cluster.disk'],
          ruleId: 'disks.cloudMinimumSizeForMaxIops',
          source: rules.disks.cloudMinimumSizeForMaxIops,
        },
      ),
    );
  }
  return out;
};
