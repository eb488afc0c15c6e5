import type { ClusterInput, Datastore, HaMode, HostInput, OperatingSystem } from './plan-input';
import { DEFAULT_OS_VERSIONS, EXTERNAL_DATASTORES } from './plan-input';

export type DatastoreEngine = 'sqlite' | 'etcd' | 'sql';

/** Which engine holds the cluster state: Kine over SQLite, etcd (embedded or external), or Kine over an SQL server. */
export function datastoreEngine(datastore: Datastore): DatastoreEngine {
  switch (datastore) {
    case 'sqlite':
      return 'sqlite';
    case 'embedded-etcd':
    case 'external-etcd':
      return 'etcd';
    case 'mysql':
    case 'mariadb':
    case 'postgres':
      return 'sql';
  }
}

export function isExternalDatastore(datastore: Datastore): boolean {
  return (EXTERNAL_DATASTORES as readonly Datastore[]).includes(datastore);
}

/** Nodes the cluster will have: every server (servers run an agent too) plus every agent. */
export function totalNodes(cluster: Pick<ClusterInput, 'servers' | 'agents'>): number {
  return cluster.servers + cluster.agents;
}

/** Whether the chosen datastore is one the HA mode can run on. */
export function datastoreFitsMode(mode: HaMode, datastore: Datastore): boolean {
  switch (mode) {
    case 'single':
      return true;
    case 'ha-embedded':
      return datastore === 'embedded-etcd';
    case 'ha-external':
      return isExternalDatastore(datastore);
  }
}

/**
 * The cluster after the person picks an HA mode: the datastore and server count are moved to the
 * nearest values that fit the mode (3 servers for embedded etcd, 2 for an external datastore),
 * so choosing a mode never produces an error by itself. Other fields are kept.
 */
export function applyHaMode(
  cluster: ClusterInput,
  mode: HaMode,
  minimums: { embedded: number; external: number },
): ClusterInput {
  switch (mode) {
    case 'single':
      return { ...cluster, haMode: mode, servers: 1, datastore: 'sqlite' };
    case 'ha-embedded':
      return {
        ...cluster,
        haMode: mode,
        datastore: 'embedded-etcd',
        servers: Math.max(minimums.embedded, cluster.servers),
      };
    case 'ha-external':
      return {
        ...cluster,
        haMode: mode,
        datastore: isExternalDatastore(cluster.datastore) ? cluster.datastore : 'postgres',
        servers: Math.max(minimums.external, cluster.servers),
      };
  }
}

/** The host inputs after the person picks an OS: its usual current release, the firewall kept. */
export function applyOperatingSystem(host: HostInput, os: OperatingSystem): HostInput {
  return { ...host, os, osVersion: DEFAULT_OS_VERSIONS[os] };
}
