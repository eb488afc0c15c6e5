/**
 * The oracles bite: hand-made inputs with known faults are refused by each of them, and known-good
 * ones pass. These run the real tools (the property test in
 * src/core/config/generated-files.oracle.test.ts runs them over random plans).
 */
import { describe, expect, it } from 'vitest';
import { plan, seedRules } from './fixtures';
import { ARTIFACT_LANGS, generatedArtifacts } from './artifacts';
import {
  checkConfigYaml,
  checkFirewallCidrs,
  checkFirewallScript,
  checkInstallWords,
  checkK3sCommandWords,
  checkPlanManifests,
  checkRegistriesYaml,
  flagIndex,
  SUC_PLAN_CRD,
  K3S_FLAGS,
  runPythonOracles,
  runShellcheck,
  type YamlResult,
  type YamlScalar,
} from './oracles';
import { oracleTest } from './oracle-test';

describe('the K3s flag list', () => {
  it('records where it was read: k3s-io/k3s at a full commit, the files the flags are defined in', () => {
    expect(K3S_FLAGS.source.repository).toBe('k3s-io/k3s');
    expect(K3S_FLAGS.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(K3S_FLAGS.source.paths).toEqual(expect.arrayContaining(['pkg/cli/cmds/server.go', 'pkg/cli/cmds/agent.go']));
  });

  it('knows which command takes which flag, of which kind', () => {
    const server = flagIndex('server');
    const agent = flagIndex('agent');
    for (const serverOnly of [
      'cluster-init',
      'agent-token',
      'datastore-endpoint',
      'disable',
      'cluster-cidr',
      'tls-san',
      'write-kubeconfig-mode',
    ]) {
      expect(server.has(serverOnly), serverOnly).toBe(true);
      expect(agent.has(serverOnly), serverOnly).toBe(false);
    }
    for (const both of [
      'token',
      'server',
      'node-label',
      'node-taint',
      'kubelet-arg',
      'with-node-id',
      'prefer-bundled-bin',
      'node-ip',
    ]) {
      expect(server.has(both), both).toBe(true);
      expect(agent.has(both), both).toBe(true);
    }
    expect(server.get('node-label')?.kind).toBe('string-slice');
    expect(server.get('cluster-init')?.kind).toBe('bool');
    expect(server.get('https-listen-port')?.kind).toBe('int');
    expect(server.get('t')?.name).toBe('token'); // an alias
    expect(server.get('token')?.envVars).toEqual(['K3S_TOKEN']);
    expect(agent.get('server')?.envVars).toEqual(['K3S_URL']);
    expect(K3S_FLAGS.installer.variables).toEqual(
      expect.arrayContaining(['INSTALL_K3S_VERSION', 'INSTALL_K3S_CHANNEL', 'INSTALL_K3S_EXEC']),
    );
  });
});

describe('generatedArtifacts', () => {
  it('collects config files, install.sh, install commands, firewall scripts and OS steps in every language', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 }, seedRules, {
      host: { firewall: 'ufw', os: 'raspios' },
      network: { nodeNetwork: '192.168.1.0/24' },
    });
    for (const lang of ARTIFACT_LANGS) {
      const a = generatedArtifacts(r, seedRules, lang, {
        link: 'https://example.test/?v=1',
        secrets: { token: 'a'.repeat(64), agentToken: 'b'.repeat(64) },
      });
      expect(a.configFiles.map((f) => `${f.fileName}${f.withSecrets ? '+' : ''}`)).toEqual([
        'config-server-init.yaml',
        'config-server.yaml',
        'config-agent.yaml',
        'config-server-init.yaml+',
        'config-server.yaml+',
        'config-agent.yaml+',
      ]);
      expect(a.configFiles.find((f) => f.role === 'agent')?.command).toBe('agent');
      const names = a.shellScripts.map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'install.sh',
          'firewall server (ufw)',
          'firewall agent (ufw)',
          'install agent (with flags)',
          'install server (with config)',
          'delete node',
        ]),
      );
      expect(names.some((n) => n.startsWith('os step '))).toBe(true);
      expect(a.installCommands.map((i) => `${i.how}: ${i.role}`)).toEqual([
        'with config: server-init',
        'with flags: server-init',
        'with config: server',
        'with flags: server',
        'with config: agent',
        'with flags: agent',
        'install.sh: server-init',
        'install.sh: server',
        'install.sh: agent',
      ]);
      expect(a.installCommands.filter((i) => i.role === 'agent').every((i) => i.command === 'agent')).toBe(true);
      expect(a.firewallLines.every((l) => l.command.startsWith('ufw '))).toBe(true);
    }
    const ja = generatedArtifacts(r, seedRules, 'ja', { link: 'l' });
    expect(ja.shellScripts.find((s) => s.name === 'install.sh')?.text).toMatch(/インストールスクリプト/);
    expect(ja.configFiles[0]?.text).toMatch(/^# .*k3s-sizer/);
  });
});

describe('the checks refuse what K3s would not take', () => {
  const str = (value: string) => ({ type: 'str', value });
  const pair = (
    key: string,
    value: { type: string; value: string | boolean | null; items?: { type: string; value: string }[] },
  ) => ({ key: str(key), value });

  it('a server-only key in an agent file, a list flag written as a string, a bool written as a string', () => {
    const problems = checkConfigYaml(
      {
        ok: true,
        pairs: [
          pair('server', str('https://a:6443')),
          pair('cluster-init', { type: 'bool', value: true }),
          pair('node-label', str('a=b')),
          pair('with-node-id', str('true')),
        ],
      },
      'agent',
      { server: 'https://a:6443', 'cluster-init': true, 'node-label': ['a=b'], 'with-node-id': true },
    );
    expect(problems).toEqual([
      '"cluster-init" is not a flag of k3s agent (only k3s server has it)',
      '"node-label" is a repeatable (string-slice) flag but is written as str "a=b", not a YAML sequence',
      '"node-label": the plan meant ["a=b"], YAML 1.1 reads str "a=b"',
      '"with-node-id" is a bool flag but YAML 1.1 reads str "true"',
      '"with-node-id": the plan meant true, YAML 1.1 reads str "true"',
    ]);
  });

  it('a key that is no flag at all, a key YAML 1.1 reads as a boolean, a key missing from the file', () => {
    const problems = checkConfigYaml(
      {
        ok: true,
        pairs: [
          pair('node-labels', { type: 'list', value: null, items: [str('a')] }),
          { key: { type: 'bool', value: true }, value: str('x') },
        ],
      },
      'server',
      { 'node-labels': ['a'], token: 'x' },
    );
    expect(problems).toEqual([
      '"node-labels" is not a flag of k3s server',
      'key bool true is not a string in YAML 1.1',
      '"token" is in the plan but not in the file',
    ]);
  });

  it('install commands: a server flag on an agent, a bool flag given a value, an unknown variable', () => {
    const words = [
      'curl',
      '-sfL',
      'https://get.k3s.io',
      '|',
      'INSTALL_K3S_VERSION=v1.33.1+k3s1',
      'K3S_AGENT_TOKEN=x',
      'K3S_FOO=1',
      'sh',
      '-s',
      '-',
      'agent',
      '--cluster-init',
      '--with-node-id=yes',
      '--node-label=a=b',
      '--node-label=c=d',
      '--server=https://a:6443',
      '--server=https://b:6443',
    ];
    expect(checkInstallWords({ ok: true, words }, 'agent')).toEqual([
      'K3S_AGENT_TOKEN is not the environment variable of any k3s agent flag',
      'K3S_FOO is not the environment variable of any k3s agent flag',
      '--cluster-init is not a flag of k3s agent',
      '--with-node-id is a bool flag but is given "yes"',
      '--server is not repeatable but is given 2 times',
    ]);
    expect(
      checkInstallWords(
        {
          ok: true,
          words: [
            'curl',
            'x',
            '|',
            'INSTALL_K3S_VERSION=v1',
            'K3S_TOKEN=t',
            'sh',
            '-s',
            '-',
            'server',
            '--cluster-init',
            '--disable=traefik',
            '--disable=servicelb',
          ],
        },
        'server',
      ),
    ).toEqual([]);
  });

  it('air-gapped install commands: a local script that would download, a binary run as the script, the wrong command', () => {
    // The K3s docs' air-gap form: INSTALL_K3S_SKIP_DOWNLOAD=true, the install script run locally.
    expect(
      checkInstallWords(
        { ok: true, words: ['K3S_URL=https://a:6443', 'K3S_TOKEN=t', 'sh', 'k3s-install.sh', 'agent'] },
        'agent',
      ),
    ).toEqual(['a local install script without INSTALL_K3S_SKIP_DOWNLOAD=true downloads K3s']);
    expect(
      checkInstallWords(
        { ok: true, words: ['INSTALL_K3S_SKIP_DOWNLOAD=true', 'sh', '/usr/local/bin/k3s', 'server', '--bogus'] },
        'agent',
      ),
    ).toEqual([
      'sh runs "/usr/local/bin/k3s", not a local install script',
      'installs "server", not agent',
      '--bogus is not a flag of k3s agent',
    ]);
    expect(
      checkInstallWords(
        {
          ok: true,
          words: [
            'INSTALL_K3S_SKIP_DOWNLOAD=true',
            'K3S_TOKEN=t',
            'sh',
            '$HERE/k3s-install.sh',
            'server',
            '--cluster-init',
          ],
        },
        'server',
      ),
    ).toEqual([]);
  });

  it('registries.yaml: an endpoint where none was meant, a key read as a boolean (YAML 1.1 on), a placeholder read as a number', () => {
    const str = (value: string) => ({ type: 'str', value });
    const map = (pairs: { key: YamlScalar; value: YamlScalar }[]): YamlScalar => ({ type: 'map', value: null, pairs });
    const parsed: YamlResult = {
      ok: true,
      pairs: [
        {
          key: str('mirrors'),
          value: map([
            {
              key: str('docker.io'),
              value: map([
                { key: str('endpoint'), value: { type: 'list', value: null, items: [str('https://r:5000')] } },
              ]),
            },
            { key: { type: 'bool', value: true }, value: { type: 'null', value: null } },
          ]),
        },
        {
          key: str('configs'),
          value: map([{ key: str('r:5000'), value: map([{ key: str('auth'), value: { type: 'int', value: '1' } }]) }]),
        },
      ],
    };
    expect(
      checkRegistriesYaml(parsed, { mirrors: { 'docker.io': null, on: null }, configs: { 'r:5000': { auth: '1' } } }),
    ).toEqual([
      '.mirrors: key true reads as bool, not a name',
      'reads back as {"mirrors":{"docker.io":{"endpoint":["https://r:5000"]},"true":null},"configs":{"r:5000":{"auth":"<int 1>"}}}, the plan meant {"mirrors":{"docker.io":null,"on":null},"configs":{"r:5000":{"auth":"1"}}}',
    ]);
  });

  it('firewall lines: CIDRs with host bits, of the wrong family, not canonical', () => {
    expect(checkFirewallCidrs('ufw allow from 10.42.0.1/16 to any')).toEqual([
      '"10.42.0.1/16" is not a CIDR the project\'s CIDR library accepts (host-bits)',
    ]);
    expect(
      checkFirewallCidrs(
        'firewall-cmd --permanent --add-rich-rule=\'rule family="ipv6" source address="10.0.0.0/8" port port="6443" protocol="tcp" accept\'',
      ),
    ).toEqual(['"10.0.0.0/8" is ipv4 in a rule for family ipv6']);
    expect(checkFirewallCidrs('firewall-cmd --permanent --zone=trusted --add-source=fd00:0::/56')).toEqual([
      '"fd00:0::/56" is not in canonical form (fd00::/56)',
    ]);
    expect(checkFirewallCidrs('ufw allow from 192.168.1.0/24 to any port 6443 proto tcp')).toEqual([]);
  });

  it("firewall scripts: another firewall's command, permanent settings never reloaded", () => {
    expect(checkFirewallScript('ufw', ['ufw allow 6443/tcp', 'firewall-cmd --permanent --add-port=6443/tcp'])).toEqual([
      '"firewall-cmd --permanent --add-port=6443/tcp" in a ufw script is not a ufw command',
    ]);
    expect(checkFirewallScript('firewalld', ['firewall-cmd --permanent --add-port=6443/tcp'])).toEqual([
      'permanent firewalld settings are not followed by firewall-cmd --reload',
    ]);
    expect(
      checkFirewallScript('firewalld', ['firewall-cmd --permanent --add-port=6443/tcp', 'firewall-cmd --reload']),
    ).toEqual([]);
  });
});

describe('the external tools refuse what they should', () => {
  oracleTest(
    'PyYAML reads YAML 1.1: unquoted 0644 is a number, `on` a boolean, 10:30 sexagesimal; duplicate keys and broken YAML are refused',
    ['yaml'],
    async () => {
      const [typed, duplicate, broken] = (
        await runPythonOracles({
          yaml: [
            'write-kubeconfig-mode: 0644\nnode-label:\n- on\n- "on"\ncluster-domain: 10:30\n',
            'token: a\ntoken: b\n',
            'disable: [traefik\n',
          ],
        })
      ).yaml;
      expect(typed).toEqual({
        ok: true,
        pairs: [
          { key: { type: 'str', value: 'write-kubeconfig-mode' }, value: { type: 'int', value: '420' } },
          {
            key: { type: 'str', value: 'node-label' },
            value: {
              type: 'list',
              value: null,
              items: [
                { type: 'bool', value: true },
                { type: 'str', value: 'on' },
              ],
            },
          },
          { key: { type: 'str', value: 'cluster-domain' }, value: { type: 'int', value: '630' } },
        ],
      });
      expect(
        typed &&
          checkConfigYaml(typed, 'server', {
            'write-kubeconfig-mode': '0644',
            'node-label': ['on', 'on'],
            'cluster-domain': '10:30',
          }),
      ).toEqual([
        '"write-kubeconfig-mode" is a string flag but YAML 1.1 reads int "420"',
        '"write-kubeconfig-mode": the plan meant "0644", YAML 1.1 reads int "420"',
        '"node-label" is a string-slice flag but YAML 1.1 reads [bool true, str "on"]',
        '"node-label": the plan meant ["on","on"], YAML 1.1 reads [bool true, str "on"]',
        '"cluster-domain" is a string flag but YAML 1.1 reads int "630"',
        '"cluster-domain": the plan meant "10:30", YAML 1.1 reads int "630"',
      ]);
      expect(duplicate).toMatchObject({ ok: false, error: expect.stringContaining('duplicate key') as unknown });
      expect(broken?.ok).toBe(false);
    },
  );

  oracleTest(
    'shellcheck flags a typographic apostrophe, an unquoted expansion and a <placeholder>, and passes a clean script',
    ['shellcheck'],
    async () => {
      const [apostrophe, unquoted, placeholder, clean] = await runShellcheck([
        { shell: 'sh', text: "#!/bin/sh\necho 'give this node’s name'\n" },
        { shell: 'bash', text: 'rm -rf $DIR/x\n' },
        { shell: 'bash', text: 'sudo k3s kubectl delete node <node-name>\n' },
        { shell: 'sh', text: '#!/bin/sh\nset -eu\nROLE="${1:-}"\necho "$ROLE"\n' },
      ]);
      expect(apostrophe?.map((c) => c.code)).toContain(1112);
      expect(unquoted?.map((c) => c.code)).toContain(2086);
      expect(placeholder?.some((c) => c.level === 'error')).toBe(true);
      expect(clean).toEqual([]);
    },
  );

  oracleTest(
    "ufw's parser refuses a port range with a dash, a bad CIDR prefix and a port out of range",
    ['ufw'],
    async () => {
      const r = (
        await runPythonOracles({
          ufw: [
            'ufw allow 2379-2380/tcp',
            'ufw allow from 10.0.0.0/33 to any',
            'ufw allow 70000/tcp',
            'sudo ufw allow 2379:2380/tcp',
            'ufw allow from fd00::/56 to any port 8472 proto udp',
            'ufw disable',
          ],
        })
      ).ufw;
      expect(r.map((x) => x.ok)).toEqual([false, false, false, true, true, true]);
      expect(r[0]).toMatchObject({ error: 'ERROR: Bad port' });
      expect(r[1]).toMatchObject({ error: 'ERROR: Bad source address' });
    },
  );

  oracleTest(
    "firewalld's checks refuse a colon port range, a rich rule of the wrong family, a bad source, an unknown option",
    ['firewalld'],
    async () => {
      const r = (
        await runPythonOracles({
          firewalld: [
            'firewall-cmd --permanent --add-port=2379:2380/tcp',
            'firewall-cmd --permanent --add-rich-rule=\'rule family="ipv6" source address="10.0.0.0/8" port port="6443" protocol="tcp" accept\'',
            'firewall-cmd --permanent --zone=trusted --add-source=10.42.0.0/33',
            'firewall-cmd --permanent --add-prot=6443/tcp',
            'firewall-cmd --permanent --zone=nosuchzone --add-port=6443/tcp',
            'firewall-cmd --reload --permanent',
            'firewall-cmd --permanent --add-port=2379-2380/tcp',
            'sudo firewall-cmd --permanent --add-rich-rule=\'rule family="ipv4" source address="192.168.1.0/24" port port="10250" protocol="tcp" accept\'',
            'firewall-cmd --permanent --zone=trusted --add-source=fd00:42::/56',
            'firewall-cmd --reload',
          ],
        })
      ).firewalld;
      expect(r.map((x) => x.ok)).toEqual([false, false, false, false, false, false, true, true, true, true]);
      expect(r[0]).toMatchObject({ error: 'INVALID_PORT: 2379:2380' });
      expect(r[1]).toMatchObject({ error: 'INVALID_ADDR: 10.0.0.0/8' });
    },
  );

  oracleTest('shlex splits an install command into the words the checks read', ['yaml'], async () => {
    const [w] = (
      await runPythonOracles({
        words: ["curl -sfL https://get.k3s.io | K3S_TOKEN='<server-token>' sh -s - server --node-label='a=b c'"],
      })
    ).words;
    expect(w).toEqual({
      ok: true,
      words: [
        'curl',
        '-sfL',
        'https://get.k3s.io',
        '|',
        'K3S_TOKEN=<server-token>',
        'sh',
        '-s',
        '-',
        'server',
        '--node-label=a=b c',
      ],
    });
  });

  oracleTest(
    'python3-jsonschema and the API server’s checks refuse a Plan without its upgrade image, with an unknown field, a wrong kind or neither channel nor version; the docs’ server plan passes',
    ['jsonschema'],
    async () => {
      // The K3s docs' server plan (docs/upgrades/automated.md at 01f91e0b), as written there.
      const docsPlan = [
        'apiVersion: upgrade.cattle.io/v1',
        'kind: Plan',
        'metadata:',
        '  name: server-plan',
        '  namespace: system-upgrade',
        'spec:',
        '  concurrency: 1',
        '  cordon: true',
        '  nodeSelector:',
        '    matchExpressions:',
        '    - key: node-role.kubernetes.io/control-plane',
        '      operator: In',
        '      values:',
        '      - "true"',
        '  serviceAccountName: system-upgrade',
        '  upgrade:',
        '    image: rancher/k3s-upgrade',
        '  channel: https://update.k3s.io/v1-release/channels/stable',
        '',
      ].join('\n');
      const [good, broken] = (
        await runPythonOracles({
          plans: [
            docsPlan,
            [
              '---',
              'apiVersion: upgrade.cattle.io/v1',
              'kind: Plan',
              'metadata: {name: a, namespace: system-upgrade}',
              'spec: {concurrency: 1, upgrade: {}, version: v1.31.4+k3s1}',
              '---',
              'apiVersion: upgrade.cattle.io/v1',
              'kind: Plan',
              'metadata: {name: b, namespace: system-upgrade}',
              'spec: {cordon: yes-please, upgrade: {image: x}, nodeSelectr: {}}',
              '---',
              'apiVersion: upgrade.cattle.io/v2',
              'kind: Plans',
              'metadata: {name: C_, namespace: ""}',
              'spec: {upgrade: {image: x}, channel: ""}',
              '',
            ].join('\n'),
          ],
        })
      ).plans;
      expect(SUC_PLAN_CRD.source.repository).toBe('rancher/system-upgrade-controller');
      expect(good?.ok && good.documents.map((d) => d.errors)).toEqual([[]]);
      expect(broken?.ok).toBe(true);
      const errors = broken?.ok ? broken.documents.map((d) => d.errors.join(' | ')) : [];
      expect(errors[0]).toMatch(/spec\/upgrade: 'image' is a required property/);
      expect(errors[1]).toMatch(/'yes-please' is not of type 'boolean'/);
      expect(errors[1]).toMatch(/'nodeSelectr' was unexpected/);
      expect(errors[1]).toMatch(/missing channel and version/);
      expect(errors[2]).toMatch(/apiVersion 'upgrade.cattle.io\/v2' is not the CRD's upgrade.cattle.io\/v1/);
      expect(errors[2]).toMatch(/kind 'Plans' is not the CRD's Plan/);
      expect(errors[2]).toMatch(/metadata.name 'C_' is not a DNS-1123 subdomain/);
      expect(errors[2]).toMatch(/metadata.namespace '' is not a DNS-1123 label/);
      // And the check compares what was read back with what the plan meant.
      expect(good && checkPlanManifests(good, [{ apiVersion: 'upgrade.cattle.io/v1' }])).toEqual([
        expect.stringMatching(/^document 1 reads back as /) as unknown,
      ]);
    },
  );

  oracleTest('a restore command with an unknown flag or a bool given a word is refused', ['yaml'], async () => {
    const [good, bad] = (
      await runPythonOracles({
        words: [
          'sudo k3s server --cluster-reset --etcd-s3=false --cluster-reset-restore-path=/x/"${SNAPSHOT:?set it}"',
          'sudo k3s server --cluster-restore --etcd-s3=no',
        ],
      })
    ).words;
    expect(good && checkK3sCommandWords(good, 'server')).toEqual([]);
    expect(bad && checkK3sCommandWords(bad, 'server')).toEqual([
      '--cluster-restore is not a flag of k3s server',
      '--etcd-s3 is a bool flag but is given "no"',
    ]);
    expect(good && checkK3sCommandWords(good, 'agent')).toEqual(['runs "k3s server", not k3s agent']);
  });
});
