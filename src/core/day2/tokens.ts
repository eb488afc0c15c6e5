import { finding, type AnyDay2Finding } from '../findings/finding';
import { firstReleaseWith, formatK3sVersion, meetsGate, type K3sVersion } from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import type { SourceRef, TokenRules } from '../model/rules';
import { required, serverNamesOf } from './steps';

/** The steps of the tokens' life; the catalogs say what each is for. */
export const TOKEN_STEP_IDS = [
  'read-secure-token',
  'read-agent-token',
  'use-secure-token',
  'rotate',
  'restart-servers',
  'restart-agents',
] as const;
export type TokenStepId = (typeof TOKEN_STEP_IDS)[number];

/** Where a token step runs: the first server, every server, the agents, or the operator's editor. */
export const TOKEN_STEP_TARGETS = ['first-server', 'all-servers', 'agents', 'operator'] as const;

export interface TokenStep {
  readonly id: TokenStepId;
  readonly on: (typeof TOKEN_STEP_TARGETS)[number];
  readonly nodes: readonly string[];
  readonly commands: readonly string[];
}

/**
 * The join tokens of this plan (decision 024), from the K3s docs' token page: the plan writes short
 * tokens (the first server can take no other without custom CA certificates), which make a joining
 * node trust whatever CA the server presents; once the first server is up it has written the
 * secure `K10…` forms, which joining nodes should use instead. The agent token is apart from the
 * server token when the plan has agents. Rotation replaces the server token, from the releases that
 * have `k3s token rotate`.
 */
export interface TokenPlan {
  /** The plan's release, which rotation depends on. */
  readonly version: string;
  readonly serverTokenFile: string;
  readonly agentTokenFile: string;
  readonly securePrefix: string;
  /** Nodes that join with a token: every server but the first, and the agents. */
  readonly joiningServers: number;
  readonly agents: number;
  /** True when agents join with their own token (the plan writes agent-token when it has agents). */
  readonly separateAgentToken: boolean;
  readonly joinSteps: readonly TokenStep[];
  readonly rotation: {
    /** True when the plan's release has `k3s token rotate`. */
    readonly available: boolean;
    /** The release to upgrade to for it, when the plan's has not. */
    readonly firstRelease: string | null;
    readonly steps: readonly TokenStep[];
  };
  readonly source: SourceRef;
}

interface TokenContext {
  readonly service: string;
  readonly agentService: string;
  readonly waitReady: string;
}

/** Reading the secure tokens on the first server once it is Ready, for the nodes that join after it. */
function joinSteps(input: PlanInput, facts: TokenRules, ctx: TokenContext, first: readonly string[]): TokenStep[] {
  const { servers, agents } = input.cluster;
  if (servers < 2 && agents === 0) return [];
  return [
    {
      id: 'read-secure-token',
      on: 'first-server',
      nodes: first,
      commands: [ctx.waitReady, `sudo cat ${facts.serverTokenFile}`],
    },
    ...(agents > 0
      ? [
          {
            id: 'read-agent-token' as const,
            on: 'first-server' as const,
            nodes: first,
            commands: [`sudo cat ${facts.agentTokenFile}`],
          },
        ]
      : []),
    { id: 'use-secure-token', on: 'operator', nodes: [], commands: [] },
  ];
}

/** `k3s token rotate`, then every server; the agents too when they joined with the server token (no agent token). */
function rotationSteps(
  input: PlanInput,
  ctx: TokenContext,
  servers: readonly string[],
  separateAgentToken: boolean,
): TokenStep[] {
  return [
    {
      id: 'rotate',
      on: 'first-server',
      nodes: servers.slice(0, 1),
      commands: [
        `sudo k3s token rotate --token ${required('OLD_TOKEN', 'the server token in use')} --new-token ${required('NEW_TOKEN', 'the new server token')}`,
      ],
    },
    {
      id: 'restart-servers',
      on: 'all-servers',
      nodes: [...servers],
      commands: [`sudo systemctl restart ${ctx.service}`, ctx.waitReady],
    },
    ...(input.cluster.agents > 0 && !separateAgentToken
      ? [
          {
            id: 'restart-agents' as const,
            on: 'agents' as const,
            nodes: [],
            commands: [`sudo systemctl restart ${ctx.agentService}`],
          },
        ]
      : []),
  ];
}

function tokenFindings(
  input: PlanInput,
  facts: TokenRules,
  version: K3sVersion,
  upgradeTo: K3sVersion | null,
): AnyDay2Finding[] {
  const joining = input.cluster.servers - 1 + input.cluster.agents;
  const findings: AnyDay2Finding[] = [];
  if (joining > 0)
    findings.push(
      finding(
        'tokens.short-format',
        'warning',
        { joining, file: facts.serverTokenFile, prefix: facts.securePrefix },
        { fields: [], ruleId: 'tokens.formatSource', source: facts.formatSource },
      ),
    );
  if (!meetsGate(version, facts.rotateSince))
    findings.push(
      finding(
        'tokens.rotate-unavailable',
        'info',
        { version: formatK3sVersion(version), release: upgradeTo ? formatK3sVersion(upgradeTo) : null },
        { fields: ['cluster.k3sVersion'], ruleId: 'tokens.rotateSince', source: facts.rotateSource },
      ),
    );
  return findings;
}

export function planTokens(
  input: PlanInput,
  facts: TokenRules,
  version: K3sVersion,
  ctx: TokenContext,
): { plan: TokenPlan; findings: AnyDay2Finding[] } {
  const { servers, agents } = input.cluster;
  const names = serverNamesOf(input);
  // The plan writes agent-token whenever it has agents: they join with it, not with the server token.
  const separateAgentToken = agents > 0;
  const upgradeTo = firstReleaseWith(version, facts.rotateSince);
  return {
    plan: {
      version: formatK3sVersion(version),
      serverTokenFile: facts.serverTokenFile,
      agentTokenFile: facts.agentTokenFile,
      securePrefix: facts.securePrefix,
      joiningServers: servers - 1,
      agents,
      separateAgentToken,
      joinSteps: joinSteps(input, facts, ctx, names.slice(0, 1)),
      rotation: {
        available: meetsGate(version, facts.rotateSince),
        firstRelease: upgradeTo ? formatK3sVersion(upgradeTo) : null,
        steps: rotationSteps(input, ctx, names, separateAgentToken),
      },
      source: facts.firstServerSource,
    },
    findings: tokenFindings(input, facts, version, upgradeTo),
  };
}
