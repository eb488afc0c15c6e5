import { Document, isPair, isScalar, type Pair, type Scalar } from 'yaml';
import type { Rules, SettingId } from '../model/rules';
import { configObject, type ConfigFile, type RegistriesFile } from './config-files';

/** The words of the generated comments, in the page's language. */
export interface YamlComments {
  readonly header: readonly string[];
  readonly sameOnAllServers: string;
  readonly creationOnly: string;
  readonly placeholder: string;
  /** Between two notes on one key: "; " in English, the language's own mark elsewhere. */
  readonly noteSeparator: string;
}

/**
 * Writes a config file as YAML with the `yaml` library, never by concatenation. K3s reads
 * config.yaml with a YAML 1.1 parser, where `no`, `on` or `0644` are not strings, so the
 * document is written in YAML 1.1 and such values come out quoted. Keys every server must
 * share, keys fixed at creation and placeholders get a comment above them.
 */
export function renderConfigYaml(file: ConfigFile, rules: Pick<Rules, 'network'>, comments: YamlComments): string {
  const traits = new Map<SettingId, { creationOnly: boolean; sameOnAllServers: boolean }>(
    rules.network.settings.map((s) => [s.id, s]),
  );
  const doc = new Document(configObject(file), { version: '1.1' });
  doc.commentBefore = comments.header.map((line) => ` ${line}`).join('\n');
  const contents = doc.contents;
  if (contents && 'items' in contents) {
    for (const item of contents.items) {
      if (!isPair(item)) continue;
      const pair = item as Pair<Scalar<string>>;
      const key = isScalar(pair.key) ? pair.key.value : '';
      const entry = file.entries.find((e) => e.key === key);
      if (!entry) continue;
      const notes: string[] = [];
      const t = entry.setting ? traits.get(entry.setting) : undefined;
      const isServer = file.role !== 'agent';
      if (isServer && t?.sameOnAllServers) notes.push(comments.sameOnAllServers);
      if (isServer && t?.creationOnly) notes.push(comments.creationOnly);
      if (entry.placeholder) notes.push(comments.placeholder);
      if (notes.length > 0 && isScalar(pair.key)) pair.key.commentBefore = ` ${notes.join(comments.noteSeparator)}`;
    }
  }
  return doc.toString({ lineWidth: 0, directives: false });
}

/** The words of registries.yaml's comments, in the page's language. */
export interface RegistriesComments {
  readonly header: readonly string[];
}

/**
 * registries.yaml as the plain object a YAML writer takes: the embedded registry's mirrors with no
 * endpoint, and a private registry's mirror with its endpoint and its `configs` entry (decision 024).
 */
export function registriesObject(file: RegistriesFile): Record<string, unknown> {
  const mirrors: Record<string, { endpoint: string[] } | null> = Object.fromEntries(file.mirrors.map((m) => [m, null]));
  const p = file.privateRegistry;
  if (!p) return { mirrors };
  mirrors[p.mirrorOf] = { endpoint: [p.endpoint] };
  const config = {
    ...(p.auth ? { auth: { username: p.auth.username, password: p.auth.password } } : {}),
    ...(p.caFile ? { tls: { ca_file: p.caFile } } : {}),
  };
  return Object.keys(config).length > 0 ? { mirrors, configs: { [p.host]: config } } : { mirrors };
}

/**
 * registries.yaml with a `mirrors:` entry per registry and no endpoints ("the registry does not
 * need to have any endpoints listed, it just needs to be present"), written by the YAML library:
 * "*" comes out quoted, as the docs require, and an empty entry as nothing after the colon.
 */
export function renderRegistriesYaml(file: RegistriesFile, comments: RegistriesComments): string {
  const doc = new Document(registriesObject(file), { version: '1.1' });
  doc.commentBefore = comments.header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0, directives: false, nullStr: '' });
}
