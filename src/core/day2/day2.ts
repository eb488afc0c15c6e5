import type { ConfigPlan } from '../config/config-files';
import type { InstallPlan } from '../config/install';
import { addressKind } from '../config/names';
import { sortFindings, type AnyDay2Finding } from '../findings/finding';
import type { K3sVersion } from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import type { Sizing } from '../sizing/sizing';
import { planBackup, type BackupPlan } from './backup';
import { planAirgap, type AirgapPlan } from './airgap';
import { planTokens, type TokenPlan } from './tokens';
import { planUpgrade, type UpgradePlan } from './upgrade';

/**
 * Day 2 of this plan (decision 020): how its datastore is backed up and restored, and, when the
 * plan asks for one, how it is upgraded; beside them (decision 024) its air-gapped install, when
 * the plan is air-gapped, and its join tokens (null under rules files without their facts).
 */
export interface Day2Result {
  readonly backup: BackupPlan;
  readonly upgrade: UpgradePlan | null;
  readonly airgap: AirgapPlan | null;
  readonly tokens: TokenPlan | null;
  /** Findings about backups and the upgrade, worst first; apart from the plan's findings. */
  readonly findings: readonly AnyDay2Finding[];
}

export interface Day2Context {
  readonly sizing: Sizing;
  readonly config: Pick<ConfigPlan, 'serverUrl' | 'registries'>;
  /** The install plan: its roles and, when air-gapped, the release files its commands put in place. */
  readonly install: Pick<InstallPlan, 'roles' | 'airgap'>;
  /** What to run on a server until the cluster reports Ready (the install plan's). */
  readonly waitReady: string;
  /** The plan's resolved K3s release. */
  readonly version: K3sVersion;
}

/** Day 2 for this plan, or null when its rules file was published before it had the facts. */
export function planDay2(input: PlanInput, rules: Rules, ctx: Day2Context): Day2Result | null {
  if (!rules.backup || !rules.upgrades) return null;
  const backup = planBackup(input, rules, rules.backup, ctx.waitReady, ctx.version);
  const registration = input.install.registrationAddress.trim();
  const upgrade = planUpgrade({
    input,
    rules,
    facts: rules.upgrades,
    version: ctx.version,
    etcd: ctx.sizing.etcd,
    serverUrl: ctx.config.serverUrl,
    registrationFixed: registration !== '' && addressKind(registration) !== null,
    waitReady: ctx.waitReady,
  });
  const registries = ctx.config.registries;
  const airgap = rules.airgap
    ? planAirgap(input, rules.airgap, {
        assets: ctx.install.airgap,
        registry: registries?.privateRegistry ?? null,
        roles: ctx.install.roles,
        registriesFile: registries?.fileName ?? null,
        upgradeSteps: upgrade?.plan.steps.length ?? 0,
      })
    : null;
  const tokens = rules.tokens
    ? planTokens(input, rules.tokens, ctx.version, {
        service: rules.backup.restore.serverService,
        agentService: rules.tokens.agentService,
        waitReady: ctx.waitReady,
      })
    : null;
  return {
    backup: backup.plan,
    upgrade: upgrade?.plan ?? null,
    airgap: airgap?.plan ?? null,
    tokens: tokens?.plan ?? null,
    findings: sortFindings([
      ...backup.findings,
      ...(upgrade?.findings ?? []),
      ...(airgap?.findings ?? []),
      ...(tokens?.findings ?? []),
    ]),
  };
}
