/**
 * Every text the app generates for people to paste onto machines, collected from a PlanResult
 * in one place for the oracle tests: config files, install.sh, install commands, firewall
 * scripts and OS preparation steps, in English (as the plan JSON download has them) and in
 * Japanese and Chinese (as the page renders them). When the code that renders these moves,
 * only this module changes. Only tests import it.
 */
import { planDay2Of } from '../plan/plan-day2';
import { buildPlanJson } from '../../export/plan-json';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { zh } from '../../i18n/zh';
import type { Catalog } from '../../i18n/en';
import { fileTexts } from '../../i18n/file-texts';
import {
  configObject,
  configWithSecrets,
  type ConfigFile,
  type ConfigRole,
  type ConfigValue,
  type RegistriesFile,
  type Secrets,
} from '../config/config-files';
import { renderFiles } from '../config/files';
import type { PlanResult } from '../plan/compute-plan';
import type { Firewall, OperatingSystem } from '../model/plan-input';
import type { NodeRole } from '../ports/ports';
import type { Rules } from '../model/rules';
import { renderDay2Files } from '../day2/render';
import type { SucPlan } from '../day2/suc';
import { DAY2_TEXTS, day2FileTexts } from '../../i18n/day2-text';

export const ARTIFACT_LANGS = ['en', 'ja', 'zh'] as const;
export type ArtifactLang = (typeof ARTIFACT_LANGS)[number];

const CATALOGS: Readonly<Record<ArtifactLang, Catalog>> = { en, ja, zh };

/** The K3s command a config file is read by. */
export type K3sCommand = 'server' | 'agent';

export function commandOf(role: ConfigRole): K3sCommand {
  return role === 'agent' ? 'agent' : 'server';
}

export interface ConfigArtifact {
  readonly role: ConfigRole;
  readonly command: K3sCommand;
  readonly fileName: string;
  /** The YAML text as downloaded or copied. */
  readonly text: string;
  /** What the plan meant to write: a YAML reader must read exactly this back. */
  readonly values: Readonly<Record<string, ConfigValue>>;
  /** With tokens generated on the page rather than placeholders. */
  readonly withSecrets: boolean;
}

export type ShellDialect = 'sh' | 'bash';

export interface ShellArtifact {
  /** What it is, for messages: "install.sh", "firewall server (ufw)", "os step old-iptables"… */
  readonly name: string;
  /** install.sh runs under sh (its shebang); snippets are pasted into an interactive shell (bash). */
  readonly shell: ShellDialect;
  readonly text: string;
  /**
   * 'lines' when each line is a simple command of its own (firewall scripts) or one word of a
   * command continued over lines (`… \`): a line then lexes the same in any script that has it,
   * so a checker may check each distinct line once. 'whole' for everything else.
   */
  readonly unit: 'whole' | 'lines';
}

export interface InstallCommandArtifact {
  readonly role: ConfigRole;
  readonly command: K3sCommand;
  /** Where it is shown: the install steps with a config file or with flags, or install.sh. */
  readonly how: 'with config' | 'with flags' | 'install.sh' | 'upgrade';
  /** The installer pipe (`curl … | VAR=… sh -s - server --flag=value …`), continued lines and all. */
  readonly text: string;
}

/** The installer lines of install.sh, each with the role of the case arm it is in. */
function scriptInstallers(script: string): InstallCommandArtifact[] {
  const out: InstallCommandArtifact[] = [];
  let role: ConfigRole | null = null;
  for (const line of script.split('\n')) {
    const arm = /^\s*(server-init|server|agent)\)\s*$/.exec(line)?.[1] as ConfigRole | undefined;
    if (arm !== undefined) role = arm;
    else if (/\|.*\bsh -s -|\bsh "\$HERE\/k3s-install\.sh"/.test(line)) {
      if (role === null) throw new Error(`install.sh runs the installer outside a role: ${line}`);
      out.push({ role, command: commandOf(role), how: 'install.sh', text: line.trim() });
    }
  }
  return out;
}

export interface FirewallLineArtifact {
  readonly role: NodeRole;
  readonly firewall: Firewall;
  readonly os: OperatingSystem;
  /** The command alone, without the comment the page shows after it. */
  readonly command: string;
}

/**
 * What registries.yaml must read back as: the embedded registry's mirrors with no endpoint; a
 * private registry (decision 024) as the docs' private-registry page writes one — its mirror with
 * the https endpoint, and under its host the auth and tls placeholders the plan asked for.
 */
function meantRegistries(r: RegistriesFile): Record<string, unknown> {
  const mirrors: Record<string, unknown> = {};
  for (const m of r.mirrors) mirrors[m] = null;
  const p = r.privateRegistry;
  if (!p) return { mirrors };
  mirrors[p.mirrorOf] = { endpoint: [`https://${p.host}`] };
  const config: Record<string, unknown> = {};
  if (p.auth) config.auth = { username: p.auth.username, password: p.auth.password };
  if (p.caFile) config.tls = { ca_file: p.caFile };
  return Object.keys(config).length === 0 ? { mirrors } : { mirrors, configs: { [p.host]: config } };
}

/** A YAML file that is not a K3s config file (registries.yaml): parsed, and read back as meant. */
export interface YamlArtifact {
  readonly fileName: string;
  readonly text: string;
  readonly values: unknown;
}

/** A file of system-upgrade-controller Plans and the plans it was written from. */
export interface PlanManifestArtifact {
  readonly fileName: string;
  readonly text: string;
  readonly plans: readonly SucPlan[];
}

/** A `k3s <command> …` line run on a node (a restore's `k3s server --cluster-reset …`). */
export interface K3sCommandArtifact {
  readonly command: K3sCommand;
  readonly text: string;
}

export interface GeneratedArtifacts {
  readonly lang: ArtifactLang;
  readonly configFiles: readonly ConfigArtifact[];
  /** The upgrade steps' Plan manifests. */
  readonly planManifests: readonly PlanManifestArtifact[];
  readonly k3sCommands: readonly K3sCommandArtifact[];
  readonly otherYaml: readonly YamlArtifact[];
  readonly shellScripts: readonly ShellArtifact[];
  readonly installCommands: readonly InstallCommandArtifact[];
  readonly firewallLines: readonly FirewallLineArtifact[];
}

export interface ArtifactOptions {
  /** The plan's link, written into the files' header comments. */
  readonly link: string;
  /** Tokens as the page generates them; adds the config files rendered with them. */
  readonly secrets?: Secrets;
}

const SCHEMA_URL = 'https://k3s-sizer.invalid/schema/plan.v1.json';

function configArtifact(file: ConfigFile, text: string, withSecrets: boolean): ConfigArtifact {
  return {
    role: file.role,
    command: commandOf(file.role),
    fileName: file.fileName,
    text,
    values: configObject(file),
    withSecrets,
  };
}

/** Every generated artifact of a plan in one language. */
export function generatedArtifacts(
  result: PlanResult,
  rules: Rules,
  lang: ArtifactLang,
  options: ArtifactOptions,
): GeneratedArtifacts {
  const t = CATALOGS[lang];
  const { link } = options;
  const configFiles: ConfigArtifact[] = [];
  const shellScripts: ShellArtifact[] = [];
  const otherYaml: YamlArtifact[] = [];
  const registries = result.config.registries;
  const registriesValues = registries ? meantRegistries(registries) : null;

  const planJson = lang === 'en' ? buildPlanJson(result, rules, link, SCHEMA_URL) : null;
  if (planJson) {
    // English: exactly what the plan JSON download carries.
    const json = planJson;
    json.config.files.forEach((f, i) => {
      const file = result.config.files[i];
      if (file?.fileName !== f.fileName)
        throw new Error(`plan JSON file ${String(i)} is ${f.fileName}, the plan's is ${String(file?.fileName)}`);
      configFiles.push(configArtifact(file, f.content, false));
    });
    shellScripts.push({ name: 'install.sh', shell: 'sh', text: json.config.installScript, unit: 'whole' });
    if (json.config.registries)
      otherYaml.push({
        fileName: json.config.registries.fileName,
        text: json.config.registries.content,
        values: registriesValues,
      });
    for (const fw of json.network.firewall)
      shellScripts.push({
        name: `firewall ${fw.role} (${fw.firewall})`,
        shell: 'bash',
        text: `${fw.commands.join('\n')}\n`,
        unit: 'lines',
      });
    for (const step of json.network.osPreparation)
      shellScripts.push({
        name: `os step ${step.id}`,
        shell: 'bash',
        text: `${step.commands.join('\n')}\n`,
        unit: 'whole',
      });
  } else {
    // Japanese and Chinese: as the page renders them (install panel, firewall scripts, OS steps).
    const files = renderFiles(result.config, result.install, rules, fileTexts(t, rules, link));
    result.config.files.forEach((file) => {
      const text = files.find((f) => f.kind === 'config' && f.name === file.fileName)?.text;
      if (text === undefined) throw new Error(`no rendered ${file.fileName}`);
      configFiles.push(configArtifact(file, text, false));
    });
    for (const f of files) {
      if (f.kind === 'script') shellScripts.push({ name: 'install.sh', shell: 'sh', text: f.text, unit: 'whole' });
      if (f.kind === 'registries') otherYaml.push({ fileName: f.name, text: f.text, values: registriesValues });
    }
    for (const s of result.network.firewall) {
      const lines = s.lines.map(
        (l) =>
          `${l.command} # ${l.note.kind === 'port' ? t.network.portPurposes[l.note.id] : t.network.firewallNotes[l.note.kind]}`,
      );
      shellScripts.push({
        name: `firewall ${s.role} (${s.firewall})`,
        shell: 'bash',
        text: `${lines.join('\n')}\n`,
        unit: 'lines',
      });
    }
    for (const step of result.network.osSteps)
      shellScripts.push({
        name: `os step ${step.id}`,
        shell: 'bash',
        text: `${step.commands.join('\n')}\n`,
        unit: 'whole',
      });
  }

  if (options.secrets) {
    // The page's config files once tokens are generated (the download never has them).
    const withSecrets = configWithSecrets(result, rules, options.secrets);
    const rendered = renderFiles(withSecrets, result.install, rules, fileTexts(t, rules, link));
    for (const file of withSecrets.files) {
      const text = rendered.find((f) => f.kind === 'config' && f.name === file.fileName)?.text;
      if (text === undefined) throw new Error(`no rendered ${file.fileName}`);
      configFiles.push(configArtifact(file, text, true));
    }
  }

  // Install commands: the same words in every language.
  const installCommands: InstallCommandArtifact[] = [];
  for (const role of result.install.roles) {
    shellScripts.push({
      name: `install ${role.role} (with config)`,
      shell: 'bash',
      text: `${role.withConfig.join('\n')}\n`,
      unit: 'whole',
    });
    shellScripts.push({
      name: `install ${role.role} (with flags)`,
      shell: 'bash',
      text: `${[...role.flagsPrepare, role.withFlags].join('\n')}\n`,
      unit: 'lines',
    });
    const installer = role.withConfig.find((l) => /\bsh -s -|\bsh k3s-install\.sh\b/.test(l));
    if (installer === undefined) throw new Error(`no installer line in the ${role.role} steps`);
    installCommands.push({ role: role.role, command: commandOf(role.role), how: 'with config', text: installer });
    installCommands.push({ role: role.role, command: commandOf(role.role), how: 'with flags', text: role.withFlags });
  }
  const script = shellScripts.find((x) => x.name === 'install.sh');
  if (script) installCommands.push(...scriptInstallers(script.text));
  const { waitReady, uninstall } = result.install;
  shellScripts.push({ name: 'wait until ready', shell: 'bash', text: `${waitReady}\n`, unit: 'whole' });
  shellScripts.push({ name: 'uninstall server', shell: 'bash', text: `${uninstall.server}\n`, unit: 'whole' });
  shellScripts.push({ name: 'uninstall agent', shell: 'bash', text: `${uninstall.agent}\n`, unit: 'whole' });
  shellScripts.push({ name: 'delete node', shell: 'bash', text: `${uninstall.deleteNode}\n`, unit: 'whole' });

  const firewallLines = result.network.firewall.flatMap((s) =>
    s.lines.map((l) => ({ role: s.role, firewall: s.firewall, os: result.input.host.os, command: l.command })),
  );
  const { planManifests, k3sCommands } = day2Artifacts(result, rules, lang, link, planJson, {
    configFiles,
    shellScripts,
    installCommands,
  });
  return { lang, configFiles, planManifests, k3sCommands, otherYaml, shellScripts, installCommands, firewallLines };
}

/**
 * Day 2's files and commands (decision 020): the snapshot drop-in (a server config file), the
 * upgrade steps' Plan manifests, the backup and restore steps and the upgrade's installer lines.
 * English as the JSON plan has them; Japanese and Chinese as the day-2 panel renders them.
 */
function day2Artifacts(
  result: PlanResult,
  rules: Rules,
  lang: ArtifactLang,
  link: string,
  planJson: ReturnType<typeof buildPlanJson> | null,
  into: { configFiles: ConfigArtifact[]; shellScripts: ShellArtifact[]; installCommands: InstallCommandArtifact[] },
): { planManifests: PlanManifestArtifact[]; k3sCommands: K3sCommandArtifact[] } {
  const d = planDay2Of(result, rules);
  const planManifests: PlanManifestArtifact[] = [];
  const k3sCommands: K3sCommandArtifact[] = [];
  if (!d) return { planManifests, k3sCommands };
  const texts = (): Map<string, string> => {
    if (planJson) {
      const json = planJson.day2;
      return new Map([
        ...(json?.backup.dropIn ? [[json.backup.dropIn.fileName, json.backup.dropIn.content] as const] : []),
        ...(json?.upgrade?.steps ?? []).map((s) => [s.manifests.fileName, s.manifests.content] as const),
      ]);
    }
    const files = renderDay2Files(
      d,
      rules,
      day2FileTexts(DAY2_TEXTS[lang], {
        rulesId: rules.id,
        link,
        dropInPath: d.backup.dropIn?.path ?? '',
        namespace: rules.upgrades?.controller.namespace ?? '',
      }),
    );
    return new Map(files.map((f) => [f.name, f.text]));
  };
  const text = texts();
  const dropIn = d.backup.dropIn;
  if (dropIn) {
    const t = text.get(dropIn.file.fileName);
    if (t === undefined) throw new Error(`no rendered ${dropIn.file.fileName}`);
    into.configFiles.push(configArtifact(dropIn.file, t, false));
  }
  for (const step of d.upgrade?.steps ?? []) {
    const t = text.get(step.manifests.fileName);
    if (t === undefined) throw new Error(`no rendered ${step.manifests.fileName}`);
    planManifests.push({ fileName: step.manifests.fileName, text: t, plans: step.manifests.plans });
  }
  if (lang !== 'en') return { planManifests, k3sCommands };
  // The commands are the same words in every language.
  for (const [what, steps] of [
    ['backup', d.backup.backupSteps],
    ['restore', d.backup.restoreSteps],
  ] as const)
    for (const s of steps) {
      if (s.commands.length === 0) continue;
      into.shellScripts.push({
        name: `${what} ${s.id}`,
        shell: 'bash',
        text: `${s.commands.join('\n')}\n`,
        unit: 'whole',
      });
      for (const c of s.commands) {
        const m = /^(?:sudo )?k3s (server|agent) /.exec(c);
        if (m?.[1] === 'server' || m?.[1] === 'agent') k3sCommands.push({ command: m[1], text: c });
      }
    }
  const u = d.upgrade;
  if (u) {
    into.shellScripts.push({
      name: 'upgrade controller',
      shell: 'bash',
      text: `${[u.controller.install, ...u.controller.watch].join('\n')}\n`,
      unit: 'whole',
    });
    for (const step of u.steps) {
      const lines = [
        ...step.servers.flatMap((x) => [x.command, u.order.waitReady]),
        ...(step.agentCommand ? [step.agentCommand] : []),
      ];
      // Each line is a command of its own: checked through the line cover, like the firewall scripts.
      into.shellScripts.push({
        name: `upgrade ${step.line}`,
        shell: 'bash',
        text: `${lines.join('\n')}\n`,
        unit: 'lines',
      });
      // The servers' lines differ only in the node's name, which the plan has checked: the first two stand for all.
      for (const x of step.servers.slice(0, 2))
        into.installCommands.push({ role: 'server', command: 'server', how: 'upgrade', text: x.command });
      if (step.agentCommand)
        into.installCommands.push({ role: 'agent', command: 'agent', how: 'upgrade', text: step.agentCommand });
    }
  }
  // Air-gapped preparation and the tokens' steps (decision 024): each step is pasted as a whole.
  for (const [what, steps] of [
    ['air gap', d.airgap?.steps ?? []],
    ['token', d.tokens?.joinSteps ?? []],
    ['token rotation', d.tokens?.rotation.steps ?? []],
  ] as const)
    for (const s of steps) {
      if (s.commands.length === 0) continue;
      into.shellScripts.push({
        name: `${what} ${s.id}`,
        shell: 'bash',
        text: `${s.commands.join('\n')}\n`,
        unit: 'whole',
      });
    }
  return { planManifests, k3sCommands };
}

/** The artifacts in every language the app speaks. */
export function allGeneratedArtifacts(
  result: PlanResult,
  rules: Rules,
  options: ArtifactOptions,
): GeneratedArtifacts[] {
  return ARTIFACT_LANGS.map((lang) => generatedArtifacts(result, rules, lang, options));
}
