import { describe, expect, it } from 'vitest';
import { PlanJsonSchema } from '../core/plan/plan-json-schema';
import { machineCatalog, plan, seedRules, seedRules2611, upstreamRules } from '../core/testing/fixtures';
import { planMachines } from '../core/plan/plan-machines';
import { buildPlanJson, withMachines } from './plan-json';

describe('buildPlanJson', () => {
  it('matches the published schema and carries the sizing in GiB', () => {
    const r = plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 198 });
    const json = PlanJsonSchema.parse(
      buildPlanJson(r, seedRules, 'https://example.test/?v=1', 'https://example.test/schema/plan.v1.json'),
    );
    // 200 nodes, seed: server Large 8 vCPU / 16 GB; database Large 4 vCPU / 16 GB.
    expect(json.sizing.server).toMatchObject({ count: 2, vcpu: 8, memoryGiB: 16, tier: 'large', counts: 'all-nodes' });
    expect(json.sizing.server.basis).toBe('200 nodes in total (2 servers + 198 agents) → Large, up to 250 nodes.');
    expect(json.sizing.database).toMatchObject({ datastore: 'postgres', vcpu: 4, memoryGiB: 16, tier: 'large' });
    expect(json.sizing.totals).toEqual({ vcpu: 20, vcpuOrMore: false, memoryGiB: 48 });
    expect(json.sizing.agent.measured.memoryGiB).toBe(0.269); // 275 MiB
    expect(json.sizing.etcd).toBeNull();
  });

  it('writes every finding in English with its source resolved to a link', () => {
    const r = plan({ datastore: 'sqlite', servers: 3 });
    const json = buildPlanJson(r, seedRules, 'l', 's');
    const sqlite = json.findings.find((f) => f.code === 'topology.sqlite-multi-server');
    expect(sqlite).toMatchObject({
      severity: 'error',
      message: 'SQLite cannot serve 3 servers',
      params: { servers: 3 },
    });
    expect(sqlite?.source.url).toBe('https://docs.k3s.io/datastore');
    expect(json.findings.map((f) => f.code)).toEqual(r.findings.map((f) => f.code));
  });

  it('names the edition and the resolved K3s version', () => {
    const json = buildPlanJson(plan({ k3sVersion: 'v1.36' }, upstreamRules), upstreamRules, 'l', 's');
    expect(json.rules).toMatchObject({ id: 'upstream-2026.12', edition: 'upstream' });
    expect(json.k3sVersion).toEqual({ requested: 'v1.36', resolved: 'v1.36.3+k3s1' });
    expect(json.sizing.server.basis).toBe('2 agents → the “0–350 agents” row of the Server Sizing Guide.');
  });
});

describe('buildPlanJson network and ports', () => {
  it('writes capacity per family as exact decimal strings, and the ports with their citations', () => {
    const r = plan({ agents: 10 }, seedRules, {
      network: {
        ipFamily: 'dual',
        clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
        serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
      },
    });
    const json = PlanJsonSchema.parse(buildPlanJson(r, seedRules, 'l', 's'));
    expect(json.network.families.map((f) => [f.family, f.nodeSubnets, f.addressesPerNode, f.podsPerNode])).toEqual([
      ['ipv4', '256', '256', 110],
      ['ipv6', '256', '18446744073709551616', 110],
    ]);
    expect(json.network.clusterDns).toBe('10.43.0.10');
    expect(json.ports).toContainEqual(
      expect.objectContaining({
        protocol: 'udp',
        port: '8472',
        source: 'all-nodes',
        destination: 'all-nodes',
        purpose: 'Flannel VXLAN',
      }),
    );
    expect(json.network.firewall.map((f) => f.role)).toEqual(['server', 'agent']);
  });
});

describe('buildPlanJson workloads', () => {
  it('carries the result, not only the inputs: each shape, the agents it needs, the one used and why', () => {
    const r = plan({ agents: 2 }, seedRules, {
      workloads: {
        enabled: true,
        groups: [{ name: 'api', replicas: 40, cpuMillis: 200, memoryMiB: 128 }],
        shapes: ['cloud-2x4', 'cloud-4x8', 'pi4-8gb'],
      },
    });
    const json = buildPlanJson(r, seedRules, 'l', 's');
    expect(PlanJsonSchema.safeParse(json).success).toBe(true);
    expect(json.workloads?.shapes.map((s) => s.id)).toEqual(['cloud-2x4', 'cloud-4x8', 'pi4-8gb']);
    expect(json.workloads).toMatchObject({
      recommended: 'cloud-4x8',
      recommendedByProcessor: { 'x86-server': 'cloud-4x8', 'arm-sbc': 'pi4-8gb' },
      chosen: 'cloud-4x8',
      chosenBecause: 'recommended',
      requested: { pods: 40 },
    });
    expect(json.workloads?.agents).toBe(json.input.cluster.agents);
    const chosen = json.workloads?.shapes.find((s) => s.id === 'cloud-4x8');
    expect(chosen).toMatchObject({
      processor: 'x86-server',
      vcpu: 4,
      memoryGiB: 8,
      runsEveryPod: true,
      podsPerAgent: 110,
    });
    expect(chosen?.allocatable.cpuMillis).toBeLessThan(4000);
  });
  it('null when workload planning is off', () => {
    expect(buildPlanJson(plan({}), seedRules, 'l', 's').workloads).toBeNull();
  });
});

describe('buildPlanJson day 2', () => {
  const HA = { servers: 3, agents: 4, haMode: 'ha-embedded', datastore: 'embedded-etcd' } as const;

  it('carries the backup, its steps in English and the drop-in as downloaded, and matches the published schema', () => {
    const r = plan(HA, seedRules, { backup: { s3: true, s3Bucket: 'k3s-backups' } });
    const json = PlanJsonSchema.parse(buildPlanJson(r, seedRules, 'https://example.test/?v=1', 's'));
    const d = json.day2;
    expect(d?.backup.kind).toBe('etcd-snapshots');
    expect(d?.backup.snapshots?.s3).toMatchObject({
      bucket: 'k3s-backups',
      credentialEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
    });
    expect(d?.backup.dropIn?.content).toContain('etcd-s3-bucket: k3s-backups');
    expect(d?.backup.dropIn?.content).toContain('# k3s-sizer plan, rules seed-2026.12: etcd snapshot settings');
    expect(d?.backup.restoreSteps.map((s) => s.id)).toEqual([
      'stop-servers',
      'reset-from-s3',
      'reset-from-local',
      'start-first',
      'clear-other-servers',
      'start-other-servers',
    ]);
    expect(d?.backup.restoreSteps[0]?.text).toBe('Stop K3s on every server (server-1, server-2, and server-3).');
    expect(d?.backup.token.file).toBe('/var/lib/rancher/k3s/server/token');
    expect(d?.upgrade).toBeNull();
    // Never a key: only placeholders and the variables' names.
    expect(JSON.stringify(json)).not.toMatch(/AKIA|secret-key: [^<]/);
  });

  it('carries the upgrade: its steps, their Plan files and its findings with their English text', () => {
    const r = plan(HA, seedRules, { upgrade: { from: 'v1.31.4+k3s1', to: 'v1.32.0+k3s1' } });
    const json = PlanJsonSchema.parse(buildPlanJson(r, seedRules, 'l', 's'));
    const u = json.day2?.upgrade;
    expect(u?.steps.map((s) => [s.line, s.env.name, s.env.value, s.gates])).toEqual([
      ['v1.32', 'INSTALL_K3S_VERSION', 'v1.32.0+k3s1', ['traefik-v3']],
    ]);
    expect(u?.steps[0]?.manifests.content).toContain('version: v1.32.0+k3s1');
    expect(json.day2?.findings.find((f) => f.code === 'upgrade.gate-crossed')).toMatchObject({
      severity: 'warning',
      message: 'Traefik v2 is upgraded to v3 at v1.32',
    });
  });

  it('carries the air gap (downloads, files per role, steps in English) and the tokens; no credential, only that placeholders stand for them', () => {
    const r = plan({ ...HA, arch: 'arm64', k3sVersion: 'v1.33.4+k3s1' }, seedRules, {
      airgap: { enabled: true, registry: 'registry.example.com:5000', registryAuth: true, registryCa: false },
    });
    const json = PlanJsonSchema.parse(buildPlanJson(r, seedRules, 'l', 's'));
    const a = json.day2?.airgap;
    expect(a).toMatchObject({
      method: 'registry',
      release: 'v1.33.4+k3s1',
      releaseArch: 'arm64',
      skipDownloadEnv: 'INSTALL_K3S_SKIP_DOWNLOAD',
      registry: { host: 'registry.example.com:5000', endpoint: 'https://registry.example.com:5000', auth: true },
    });
    expect(a?.downloads[0]).toEqual({
      name: 'k3s-arm64',
      url: 'https://github.com/k3s-io/k3s/releases/download/v1.33.4%2Bk3s1/k3s-arm64',
      destination: '/usr/local/bin/k3s',
    });
    expect(a?.steps.map((s) => s.id)).toEqual(['download', 'verify', 'push-images', 'copy-files', 'default-route']);
    expect(json.config.installScript).toContain('INSTALL_K3S_SKIP_DOWNLOAD=true');
    expect(json.day2?.tokens).toMatchObject({
      serverTokenFile: '/var/lib/rancher/k3s/server/token',
      agentTokenFile: '/var/lib/rancher/k3s/server/agent-token',
      securePrefix: 'K10',
      rotation: { available: true, firstRelease: null },
    });
    expect(json.day2?.findings.map((f) => f.code)).toContain('tokens.short-format');
    expect(JSON.stringify(json.day2?.airgap)).not.toMatch(/<registry-password>|<registry-username>/);
  });

  it('not air-gapped: the air gap is null, the tokens are there', () => {
    const json = PlanJsonSchema.parse(buildPlanJson(plan(HA), seedRules, 'l', 's'));
    expect(json.day2?.airgap).toBeNull();
    expect(json.day2?.tokens?.joinSteps.map((s) => s.id)).toEqual([
      'read-secure-token',
      'read-agent-token',
      'use-secure-token',
    ]);
  });

  it('under a rules file without the day-2 facts the section is null', () => {
    const json = buildPlanJson(plan(HA, seedRules2611), seedRules2611, 'l', 's');
    expect(json.day2).toBeNull();
  });
});

describe('buildPlanJson machines (decision 025)', () => {
  it('carries each provider’s smallest types, the chosen types with their cost, and the findings, in the published schema', () => {
    const r = plan(
      { servers: 3, agents: 50, haMode: 'ha-embedded', datastore: 'embedded-etcd', arch: 'arm64' },
      seedRules,
      {
        machines: {
          server: 'aws-ec2/m7g.xlarge',
          agent: 'aws-ec2/m7g.large',
          prices: [
            { type: 'aws-ec2/m7g.xlarge', amount: 0.1632, currency: 'USD', per: 'hour' },
            { type: 'aws-ec2/m7g.large', amount: 50, currency: 'USD', per: 'month' },
          ],
          nodeLabels: true,
        },
      },
    );
    const json = PlanJsonSchema.parse(
      withMachines(buildPlanJson(r, seedRules, 'l', 's'), planMachines(r, machineCatalog, seedRules), r, seedRules),
    );
    const m = json.machines;
    expect(m?.catalog.id).toBe('machines-2026.12');
    const ec2 = m?.providers.find((p) => p.provider.id === 'aws-ec2');
    // The seed's Medium row, 4 vCPU and 8 GB per server: m7g.xlarge (4 vCPUs, 16 GiB), 8 GiB to spare.
    expect(ec2?.roles.find((x) => x.role === 'server')).toMatchObject({
      status: 'matched',
      type: { key: 'aws-ec2/m7g.xlarge', vcpu: 4, memoryMiB: 16384 },
      headroom: { vcpu: 0, memoryMiB: 8192 },
    });
    // 3 × 0.1632 USD × 730 hours + 50 × 50 USD a month.
    expect(m?.chosen?.cost.status).toBe('priced');
    expect(m?.chosen?.cost.amount).toBeCloseTo(3 * 0.1632 * 730 + 50 * 50, 6);
    expect(m?.chosen?.roles.map((c) => [c.role, c.key, c.status])).toEqual([
      ['server', 'aws-ec2/m7g.xlarge', 'fits'],
      ['agent', 'aws-ec2/m7g.large', 'fits'],
    ]);
    expect(m?.nodeLabel).toBe('node.kubernetes.io/instance-type');
    expect(json.config.files.find((x) => x.role === 'agent')?.content).toContain(
      'node.kubernetes.io/instance-type=m7g.large',
    );
  });

  it('is null without a catalog, and the plan is otherwise the same', () => {
    const r = plan();
    const json = buildPlanJson(r, seedRules, 'l', 's');
    expect(withMachines(json, null, r, seedRules)).toEqual({ ...json, machines: null });
  });
});
