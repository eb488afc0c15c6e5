import { datastoreFitsMode } from '../../model/ha';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/** SQLite serves one server only; several servers need embedded etcd or an external datastore. */
export const checkSqliteServers: Check = ({ cluster, rules }) =>
  cluster.datastore === 'sqlite' && cluster.servers > 1
    ? [
        finding(
          'topology.sqlite-multi-server',
          'error',
          {
            servers: cluster.servers,
            embeddedMinServers: rules.etcd.haMinServers,
            externalMinServers: rules.externalDatastore.haMinServers,
          },
          {
            fields: ['cluster.datastore', 'cluster.servers'],
            ruleId: 'externalDatastore.sqliteSingleServerSource',
            source: rules.externalDatastore.sqliteSingleServerSource,
          },
        ),
      ]
    : [];

/** The HA mode and the datastore must describe the same topology. */
export const checkModeDatastore: Check = ({ cluster, rules }) => {
  if (datastoreFitsMode(cluster.haMode, cluster.datastore)) return [];
  const source = cluster.haMode === 'ha-embedded' ? rules.etcd.topologySource : rules.externalDatastore.topologySource;
  return [
    finding(
      'topology.mode-datastore-mismatch',
      'error',
      { haMode: cluster.haMode, datastore: cluster.datastore },
      {
        fields: ['cluster.haMode', 'cluster.datastore'],
        ruleId: cluster.haMode === 'ha-embedded' ? 'etcd.topologySource' : 'externalDatastore.topologySource',
        source,
      },
    ),
  ];
};

/** Server counts each topology needs: one for single-server, 3+ for embedded etcd, 2+ with an external datastore. */
export const checkServerCount: Check = ({ cluster, rules }) => {
  const out: AnyFinding[] = [];
  if (cluster.haMode === 'single' && cluster.servers > 1 && cluster.datastore !== 'sqlite') {
    out.push(
      finding(
        'topology.single-mode-several-servers',
        'error',
        { servers: cluster.servers },
        {
          fields: ['cluster.haMode', 'cluster.servers'],
          ruleId: 'externalDatastore.topologySource',
          source: rules.externalDatastore.topologySource,
        },
      ),
    );
  }
  // Exactly two embedded-etcd members get their own, more specific finding (etcd.two-members).
  if (cluster.haMode === 'ha-embedded' && cluster.servers < rules.etcd.haMinServers && cluster.servers !== 2) {
    out.push(
      finding(
        'topology.ha-too-few-servers',
        'error',
        { haMode: 'ha-embedded', servers: cluster.servers, minimum: rules.etcd.haMinServers },
        {
          fields: ['cluster.servers'],
          ruleId: 'etcd.haMinServers',
          source: rules.etcd.topologySource,
        },
      ),
    );
  }
  if (cluster.haMode === 'ha-external' && cluster.servers < rules.externalDatastore.haMinServers) {
    out.push(
      finding(
        'topology.ha-too-few-servers',
        'error',
        { haMode: 'ha-external', servers: cluster.servers, minimum: rules.externalDatastore.haMinServers },
        {
          fields: ['cluster.servers'],
          ruleId: 'externalDatastore.haMinServers',
          source: rules.externalDatastore.topologySource,
        },
      ),
    );
  }
  return out;
};
