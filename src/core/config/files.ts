import type { Rules } from '../model/rules';
import type { ConfigPlan, ConfigRole } from './config-files';
import { installScript, type InstallPlan, type ScriptTexts } from './install';
import { renderConfigYaml, renderRegistriesYaml } from './yaml';

/** The words the generated files' comments are written in (the page's language, or English for the JSON plan). */
export interface FileTexts {
  readonly configHeader: (role: ConfigRole) => readonly string[];
  readonly sameOnAllServers: string;
  readonly creationOnly: string;
  readonly placeholder: string;
  readonly noteSeparator: string;
  readonly registriesHeader: readonly string[];
  readonly script: ScriptTexts;
}

/** One file the plan hands over: its name, its text and the mode it is installed (and zipped) with. */
export interface GeneratedFile {
  readonly name: string;
  readonly text: string;
  /** 0600 for files that hold tokens or that K3s reads as root; 0755 for the script. */
  readonly mode: number;
  readonly kind: 'config' | 'registries' | 'script';
  /** The role a config file is for; null for files every node uses. */
  readonly role: ConfigRole | null;
}

/**
 * Every file of the plan, rendered once: config.yaml per role, registries.yaml when the embedded
 * registry is on, and install.sh. The page, the zip and the JSON plan all take their text from here.
 */
export function renderFiles(config: ConfigPlan, install: InstallPlan, rules: Rules, texts: FileTexts): GeneratedFile[] {
  const files: GeneratedFile[] = config.files.map((file) => ({
    name: file.fileName,
    text: renderConfigYaml(file, rules, {
      header: texts.configHeader(file.role),
      sameOnAllServers: texts.sameOnAllServers,
      creationOnly: texts.creationOnly,
      placeholder: texts.placeholder,
      noteSeparator: texts.noteSeparator,
    }),
    mode: 0o600,
    kind: 'config',
    role: file.role,
  }));
  if (config.registries) {
    files.push({
      name: config.registries.fileName,
      text: renderRegistriesYaml(config.registries, { header: texts.registriesHeader }),
      mode: 0o600,
      kind: 'registries',
      role: null,
    });
  }
  files.push({
    name: 'install.sh',
    text: installScript(install, rules, texts.script),
    mode: 0o755,
    kind: 'script',
    role: null,
  });
  return files;
}
