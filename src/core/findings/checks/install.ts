import { addressKind, isSqlIdentifier, nodeNames } from '../../config/names';
import { isExternalDatastore } from '../../model/ha';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/**
 * Inputs the config files and commands are written from: the registration address, node names,
 * the database host and identifiers. An invalid value is reported here and left out of every file.
 */
export const checkInstallInputs: Check = ({ cluster, install, rules }) => {
  const out: AnyFinding[] = [];
  const i = rules.install;
  const registration = install.registrationAddress.trim();
  if (registration !== '' && addressKind(registration) === null) {
    out.push(
      finding(
        'install.registration-address-invalid',
        'error',
        { value: registration },
        { fields: ['install.registrationAddress'], ruleId: 'install.registrationSource', source: i.registrationSource },
      ),
    );
  }
  for (const [field, count] of [
    ['serverNames', cluster.servers],
    ['agentNames', cluster.agents],
  ] as const) {
    if (count === 0) continue;
    const names = nodeNames(install[field], count);
    if (!names.ok) {
      out.push(
        finding(
          'install.names-invalid',
          'error',
          { field, value: install[field], reason: names.reason, detail: names.detail, needed: count },
          {
            fields: [`install.${field}`],
            ruleId: 'cluster.uniqueHostnamesSource',
            source: rules.cluster.uniqueHostnamesSource,
          },
        ),
      );
    }
  }
  if (cluster.servers > 1 && registration === '') {
    const names = nodeNames(install.serverNames, cluster.servers);
    out.push(
      finding(
        'install.no-registration-address',
        'info',
        { servers: cluster.servers, firstServer: names.ok ? names.nameOf(1) : 'server-1' },
        {
          fields: ['install.registrationAddress'],
          ruleId: 'install.registrationSource',
          source: i.registrationSource,
        },
      ),
    );
  }
  if (isExternalDatastore(cluster.datastore)) {
    const hosts = install.datastoreHost
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== '');
    const bad = hosts.find((h) => addressKind(h) === null);
    if (bad !== undefined) {
      out.push(
        finding(
          'install.datastore-host-invalid',
          'error',
          { value: bad },
          { fields: ['install.datastoreHost'], ruleId: 'install.datastoreSource', source: i.datastoreSource },
        ),
      );
    } else if (hosts.length === 0) {
      out.push(
        finding(
          'install.datastore-host-missing',
          'info',
          {},
          { fields: ['install.datastoreHost'], ruleId: 'install.datastoreSource', source: i.datastoreSource },
        ),
      );
    }
    if (cluster.datastore !== 'external-etcd') {
      for (const field of ['datastoreName', 'datastoreUser'] as const) {
        if (!isSqlIdentifier(install[field])) {
          out.push(
            finding(
              'install.database-identifier-invalid',
              'error',
              { field, value: install[field] },
              { fields: [`install.${field}`], ruleId: 'install.datastoreSource', source: i.datastoreSource },
            ),
          );
        }
      }
    }
  }
  return out;
};
