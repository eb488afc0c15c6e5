import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computePlan } from '../plan/compute-plan';
import { plan, planInput, seedRules, seedRules2611, upstreamRules, type PlanOverrides } from '../testing/fixtures';
import type { ClusterInput } from '../model/plan-input';
import { configObject, configWithSecrets, type ConfigFile, type ConfigRole, type RegistriesFile } from './config-files';
import { renderFiles } from './files';
import { renderConfigYaml, renderRegistriesYaml, type YamlComments } from './yaml';

const COMMENTS: YamlComments = {
  header: ['k3s-sizer plan', 'link: https://example.test/?v=1'],
  sameOnAllServers: 'same on every server',
  creationOnly: 'fixed at creation',
  placeholder: 'replace before installing',
  noteSeparator: '; ',
};

function files(cluster: Partial<ClusterInput>, more: PlanOverrides = {}, rules = seedRules) {
  const r = computePlan(planInput(cluster, rules, more), rules);
  return { result: r, byRole: new Map<ConfigRole, ConfigFile>(r.config.files.map((f) => [f.role, f])) };
}

/** The file as K3s would read it back. */
function yamlOf(file: ConfigFile | undefined): Record<string, unknown> {
  if (!file) throw new Error('missing file');
  return parse(renderConfigYaml(file, seedRules, COMMENTS), { version: '1.1' }) as Record<string, unknown>;
}

describe('config.yaml per role', () => {
  it('single server with SQLite: only the first server file, only the token', () => {
    const { byRole } = files({ servers: 1, agents: 0 });
    expect([...byRole.keys()]).toEqual(['server-init']);
    expect(yamlOf(byRole.get('server-init'))).toEqual({ token: '<server-token>' });
  });

  it('3 servers with embedded etcd and agents: cluster-init first, server: on joiners and agents, an agent token', () => {
    const { byRole } = files({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 5 });
    expect(yamlOf(byRole.get('server-init'))).toEqual({
      'cluster-init': true,
      token: '<server-token>',
      'agent-token': '<agent-token>',
    });
    expect(yamlOf(byRole.get('server'))).toEqual({
      server: 'https://server-1:6443',
      token: '<server-token>',
      'agent-token': '<agent-token>',
    });
    expect(yamlOf(byRole.get('agent'))).toEqual({ server: 'https://server-1:6443', token: '<agent-token>' });
  });

  it('2 servers with PostgreSQL behind a load balancer: the documented endpoint format, tls-san, no server: on servers', () => {
    const { byRole } = files(
      { haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 10 },
      {
        install: {
          registrationAddress: 'k3s.example.com',
          datastoreHost: 'db.internal',
          datastoreName: 'kube',
          datastoreUser: 'k3s_admin',
        },
      },
    );
    const expected = {
      token: '<server-token>',
      'agent-token': '<agent-token>',
      'datastore-endpoint': 'postgres://k3s_admin:<db-password>@db.internal:5432/kube',
      'tls-san': ['k3s.example.com'],
    };
    expect(yamlOf(byRole.get('server-init'))).toEqual(expected);
    expect(yamlOf(byRole.get('server'))).toEqual(expected);
    expect(yamlOf(byRole.get('agent'))).toEqual({ server: 'https://k3s.example.com:6443', token: '<agent-token>' });
  });

  it('MySQL and MariaDB use tcp(host:port); external etcd lists https endpoints with client certificate files', () => {
    expect(
      yamlOf(
        files(
          { haMode: 'ha-external', datastore: 'mysql', servers: 2 },
          { install: { datastoreHost: '10.0.0.5' } },
        ).byRole.get('server-init'),
      )['datastore-endpoint'],
    ).toBe('mysql://k3s:<db-password>@tcp(10.0.0.5:3306)/k3s');
    const etcd = yamlOf(
      files(
        { haMode: 'ha-external', datastore: 'external-etcd', servers: 2 },
        { install: { datastoreHost: 'etcd1, etcd2,etcd3' } },
      ).byRole.get('server-init'),
    );
    expect(etcd).toMatchObject({
      'datastore-endpoint': 'https://etcd1:2379,https://etcd2:2379,https://etcd3:2379',
      'datastore-cafile': '/etc/rancher/k3s/datastore/ca.crt',
      'datastore-certfile': '/etc/rancher/k3s/datastore/client.crt',
      'datastore-keyfile': '/etc/rancher/k3s/datastore/client.key',
    });
  });

  it('dual-stack with wireguard-native: both CIDR lists, the backend and IPv6 masquerading; no cluster-dns', () => {
    const { byRole } = files(
      { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 },
      {
        network: {
          ipFamily: 'dual',
          clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
          serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
          flannelBackend: 'wireguard-native',
          flannelIpv6Masq: true,
        },
      },
      upstreamRules,
    );
    expect(Object.keys(yamlOf(byRole.get('server-init')))).toEqual([
      'cluster-init',
      'token',
      'agent-token',
      'cluster-cidr',
      'service-cidr',
      'flannel-backend',
      'flannel-ipv6-masq',
    ]);
    expect(yamlOf(byRole.get('server-init'))).toMatchObject({
      // Repeatable flags: one range per family, primary first.
      'cluster-cidr': ['10.42.0.0/16', '2001:db8:42::/56'],
      'service-cidr': ['10.43.0.0/16', '2001:db8:43::/112'],
      'flannel-backend': 'wireguard-native',
      'flannel-ipv6-masq': true,
    });
    // Agents carry none of the server-only network settings.
    expect(yamlOf(byRole.get('agent'))).toEqual({ server: 'https://server-1:6443', token: '<agent-token>' });
  });

  it('a custom CNI with packaged components disabled', () => {
    const { byRole } = files(
      { agents: 3 },
      { network: { flannelBackend: 'none', traefik: false, servicelb: false, metricsServer: false } },
    );
    expect(yamlOf(byRole.get('server-init'))).toEqual({
      token: '<server-token>',
      'agent-token': '<agent-token>',
      'flannel-backend': 'none',
      'disable-network-policy': true,
      disable: ['traefik', 'servicelb', 'metrics-server'],
    });
  });

  it('node masks and max pods from a capacity fix, on the right roles', () => {
    const { byRole } = files({ agents: 4 }, { network: { nodeMaskV4: 26, maxPods: 61 } });
    expect(yamlOf(byRole.get('server-init'))).toMatchObject({
      'kube-controller-manager-arg': ['node-cidr-mask-size-ipv4=26'],
      'kubelet-arg': ['max-pods=61'],
    });
    expect(yamlOf(byRole.get('agent'))).toMatchObject({ 'kubelet-arg': ['max-pods=61'] });
    expect(yamlOf(byRole.get('agent'))).not.toHaveProperty('kube-controller-manager-arg');
  });

  it('labels each node with its chosen machine type only when the reader asks for it (node-label, a list)', () => {
    const machines = { server: 'aws-ec2/m7g.large', agent: 'raspberry-pi/raspberry-pi-5-8gb', nodeLabels: true };
    const labelled = files({ servers: 3, agents: 2, haMode: 'ha-embedded', datastore: 'embedded-etcd' }, { machines });
    for (const role of ['server-init', 'server'] as const)
      expect(yamlOf(labelled.byRole.get(role))['node-label']).toEqual(['node.kubernetes.io/instance-type=m7g.large']);
    expect(yamlOf(labelled.byRole.get('agent'))['node-label']).toEqual([
      'node.kubernetes.io/instance-type=raspberry-pi-5-8gb',
    ]);
    const notAsked = files({ agents: 2 }, { machines: { ...machines, nodeLabels: false } });
    for (const file of notAsked.byRole.values()) expect(yamlOf(file)).not.toHaveProperty('node-label');
    // Asked, but no type chosen for the agents; an agentless server has no kubelet to label.
    const partly = files({ agents: 2, serverWorkloads: 'agentless' }, { machines: { ...machines, agent: '' } });
    for (const file of partly.byRole.values()) expect(yamlOf(file)).not.toHaveProperty('node-label');
  });

  it('server roles, naming and kubeconfig mode', () => {
    const dedicated = yamlOf(
      files(
        { serverWorkloads: 'dedicated' },
        { install: { kubeconfigMode: '0644', nodeNaming: 'with-node-id' } },
      ).byRole.get('server-init'),
    );
    expect(dedicated).toMatchObject({
      'node-taint': ['CriticalAddonsOnly=true:NoExecute'],
      'with-node-id': true,
      'write-kubeconfig-mode': '0644',
    });
    const agentless = yamlOf(
      files({ serverWorkloads: 'agentless', agents: 1 }, { network: { egressSelectorMode: 'cluster' } }).byRole.get(
        'server-init',
      ),
    );
    expect(agentless).toMatchObject({ 'disable-agent': true, 'egress-selector-mode': 'cluster' });
  });

  it('old Debian gets prefer-bundled-bin; dual-stack before 1.27 gets the kubelet node-ip workaround', () => {
    expect(yamlOf(files({ agents: 1 }, { host: { os: 'debian', osVersion: '10' } }).byRole.get('agent'))).toMatchObject(
      { 'prefer-bundled-bin': true },
    );
    const dual = {
      ipFamily: 'dual',
      clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
      serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
    } as const;
    expect(
      yamlOf(files({ agents: 1, k3sVersion: 'v1.26.15+k3s1' }, { network: dual }).byRole.get('agent')),
    ).toMatchObject({ 'kubelet-arg': ['node-ip=0.0.0.0'] });
    expect(yamlOf(files({ agents: 1 }, { network: dual }).byRole.get('agent'))).not.toHaveProperty('kubelet-arg');
  });

  it('never writes an invalid value: it is left out and listed', () => {
    const { result, byRole } = files(
      { haMode: 'ha-external', datastore: 'postgres', servers: 2 },
      {
        network: { clusterCidr: '10.42.0.1/16' },
        install: { registrationAddress: 'not a host!', datastoreHost: 'db;rm -rf' },
      },
    );
    const server = yamlOf(byRole.get('server-init'));
    expect(server).not.toHaveProperty('cluster-cidr');
    expect(server).not.toHaveProperty('tls-san');
    // An endpoint with an invalid part is not written with a stand-in: it is left out and listed.
    expect(server).not.toHaveProperty('datastore-endpoint');
    expect(result.config.omitted.map((o) => o.field).sort()).toEqual([
      'install.datastoreHost',
      'install.registrationAddress',
      'network.clusterCidr',
    ]);
    expect(result.config.serverUrl).toBe('https://server-1:6443');
  });

  it('IPv6 literals are bracketed in URLs', () => {
    const { result, byRole } = files(
      { haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 1 },
      { install: { registrationAddress: '2001:db8::10', datastoreHost: '2001:db8::20' } },
    );
    expect(result.config.serverUrl).toBe('https://[2001:db8::10]:6443');
    expect(yamlOf(byRole.get('server-init'))['datastore-endpoint']).toBe(
      'postgres://k3s:<db-password>@[2001:db8::20]:5432/k3s',
    );
  });

  it('secrets from memory replace the placeholders', () => {
    const input = planInput({ agents: 1 });
    const r = computePlan(input, seedRules);
    const withSecrets = configWithSecrets(r, seedRules, { token: 'K10abc::server:xyz', agentToken: 'agent-secret' });
    expect(configObject(withSecrets.files[0] as ConfigFile)).toEqual({
      token: 'K10abc::server:xyz',
      'agent-token': 'agent-secret',
    });
    expect(withSecrets.usesPlaceholders).toBe(false);
    expect(r.config.usesPlaceholders).toBe(true);
  });
});

describe('comments', () => {
  it('mark keys every server shares, keys fixed at creation and placeholders', () => {
    const { byRole } = files(
      { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 },
      { network: { clusterCidr: '10.100.0.0/16' } },
    );
    const text = renderConfigYaml(byRole.get('server-init') as ConfigFile, seedRules, COMMENTS);
    expect(text.startsWith('# k3s-sizer plan\n# link: https://example.test/?v=1\n')).toBe(true);
    expect(text).toContain('# same on every server; replace before installing\ntoken: <server-token>');
    expect(text).toContain('# same on every server; fixed at creation\ncluster-cidr:\n  - 10.100.0.0/16');
  });
});

describe('YAML round trip', () => {
  const nasty = fc.oneof(
    fc.constantFrom(
      'no',
      'on',
      'yes',
      'off',
      '0644',
      '1e3',
      '~',
      'null',
      '- item',
      'a: b',
      '#hash',
      'it\'s "quoted"',
      'line\nbreak',
      '日本語のホスト',
      'тест',
      '  padded  ',
      '{x}',
      '[y]',
      '*alias',
      '&anchor',
      '!tag',
      '%percent',
      '@at',
      '`tick`',
    ),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  it('any string value, in scalars and lists, reads back unchanged', () => {
    fc.assert(
      fc.property(nasty, fc.array(nasty, { maxLength: 4 }), (value, list) => {
        const file: ConfigFile = {
          role: 'server',
          fileName: 'config-server.yaml',
          entries: [
            { key: 'node-name', value, setting: null, placeholder: false },
            { key: 'tls-san', value: list, setting: null, placeholder: true },
            { key: 'cluster-init', value: true, setting: null, placeholder: false },
          ],
        };
        const back = parse(renderConfigYaml(file, seedRules, COMMENTS), { version: '1.1' }) as Record<string, unknown>;
        expect(back).toEqual({ 'node-name': value, 'tls-san': list, 'cluster-init': true });
      }),
      { numRuns: 500 },
    );
  });
});

describe('cluster-dns is left to K3s', () => {
  // Without --cluster-dns, K3s takes the 10th address of every service range, one per family
  // (k3s-io/k3s pkg/cli/server/server.go). Writing the IPv4 one would drop the IPv6 DNS address.
  it.each([
    ['a custom IPv4 service range', { serviceCidr: '10.96.0.0/16' }, ['10.96.0.10']],
    [
      'dual-stack',
      { ipFamily: 'dual', clusterCidr: '10.42.0.0/16,fd00:42::/56', serviceCidr: '10.43.0.0/16,fd00:43::/112' },
      ['10.43.0.10', 'fd00:43::a'],
    ],
    ['IPv6-only', { ipFamily: 'ipv6', clusterCidr: 'fd00:42::/56', serviceCidr: 'fd00:43::/112' }, ['fd00:43::a']],
  ] as const)(
    '%s: no cluster-dns key, and the plan shows the address K3s picks in each family',
    (_name, network, want) => {
      const result = plan({ agents: 1 }, seedRules, { network });
      for (const file of result.config.files) expect(file.entries.map((e) => e.key)).not.toContain('cluster-dns');
      expect(result.network.addressing.perFamily.map((p) => p.services?.clusterDnsIp)).toEqual(want);
    },
  );
  it('the API service address is in the primary family only (the apiserver service is single-stack)', () => {
    const result = plan({}, seedRules, {
      network: {
        ipFamily: 'dual',
        clusterCidr: '10.42.0.0/16,fd00:42::/56',
        serviceCidr: '10.43.0.0/16,fd00:43::/112',
      },
    });
    expect(result.network.addressing.perFamily.map((p) => p.services?.apiServiceIp)).toEqual(['10.43.0.1', null]);
  });
});

describe('generated files agree with the plan', () => {
  it.each([
    ['postgres', 6432, 'postgres://k3s:<db-password>@db.lan:6432/k3s'],
    ['mysql', 3307, 'mysql://k3s:<db-password>@tcp(db.lan:3307)/k3s'],
    ['external-etcd', 12379, 'https://db.lan:12379'],
  ] as const)(
    '%s on port %d: the endpoint, the port list, the firewall and the security groups all name that port',
    (datastore, port, endpoint) => {
      const result = plan({ haMode: 'ha-external', datastore, servers: 2 }, seedRules, {
        install: { datastoreHost: 'db.lan', datastorePort: port },
        host: { firewall: 'ufw' },
      });
      expect(configObject(result.config.files[0] as ConfigFile)['datastore-endpoint']).toBe(endpoint);
      const row = result.network.ports.find((p) => p.id === 'datastore');
      expect(row).toMatchObject({ from: port, to: port, sources: 'servers', destinations: 'datastore' });
      const dbScript = result.network.firewall.find((s) => s.role === 'datastore');
      expect(dbScript?.lines.map((l) => l.command)).toContain(`ufw allow ${String(port)}/tcp`);
      expect(result.network.securityGroups.find((r) => r.id === 'datastore')?.ports).toBe(String(port));
      const engineDefault = { postgres: 5432, mysql: 3306, 'external-etcd': 2379 }[datastore];
      expect(result.network.ports.map((p) => p.from)).not.toContain(engineDefault);
      const commands = result.network.firewall.flatMap((f) => f.lines.map((l) => l.command));
      expect(commands.filter((c) => new RegExp(`(^|[^0-9])${String(engineDefault)}/tcp`).test(c))).toEqual([]);
    },
  );

  it('a Flannel backend the release no longer has is left out and listed, with the finding that says why', () => {
    const removed = plan({ agents: 1 }, seedRules, { network: { flannelBackend: 'ipsec' } }); // stable is past v1.27
    expect(removed.config.files.flatMap((f) => f.entries.map((e) => e.key))).not.toContain('flannel-backend');
    expect(removed.config.omitted).toContainEqual({ key: 'flannel-backend', field: 'network.flannelBackend' });
    expect(removed.findings.map((f) => f.code)).toContain('network.backend-removed');
    // On a release that still has it, it is written (with the deprecation warning beside the field).
    const deprecated = plan({ agents: 1, k3sVersion: 'v1.26.4+k3s1' }, seedRules, {
      network: { flannelBackend: 'ipsec' },
    });
    expect(configObject(deprecated.config.files[0] as ConfigFile)['flannel-backend']).toBe('ipsec');
    expect(deprecated.config.omitted).toEqual([]);
  });

  it.each([
    ['datastoreUser', 'bad user!'],
    ['datastoreName', 'db;drop'],
  ] as const)('an invalid %s: no datastore-endpoint with a default in its place', (field, value) => {
    const result = plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2 }, seedRules, {
      install: { datastoreHost: 'db.lan', [field]: value },
    });
    for (const file of result.config.files) expect(file.entries.map((e) => e.key)).not.toContain('datastore-endpoint');
    expect(result.config.omitted).toContainEqual({ key: 'datastore-endpoint', field: `install.${field}` });
    expect(result.findings.find((f) => f.code === 'install.database-identifier-invalid')?.severity).toBe('error');
  });
});

describe('registries.yaml for the embedded registry mirror', () => {
  // "nodes must have an entry in the mirrors section of registries.yaml for that registry"; the
  // "*" wildcard from the March 2024 releases (registry-mirror page).
  const texts = { header: ['k3s-sizer'] };
  it('on a release with the wildcard: mirrors "*" on every node, quoted, no endpoints', () => {
    const r = plan({ agents: 2 }, seedRules, { network: { embeddedRegistry: true } });
    expect(r.config.registries).toMatchObject({
      fileName: 'registries.yaml',
      path: '/etc/rancher/k3s/registries.yaml',
      mirrors: ['*'],
      wildcard: true,
    });
    const text = renderRegistriesYaml(r.config.registries as RegistriesFile, texts);
    expect(text).toContain('mirrors:\n  "*":\n');
    expect(parse(text, { version: '1.1' })).toEqual({ mirrors: { '*': null } });
  });
  it('before the wildcard (v1.28.6, experimental): the docs’ registries listed by name', () => {
    const r = plan({ agents: 2, k3sVersion: 'v1.28.6+k3s1' }, seedRules, { network: { embeddedRegistry: true } });
    expect(r.config.registries).toMatchObject({ mirrors: ['docker.io', 'registry.k8s.io'], wildcard: false });
  });
  it('every role copies it into place before the installer, in both install forms and in install.sh', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 }, seedRules, {
      network: { embeddedRegistry: true },
    });
    for (const role of r.install.roles) {
      expect(role.withConfig).toContain('sudo install -m 600 registries.yaml /etc/rancher/k3s/registries.yaml');
      expect(role.flagsPrepare).toContain('sudo install -m 600 registries.yaml /etc/rancher/k3s/registries.yaml');
      expect(role.withConfig.findIndex((c) => c.includes('registries.yaml'))).toBeLessThan(
        role.withConfig.findIndex((c) => c.includes('get.k3s.io')),
      );
    }
    const files = renderFiles(r.config, r.install, seedRules, {
      configHeader: () => [],
      sameOnAllServers: '',
      creationOnly: '',
      placeholder: '',
      noteSeparator: '; ',
      registriesHeader: [],
      script: {
        header: [],
        usage: (c) => c,
        roles: { 'server-init': 'a', server: 'b', agent: 'c' },
        waitReady: 'w',
        needsName: 'n',
      },
    });
    expect(files.map((f) => [f.name, f.mode.toString(8)])).toEqual([
      ['config-server-init.yaml', '600'],
      ['config-server.yaml', '600'],
      ['config-agent.yaml', '600'],
      ['registries.yaml', '600'],
      ['install.sh', '755'],
    ]);
    expect(files.find((f) => f.name === 'install.sh')?.text).toContain(
      'sudo install -m 600 "$HERE/registries.yaml" /etc/rancher/k3s/registries.yaml',
    );
  });
  it('no file without the embedded registry, or with a rules file that does not describe it', () => {
    expect(plan({ agents: 2 }, seedRules).config.registries).toBeNull();
    expect(plan({ agents: 2 }, seedRules2611, { network: { embeddedRegistry: true } }).config.registries).toBeNull();
  });
});
