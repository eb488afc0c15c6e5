/**
 * Air-gapped installs and join tokens (decision 024). Expected values are the K3s docs' and K3s's
 * own: the air-gap page (k3s-io/docs docs/installation/airgap.md at fdcde80f), the private
 * registry page (docs/installation/private-registry.md at 9ca139da), the token page
 * (docs/cli/token.md at 56062372), the release scripts (k3s-io/k3s scripts/package-airgap at
 * 75cd395d: k3s-airgap-images-${ARCH}.tar, .tar.zst, .tar.gz) and install.sh at af977adf
 * (setup_verify_arch: k3s, k3s-arm64, k3s-armhf, k3s-s390x; INSTALL_K3S_SKIP_DOWNLOAD; the binary
 * at ${BIN_DIR}/k3s, /usr/local/bin by default); the etcd-snapshot page's S3 Retention gate.
 * Not this code's output.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderRegistriesYaml } from '../config/yaml';
import type { PlanResult } from '../plan/compute-plan';
import { codes, day2Of, plan, seedRules, seedRules2611, upstreamRules } from '../testing/fixtures';
import type { Day2Result } from './day2';

function day2(r: PlanResult): Day2Result {
  const d = day2Of(r);
  if (!d) throw new Error('no day-2 result');
  return d;
}

const RELEASES = 'https://github.com/k3s-io/k3s/releases/download';
const ARM64 = { servers: 1, agents: 2, arch: 'arm64', k3sVersion: 'v1.33.4+k3s1' } as const;
const AIRGAP = { airgap: { enabled: true } } as const;

describe('air-gapped install: what to download and where it goes', () => {
  it('arm64 downloads k3s-arm64, the zstd images archive, the checksums and the install script, from the release with + as %2B', () => {
    const a = day2(plan(ARM64, seedRules, AIRGAP)).airgap;
    expect(a?.method).toBe('images');
    expect(a?.downloads.map((d) => [d.name, d.url])).toEqual([
      ['k3s-arm64', `${RELEASES}/v1.33.4%2Bk3s1/k3s-arm64`],
      ['k3s-airgap-images-arm64.tar.zst', `${RELEASES}/v1.33.4%2Bk3s1/k3s-airgap-images-arm64.tar.zst`],
      ['sha256sum-arm64.txt', `${RELEASES}/v1.33.4%2Bk3s1/sha256sum-arm64.txt`],
      ['k3s-install.sh', 'https://get.k3s.io'],
    ]);
    // The other archives package-airgap makes of the same images.
    expect(a?.assets.imageVariants).toEqual(['k3s-airgap-images-arm64.tar.gz', 'k3s-airgap-images-arm64.tar']);
  });

  it.each([
    ['x86_64', 'k3s', 'k3s-airgap-images-amd64.tar.zst'],
    ['armhf', 'k3s-armhf', 'k3s-airgap-images-arm.tar.zst'],
    ['s390x', 'k3s-s390x', 'k3s-airgap-images-s390x.tar.zst'],
  ] as const)('%s: the binary is %s and the images %s', (arch, binary, images) => {
    const a = day2(plan({ ...ARM64, arch }, seedRules, AIRGAP)).airgap;
    expect(a?.assets.binary.name).toBe(binary);
    expect(a?.assets.images?.name).toBe(images);
  });

  it('the binary goes to /usr/local/bin/k3s (renamed), the archive to /var/lib/rancher/k3s/agent/images/ on every node with an agent', () => {
    const a = day2(
      plan({ ...ARM64, servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd' }, seedRules, AIRGAP),
    ).airgap;
    expect(a?.roles.map((r) => [r.role, r.files.map((f) => [f.name, f.destination])])).toEqual([
      [
        'server-init',
        [
          ['config-server-init.yaml', null],
          ['k3s-arm64', '/usr/local/bin/k3s'],
          ['k3s-airgap-images-arm64.tar.zst', '/var/lib/rancher/k3s/agent/images/'],
          ['k3s-install.sh', null],
        ],
      ],
      [
        'server',
        [
          ['config-server.yaml', null],
          ['k3s-arm64', '/usr/local/bin/k3s'],
          ['k3s-airgap-images-arm64.tar.zst', '/var/lib/rancher/k3s/agent/images/'],
          ['k3s-install.sh', null],
        ],
      ],
      [
        'agent',
        [
          ['config-agent.yaml', null],
          ['k3s-arm64', '/usr/local/bin/k3s'],
          ['k3s-airgap-images-arm64.tar.zst', '/var/lib/rancher/k3s/agent/images/'],
          ['k3s-install.sh', null],
        ],
      ],
    ]);
  });

  it('agentless servers run no containerd: they get the binary but no images archive', () => {
    const a = day2(plan({ ...ARM64, serverWorkloads: 'agentless' }, seedRules, AIRGAP)).airgap;
    const names = (role: string) => a?.roles.find((r) => r.role === role)?.files.map((f) => f.name);
    expect(names('server-init')).toEqual(['config-server-init.yaml', 'k3s-arm64', 'k3s-install.sh']);
    expect(names('agent')).toContain('k3s-airgap-images-arm64.tar.zst');
  });

  it('every node without a default route gets the docs’ dummy-interface route', () => {
    const a = day2(plan(ARM64, seedRules, AIRGAP)).airgap;
    const route = a?.steps.find((s) => s.id === 'default-route');
    expect(route?.on).toBe('all-nodes');
    expect(route?.commands.slice(1, -1).map((c) => c.replace(/^\s*sudo /, ''))).toEqual([
      'ip link add dummy0 type dummy',
      'ip link set dummy0 up',
      'ip addr add 203.0.113.254/31 dev dummy0',
      'ip route add default via 203.0.113.255 dev dummy0 metric 1000',
    ]);
  });

  it('not air-gapped, or a rules file without the facts: no air-gap plan', () => {
    expect(day2(plan(ARM64)).airgap).toBeNull();
    expect(day2Of(plan(ARM64, seedRules2611, AIRGAP))).toBeNull();
  });
});

describe('air-gapped install commands (the install plan)', () => {
  it('each role puts the binary and the images in place and runs the local script with INSTALL_K3S_SKIP_DOWNLOAD=true, no download', () => {
    const r = plan(ARM64, seedRules, AIRGAP);
    const agent = r.install.roles.find((x) => x.role === 'agent');
    expect(agent?.withConfig).toContain('sudo install -m 755 k3s-arm64 /usr/local/bin/k3s');
    expect(agent?.withConfig).toContain(
      'sudo install -m 644 k3s-airgap-images-arm64.tar.zst /var/lib/rancher/k3s/agent/images/',
    );
    const installer = agent?.withConfig.at(-1) ?? '';
    expect(installer).toMatch(/^INSTALL_K3S_SKIP_DOWNLOAD=true .*sh k3s-install\.sh agent$/);
    expect(installer).not.toMatch(/curl|INSTALL_K3S_VERSION|INSTALL_K3S_CHANNEL/);
    expect(agent?.withFlags).toMatch(/^INSTALL_K3S_SKIP_DOWNLOAD=true .*K3S_URL=.* sh k3s-install\.sh agent/);
    expect(r.install.airgap?.release).toBe('v1.33.4+k3s1');
  });

  it('without the air gap the commands download as before (curl, INSTALL_K3S_VERSION)', () => {
    const r = plan(ARM64, seedRules, AIRGAP);
    expect(r.install.airgap).not.toBeNull();
    const online = plan(ARM64).install;
    expect(online.airgap).toBeNull();
    expect(online.roles[0]?.withConfig.at(-1)).toMatch(/^curl -sfL https:\/\/get\.k3s\.io \| INSTALL_K3S_VERSION=/);
  });

  it('a link pinned to a rules file without the air-gap facts says, as an error, that its commands download', () => {
    const pinned = plan(ARM64, seedRules2611, AIRGAP);
    expect(pinned.install.airgap).toBeNull();
    expect(pinned.install.roles[0]?.withConfig.at(-1)).toMatch(/^curl -sfL https:\/\/get\.k3s\.io \|/);
    expect(pinned.findings.find((f) => f.code === 'install.airgap-not-in-edition')).toMatchObject({
      severity: 'error',
      params: { rulesVersion: '2026.11' },
      fields: ['airgap.enabled', 'rules'],
    });
    expect(codes(plan(ARM64, seedRules2611))).not.toContain('install.airgap-not-in-edition');
    expect(codes(plan(ARM64, seedRules, AIRGAP))).not.toContain('install.airgap-not-in-edition');
  });
});

describe('a private registry (the private-registry page)', () => {
  const withRegistry = (registryAuth: boolean, registryCa: boolean) =>
    plan(ARM64, seedRules, {
      airgap: { enabled: true, registry: 'registry.example.com:5000', registryAuth, registryCa },
    });

  it('mirrors docker.io to https://<registry>, with auth and tls placeholders under its host when asked', () => {
    const file = withRegistry(true, true).config.registries;
    if (!file) throw new Error('no registries.yaml');
    // The docs' "With TLS, With Authentication" example, with this plan's host and placeholders.
    expect(parse(renderRegistriesYaml(file, { header: [] }), { version: '1.1' })).toEqual({
      mirrors: { 'docker.io': { endpoint: ['https://registry.example.com:5000'] } },
      configs: {
        'registry.example.com:5000': {
          auth: { username: '<registry-username>', password: '<registry-password>' },
          tls: { ca_file: '/etc/rancher/k3s/registry-ca.crt' },
        },
      },
    });
  });

  it('without credentials or a CA: only the mirror, no configs', () => {
    const file = withRegistry(false, false).config.registries;
    if (!file) throw new Error('no registries.yaml');
    expect(parse(renderRegistriesYaml(file, { header: [] }), { version: '1.1' })).toEqual({
      mirrors: { 'docker.io': { endpoint: ['https://registry.example.com:5000'] } },
    });
  });

  it('the images are pushed, not copied: the plain archive and k3s-images.txt are downloaded, no archive goes on the nodes', () => {
    const a = day2(withRegistry(true, false)).airgap;
    expect(a?.method).toBe('registry');
    expect(a?.downloads.map((d) => d.name)).toEqual([
      'k3s-arm64',
      'k3s-airgap-images-arm64.tar',
      'k3s-images.txt',
      'sha256sum-arm64.txt',
      'k3s-install.sh',
    ]);
    expect(a?.roles.flatMap((r) => r.files.map((f) => f.name))).not.toContain('k3s-airgap-images-arm64.tar');
    expect(a?.roles[0]?.files.map((f) => f.name)).toContain('registries.yaml');
    const push = a?.steps.find((s) => s.id === 'push-images');
    expect(push?.commands[0]).toBe('docker login registry.example.com:5000');
    expect(push?.commands.at(-1)).toContain('registry.example.com:5000/${image#docker.io/}');
    const codes = day2(withRegistry(true, false)).findings.map((f) => f.code);
    expect(codes).toContain('airgap.registry-placeholders');
  });

  it('with the embedded registry on too, one registries.yaml holds both', () => {
    const r = plan(ARM64, seedRules, {
      network: { embeddedRegistry: true },
      airgap: { enabled: true, registry: 'registry.local', registryAuth: false, registryCa: false },
    });
    expect(r.config.registries?.embedded).toBe(true);
    expect(r.config.registries?.privateRegistry?.host).toBe('registry.local');
  });
});

describe('join tokens (the token page)', () => {
  it('the short tokens the plan writes: a warning for the nodes that join, pointing at the secure token K3s writes', () => {
    const d = day2(plan({ servers: 3, agents: 5, haMode: 'ha-embedded', datastore: 'embedded-etcd' }));
    const short = d.findings.find((f) => f.code === 'tokens.short-format');
    expect(short).toMatchObject({
      severity: 'warning',
      params: { joining: 7, file: '/var/lib/rancher/k3s/server/token' },
    });
    expect(short?.params).toMatchObject({ prefix: 'K10' });
    expect(d.tokens?.joinSteps.map((s) => [s.id, s.commands.at(-1)])).toEqual([
      ['read-secure-token', 'sudo cat /var/lib/rancher/k3s/server/token'],
      ['read-agent-token', 'sudo cat /var/lib/rancher/k3s/server/agent-token'],
      ['use-secure-token', undefined],
    ]);
    expect(d.tokens?.separateAgentToken).toBe(true);
  });

  it('a single server without agents joins nothing: no warning, no join steps', () => {
    const d = day2(plan({ servers: 1, agents: 0 }));
    expect(d.findings.map((f) => f.code)).not.toContain('tokens.short-format');
    expect(d.tokens?.joinSteps).toEqual([]);
  });

  it.each([
    ['v1.28.2+k3s1', true, null],
    ['v1.28.1+k3s1', false, 'v1.28.2+k3s1'],
    ['v1.27.6+k3s1', false, 'v1.27.7+k3s1'],
    ['v1.25.15+k3s1', true, null],
    ['v1.24.17+k3s1', false, 'v1.25.15+k3s1'],
    ['v1.33.4+k3s1', true, null],
  ] as const)('k3s token rotate in %s: %s (from %s)', (version, available, release) => {
    const d = day2(plan({ k3sVersion: version }, upstreamRules));
    expect(d.tokens?.rotation.available).toBe(available);
    expect(d.tokens?.rotation.firstRelease).toBe(release);
    expect(d.findings.some((f) => f.code === 'tokens.rotate-unavailable')).toBe(!available);
  });

  it('rotation: k3s token rotate with the old and new token, then every server restarted; agents with their own token keep it', () => {
    const d = day2(plan({ servers: 3, agents: 2, haMode: 'ha-embedded', datastore: 'embedded-etcd' }));
    const steps = d.tokens?.rotation.steps ?? [];
    expect(steps.map((s) => s.id)).toEqual(['rotate', 'restart-servers']);
    expect(steps[0]?.commands[0]).toMatch(
      /^sudo k3s token rotate --token "\$\{OLD_TOKEN:\?[^}]*\}" --new-token "\$\{NEW_TOKEN:\?[^}]*\}"$/,
    );
  });
});

describe('etcd-s3-retention (the etcd-snapshot page’s S3 Retention)', () => {
  const s3 = (k3sVersion: string, retention: number | null) =>
    day2(
      plan({ servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd', k3sVersion }, seedRules, {
        backup: { s3: true, s3Bucket: 'k3s-backups', retention },
      }),
    ).backup.dropIn?.file.entries.find((e) => e.key === 'etcd-s3-retention')?.value;

  it.each([
    ['v1.33.4+k3s1', 10, 10],
    ['v1.34.0+k3s1', 10, 10],
    ['v1.31.12+k3s1', 3, 3],
    ['v1.33.3+k3s1', 10, undefined],
    ['v1.32.7+k3s1', 10, undefined],
    ['v1.30.14+k3s1', 10, undefined],
  ] as const)('%s with %i retained: S3 keeps %s', (version, retention, written) => {
    expect(s3(version, retention)).toBe(written);
  });

  it('K3s’s default retention (5) is already the S3 default: nothing written', () => {
    expect(s3('v1.34.0+k3s1', null)).toBeUndefined();
    expect(s3('v1.34.0+k3s1', 5)).toBeUndefined();
  });
});
