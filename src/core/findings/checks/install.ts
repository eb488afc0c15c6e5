import { addressKind, isSqlIdentifier, nodeNames } from '../../config/names';
import { isExternalDatastore } from '../../model/ha';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/** A registration address the files cannot use: neither an IP address nor a DNS name. */
const checkRegistrationAddress: Check = ({ install, rules }) => {
  const registration = install.registrationAddress.trim();
  if (registration === '' || addressKind(registration) !== null) return [];
  return [
    finding(
      'install.registration-address-invalid',
      'error',
      { value: registration },
      {
        fields: ['install.registrationAddress'],
        ruleId: 'install.registrationSource',
        source: rules.install.registrationSource,
      },
    ),
  ];
};

/** Server and agent names: as many as the plan has nodes, each a valid, unique hostname. */
const checkNodeNames: Check = ({ cluster, install, rules }) => {
  const out: AnyFinding[] = [];
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
  return out;
};

/** Several servers and no fixed registration address: everything then joins through the first server. */
const checkNoRegistrationAddress: Check = ({ cluster, install, rules }) => {
  if (cluster.servers <= 1 || install.registrationAddress.trim() !== '') return [];
  const names = nodeNames(install.serverNames, cluster.servers);
  return [
    finding(
      'install.no-registration-address',
      'info',
      { servers: cluster.servers, firstServer: names.ok ? names.nameOf(1) : 'server-1' },
      {
        fields: ['install.registrationAddress'],
        ruleId: 'install.registrationSource',
        source: rules.install.registrationSource,
      },
    ),
  ];
};

/** An external datastore's hosts: each a valid address, and at least one. */
const checkDatastoreHosts: Check = ({ cluster, install, rules }) => {
  if (!isExternalDatastore(cluster.datastore)) return [];
  const { datastoreSource } = rules.install;
  const hosts = install.datastoreHost
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const bad = hosts.find((h) => addressKind(h) === null);
  if (bad !== undefined)
    return [
      finding(
        'install.datastore-host-invalid',
        'error',
        { value: bad },
        { fields: ['install.datastoreHost'], ruleId: 'install.datastoreSource', source: datastoreSource },
      ),
    ];
  if (hosts.length === 0)
    return [
      finding(
        'install.datastore-host-missing',
        'info',
        {},
        { fields: ['install.datastoreHost'], ruleId: 'install.datastoreSource', source: datastoreSource },
      ),
    ];
  return [];
};

/** An external SQL database's name and user: identifiers the datastore endpoint can carry unquoted. */
const checkDatabaseIdentifiers: Check = ({ cluster, install, rules }) => {
  if (!isExternalDatastore(cluster.datastore) || cluster.datastore === 'external-etcd') return [];
  return (['datastoreName', 'datastoreUser'] as const)
    .filter((field) => !isSqlIdentifier(install[field]))
    .map((field) =>
      finding(
        'install.database-identifier-invalid',
        'error',
        { field, value: install[field] },
        { fields: [`install.${field}`], ruleId: 'install.datastoreSource', source: rules.install.datastoreSource },
      ),
    );
};

/**
 * Inputs the config files and commands are written from: the registration address, node names,
 * the database host and identifiers. An invalid value is reported here and left out of every file.
 */
export const checkInstallInputs: Check = (ctx) => [
  ...checkRegistrationAddress(ctx),
  ...checkNodeNames(ctx),
  ...checkNoRegistrationAddress(ctx),
  ...checkDatastoreHosts(ctx),
  ...checkDatabaseIdentifiers(ctx),
];
