/**
 * Upgrades. Expected values from the K3s docs: the upgrade pages (k3s-io/docs docs/upgrades/manual.md
 * at 1b767ca4, automated.md at 01f91e0b), the networking-services page (Traefik v3 from 1.32), the
 * network options page (the wireguard backend gone in v1.26), the etcd FAQ's quorum table, and the
 * requirements page's batches of 50; not this code's output.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../plan/compute-plan';
import { day2Of, plan, seedRules, upstreamRules } from '../testing/fixtures';
import type { UpgradePlan } from './upgrade';

const HA = { servers: 3, agents: 120, haMode: 'ha-embedded', datastore: 'embedded-etcd' } as const;

function upgradeOf(r: PlanResult): UpgradePlan {
  const u = day2Of(r)?.upgrade;
  if (!u) throw new Error('no upgrade');
  return u;
}
const findings = (r: PlanResult) => day2Of(r)?.findings ?? [];

describe('the path', () => {
  it('no upgrade asked for: none planned', () => {
    expect(day2Of(plan(HA))?.upgrade).toBeNull();
  });

  it('v1.30 → v1.32 goes through v1.31 first: no minor version is skipped (the skew policy the upgrade pages cite)', () => {
    const r = plan(HA, seedRules, { upgrade: { from: 'v1.30', to: 'v1.32' } });
    const u = upgradeOf(r);
    expect(u.direction).toBe('up');
    expect(u.steps.map((s) => s.line)).toEqual(['v1.31', 'v1.32']);
    expect(findings(r).find((f) => f.code === 'upgrade.one-minor-at-a-time')?.params).toEqual({
      from: 'v1.30',
      to: 'v1.32',
      lines: ['v1.31', 'v1.32'],
    });
  });

  it('a line the rules list a release of is pinned to it (INSTALL_K3S_VERSION); one they do not is its channel (INSTALL_K3S_CHANNEL=v1.34)', () => {
    // The 2026.12 files list v1.35.4+k3s1, v1.36.2+k3s1, v1.36.3+k3s1 and v1.37.1+k3s1 (release notes as of 2026-09-30).
    const u = upgradeOf(plan(HA, upstreamRules, { upgrade: { from: 'v1.33.4+k3s1', to: 'v1.36' } }));
    expect(u.steps.map((s) => `${s.env.name}=${s.env.value}`)).toEqual([
      'INSTALL_K3S_CHANNEL=v1.34',
      'INSTALL_K3S_VERSION=v1.35.4+k3s1',
      'INSTALL_K3S_VERSION=v1.36.3+k3s1',
    ]);
  });

  it('from is the plan’s own version unless given: stable (v1.36.3+k3s1) → latest (v1.37.1+k3s1) is one step', () => {
    const u = upgradeOf(plan(HA, seedRules, { upgrade: { to: 'latest' } }));
    expect([u.from.resolved, u.to.resolved, u.steps.length]).toEqual(['v1.36.3+k3s1', 'v1.37.1+k3s1', 1]);
  });

  it('a downgrade is refused: Kubernetes does not downgrade its control plane (Downgrade Prevention)', () => {
    const r = plan(HA, seedRules, { upgrade: { from: 'v1.32.2+k3s1', to: 'v1.30.4+k3s1' } });
    expect(upgradeOf(r)).toMatchObject({ direction: 'down', steps: [] });
    expect(
      findings(r)
        .filter((f) => f.code.startsWith('upgrade.'))
        .map((f) => [f.code, f.severity]),
    ).toEqual([['upgrade.downgrade', 'error']]);
  });

  it('the same release: nothing to do', () => {
    expect(upgradeOf(plan(HA, seedRules, { upgrade: { from: 'v1.36.3+k3s1', to: 'stable' } }))).toMatchObject({
      direction: 'same',
      steps: [],
    });
  });
});

describe('the gates on the way', () => {
  const crossed = (r: PlanResult) =>
    findings(r).flatMap((f) =>
      f.code === 'upgrade.gate-crossed' ? [[f.params.gate, f.params.line, f.params.release, f.severity]] : [],
    );

  it('Traefik v2 → v3 at v1.32 (“K3s versions starting with 1.32 include Traefik v3”), only when the plan runs Traefik', () => {
    const withTraefik = plan(HA, seedRules, { upgrade: { from: 'v1.31.4+k3s1', to: 'v1.32.0+k3s1' } });
    expect(crossed(withTraefik)).toContainEqual(['traefik-v3', 'v1.32', 'v1.32.0+k3s1', 'warning']);
    const without = plan(HA, seedRules, {
      upgrade: { from: 'v1.31.4+k3s1', to: 'v1.32.0+k3s1' },
      network: { traefik: false },
    });
    expect(crossed(without).map(([g]) => g)).not.toContain('traefik-v3');
  });

  it('the legacy wireguard backend, gone in v1.26: an error on the step to v1.26', () => {
    const r = plan(HA, seedRules, {
      upgrade: { from: 'v1.25.16+k3s4', to: 'v1.27.16+k3s1' },
      network: { flannelBackend: 'wireguard' },
    });
    expect(crossed(r)).toContainEqual(['wireguard-backend-removed', 'v1.26', 'v1.26.0+k3s1', 'error']);
    expect(
      upgradeOf(r)
        .steps.find((s) => s.line === 'v1.26')
        ?.crossed.map((c) => c.gate),
    ).toContain('wireguard-backend-removed');
  });

  it('containerd 2.0 arrives in a patch (v1.32.2+k3s1): v1.32.0 does not have it yet, v1.32.2 does', () => {
    const gates = (to: string) =>
      crossed(plan(HA, seedRules, { upgrade: { from: 'v1.31.4+k3s1', to } })).map(([g]) => g);
    expect(gates('v1.32.0+k3s1')).not.toContain('containerd-2');
    expect(gates('v1.32.2+k3s1')).toContain('containerd-2');
  });

  it('a gate the starting release already has is not crossed again', () => {
    const r = plan(HA, seedRules, { upgrade: { from: 'v1.32.2+k3s1', to: 'v1.33.4+k3s1' } });
    expect(crossed(r).map(([g]) => g)).not.toContain('traefik-v3');
    expect(crossed(r).map(([g]) => g)).not.toContain('containerd-2');
  });
});

describe('the order for this plan', () => {
  it('three etcd servers: one at a time, and one may be down while the other two keep quorum (etcd FAQ: 3 members tolerate 1)', () => {
    const u = upgradeOf(plan(HA, seedRules, { upgrade: { to: 'latest' } }));
    expect(u.order).toMatchObject({ servers: 3, serversAtOnce: 1, tolerated: 1, etcd: { members: 3, quorum: 2 } });
  });

  it('agents in batches of at most 50 (the requirements page’s batches), 120 agents in 3', () => {
    const u = upgradeOf(plan(HA, seedRules, { upgrade: { to: 'latest' } }));
    expect(u.order.agentBatch).toEqual({ size: 50, batches: 3, firstNames: ['agent-1', 'agent-50'] });
  });

  it('a single server: the API is down while it restarts (a note); two etcd servers: quorum is lost (a warning)', () => {
    const one = plan({ servers: 1, agents: 2 }, seedRules, { upgrade: { to: 'latest' } });
    expect(
      findings(one)
        .filter((f) => f.code === 'upgrade.restart-downtime')
        .map((f) => f.severity),
    ).toEqual(['info']);
    const two = plan({ ...HA, servers: 2 }, seedRules, { upgrade: { to: 'latest' } });
    expect(
      findings(two)
        .filter((f) => f.code === 'upgrade.restart-downtime')
        .map((f) => f.severity),
    ).toEqual(['warning']);
    expect(findings(plan(HA, seedRules, { upgrade: { to: 'latest' } })).map((f) => f.code)).not.toContain(
      'upgrade.restart-downtime',
    );
  });

  it('without a fixed registration address the first server’s restart is noted; with one it is not', () => {
    const codes = (reg: string) =>
      findings(plan(HA, seedRules, { upgrade: { to: 'latest' }, install: { registrationAddress: reg } })).map(
        (f) => f.code,
      );
    expect(codes('')).toContain('upgrade.first-server-restart');
    expect(codes('k3s.example.com')).not.toContain('upgrade.first-server-restart');
  });

  it('each server in order gets the installer line with the step’s version, and its own name when nodes are named by the plan', () => {
    const u = upgradeOf(
      plan(HA, seedRules, {
        upgrade: { from: 'v1.36.2+k3s1', to: 'v1.36.3+k3s1' },
        install: { nodeNaming: 'node-name' },
      }),
    );
    const [only] = u.steps;
    expect(only?.servers).toEqual([
      {
        name: 'server-1',
        command:
          'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.36.3+k3s1 K3S_NODE_NAME=server-1 sh -s - server',
      },
      {
        name: 'server-2',
        command:
          'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.36.3+k3s1 K3S_NODE_NAME=server-2 sh -s - server',
      },
      {
        name: 'server-3',
        command:
          'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.36.3+k3s1 K3S_NODE_NAME=server-3 sh -s - server',
      },
    ]);
  });
});

describe('the system-upgrade-controller’s plans (automated upgrades page)', () => {
  it('a server plan with concurrency 1 and cordon on control-plane nodes, and an agent plan whose prepare step waits for it', () => {
    const [step] = upgradeOf(plan(HA, seedRules, { upgrade: { from: 'v1.36.2+k3s1', to: 'v1.36.3+k3s1' } })).steps;
    const [server, agent] = step?.manifests.plans ?? [];
    expect(server).toEqual({
      apiVersion: 'upgrade.cattle.io/v1',
      kind: 'Plan',
      metadata: { name: 'server-plan', namespace: 'system-upgrade' },
      spec: {
        concurrency: 1,
        cordon: true,
        nodeSelector: {
          matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'In', values: ['true'] }],
        },
        serviceAccountName: 'system-upgrade',
        upgrade: { image: 'rancher/k3s-upgrade' },
        version: 'v1.36.3+k3s1',
      },
    });
    expect(agent?.spec).toMatchObject({
      cordon: true,
      nodeSelector: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'DoesNotExist' }] },
      prepare: { args: ['prepare', 'server-plan'], image: 'rancher/k3s-upgrade' },
    });
  });

  it('a line known only as a channel follows the channel server: https://update.k3s.io/v1-release/channels/v1.31', () => {
    const [step] = upgradeOf(plan(HA, seedRules, { upgrade: { from: 'v1.30.4+k3s1', to: 'v1.31' } })).steps;
    expect(step?.manifests.plans.map((p) => p.spec.channel)).toEqual([
      'https://update.k3s.io/v1-release/channels/v1.31',
      'https://update.k3s.io/v1-release/channels/v1.31',
    ]);
    expect(step?.manifests.plans.every((p) => p.spec.version === undefined)).toBe(true);
  });

  it('agentless servers have no Node, so the controller cannot upgrade them: no server plan, an agent plan that waits for nothing, and a warning', () => {
    const r = plan({ ...HA, serverWorkloads: 'agentless' }, seedRules, { upgrade: { to: 'latest' } });
    const plans = upgradeOf(r).steps[0]?.manifests.plans ?? [];
    expect(plans.map((p) => p.metadata.name)).toEqual(['agent-plan']);
    expect(plans[0]?.spec.prepare).toBeUndefined();
    expect(findings(r).map((f) => f.code)).toContain('upgrade.controller-agentless');
  });

  it('tainted dedicated servers: the server plan tolerates CriticalAddonsOnly=true:NoExecute, which the controller’s jobs do not by default', () => {
    const r = plan({ ...HA, serverWorkloads: 'dedicated' }, seedRules, { upgrade: { to: 'latest' } });
    expect(upgradeOf(r).steps[0]?.manifests.plans[0]?.spec.tolerations).toEqual([
      { key: 'CriticalAddonsOnly', operator: 'Equal', value: 'true', effect: 'NoExecute' },
    ]);
  });

  it('no agents: only the server plan', () => {
    const r = plan({ ...HA, agents: 0 }, seedRules, { upgrade: { to: 'latest' } });
    expect(upgradeOf(r).steps[0]?.manifests.plans.map((p) => p.metadata.name)).toEqual(['server-plan']);
    expect(upgradeOf(r).steps[0]?.agentCommand).toBeNull();
  });
});
