import { shellQuote } from '../config/install';
import { nodeNames } from '../config/names';
import { finding, type AnyDay2Finding } from '../findings/finding';
import {
  compareK3sVersions,
  firstReleaseWith,
  formatK3sVersion,
  meetsGate,
  parseK3sVersion,
  resolveK3sVersion,
  type K3sVersion,
} from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import type { AnyGateId, Rules, SourceRef, UpgradeCondition, UpgradeRules } from '../model/rules';
import type { EtcdQuorum } from '../sizing/etcd';
import { serverNamesOf } from './steps';
import { sucPlans, type PlanTarget, type SucPlan } from './suc';

/** A version the upgrade starts or ends at, as the plan wrote it and as the rules resolve it. */
export interface UpgradeEnd {
  readonly requested: string;
  /** The release, or the minor line when the rules know no release of it. */
  readonly resolved: string;
  readonly line: string;
  /** False when only the line is known: `from` then stands for the line's first release, `to` for its newest. */
  readonly exact: boolean;
}

/** Where one step goes: a release, or a minor line's channel when the rules know no release of it. */
export type UpgradeTarget =
  { readonly kind: 'version'; readonly version: string } | { readonly kind: 'channel'; readonly channel: string };

export interface GateCrossing {
  readonly gate: AnyGateId;
  readonly release: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly source: SourceRef;
}

/** One step of the path: one minor line, the commands per node in order and the controller's plans. */
export interface UpgradeStep {
  readonly line: string;
  readonly target: UpgradeTarget;
  readonly env: { readonly name: 'INSTALL_K3S_VERSION' | 'INSTALL_K3S_CHANNEL'; readonly value: string };
  /** Every server, in order, with the installer line to run on it. */
  readonly servers: readonly { readonly name: string; readonly command: string }[];
  /** The installer line every agent runs, or null without agents. */
  readonly agentCommand: string | null;
  readonly crossed: readonly GateCrossing[];
  /** The system-upgrade-controller's plans for this step, in one file. */
  readonly manifests: { readonly fileName: string; readonly plans: readonly SucPlan[] };
}

export interface UpgradeOrder {
  readonly servers: number;
  /** Servers upgraded at once. */
  readonly serversAtOnce: number;
  /** Servers that may be down while the cluster keeps working: etcd's fault tolerance, or all but one. */
  readonly tolerated: number;
  readonly etcd: EtcdQuorum | null;
  /** Whether agents and kubectl reach the servers through a fixed registration address or the first server. */
  readonly registration: 'fixed' | 'first-server';
  readonly serverUrl: string;
  readonly agents: number;
  readonly agentBatch: {
    readonly size: number;
    readonly batches: number;
    readonly firstNames: readonly [string, string] | null;
  } | null;
  /** What to run after each server before the next one. */
  readonly waitReady: string;
}

export interface UpgradePlan {
  readonly from: UpgradeEnd;
  readonly to: UpgradeEnd;
  readonly direction: 'up' | 'same' | 'down';
  readonly steps: readonly UpgradeStep[];
  readonly order: UpgradeOrder;
  /** The controller's plans reach no agentless server: false when the servers run no agent. */
  readonly controllerUpgradesServers: boolean;
  /** How to install the controller, and to watch its plans and jobs. */
  readonly controller: { readonly install: string; readonly watch: readonly string[] };
}

export interface UpgradeContext {
  readonly input: PlanInput;
  readonly rules: Rules;
  readonly facts: UpgradeRules;
  /** The plan's own release: where an upgrade starts unless the plan says otherwise. */
  readonly version: K3sVersion;
  readonly etcd: EtcdQuorum | null;
  readonly serverUrl: string;
  readonly registrationFixed: boolean;
  readonly waitReady: string;
}

const lineOf = (v: { major: number; minor: number }): string => `v${String(v.major)}.${String(v.minor)}`;
/** A line's newest release as a version to compare with: newer than any patch the rules list. */
const lineNewest = (v: K3sVersion): K3sVersion => ({
  ...v,
  patch: Number.MAX_SAFE_INTEGER,
  revision: Number.MAX_SAFE_INTEGER,
});

interface Resolved {
  readonly end: UpgradeEnd;
  /** The version gates are checked against. */
  readonly version: K3sVersion;
  readonly target: UpgradeTarget;
}

/** Resolves a version as the cluster's version field is resolved; an unknown line stands for its first or newest release. */
function resolveEnd(text: string, rules: Rules, side: 'from' | 'to'): Resolved {
  const r = resolveK3sVersion(text, rules.releases);
  if (r.ok) {
    const resolved = formatK3sVersion(r.version);
    return {
      end: { requested: text, resolved, line: lineOf(r.version), exact: true },
      version: r.version,
      target: { kind: 'version', version: resolved },
    };
  }
  // The schema only lets well-formed versions in, so only an unknown line is left; stable stands in otherwise.
  const start =
    r.reason === 'unknown-line'
      ? r.lineStart
      : (parseK3sVersion(rules.releases.channels.stable) ?? { major: 1, minor: 0, patch: 0, revision: 1 });
  const line = lineOf(start);
  return {
    end: { requested: text, resolved: line, line, exact: false },
    version: side === 'from' ? start : lineNewest(start),
    target: { kind: 'channel', channel: line },
  };
}

function applies(when: UpgradeCondition, input: PlanInput): boolean {
  const { network, cluster } = input;
  switch (when) {
    case 'always':
      return true;
    case 'traefik':
      return network.traefik;
    case 'flannel-wireguard':
      return network.flannelBackend === 'wireguard';
    case 'flannel-ipsec':
      return network.flannelBackend === 'ipsec';
    case 'embedded-registry':
      return network.embeddedRegistry;
    case 'dual-stack':
      return network.ipFamily === 'dual';
    case 's390x':
      return cluster.arch === 's390x';
    case 'arm64':
      return cluster.arch === 'arm64';
  }
}

/** The newest release of a line the rules know, or null. */
function newestKnown(line: { major: number; minor: number }, rules: Rules): K3sVersion | null {
  return (
    rules.releases.known
      .map(parseK3sVersion)
      .filter((v): v is K3sVersion => v !== null && v.major === line.major && v.minor === line.minor)
      .sort(compareK3sVersions)
      .at(-1) ?? null
  );
}

/** Where the upgrade starts: the plan's own release unless the plan names another. */
function resolveFrom(ctx: UpgradeContext): Resolved {
  const fromText = ctx.input.upgrade.from.trim();
  if (fromText !== '') return resolveEnd(fromText, ctx.rules, 'from');
  return {
    end: {
      requested: ctx.input.cluster.k3sVersion,
      resolved: formatK3sVersion(ctx.version),
      line: lineOf(ctx.version),
      exact: true,
    },
    version: ctx.version,
    target: { kind: 'version' as const, version: formatK3sVersion(ctx.version) },
  };
}

/** One step's line, where it goes, and the version its gates are checked against. */
interface StepTarget {
  readonly line: string;
  readonly target: UpgradeTarget;
  readonly version: K3sVersion;
}

/** The lines in turn: those between, at most maxMinorsPerStep apart, then the target's. */
function stepTargets(from: Resolved, to: Resolved, facts: UpgradeRules, rules: Rules): StepTarget[] {
  const targets: StepTarget[] = [];
  if (from.version.major === to.version.major) {
    for (
      let minor = from.version.minor + facts.maxMinorsPerStep;
      minor < to.version.minor;
      minor += facts.maxMinorsPerStep
    ) {
      const line = { major: to.version.major, minor };
      const known = newestKnown(line, rules);
      targets.push(
        known
          ? { line: lineOf(line), target: { kind: 'version', version: formatK3sVersion(known) }, version: known }
          : {
              line: lineOf(line),
              target: { kind: 'channel', channel: lineOf(line) },
              version: lineNewest({ ...line, patch: 0, revision: 1 }),
            },
      );
    }
  }
  targets.push({ line: to.end.line, target: to.target, version: to.version });
  return targets;
}

/** Each gate the path crosses, on the step where the plan first has it (by step index), and a finding for each. */
function gateCrossings(
  ctx: UpgradeContext,
  from: Resolved,
  to: Resolved,
  targets: readonly StepTarget[],
): { byStep: Map<number, GateCrossing[]>; findings: AnyDay2Finding[] } {
  const { input, rules, facts } = ctx;
  const byStep = new Map<number, GateCrossing[]>();
  const findings: AnyDay2Finding[] = [];
  for (const c of facts.crossings) {
    if (!applies(c.when, input)) continue;
    const gate = rules.versionGates.find((g) => g.id === c.gate) ?? facts.gates.find((g) => g.id === c.gate);
    if (!gate) continue;
    let prev = from.version;
    for (const [i, t] of targets.entries()) {
      if (!meetsGate(prev, gate.since) && meetsGate(t.version, gate.since)) {
        const first = firstReleaseWith(prev, gate.since);
        const crossing: GateCrossing = {
          gate: c.gate,
          release: first ? formatK3sVersion(first) : t.line,
          severity: c.severity,
          source: gate.source,
        };
        byStep.set(i, [...(byStep.get(i) ?? []), crossing]);
        findings.push(
          finding(
            'upgrade.gate-crossed',
            c.severity,
            { gate: c.gate, line: t.line, release: crossing.release, from: from.end.resolved, to: to.end.resolved },
            { fields: ['upgrade.to'], ruleId: `upgrades.crossings.${c.gate}`, source: gate.source },
          ),
        );
        break;
      }
      prev = t.version;
    }
  }
  return { byStep, findings };
}

/** The steps of the path: per step, the installer line for each server and for the agents, and the controller's plans. */
function upgradeSteps(
  ctx: UpgradeContext,
  targets: readonly StepTarget[],
  crossings: ReadonlyMap<number, GateCrossing[]>,
  order: UpgradeOrder,
): UpgradeStep[] {
  const { input, rules, facts } = ctx;
  const servers = serverNamesOf(input);
  const named = input.install.nodeNaming === 'node-name' && nodeNames(input.install.serverNames, servers.length).ok;
  const agentsNamed =
    input.install.nodeNaming === 'node-name' && nodeNames(input.install.agentNames, input.cluster.agents).ok;
  const installer = `curl -sfL ${rules.install.scriptUrl} |`;
  return targets.map((t, i): UpgradeStep => {
    const env =
      t.target.kind === 'version'
        ? { name: 'INSTALL_K3S_VERSION' as const, value: t.target.version }
        : { name: 'INSTALL_K3S_CHANNEL' as const, value: t.target.channel };
    const envWord = `${env.name}=${shellQuote(env.value)}`;
    const planTarget: PlanTarget =
      t.target.kind === 'version'
        ? { version: t.target.version }
        : { channel: `${facts.channelUrl}/${t.target.channel}` };
    return {
      line: t.line,
      target: t.target,
      env,
      servers: servers.map((name) => ({
        name,
        command: `${installer} ${envWord}${named ? ` K3S_NODE_NAME=${shellQuote(name)}` : ''} sh -s - server`,
      })),
      agentCommand:
        input.cluster.agents > 0
          ? `${installer} ${envWord}${agentsNamed ? ` K3S_NODE_NAME="\${NODE_NAME:?set NODE_NAME to the name of the agent}"` : ''} sh -s - agent`
          : null,
      crossed: crossings.get(i) ?? [],
      manifests: {
        fileName: `k3s-upgrade-${t.line}.yaml`,
        plans: sucPlans(
          planTarget,
          {
            servers: input.cluster.serverWorkloads !== 'agentless',
            dedicatedServers: input.cluster.serverWorkloads === 'dedicated',
            agentBatch: order.agentBatch?.size ?? null,
          },
          facts,
          rules,
        ),
      },
    };
  });
}

/** What the path and the order mean for this plan: several steps, agentless servers, servers down at once, the first server's restart. */
function pathFindings(ctx: UpgradeContext, plan: UpgradePlan): AnyDay2Finding[] {
  const { input, rules, facts } = ctx;
  const { from, to, steps, order } = plan;
  const findings: AnyDay2Finding[] = [];
  if (steps.length > 1)
    findings.push(
      finding(
        'upgrade.one-minor-at-a-time',
        'info',
        { from: from.line, to: to.line, lines: steps.map((s) => s.line) },
        { fields: ['upgrade.to'], ruleId: 'upgrades.maxMinorsPerStep', source: facts.pathSource },
      ),
    );
  if (!plan.controllerUpgradesServers)
    findings.push(
      finding(
        'upgrade.controller-agentless',
        'warning',
        { servers: input.cluster.servers },
        {
          fields: ['upgrade.to', 'cluster.serverWorkloads'],
          ruleId: 'upgrades.controller',
          source: facts.controller.agentlessSource,
        },
      ),
    );
  if (order.tolerated < order.serversAtOnce)
    findings.push(
      finding(
        'upgrade.restart-downtime',
        order.servers > 1 ? 'warning' : 'info',
        { servers: order.servers, members: order.etcd?.members ?? null, haMinServers: rules.etcd.haMinServers },
        {
          fields: ['upgrade.to', 'cluster.servers'],
          ruleId: order.etcd ? 'etcd.quorum' : 'upgrades.orderSource',
          source: order.etcd ? rules.etcd.quorumSource : facts.orderSource,
        },
      ),
    );
  if (order.servers > 1 && order.registration === 'first-server')
    findings.push(
      finding(
        'upgrade.first-server-restart',
        'info',
        { firstServer: serverNamesOf(input)[0] ?? '', servers: order.servers },
        {
          fields: ['upgrade.to', 'install.registrationAddress'],
          ruleId: 'install.registrationSource',
          source: rules.install.registrationSource,
        },
      ),
    );
  return findings;
}

/**
 * An upgrade of this plan's cluster (decision 020): every minor line from `from` to `to` in turn
 * (the Kubernetes version skew policy, as the K3s upgrade pages say), the gates of the rules the
 * path crosses for this plan, the order (servers one at a time, keeping etcd's quorum, then agents
 * in batches), the install script's line per node and the system-upgrade-controller's plans per step.
 * Null when the plan asks for no upgrade.
 */
export function planUpgrade(ctx: UpgradeContext): { plan: UpgradePlan; findings: AnyDay2Finding[] } | null {
  const { input, rules, facts } = ctx;
  const toText = input.upgrade.to.trim();
  if (toText === '') return null;
  const from = resolveFrom(ctx);
  const to = resolveEnd(toText, rules, 'to');
  const order = upgradeOrder(ctx);
  const cmp = compareK3sVersions(to.version, from.version);
  const direction = cmp > 0 ? 'up' : cmp < 0 ? 'down' : 'same';
  const controller = {
    install: `kubectl apply ${facts.controller.installManifests.map((u) => `-f ${u}`).join(' ')}`,
    watch: [
      `kubectl -n ${facts.controller.namespace} get plans -o wide`,
      `kubectl -n ${facts.controller.namespace} get jobs`,
    ],
  };
  const plan = (steps: UpgradeStep[]): UpgradePlan => ({
    from: from.end,
    to: to.end,
    direction,
    steps,
    order,
    controllerUpgradesServers: input.cluster.serverWorkloads !== 'agentless',
    controller,
  });
  if (direction === 'down') {
    const downgrade = finding(
      'upgrade.downgrade',
      'error',
      { from: from.end.resolved, to: to.end.resolved },
      { fields: ['upgrade.to'], ruleId: 'upgrades.downgradeSource', source: facts.downgradeSource },
    );
    return { plan: plan([]), findings: [downgrade] };
  }
  if (direction === 'same') return { plan: plan([]), findings: [] };
  const targets = stepTargets(from, to, facts, rules);
  const crossings = gateCrossings(ctx, from, to, targets);
  const upgrade = plan(upgradeSteps(ctx, targets, crossings.byStep, order));
  return { plan: upgrade, findings: [...crossings.findings, ...pathFindings(ctx, upgrade)] };
}

function upgradeOrder(ctx: UpgradeContext): UpgradeOrder {
  const { input, rules, facts } = ctx;
  const { servers, agents } = input.cluster;
  const size = Math.min(rules.cluster.joinBatchMaxAgents, agents);
  const agentNames = nodeNames(input.install.agentNames, agents);
  return {
    servers,
    serversAtOnce: facts.controller.serverConcurrency,
    tolerated: ctx.etcd ? ctx.etcd.faultTolerance : servers - 1,
    etcd: ctx.etcd,
    registration: ctx.registrationFixed ? 'fixed' : 'first-server',
    serverUrl: ctx.serverUrl,
    agents,
    agentBatch:
      agents > 0
        ? {
            size,
            batches: Math.ceil(agents / size),
            firstNames: agentNames.ok ? [agentNames.nameOf(1), agentNames.nameOf(size)] : null,
          }
        : null,
    waitReady: ctx.waitReady,
  };
}
