import { nodeNames } from '../config/names';
import type { PlanInput } from '../model/plan-input';

/** Who runs a step: every server, the first, the others, the one server, the operator's machine, the database's admin. */
export const STEP_TARGETS = ['all-servers', 'first-server', 'other-servers', 'server', 'operator', 'database'] as const;
export type StepTarget = (typeof STEP_TARGETS)[number];

/** The steps of a backup or a restore; the catalogs say what each is for. */
export const STEP_IDS = [
  'install-drop-in',
  'save-token',
  'on-demand-snapshot',
  'list-snapshots',
  'stop-servers',
  'reset-from-s3',
  'reset-from-local',
  'start-first',
  'clear-other-servers',
  'start-other-servers',
  'sqlite-copy',
  'sqlite-restore',
  'start-server',
  'database-backup',
  'database-restore',
  'start-servers',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** One step in order: what it is, where it runs (the nodes by name, in order), and the shell lines to paste there. */
export interface CommandStep {
  readonly id: StepId;
  readonly on: StepTarget;
  readonly nodes: readonly string[];
  readonly commands: readonly string[];
}

export function step(id: StepId, on: StepTarget, nodes: readonly string[], commands: readonly string[]): CommandStep {
  return { id, on, nodes, commands };
}

/** The servers' names in order (server-1, server-2…), or those a pattern would give when the plan's names are not usable yet. */
export function serverNamesOf(input: PlanInput): string[] {
  const names = nodeNames(input.install.serverNames, input.cluster.servers);
  return Array.from({ length: input.cluster.servers }, (_, i) =>
    names.ok ? names.nameOf(i + 1) : `server-${String(i + 1)}`,
  );
}

/** The text a shell stops at with this message until `name` is set: the placeholder for a value only the operator knows. */
export function required(name: string, what: string): string {
  return `"\${${name}:?set ${name} to ${what}}"`;
}
