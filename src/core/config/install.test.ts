import { describe, expect, it } from 'vitest';
import { computePlan } from '../plan/compute-plan';
import { planInput, seedRules, type PlanOverrides } from '../testing/fixtures';
import type { ClusterInput } from '../model/plan-input';
import { installScript, shellQuote } from './install';
import { nodeNames } from './names';

const plan = (cluster: Partial<ClusterInput>, more: PlanOverrides = {}) =>
  computePlan(planInput(cluster, seedRules, more), seedRules);
const TEXTS = {
  header: ['k3s-sizer'],
  usage: (command: string) => `usage: ${command}`,
  roles: { 'server-init': 'first server', server: 'other servers', agent: 'agents' },
  waitReady: 'wait',
  needsName: 'give the node name',
};

describe('shellQuote', () => {
  it.each([
    ['v1.36.3+k3s1', 'v1.36.3+k3s1'],
    ['https://k3s.example.com:6443', 'https://k3s.example.com:6443'],
    ['<server-token>', "'<server-token>'"],
    ["it's", `'it'\\''s'`],
    ['a b', "'a b'"],
  ])('%s → %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });
});

describe('install commands', () => {
  it('channel or pinned version through the official script', () => {
    expect(plan({}).install.versionEnv).toEqual({ name: 'INSTALL_K3S_CHANNEL', value: 'stable' });
    expect(plan({ k3sVersion: 'v1.31' }).install.versionEnv).toEqual({ name: 'INSTALL_K3S_CHANNEL', value: 'v1.31' });
    expect(plan({ k3sVersion: 'v1.31.4+k3s1' }).install.versionEnv).toEqual({
      name: 'INSTALL_K3S_VERSION',
      value: 'v1.31.4+k3s1',
    });
  });

  it('with config.yaml: copy the role file into place (mode 600), then run the installer for the role', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 });
    const agent = r.install.roles.find((x) => x.role === 'agent');
    expect(agent?.withConfig).toEqual([
      'sudo mkdir -p /etc/rancher/k3s',
      'sudo install -m 600 config-agent.yaml /etc/rancher/k3s/config.yaml',
      'curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=stable sh -s - agent',
    ]);
  });

  it('with flags: credentials as K3S_ environment variables, everything else as flags', () => {
    const r = plan(
      { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 },
      { network: { traefik: false, servicelb: false }, install: { registrationAddress: 'k3s.example.com' } },
    );
    const first = r.install.roles.find((x) => x.role === 'server-init');
    expect(first?.withFlags).toBe(
      [
        "curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=stable K3S_TOKEN='<server-token>' K3S_AGENT_TOKEN='<agent-token>' sh -s - server",
        '--cluster-init',
        '--tls-san=k3s.example.com',
        '--disable=traefik',
        '--disable=servicelb',
      ].join(' \\\n    '),
    );
    const agent = r.install.roles.find((x) => x.role === 'agent');
    expect(agent?.withFlags).toBe(
      "curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=stable K3S_URL=https://k3s.example.com:6443 K3S_TOKEN='<agent-token>' sh -s - agent",
    );
  });

  it('each step says how many nodes it installs: the first server, the other servers, the agents', () => {
    const steps = (c: Partial<ClusterInput>) => plan(c).install.roles.map((x) => [x.role, x.nodes]);
    expect(steps({ servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd', agents: 7 })).toEqual([
      ['server-init', 1],
      ['server', 2],
      ['agent', 7],
    ]);
    expect(steps({ servers: 1, agents: 0 })).toEqual([['server-init', 1]]);
  });

  it('names nodes with K3S_NODE_NAME when asked', () => {
    const r = plan(
      { servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd', agents: 1 },
      { install: { nodeNaming: 'node-name', serverNames: 'cp-{n}.lab' } },
    );
    expect(r.install.roles.map((x) => x.nodeName)).toEqual(['cp-1.lab', 'cp-2.lab', 'agent-1']);
    expect(r.install.roles[0]?.withConfig[2]).toContain('K3S_NODE_NAME=cp-1.lab');
  });

  it('HA order: wait for the first server, join servers one by one, agents in batches of 50', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 120 });
    expect(r.install.waitReady).toBe('sudo k3s kubectl wait --for=condition=Ready nodes --all --timeout=300s');
    expect(r.install.joinServersOneByOne).toBe(true);
    expect(r.install.agentBatches).toEqual({ batchSize: 50, batches: 3 });
    expect(plan({ agents: 50 }).install.agentBatches).toBeNull();
  });

  it('uninstall scripts per role and the node deletion reminder', () => {
    expect(plan({}).install.uninstall).toEqual({
      server: 'sudo /usr/local/bin/k3s-uninstall.sh',
      agent: 'sudo /usr/local/bin/k3s-agent-uninstall.sh',
      deleteNode: 'sudo k3s kubectl delete node "${NODE_NAME:?set NODE_NAME to the name of the node to remove}"',
    });
  });
});

describe('install.sh', () => {
  it('has one branch per role, copies that role’s file, and refuses an unknown role', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 2 });
    const script = installScript(r.install, seedRules, TEXTS);
    expect(script.startsWith('#!/bin/sh\n# k3s-sizer\nset -eu\n')).toBe(true);
    expect(script).toContain(
      '  server-init)\n    # first server\n    install_config config-server-init.yaml\n    curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=stable sh -s - server\n',
    );
    expect(script).toContain(
      '    install_config config-agent.yaml\n    curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=stable sh -s - agent\n',
    );
    expect(script).toContain("echo 'usage: sh install.sh server-init|server|agent' >&2");
  });

  it('asks for the node name when nodes are named by the plan', () => {
    const r = plan({ agents: 2 }, { install: { nodeNaming: 'node-name' } });
    const script = installScript(r.install, seedRules, TEXTS);
    expect(script).toContain('NODE_NAME="${2:-}"');
    expect(script).toContain('K3S_NODE_NAME="$NODE_NAME" sh -s - agent');
  });
});

describe('nodeNames', () => {
  it.each([
    ['server-{n}', 3, 'server-3'],
    ['k3s-{n}.example.com', 12, 'k3s-12.example.com'],
    ['a,b,c', 3, 'c'],
  ])('%s for %i nodes: the last is %s', (text, count, last) => {
    const r = nodeNames(text, count);
    expect(r.ok && r.nameOf(count)).toBe(last);
  });
  it.each([
    ['', 1, 'empty'],
    ['Server-{n}', 1, 'invalid'],
    ['-bad-{n}', 1, 'invalid'],
    ['a,b', 3, 'too-few'],
    ['a,a,b', 3, 'duplicate'],
    ['x'.repeat(70), 1, 'invalid'],
  ])('%j for %i nodes → %s', (text, count, reason) => {
    expect(nodeNames(text, count)).toMatchObject({ ok: false, reason });
  });
});
