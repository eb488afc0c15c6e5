import type { AirgapAssets, ReleaseAsset } from '../config/airgap';
import type { ConfigRole, PrivateRegistry } from '../config/config-files';
import { shellQuote } from '../config/install';
import { finding, type AnyDay2Finding } from '../findings/finding';
import type { PlanInput } from '../model/plan-input';
import type { AirgapRules, SourceRef } from '../model/rules';

/** The steps of an air-gapped install's preparation; the catalogs say what each is for. */
export const AIRGAP_STEP_IDS = ['download', 'verify', 'push-images', 'copy-files', 'default-route'] as const;
export type AirgapStepId = (typeof AIRGAP_STEP_IDS)[number];

/** Where an air-gapped step runs: a machine with internet (and docker, to push images), or every node. */
export const AIRGAP_STEP_TARGETS = ['operator', 'all-nodes'] as const;

export interface AirgapStep {
  readonly id: AirgapStepId;
  readonly on: (typeof AIRGAP_STEP_TARGETS)[number];
  readonly commands: readonly string[];
}

/** What one role's nodes need, by file name, and where each goes (null: beside install.sh). */
export interface AirgapRoleFiles {
  readonly role: ConfigRole;
  readonly files: readonly { readonly name: string; readonly destination: string | null }[];
}

/**
 * An air-gapped install of this plan (decision 024), from the K3s docs' air-gap page: the files to
 * download beforehand for the plan's architecture and release, where each goes on which role, the
 * images either on every node with an agent or pushed to a private registry, the default route
 * every node needs, and the install commands' air-gapped form (in the install plan).
 */
export interface AirgapPlan {
  readonly method: 'images' | 'registry';
  readonly assets: AirgapAssets;
  readonly downloads: readonly ReleaseAsset[];
  readonly roles: readonly AirgapRoleFiles[];
  readonly registry: PrivateRegistry | null;
  readonly steps: readonly AirgapStep[];
  /** The docs' dummy-interface route, for nodes that have no default route. */
  readonly defaultRoute: readonly string[];
  readonly source: SourceRef;
}

/** The docs' route commands, run only when the node has no default route (they would fail beside one). */
function defaultRouteCommands(facts: AirgapRules): string[] {
  return ['if [ -z "$(ip route show default)" ]; then', ...facts.defaultRoute.map((c) => `  sudo ${c}`), 'fi'];
}

interface AirgapContext {
  readonly assets: AirgapAssets | null;
  readonly registry: PrivateRegistry | null;
  readonly roles: readonly { readonly role: ConfigRole; readonly fileName: string; readonly loadsImages: boolean }[];
  readonly registriesFile: string | null;
  /** The planned upgrade's steps: each release needs the same preparation. */
  readonly upgradeSteps: number;
}

/** The steps before installing: download, verify, push to the registry (with one), copy, the default route. */
function airgapSteps(
  a: AirgapAssets,
  registry: PrivateRegistry | null,
  downloads: readonly ReleaseAsset[],
  facts: AirgapRules,
): AirgapStep[] {
  const steps: AirgapStep[] = [
    {
      id: 'download',
      on: 'operator',
      commands: downloads.map((d) => `curl -fL -o ${shellQuote(d.name)} ${shellQuote(d.url)}`),
    },
    // install.sh checks the binary against this file too; --ignore-missing skips what was not downloaded.
    { id: 'verify', on: 'operator', commands: [`sha256sum --ignore-missing -c ${shellQuote(a.checksums.name)}`] },
  ];
  const push = a.registryImages;
  if (registry && push) {
    const target = `${registry.host}/\${image#${registry.mirrorOf}/}`;
    steps.push({
      id: 'push-images',
      on: 'operator',
      commands: [
        ...(registry.auth ? [`docker login ${shellQuote(registry.host)}`] : []),
        `docker image load -i ${shellQuote(push.archive.name)}`,
        `while read -r image; do docker tag "$image" "${target}" && docker push "${target}"; done < ${shellQuote(push.list.name)}`,
      ],
    });
  }
  steps.push({ id: 'copy-files', on: 'operator', commands: [] });
  steps.push({ id: 'default-route', on: 'all-nodes', commands: defaultRouteCommands(facts) });
  return steps;
}

function airgapFindings(facts: AirgapRules, ctx: AirgapContext): AnyDay2Finding[] {
  const registry = ctx.registry;
  const findings: AnyDay2Finding[] = [];
  if (ctx.upgradeSteps > 0)
    findings.push(
      finding(
        'airgap.upgrade-files',
        'info',
        { steps: ctx.upgradeSteps, registry: registry !== null },
        { fields: ['airgap.enabled', 'upgrade.to'], ruleId: 'airgap.upgradeSource', source: facts.upgradeSource },
      ),
    );
  if (registry?.caFile || registry?.auth)
    findings.push(
      finding(
        'airgap.registry-placeholders',
        'warning',
        {
          file: ctx.registriesFile ?? '',
          caFile: registry.caFile,
          username: registry.auth?.username ?? null,
          password: registry.auth?.password ?? null,
        },
        {
          fields: ['airgap.registryAuth', 'airgap.registryCa'],
          ruleId: 'airgap.registriesFileSource',
          source: facts.registriesFileSource,
        },
      ),
    );
  return findings;
}

/**
 * The preparation of an air-gapped install, or null when the plan is not air-gapped (or its rules
 * file names no build for its architecture). `ctx.roles` are the plan's config roles in install order.
 */
export function planAirgap(
  input: PlanInput,
  facts: AirgapRules,
  ctx: AirgapContext,
): { plan: AirgapPlan; findings: AnyDay2Finding[] } | null {
  const a = ctx.assets;
  if (!input.airgap.enabled || !a) return null;
  const registry = ctx.registry;
  const push = registry ? a.registryImages : null;
  const downloads: ReleaseAsset[] = [
    a.binary,
    ...(a.images ? [a.images] : []),
    ...(push ? [push.archive, push.list] : []),
    a.checksums,
    a.installer,
  ];
  const roles: AirgapRoleFiles[] = ctx.roles.map((r) => ({
    role: r.role,
    files: [
      { name: r.fileName, destination: null },
      ...(ctx.registriesFile ? [{ name: ctx.registriesFile, destination: null }] : []),
      { name: a.binary.name, destination: a.binary.destination },
      ...(a.images && r.loadsImages ? [{ name: a.images.name, destination: a.images.destination }] : []),
      { name: a.installer.name, destination: null },
    ],
  }));
  return {
    plan: {
      method: registry ? 'registry' : 'images',
      assets: a,
      downloads,
      roles,
      registry,
      steps: airgapSteps(a, registry, downloads, facts),
      defaultRoute: facts.defaultRoute,
      source: facts.source,
    },
    findings: airgapFindings(facts, ctx),
  };
}
