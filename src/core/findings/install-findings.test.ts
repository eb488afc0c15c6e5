import { describe, expect, it } from 'vitest';
import type { InstallInput } from '../model/plan-input';
import { codes, plan, seedRules } from '../testing/fixtures';

const withInstall = (cluster: Parameters<typeof plan>[0], install: Partial<InstallInput>) =>
  plan(cluster, seedRules, { install });
const external = { haMode: 'ha-external', datastore: 'postgres', servers: 2 } as const;

describe('install inputs', () => {
  it.each(['k3s.example.com', '192.168.1.10', '2001:db8::10', 'LB-1.Example.COM'])(
    '%s is a valid registration address',
    (registrationAddress) => {
      expect(codes(withInstall({}, { registrationAddress }))).not.toContain('install.registration-address-invalid');
    },
  );
  it.each(['https://k3s.example.com', 'k3s.example.com:6443', 'two words', '-bad.example', 'fe80::1%eth0'])(
    '%s is not',
    (registrationAddress) => {
      expect(
        withInstall({}, { registrationAddress }).findings.find(
          (f) => f.code === 'install.registration-address-invalid',
        ),
      ).toMatchObject({ severity: 'error', fields: ['install.registrationAddress'] });
    },
  );

  it('HA without a fixed registration address is a note naming the first server', () => {
    const f = withInstall({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 }, {}).findings.find(
      (x) => x.code === 'install.no-registration-address',
    );
    expect(f).toMatchObject({ severity: 'info', params: { servers: 3, firstServer: 'server-1' } });
    expect(codes(withInstall({ servers: 1 }, {}))).not.toContain('install.no-registration-address');
    expect(
      codes(
        withInstall(
          { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 },
          { registrationAddress: 'k3s.lan' },
        ),
      ),
    ).not.toContain('install.no-registration-address');
  });

  it('node names: invalid patterns and too-short lists', () => {
    expect(
      withInstall({ agents: 3 }, { agentNames: 'w1,w2' }).findings.find((f) => f.code === 'install.names-invalid'),
    ).toMatchObject({ params: { field: 'agentNames', reason: 'too-few', detail: '2', needed: 3 } });
    expect(
      withInstall({}, { serverNames: 'Server_{n}' }).findings.find((f) => f.code === 'install.names-invalid'),
    ).toMatchObject({ params: { field: 'serverNames', reason: 'invalid', detail: 'Server_1' } });
    expect(codes(withInstall({ agents: 0 }, { agentNames: '' }))).not.toContain('install.names-invalid');
  });

  it('external datastore: a missing host is a note, an invalid one an error; SQL identifiers are checked', () => {
    expect(codes(withInstall(external, {}))).toContain('install.datastore-host-missing');
    expect(
      withInstall(external, { datastoreHost: 'db.internal;drop' }).findings.find(
        (f) => f.code === 'install.datastore-host-invalid',
      ),
    ).toMatchObject({ params: { value: 'db.internal;drop' } });
    expect(
      withInstall(external, { datastoreHost: 'db', datastoreName: 'k3s-db' }).findings.find(
        (f) => f.code === 'install.database-identifier-invalid',
      ),
    ).toMatchObject({ params: { field: 'datastoreName' } });
    expect(codes(withInstall({}, { datastoreHost: '', datastoreName: '!!' }))).not.toContain(
      'install.database-identifier-invalid',
    );
  });
});
