import type { K3sVersion } from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import type { Rules } from '../model/rules';
import { airgapAssets, LOCAL_INSTALLER, type AirgapAssets } from './airgap';
import type { ConfigEntry, ConfigFile, ConfigPlan, ConfigRole, RegistriesFile } from './config-files';
import { nodeNames } from './names';

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Flags that are better passed as environment variables: credentials stay out of process listings. */
const ENV_FOR_KEY: Readonly<Record<string, string>> = {
  token: 'K3S_TOKEN',
  'agent-token': 'K3S_AGENT_TOKEN',
  'datastore-endpoint': 'K3S_DATASTORE_ENDPOINT',
};

export interface RoleInstall {
  readonly role: ConfigRole;
  readonly fileName: string;
  /** How many nodes this step installs: the first server, the other servers, or the agents. */
  readonly nodes: number;
  /** Example node name for this role (the first of its kind), when nodes are named by the plan. */
  readonly nodeName: string | null;
  /** True when the role runs an agent, so an air-gapped node of it needs the images archive. */
  readonly loadsImages: boolean;
  /** Copy the config file (and registries.yaml) into place, then run the installer. */
  readonly withConfig: readonly string[];
  /** What the flags form runs before the installer: registries.yaml has no flag, so it is copied into place. */
  readonly flagsPrepare: readonly string[];
  /** The same with everything on the installer's command line. */
  readonly withFlags: string;
}

export interface InstallPlan {
  readonly versionEnv: { readonly name: 'INSTALL_K3S_VERSION' | 'INSTALL_K3S_CHANNEL'; readonly value: string };
  readonly roles: readonly RoleInstall[];
  /** registries.yaml, copied into place on every node before the installer runs. */
  readonly registries: RegistriesFile | null;
  /** Run on the first server until it reports Ready before anything joins. */
  readonly waitReady: string;
  readonly joinServersOneByOne: boolean;
  readonly agentBatches: { readonly batchSize: number; readonly batches: number } | null;
  readonly uninstall: { readonly server: string; readonly agent: string; readonly deleteNode: string };
  /**
   * An air-gapped plan's release files (decision 024): every form of the install copies the binary
   * (and the images archive, on nodes with an agent) into place and runs the local install script
   * with the download skipped. Null when the nodes download K3s themselves.
   */
  readonly airgap: AirgapAssets | null;
}

function versionEnv(input: PlanInput): InstallPlan['versionEnv'] {
  const v = input.cluster.k3sVersion.trim();
  if (/^v?\d+\.\d+\.\d+/.test(v)) return { name: 'INSTALL_K3S_VERSION', value: v.startsWith('v') ? v : `v${v}` };
  if (/^v?\d+\.\d+$/.test(v)) return { name: 'INSTALL_K3S_CHANNEL', value: v.startsWith('v') ? v : `v${v}` };
  return { name: 'INSTALL_K3S_CHANNEL', value: v };
}

function flagWords(entries: readonly ConfigEntry[]): { env: string[]; flags: string[] } {
  const env: string[] = [];
  const flags: string[] = [];
  for (const e of entries) {
    const envName = ENV_FOR_KEY[e.key];
    if (envName !== undefined && typeof e.value === 'string') {
      env.push(`${envName}=${shellQuote(e.value)}`);
    } else if (e.value === true) {
      flags.push(`--${e.key}`);
    } else if (e.value === false) {
      flags.push(`--${e.key}=false`);
    } else if (typeof e.value === 'string') {
      flags.push(`--${e.key}=${shellQuote(e.value)}`);
    } else if (typeof e.value === 'number') {
      flags.push(`--${e.key}=${String(e.value)}`);
    } else {
      for (const item of e.value) flags.push(`--${e.key}=${shellQuote(item)}`);
    }
  }
  return { env, flags };
}

/** True when nodes of this role run an agent, so containerd loads the images archive there. */
export function roleLoadsImages(role: ConfigRole, input: PlanInput): boolean {
  return role === 'agent' || input.cluster.serverWorkloads !== 'agentless';
}

/** The lines that put an air-gapped node's release files in place, from files beside the commands (or in `dir`). */
export function airgapPrepare(airgap: AirgapAssets, withImages: boolean, dir = ''): string[] {
  const here = (name: string) => (dir === '' ? name : `"${dir}/${name}"`);
  const images = withImages ? airgap.images : null;
  return [
    `sudo install -m 755 ${here(airgap.binary.name)} ${airgap.binaryPath}`,
    ...(images
      ? [
          `sudo mkdir -p ${airgap.imagesDirectory}`,
          `sudo install -m 644 ${here(images.name)} ${airgap.imagesDirectory}/`,
        ]
      : []),
  ];
}

function roleInstall(
  file: ConfigFile,
  registries: RegistriesFile | null,
  input: PlanInput,
  rules: Rules,
  version: InstallPlan['versionEnv'],
  airgap: AirgapAssets | null,
): RoleInstall {
  const command = file.role === 'agent' ? 'agent' : 'server';
  const names = nodeNames(
    file.role === 'agent' ? input.install.agentNames : input.install.serverNames,
    file.role === 'agent' ? input.cluster.agents : input.cluster.servers,
  );
  const nodeName =
    input.install.nodeNaming === 'node-name' && names.ok ? names.nameOf(file.role === 'server' ? 2 : 1) : null;
  const nameEnv = nodeName === null ? [] : [`K3S_NODE_NAME=${shellQuote(nodeName)}`];
  const installer = `curl -sfL ${rules.install.scriptUrl} |`;
  const versionWord = `${version.name}=${shellQuote(version.value)}`;
  const configDir = rules.install.configPath.replace(/\/[^/]+$/, '');
  const { env, flags } = flagWords(file.entries.filter((e) => !(file.role === 'agent' && e.key === 'server')));
  const agentUrl = file.role === 'agent' ? file.entries.find((e) => e.key === 'server')?.value : undefined;
  const urlEnv = typeof agentUrl === 'string' ? [`K3S_URL=${shellQuote(agentUrl)}`] : [];
  // Air-gapped: the local script with the download skipped; the version is the binary's own.
  const run = (words: readonly string[]) =>
    airgap
      ? `${[`${airgap.skipDownloadEnv}=true`, ...words].join(' ')} sh ${LOCAL_INSTALLER} ${command}`
      : `${installer} ${[versionWord, ...words].join(' ')} sh -s - ${command}`;
  const withFlags = [run([...nameEnv, ...urlEnv, ...env]), ...flags].join(' \\\n    ');
  const copyRegistries = registries ? [`sudo install -m 600 ${registries.fileName} ${registries.path}`] : [];
  const prepare = airgap ? airgapPrepare(airgap, roleLoadsImages(file.role, input)) : [];
  return {
    role: file.role,
    fileName: file.fileName,
    nodes: file.role === 'server-init' ? 1 : file.role === 'server' ? input.cluster.servers - 1 : input.cluster.agents,
    nodeName,
    loadsImages: roleLoadsImages(file.role, input),
    withConfig: [
      `sudo mkdir -p ${configDir}`,
      `sudo install -m 600 ${file.fileName} ${rules.install.configPath}`,
      ...copyRegistries,
      ...prepare,
      run(nameEnv),
    ],
    flagsPrepare: [...(registries ? [`sudo mkdir -p ${configDir}`, ...copyRegistries] : []), ...prepare],
    withFlags,
  };
}

/** How to install every role, in order, with the commands to check, uninstall and remove nodes. */
export function buildInstallPlan(input: PlanInput, rules: Rules, config: ConfigPlan, release: K3sVersion): InstallPlan {
  const version = versionEnv(input);
  const batchSize = rules.cluster.joinBatchMaxAgents;
  const agentless = input.cluster.serverWorkloads === 'agentless';
  const airgap = airgapAssets(input, rules, release);
  return {
    versionEnv: version,
    roles: config.files.map((f) => roleInstall(f, config.registries, input, rules, version, airgap)),
    registries: config.registries,
    waitReady: agentless
      ? "sudo k3s kubectl get --raw='/readyz?verbose'"
      : 'sudo k3s kubectl wait --for=condition=Ready nodes --all --timeout=300s',
    joinServersOneByOne: input.cluster.servers > 1,
    agentBatches:
      input.cluster.agents > batchSize ? { batchSize, batches: Math.ceil(input.cluster.agents / batchSize) } : null,
    uninstall: {
      server: `sudo ${rules.install.serverUninstall}`,
      agent: `sudo ${rules.install.agentUninstall}`,
      // A placeholder the shell can parse: it stops with this message until NODE_NAME is set.
      deleteNode: 'sudo k3s kubectl delete node "${NODE_NAME:?set NODE_NAME to the name of the node to remove}"',
    },
    airgap,
  };
}

/** The words install.sh's comments are written in (the page's language). */
export interface ScriptTexts {
  readonly header: readonly string[];
  /** The usage line around the command, in the page's language (its punctuation decides the spacing). */
  readonly usage: (command: string) => string;
  readonly roles: Readonly<Record<ConfigRole, string>>;
  readonly waitReady: string;
  readonly needsName: string;
}

/**
 * install.sh: one script for every role, run as `sh install.sh <role> [node-name]` next to the
 * config files. It copies the role's config into place (mode 600: it holds the token) and runs
 * the official installer with the plan's version or channel.
 */
export function installScript(plan: InstallPlan, rules: Rules, texts: ScriptTexts): string {
  const named = plan.roles.some((r) => r.nodeName !== null);
  const configDir = rules.install.configPath.replace(/\/[^/]+$/, '');
  const lines: string[] = ['#!/bin/sh', ...texts.header.map((h) => `# ${h}`), 'set -eu', '', 'ROLE="${1:-}"'];
  if (named) lines.push('NODE_NAME="${2:-}"');
  lines.push(
    'HERE=$(cd "$(dirname "$0")" && pwd)',
    '',
    'install_config() {',
    `  sudo mkdir -p ${configDir}`,
    `  sudo install -m 600 "$HERE/$1" ${rules.install.configPath}`,
  );
  if (plan.registries) lines.push(`  sudo install -m 600 "$HERE/${plan.registries.fileName}" ${plan.registries.path}`);
  lines.push('}', '');
  const airgap = plan.airgap;
  if (airgap) {
    // Air-gapped (decision 024): the release's files beside this script, put in place before the local installer runs.
    lines.push('install_binary() {', ...airgapPrepare(airgap, false, '$HERE').map((l) => `  ${l}`), '}', '');
    if (airgap.images)
      lines.push(
        'install_images() {',
        ...airgapPrepare(airgap, true, '$HERE')
          .slice(1)
          .map((l) => `  ${l}`),
        '}',
        '',
      );
  }
  const nameEnv = named ? ' K3S_NODE_NAME="$NODE_NAME"' : '';
  lines.push('case "$ROLE" in');
  for (const role of plan.roles) {
    const command = role.role === 'agent' ? 'agent' : 'server';
    lines.push(`  ${role.role})`, `    # ${texts.roles[role.role]}`);
    if (named) lines.push(`    [ -n "$NODE_NAME" ] || { echo ${shellQuote(texts.needsName)} >&2; exit 2; }`);
    lines.push(`    install_config ${role.fileName}`);
    if (airgap) {
      lines.push('    install_binary');
      if (airgap.images && role.loadsImages) lines.push('    install_images');
      lines.push(`    ${airgap.skipDownloadEnv}=true${nameEnv} sh "$HERE/${LOCAL_INSTALLER}" ${command}`);
    } else
      lines.push(
        `    curl -sfL ${rules.install.scriptUrl} | ${plan.versionEnv.name}=${shellQuote(plan.versionEnv.value)}${nameEnv} sh -s - ${command}`,
      );
    if (role.role === 'server-init') lines.push(`    # ${texts.waitReady}`, `    ${plan.waitReady}`);
    lines.push('    ;;');
  }
  const roleNames = plan.roles.map((r) => r.role).join('|');
  lines.push(
    `  *)`,
    `    echo ${shellQuote(texts.usage(`sh install.sh ${roleNames}${named ? ' <node-name>' : ''}`))} >&2`,
    '    exit 2',
    '    ;;',
    'esac',
    '',
  );
  return lines.join('\n');
}
