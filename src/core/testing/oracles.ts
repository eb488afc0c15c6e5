/**
 * Independent oracles for what the app generates: the flag list K3s's source defines
 * (k3s-flags.json), PyYAML, shellcheck, ufw's and firewalld's own parsers, and the project's
 * CIDR library. Each external tool is run once per batch. Only tests import this module.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigValue } from '../config/config-files';
import { formatCidr, parseCidr } from '../network/cidr';
import flagsJson from './k3s-flags.json';
import sucPlanJson from './suc-plan-schema.json';
import type { K3sCommand, ShellDialect } from './artifacts';

// ---------------------------------------------------------------------------------------------
// K3s's flags

export type FlagKind =
  | 'string'
  | 'bool'
  | 'int'
  | 'float'
  | 'duration'
  | 'timestamp'
  | 'string-slice'
  | 'int-slice'
  | 'float-slice'
  | 'generic';

export interface K3sFlag {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: FlagKind;
  readonly goType: string;
  readonly envVars: readonly string[];
  readonly hidden: boolean;
  readonly deprecated: boolean;
  readonly definedIn: string;
}

interface FlagsData {
  readonly source: {
    readonly repository: string;
    readonly commit: string;
    readonly commitDate: string;
    readonly paths: readonly string[];
  };
  readonly commands: Readonly<Record<K3sCommand, readonly K3sFlag[]>>;
  readonly installer: {
    readonly path: string;
    readonly variables: readonly string[];
    readonly passedToService: readonly string[];
  };
}

export const K3S_FLAGS = flagsJson as FlagsData;

/** Every name (and alias) a command accepts, to its flag. */
export function flagIndex(command: K3sCommand): ReadonlyMap<string, K3sFlag> {
  const index = new Map<string, K3sFlag>();
  for (const f of K3S_FLAGS.commands[command]) for (const n of [f.name, ...f.aliases]) index.set(n, f);
  return index;
}

const INDEX: Readonly<Record<K3sCommand, ReadonlyMap<string, K3sFlag>>> = {
  server: flagIndex('server'),
  agent: flagIndex('agent'),
};

// ---------------------------------------------------------------------------------------------
// Which tools are here

export type Tool = 'shellcheck' | 'yaml' | 'ufw' | 'firewalld' | 'jsonschema';

/** The Debian package that brings each tool (scripts/ensure-tools.mjs installs them). */
export const TOOL_PACKAGES: Readonly<Record<Tool, string>> = {
  shellcheck: 'shellcheck',
  yaml: 'python3-yaml',
  ufw: 'ufw',
  firewalld: 'python3-firewall',
  jsonschema: 'python3-jsonschema',
};

const PY_ORACLES = fileURLToPath(new URL('../../../scripts/oracles/oracles.py', import.meta.url));
/** The Plan CRD's schema, read out of the controller's source by scripts/oracles/refresh-suc-plan-schema.mjs. */
const SUC_PLAN_SCHEMA = fileURLToPath(new URL('./suc-plan-schema.json', import.meta.url));
export const SUC_PLAN_CRD = sucPlanJson as { readonly source: Readonly<Record<string, string>> };

/** Debian's interpreter, where apt installs python3-yaml, ufw and python3-firewall. */
export function pythonInterpreter(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** null when the tool runs here, otherwise why not. */
export function probeTools(): Readonly<Record<Tool, string | null>> {
  const sc = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
  const shellcheck = sc.error
    ? `shellcheck not installed (${sc.error.message})`
    : sc.status === 0
      ? null
      : `shellcheck --version failed: ${sc.stderr}`;
  const py = spawnSync(pythonInterpreter(), [PY_ORACLES], { input: '{"probe": true}', encoding: 'utf8' });
  if (py.error || py.status !== 0) {
    const why = `python3 not usable (${py.error?.message ?? py.stderr})`;
    return { shellcheck, yaml: why, ufw: why, firewalld: why, jsonschema: why };
  }
  const found = JSON.parse(py.stdout) as Record<'yaml' | 'ufw' | 'firewalld' | 'jsonschema', string | null>;
  return {
    shellcheck,
    yaml: found.yaml,
    ufw: found.ufw,
    firewalld: found.firewalld,
    // The Plan oracle reads YAML too.
    jsonschema: found.jsonschema ?? found.yaml,
  };
}

// ---------------------------------------------------------------------------------------------
// shellcheck

export interface ShellcheckComment {
  readonly line: number;
  readonly column: number;
  readonly level: string;
  readonly code: number;
  readonly message: string;
}

interface ShellcheckJson {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly level: string;
  readonly code: number;
  readonly message: string;
}

/** Runs a program with text on stdin; resolves with its exit status and output. */
function run(
  cmd: string,
  args: readonly string[],
  input: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A program that reads no stdin (shellcheck given files) gets none: writing to a pipe it has
    // closed would fail with EPIPE, depending on which process the machine schedules first.
    const child = spawn(cmd, args, { env, stdio: [input === '' ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    if (child.stdin) {
      // A program may exit before reading all its input; its exit status and output decide.
      child.stdin.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') reject(e);
      });
      child.stdin.end(input);
    }
  });
}

/**
 * Runs shellcheck over every text (all severities, no rc file), in as many processes as the
 * machine has cores, and returns each text's comments by its index.
 */
export async function runShellcheck(
  items: readonly { readonly shell: ShellDialect; readonly text: string }[],
): Promise<ShellcheckComment[][]> {
  const out: ShellcheckComment[][] = items.map(() => []);
  const dir = mkdtempSync(join(tmpdir(), 'k3s-sizer-shellcheck-'));
  try {
    const jobs: { shell: ShellDialect; files: string[] }[] = [];
    const indexOf = new Map<string, number>();
    const lanes = Math.max(1, availableParallelism());
    for (const shell of ['sh', 'bash'] as const) {
      const files: string[] = [];
      items.forEach((item, i) => {
        if (item.shell !== shell) return;
        const file = join(dir, `${String(i)}.sh`);
        writeFileSync(file, item.text);
        files.push(file);
        indexOf.set(file, i);
      });
      const size = Math.min(2000, Math.ceil(files.length / lanes));
      for (let start = 0; start < files.length; start += size)
        jobs.push({ shell, files: files.slice(start, start + size) });
    }
    // At most `lanes` shellchecks at a time.
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const r = await run('shellcheck', ['--norc', '--format=json', `--shell=${job.shell}`, ...job.files], '', {
          ...process.env,
          LC_ALL: 'C.UTF-8',
        });
        if (r.status !== 0 && r.status !== 1) throw new Error(`shellcheck exited ${String(r.status)}: ${r.stderr}`);
        for (const c of JSON.parse(r.stdout) as ShellcheckJson[]) {
          const i = indexOf.get(c.file);
          if (i === undefined) throw new Error(`shellcheck reported an unknown file ${c.file}`);
          out[i]?.push({ line: c.line, column: c.column, level: c.level, code: c.code, message: c.message });
        }
      }
    };
    await Promise.all(Array.from({ length: lanes }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The Python oracles: PyYAML, ufw, firewalld, shlex

export interface YamlScalar {
  readonly type: string;
  readonly value: string | boolean | null;
  readonly items?: readonly YamlScalar[];
  /** A mapping's entries, in order. */
  readonly pairs?: readonly { readonly key: YamlScalar; readonly value: YamlScalar }[];
}
export type YamlResult =
  | { readonly ok: true; readonly pairs: readonly { readonly key: YamlScalar; readonly value: YamlScalar }[] }
  | { readonly ok: false; readonly error: string };
export type ParseResult =
  { readonly ok: true; readonly [k: string]: unknown } | { readonly ok: false; readonly error: string };
export type WordsResult =
  { readonly ok: true; readonly words: readonly string[] } | { readonly ok: false; readonly error: string };
/** A file of Plan manifests: each YAML document as read back, with what the CRD's schema and the API server refuse in it. */
export type PlansResult =
  | {
      readonly ok: true;
      readonly documents: readonly { readonly errors: readonly string[]; readonly value: unknown }[];
    }
  | { readonly ok: false; readonly error: string };

export interface PythonRequest {
  readonly yaml?: readonly string[];
  readonly ufw?: readonly string[];
  readonly firewalld?: readonly string[];
  readonly words?: readonly string[];
  /** Files of system-upgrade-controller Plan manifests. */
  readonly plans?: readonly string[];
}

export interface PythonAnswer {
  readonly yaml: readonly YamlResult[];
  readonly ufw: readonly ParseResult[];
  readonly firewalld: readonly ParseResult[];
  readonly words: readonly WordsResult[];
  readonly plans: readonly PlansResult[];
}

/** One Python process for the whole batch; results in the request's order. */
export async function runPythonOracles(request: PythonRequest): Promise<PythonAnswer> {
  const ids = <T>(xs: readonly T[] | undefined, key: string) => (xs ?? []).map((x, i) => ({ id: String(i), [key]: x }));
  const body = JSON.stringify({
    yaml: ids(request.yaml, 'text'),
    ufw: ids(request.ufw, 'line'),
    firewalld: ids(request.firewalld, 'line'),
    words: ids(request.words, 'text'),
    plans: ids(request.plans, 'text'),
    plansSchema: SUC_PLAN_SCHEMA,
  });
  if (process.env.ORACLE_DUMP) writeFileSync(process.env.ORACLE_DUMP, body);
  const r = await run(pythonInterpreter(), [PY_ORACLES], body, { ...process.env, PYTHONIOENCODING: 'utf-8' });
  if (r.status !== 0) throw new Error(`oracles.py exited ${String(r.status)}: ${r.stderr}`);
  const answer = JSON.parse(r.stdout) as { unavailable: Record<string, string> } & Record<
    'yaml' | 'ufw' | 'firewalld' | 'words' | 'plans',
    Record<string, unknown>
  >;
  const missing = Object.entries(answer.unavailable);
  if (missing.length > 0)
    throw new Error(`oracles.py could not run: ${missing.map(([k, v]) => `${k}: ${v}`).join('; ')}`);
  const ordered = <T>(section: 'yaml' | 'ufw' | 'firewalld' | 'words' | 'plans', n: number): T[] =>
    Array.from({ length: n }, (_, i) => {
      const v = answer[section][String(i)];
      if (v === undefined) throw new Error(`oracles.py gave no ${section} answer for item ${String(i)}`);
      return v as T;
    });
  return {
    yaml: ordered<YamlResult>('yaml', request.yaml?.length ?? 0),
    ufw: ordered<ParseResult>('ufw', request.ufw?.length ?? 0),
    firewalld: ordered<ParseResult>('firewalld', request.firewalld?.length ?? 0),
    words: ordered<WordsResult>('words', request.words?.length ?? 0),
    plans: ordered<PlansResult>('plans', request.plans?.length ?? 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks: pure functions over the tools' answers. Each returns the problems it found.

const YAML_TYPE_OF_KIND: Readonly<Partial<Record<FlagKind, string>>> = {
  string: 'str',
  duration: 'str',
  bool: 'bool',
  int: 'int',
  float: 'float',
};
const ITEM_TYPE_OF_KIND: Readonly<Partial<Record<FlagKind, string>>> = {
  'string-slice': 'str',
  'int-slice': 'int',
  'float-slice': 'float',
};

function sameValue(parsed: YamlScalar, meant: ConfigValue): boolean {
  if (typeof meant === 'boolean') return parsed.type === 'bool' && parsed.value === meant;
  if (typeof meant === 'string') return parsed.type === 'str' && parsed.value === meant;
  if (typeof meant === 'number') return parsed.type === 'int' && parsed.value === String(meant);
  const items = parsed.items ?? [];
  return (
    parsed.type === 'list' &&
    items.length === meant.length &&
    items.every((x, i) => x.type === 'str' && x.value === meant[i])
  );
}

const show = (x: YamlScalar): string =>
  x.type === 'list' ? `[${(x.items ?? []).map(show).join(', ')}]` : `${x.type} ${JSON.stringify(x.value)}`;

/**
 * A config.yaml as PyYAML (YAML 1.1) read it, against K3s's flags for the command that reads it
 * and against the values the plan meant to write.
 */
export function checkConfigYaml(
  parsed: YamlResult,
  command: K3sCommand,
  meant: Readonly<Record<string, ConfigValue>>,
): string[] {
  if (!parsed.ok) return [`YAML 1.1 (PyYAML) cannot read it: ${parsed.error}`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { key, value } of parsed.pairs) {
    if (key.type !== 'str' || typeof key.value !== 'string') {
      problems.push(`key ${show(key)} is not a string in YAML 1.1`);
      continue;
    }
    const name = key.value.endsWith('+') ? key.value.slice(0, -1) : key.value;
    seen.add(key.value);
    const flag = INDEX[command].get(name);
    if (!flag) {
      problems.push(
        `"${name}" is not a flag of k3s ${command}${INDEX[command === 'agent' ? 'server' : 'agent'].has(name) ? ` (only k3s ${command === 'agent' ? 'server' : 'agent'} has it)` : ''}`,
      );
    } else {
      if (flag.deprecated) problems.push(`"${name}" is deprecated in k3s ${command}`);
      const scalarType = YAML_TYPE_OF_KIND[flag.kind];
      const itemType = ITEM_TYPE_OF_KIND[flag.kind];
      if (scalarType !== undefined && value.type !== scalarType)
        problems.push(`"${name}" is a ${flag.kind} flag but YAML 1.1 reads ${show(value)}`);
      if (itemType !== undefined) {
        if (value.type !== 'list')
          problems.push(
            `"${name}" is a repeatable (${flag.kind}) flag but is written as ${show(value)}, not a YAML sequence`,
          );
        else if ((value.items ?? []).some((x) => x.type !== itemType))
          problems.push(`"${name}" is a ${flag.kind} flag but YAML 1.1 reads ${show(value)}`);
      }
    }
    const want = meant[key.value];
    if (want === undefined) problems.push(`"${key.value}" is in the file but not in the plan`);
    else if (!sameValue(value, want))
      problems.push(`"${key.value}": the plan meant ${JSON.stringify(want)}, YAML 1.1 reads ${show(value)}`);
  }
  for (const k of Object.keys(meant)) if (!seen.has(k)) problems.push(`"${k}" is in the plan but not in the file`);
  return problems;
}

const ENV_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/**
 * `curl … | ENV=… sh -s - <command> --flag=value …`, as shlex split it: the command is the
 * right one, every flag is one K3s's command accepts with a value of its kind, and every
 * environment variable is one the installer or K3s reads.
 */
export function checkInstallWords(words: WordsResult, command: K3sCommand): string[] {
  if (!words.ok) return [`cannot be split into words: ${words.error}`];
  const w = words.words;
  const pipe = w.indexOf('|');
  if (pipe < 0) return checkLocalInstallWords(w, command);
  const sh = w.indexOf('sh', pipe + 1);
  if (sh < 0) return ['no `| … sh` installer pipe'];
  const problems: string[] = [];
  if (w[0] !== 'curl') problems.push(`starts with ${String(w[0])}, not curl`);
  problems.push(...checkInstallEnv(w.slice(pipe + 1, sh), command));
  const rest = w.slice(sh + 1);
  if (rest[0] !== '-s' || rest[1] !== '-') problems.push(`sh is not given "-s -" (${rest.slice(0, 2).join(' ')})`);
  if (rest[2] !== command) problems.push(`installs "${String(rest[2])}", not ${command}`);
  return [...problems, ...checkFlagWords(rest.slice(3), command)];
}

/**
 * The air-gapped form (the K3s docs' air-gap page): `ENV=… sh <path>/….sh <command> --flag=value …`,
 * a local copy of the install script run with INSTALL_K3S_SKIP_DOWNLOAD=true, so it downloads nothing.
 */
function checkLocalInstallWords(w: readonly string[], command: K3sCommand): string[] {
  const sh = w.indexOf('sh');
  if (sh < 0) return ['neither a `curl … | sh` pipe nor `sh <local install script>`'];
  const env = w.slice(0, sh);
  const problems = checkInstallEnv(env, command);
  if (!env.includes('INSTALL_K3S_SKIP_DOWNLOAD=true'))
    problems.push('a local install script without INSTALL_K3S_SKIP_DOWNLOAD=true downloads K3s');
  const script = w[sh + 1] ?? '';
  if (!/\.sh$/.test(script) || script.startsWith('-')) problems.push(`sh runs "${script}", not a local install script`);
  const rest = w.slice(sh + 2);
  if (rest[0] !== command) problems.push(`installs "${String(rest[0])}", not ${command}`);
  return [...problems, ...checkFlagWords(rest.slice(1), command)];
}

/** Environment assignments before the installer: each one install.sh reads, or the variable of a flag of the command. */
function checkInstallEnv(words: readonly string[], command: K3sCommand): string[] {
  const problems: string[] = [];
  const envFlags = new Map<string, K3sFlag>();
  for (const f of K3S_FLAGS.commands[command]) for (const e of f.envVars) envFlags.set(e, f);
  for (const word of words) {
    const m = ENV_WORD.exec(word);
    const name = m?.[1];
    if (name === undefined) {
      problems.push(`"${word}" between the pipe and sh is not an environment assignment`);
      continue;
    }
    if (name.startsWith('INSTALL_K3S_')) {
      if (!K3S_FLAGS.installer.variables.includes(name)) problems.push(`${name} is not a variable install.sh reads`);
    } else if (K3S_FLAGS.installer.passedToService.some((p) => name.startsWith(p))) {
      if (!envFlags.has(name)) problems.push(`${name} is not the environment variable of any k3s ${command} flag`);
    } else {
      problems.push(`${name} is read neither by install.sh nor by k3s ${command}`);
    }
  }
  return problems;
}

/**
 * `[sudo] k3s <command> --flag=value …` run on a node (a restore's cluster reset), as shlex split
 * it: the command is the right one and every flag is one of its flags, with a value of its kind.
 */
export function checkK3sCommandWords(words: WordsResult, command: K3sCommand): string[] {
  if (!words.ok) return [`cannot be split into words: ${words.error}`];
  const w = words.words[0] === 'sudo' ? words.words.slice(1) : words.words;
  if (w[0] !== 'k3s' || w[1] !== command) return [`runs "${w.slice(0, 2).join(' ')}", not k3s ${command}`];
  return checkFlagWords(w.slice(2), command);
}

/** Words that must each be a --flag of the command, with a value of the flag's kind, each given once unless repeatable. */
function checkFlagWords(words: readonly string[], command: K3sCommand): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const word of words) {
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(word);
    const name = m?.[1];
    if (!m || name === undefined) {
      problems.push(`"${word}" is not a --flag`);
      continue;
    }
    const value = m[2];
    const flag = INDEX[command].get(name);
    if (!flag) {
      problems.push(`--${name} is not a flag of k3s ${command}`);
      continue;
    }
    if (flag.deprecated) problems.push(`--${name} is deprecated in k3s ${command}`);
    counts.set(flag.name, (counts.get(flag.name) ?? 0) + 1);
    if (flag.kind === 'bool' && value !== undefined && value !== 'true' && value !== 'false')
      problems.push(`--${name} is a bool flag but is given "${value}"`);
    if (flag.kind !== 'bool' && value === undefined) problems.push(`--${name} takes a value but is given none`);
    if (flag.kind === 'int' && value !== undefined && !/^-?\d+$/.test(value))
      problems.push(`--${name} is an int flag but is given "${value}"`);
  }
  for (const [name, n] of counts) {
    const flag = INDEX[command].get(name);
    if (flag && n > 1 && !flag.kind.endsWith('-slice'))
      problems.push(`--${name} is not repeatable but is given ${String(n)} times`);
  }
  return problems;
}

/** The CIDRs and addresses a firewall line names, checked with the project's CIDR library. */
export function checkFirewallCidrs(line: string): string[] {
  const found: { text: string; family?: string }[] = [];
  for (const m of line.matchAll(/\bfrom (\S+)/g)) if (m[1] !== undefined && m[1] !== 'any') found.push({ text: m[1] });
  for (const m of line.matchAll(/--add-source=(\S+)/g)) if (m[1] !== undefined) found.push({ text: m[1] });
  const family = /rule family="(ipv4|ipv6)"/.exec(line)?.[1];
  for (const m of line.matchAll(/source address="([^"]*)"/g))
    if (m[1] !== undefined) found.push({ text: m[1], ...(family ? { family } : {}) });
  const problems: string[] = [];
  for (const { text, family: want } of found) {
    const r = parseCidr(text);
    if (!r.ok) problems.push(`"${text}" is not a CIDR the project's CIDR library accepts (${r.error.code})`);
    else if (formatCidr(r.cidr) !== text) problems.push(`"${text}" is not in canonical form (${formatCidr(r.cidr)})`);
    else if (want !== undefined && r.cidr.family !== want)
      problems.push(`"${text}" is ${r.cidr.family} in a rule for family ${want}`);
  }
  return problems;
}

/** A shellcheck comment as one line: "SC1112 (warning) line 12: …". */
export function formatShellcheck(c: ShellcheckComment): string {
  return `SC${String(c.code)} (${c.level}) line ${String(c.line)}: ${c.message}`;
}

/** The firewall tool a line runs ('ufw', 'firewalld'), or null for anything else. */
export function firewallToolOf(line: string): 'ufw' | 'firewalld' | null {
  const first = line
    .trim()
    .replace(/^sudo\s+/, '')
    .split(/\s+/)[0];
  return first === 'ufw' ? 'ufw' : first === 'firewall-cmd' ? 'firewalld' : null;
}

/**
 * A role's firewall script as a whole: every line is for the firewall the plan chose, and
 * firewalld's permanent settings are followed by a reload (they do nothing until then).
 */
export function checkFirewallScript(firewall: 'off' | 'ufw' | 'firewalld', lines: readonly string[]): string[] {
  if (firewall === 'off')
    return lines.length === 1
      ? []
      : [`firewall off: expected one line that disables the firewall, got ${String(lines.length)}`];
  const problems: string[] = [];
  for (const l of lines)
    if (firewallToolOf(l) !== firewall) problems.push(`"${l}" in a ${firewall} script is not a ${firewall} command`);
  if (firewall === 'firewalld') {
    const lastPermanent = lines.findLastIndex((l) => l.includes('--permanent'));
    const reload = lines.findLastIndex((l) => /^(sudo\s+)?firewall-cmd --reload$/.test(l.trim()));
    if (lastPermanent >= 0 && reload < lastPermanent)
      problems.push('permanent firewalld settings are not followed by firewall-cmd --reload');
  }
  return problems;
}

/** A PyYAML node as a plain value; a type other than str, null, bool, list or map is kept as `<type>` so it differs. */
function plainOf(node: YamlScalar, path: string, problems: string[]): unknown {
  switch (node.type) {
    case 'str':
    case 'null':
    case 'bool':
      return node.value;
    case 'list':
      return (node.items ?? []).map((x, i) => plainOf(x, `${path}[${String(i)}]`, problems));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const { key, value } of node.pairs ?? []) {
        if (key.type !== 'str')
          problems.push(`${path}: key ${JSON.stringify(key.value)} reads as ${key.type}, not a name`);
        out[String(key.value)] = plainOf(value, `${path}.${String(key.value)}`, problems);
      }
      return out;
    }
    default:
      return `<${node.type} ${String(node.value)}>`;
  }
}

/**
 * registries.yaml as PyYAML read it, compared with what the plan meant: the embedded registry's
 * `mirrors` entries each with no value (an entry "just needs to be present", registry-mirror docs),
 * a private registry's mirror with its endpoint list and its `configs` entry (private-registry docs),
 * every value a string where a string was meant (no YAML 1.1 surprise), keys in the plan's order.
 */
export function checkRegistriesYaml(parsed: YamlResult, meant: Readonly<Record<string, unknown>>): string[] {
  if (!parsed.ok) return [`YAML 1.1 (PyYAML) cannot read it: ${parsed.error}`];
  const problems: string[] = [];
  const read = plainOf({ type: 'map', value: null, pairs: parsed.pairs }, '', problems);
  const a = JSON.stringify(read);
  const b = JSON.stringify(meant);
  if (a !== b) problems.push(`reads back as ${a}, the plan meant ${b}`);
  return problems;
}

/**
 * A file of Plan manifests as PyYAML read it and python3-jsonschema judged it against the CRD: it
 * parses, holds exactly the documents the plan meant (read back as the same values), and neither
 * the schema nor the API server's own checks refuse any of them.
 */
export function checkPlanManifests(parsed: PlansResult, meant: readonly unknown[]): string[] {
  if (!parsed.ok) return [`YAML 1.1 (PyYAML) cannot read it: ${parsed.error}`];
  const problems: string[] = [];
  if (parsed.documents.length !== meant.length)
    problems.push(`${String(parsed.documents.length)} documents, the plan meant ${String(meant.length)}`);
  parsed.documents.forEach((doc, i) => {
    for (const e of doc.errors) problems.push(`document ${String(i + 1)}: ${e}`);
    if (JSON.stringify(doc.value) !== JSON.stringify(meant[i]))
      problems.push(
        `document ${String(i + 1)} reads back as ${JSON.stringify(doc.value)}, the plan meant ${JSON.stringify(meant[i])}`,
      );
  });
  return problems;
}
