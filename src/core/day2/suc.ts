import type { Rules, UpgradeRules } from '../model/rules';

/** One label requirement of a Plan's node selector (a Kubernetes LabelSelectorRequirement). */
export interface SelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'DoesNotExist';
  readonly values?: readonly string[];
}

export interface Toleration {
  readonly key: string;
  readonly operator: 'Equal';
  readonly value: string;
  readonly effect: string;
}

/**
 * A system-upgrade-controller Plan, field for field as the controller's PlanSpec names them
 * (pkg/apis/upgrade.cattle.io/v1/types.go), in the order the K3s docs write them. Exactly one of
 * `version` and `channel` is set: a version stops the controller from polling the channel.
 */
export interface SucPlan {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace: string };
  readonly spec: {
    readonly concurrency: number;
    readonly cordon: boolean;
    readonly nodeSelector: { readonly matchExpressions: readonly SelectorRequirement[] };
    readonly tolerations?: readonly Toleration[];
    readonly prepare?: { readonly args: readonly string[]; readonly image: string };
    readonly serviceAccountName: string;
    readonly upgrade: { readonly image: string };
    readonly version?: string;
    readonly channel?: string;
  };
}

export type PlanTarget = { readonly version: string } | { readonly channel: string };

/** `key=value:Effect` (the form --node-taint takes) as the toleration that lets a job run on such a node. */
function tolerationOf(taint: string): Toleration | null {
  const m = /^([^=:]+)=([^:]*):(\w+)$/.exec(taint);
  return m?.[1] && m[2] !== undefined && m[3] ? { key: m[1], operator: 'Equal', value: m[2], effect: m[3] } : null;
}

/**
 * The K3s docs' two plans for one step of an upgrade: servers (nodes with the control-plane label)
 * one at a time, cordoned; agents (nodes without it) in batches, cordoned, after a prepare step that
 * waits for the server plan. Tainted dedicated servers need their taint tolerated: the controller
 * adds only the unschedulable one to its jobs. Agentless servers have no Node, so no server plan
 * can reach them: the servers are then upgraded with the install script and the agent plan does
 * not wait for a server plan.
 */
export function sucPlans(
  target: PlanTarget,
  options: { servers: boolean; dedicatedServers: boolean; agentBatch: number | null },
  facts: UpgradeRules,
  rules: Pick<Rules, 'install'>,
): SucPlan[] {
  const c = facts.controller;
  const head = (name: string) => ({
    apiVersion: c.apiVersion,
    kind: c.kind,
    metadata: { name, namespace: c.namespace },
  });
  const tail = {
    serviceAccountName: c.serviceAccountName,
    upgrade: { image: c.image },
    ...('version' in target ? { version: target.version } : { channel: target.channel }),
  };
  const toleration = options.dedicatedServers ? tolerationOf(rules.install.dedicatedServerTaint) : null;
  const plans: SucPlan[] = [];
  if (options.servers)
    plans.push({
      ...head(c.serverPlanName),
      spec: {
        concurrency: c.serverConcurrency,
        cordon: true,
        nodeSelector: {
          matchExpressions: [{ key: c.controlPlaneLabel, operator: 'In', values: [c.controlPlaneValue] }],
        },
        ...(toleration ? { tolerations: [toleration] } : {}),
        ...tail,
      },
    });
  if (options.agentBatch !== null)
    plans.push({
      ...head(c.agentPlanName),
      spec: {
        concurrency: options.agentBatch,
        cordon: true,
        nodeSelector: { matchExpressions: [{ key: c.controlPlaneLabel, operator: 'DoesNotExist' }] },
        ...(options.servers ? { prepare: { args: ['prepare', c.serverPlanName], image: c.image } } : {}),
        ...tail,
      },
    });
  return plans;
}
