#!/usr/bin/env node
// Re-reads the flags `k3s server` and `k3s agent` accept from K3s's own Go source and writes them
// as data for the oracle tests (src/core/testing/k3s-flags.json). Nothing of K3s is copied: only
// flag names, aliases, kinds and the hidden/deprecated marks are kept.
//
// Usage:
//   node scripts/oracles/refresh-k3s-flags.mjs <k3s checkout or git dir> <commit> [options]
//
//   <k3s checkout or git dir>  a clone of k3s-io/k3s (working tree or bare); only read with `git show`
//   <commit>                   any commit-ish (branch, tag, SHA); the full SHA is recorded
//   --out <file>               where to write (default: src/core/testing/k3s-flags.json; "-" for stdout)
//   --repository <owner/name>  recorded as the source repository (default: k3s-io/k3s)
//   --read-from <text>         recorded as how the commit was obtained (e.g. which mirror)
//
// Example:
//   git clone --bare https://github.com/k3s-io/k3s /tmp/k3s.git
//   node scripts/oracles/refresh-k3s-flags.mjs /tmp/k3s.git master
//
// How it reads the source: every non-test file in pkg/cli/cmds/ at the commit is tokenised as Go.
// Package-level `var` declarations give the named flags (`DataDirFlag = &cli.StringFlag{...}`)
// and flag lists (`ServerFlags = []cli.Flag{...}`). The `Flags:` field of the cli.Command returned
// by NewServerCommand and NewAgentCommand is then followed: an identifier names a list variable,
// a `[]cli.Flag{...}` literal is read in place; each element is a named flag variable or an
// inline `&cli.XFlag{...}` literal. Anything the reader does not understand stops it with an
// error rather than producing a partial list.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CMDS_DIR = 'pkg/cli/cmds';

/** urfave/cli flag types → the kind of value the flag takes. */
const KINDS = {
  StringFlag: 'string',
  PathFlag: 'string',
  BoolFlag: 'bool',
  BoolTFlag: 'bool',
  IntFlag: 'int',
  Int64Flag: 'int',
  UintFlag: 'int',
  Uint64Flag: 'int',
  Float64Flag: 'float',
  DurationFlag: 'duration',
  TimestampFlag: 'timestamp',
  StringSliceFlag: 'string-slice',
  IntSliceFlag: 'int-slice',
  Int64SliceFlag: 'int-slice',
  UintSliceFlag: 'int-slice',
  Uint64SliceFlag: 'int-slice',
  Float64SliceFlag: 'float-slice',
  GenericFlag: 'generic',
};

/**
 * @typedef {{ type: 'ident' | 'string' | 'number' | 'punct' | 'nl', value: string, line: number }} Token
 * @typedef {{ name: string, aliases: string[], kind: string, goType: string, envVars: string[], hidden: boolean, deprecated: boolean, definedIn: string }} Flag
 * @typedef {Record<string, string>} Constants values of `version.X` identifiers
 * @typedef {{ file: string, tokens: Token[] }} Expr
 */

/**
 * Go tokens, enough for declarations: identifiers, literals, punctuation and newlines
 * (Go ends statements at newlines). Comments are dropped.
 * @param {string} src
 * @returns {Token[]}
 */
export function tokenize(src) {
  /** @type {Token[]} */
  const out = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === '\n') {
      out.push({ type: 'nl', value: '\n', line });
      line += 1;
      i += 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i += 1;
    } else if (src.startsWith('//', i)) {
      while (i < src.length && src.charAt(i) !== '\n') i += 1;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`unterminated comment at line ${line}`);
      const body = src.slice(i, end + 2);
      const newlines = body.split('\n').length - 1;
      if (newlines > 0) out.push({ type: 'nl', value: '\n', line });
      line += newlines;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src.charAt(j) !== c) {
        if (src.charAt(j) === '\\') j += 1;
        if (src.charAt(j) === '\n') throw new Error(`newline in literal at line ${line}`);
        j += 1;
      }
      const raw = src.slice(i, j + 1);
      out.push({
        type: 'string',
        value: c === '"' ? /** @type {string} */ (JSON.parse(raw.replace(/\\'/g, "'"))) : raw,
        line,
      });
      i = j + 1;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new Error(`unterminated raw string at line ${line}`);
      const body = src.slice(i + 1, end);
      out.push({ type: 'string', value: body, line });
      line += body.split('\n').length - 1;
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src.charAt(j))) j += 1;
      out.push({ type: 'ident', value: src.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9A-Za-z_.]/.test(src.charAt(j))) j += 1;
      out.push({ type: 'number', value: src.slice(i, j), line });
      i = j;
    } else {
      const three = src.slice(i, i + 3);
      const two = src.slice(i, i + 2);
      const op = ['...', '<<=', '>>=', '&^='].includes(three)
        ? three
        : [
              ':=',
              '==',
              '!=',
              '<=',
              '>=',
              '&&',
              '||',
              '<-',
              '++',
              '--',
              '+=',
              '-=',
              '*=',
              '/=',
              '|=',
              '&=',
              '<<',
              '>>',
              '&^',
            ].includes(two)
          ? two
          : c;
      out.push({ type: 'punct', value: op, line });
      i += op.length;
    }
  }
  return out;
}

/** @type {Record<string, string>} */
const OPEN = { '(': ')', '{': '}', '[': ']' };

/**
 * The token at `i`; reading past the end is a bug in the reader, not in the source.
 * @param {Token[]} t
 * @param {number} i
 * @returns {Token}
 */
function at(t, i) {
  const tok = t[i];
  if (tok === undefined) throw new Error(`read past the end of the tokens (${String(i)})`);
  return tok;
}

/**
 * @param {Token | undefined} tok
 * @param {string} value
 */
const isPunct = (tok, value) => tok !== undefined && tok.type === 'punct' && tok.value === value;

/** @param {Token | undefined} tok */
const isOpen = (tok) => tok !== undefined && tok.type === 'punct' && tok.value in OPEN;

/**
 * Index of the bracket closing the one at `start`.
 * @param {Token[]} t
 * @param {number} start
 */
function closing(t, start) {
  /** @type {string[]} */
  const stack = [];
  for (let i = start; i < t.length; i += 1) {
    const tok = at(t, i);
    const v = tok.type === 'punct' ? tok.value : '';
    const close = OPEN[v];
    if (close !== undefined) stack.push(close);
    else if (v === ')' || v === '}' || v === ']') {
      if (stack.pop() !== v) throw new Error(`unbalanced ${v} at line ${String(tok.line)}`);
      if (stack.length === 0) return i;
    }
  }
  throw new Error(`no closing bracket for line ${String(at(t, start).line)}`);
}

/**
 * Splits tokens at a separator that is not nested in brackets.
 * @param {Token[]} t
 * @param {(tok: Token) => boolean} isSep
 * @returns {Token[][]}
 */
function splitTop(t, isSep) {
  /** @type {Token[][]} */
  const parts = [];
  /** @type {Token[]} */
  let current = [];
  for (let i = 0; i < t.length; i += 1) {
    const tok = at(t, i);
    if (isOpen(tok)) {
      const end = closing(t, i);
      current.push(...t.slice(i, end + 1));
      i = end;
    } else if (isSep(tok)) {
      parts.push(current);
      current = [];
    } else {
      current.push(tok);
    }
  }
  parts.push(current);
  return parts.map((p) => p.filter((x) => x.type !== 'nl')).filter((p) => p.length > 0);
}

/**
 * Package-level `var` declarations of one file: name → initialiser tokens.
 * @param {Token[]} t
 * @returns {Map<string, Token[]>}
 */
function packageVars(t) {
  /** @type {Map<string, Token[]>} */
  const vars = new Map();
  /** @type {Token[][]} */
  const specs = [];
  for (let i = 0; i < t.length; i += 1) {
    const tok = at(t, i);
    if (isOpen(tok)) {
      i = closing(t, i); // skip bodies: only package-level declarations count
      continue;
    }
    if (tok.type !== 'ident' || tok.value !== 'var') continue;
    if (isPunct(t[i + 1], '(')) {
      const end = closing(t, i + 1);
      specs.push(...splitTop(t.slice(i + 2, end), (x) => x.type === 'nl' || (x.type === 'punct' && x.value === ';')));
      i = end;
    } else {
      let end = i + 1;
      while (end < t.length && at(t, end).type !== 'nl') {
        if (isOpen(t[end])) end = closing(t, end);
        end += 1;
      }
      specs.push(t.slice(i + 1, end).filter((x) => x.type !== 'nl'));
      i = end;
    }
  }
  for (const spec of specs) {
    const eq = spec.findIndex((x) => x.type === 'punct' && x.value === '=');
    if (eq < 0) continue; // `ServerConfig Server`: a declaration without a value
    const names = spec.slice(0, eq).filter((x) => x.type === 'ident');
    // `a, b = x, y` does not occur for flags; a typed `var X T = v` has names[0] as the name.
    const values = splitTop(spec.slice(eq + 1), (x) => x.type === 'punct' && x.value === ',');
    names.forEach((n, k) => {
      const value = values.length === 1 ? values[0] : values[k];
      if (value !== undefined && (k === 0 || values.length > 1)) vars.set(n.value, value);
    });
  }
  return vars;
}

/**
 * The body tokens of `func name(...) ... { ... }`.
 * @param {Token[]} t
 * @param {string} name
 */
function funcBody(t, name) {
  for (let i = 0; i < t.length - 1; i += 1) {
    if (at(t, i).value === 'func' && at(t, i + 1).value === name && isPunct(t[i + 2], '(')) {
      let j = closing(t, i + 2) + 1;
      while (j < t.length && !isPunct(t[j], '{')) {
        if (isPunct(t[j], '(') || isPunct(t[j], '[')) j = closing(t, j);
        j += 1;
      }
      return t.slice(j + 1, closing(t, j));
    }
  }
  return null;
}

/**
 * A composite literal `&pkg.Type{...}`, `pkg.Type{...}` or `[]pkg.Type{...}`: its type name and elements.
 * @param {Token[]} expr
 */
function compositeLiteral(expr) {
  const toks = expr.filter((x) => x.type !== 'nl');
  const brace = toks.findIndex((x) => x.type === 'punct' && x.value === '{');
  if (brace < 0 || closing(toks, brace) !== toks.length - 1) return null;
  const head = toks
    .slice(0, brace)
    .map((x) => x.value)
    .join('');
  const m = /^(&?)(\[\])?(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)$/.exec(head);
  if (!m) return null;
  const elements = splitTop(toks.slice(brace + 1, -1), (x) => isPunct(x, ','));
  return { slice: m[2] === '[]', type: m[3] ?? '', elements };
}

/**
 * Keyed fields of a struct literal.
 * @param {Token[][]} elements
 * @returns {Map<string, Token[]>}
 */
function fields(elements) {
  const out = new Map();
  for (const el of elements) {
    if (el[0]?.type !== 'ident' || el[1]?.value !== ':') throw new Error(`unkeyed field at line ${el[0]?.line}`);
    out.set(el[0].value, el.slice(2));
  }
  return out;
}

/**
 * @param {Token[]} v
 * @param {string} what
 */
function stringLiteral(v, what) {
  const only = v.length === 1 ? v[0] : undefined;
  if (only?.type !== 'string') throw new Error(`${what} is not a plain string literal (line ${String(v[0]?.line)})`);
  return only.value;
}

/**
 * A string expression: literals and `version.X` constants joined with `+`.
 * @param {Token[]} v
 * @param {Constants} constants
 * @param {string} what
 */
function stringExpr(v, constants, what) {
  return splitTop(v, (x) => x.type === 'punct' && x.value === '+')
    .map((part) => {
      const only = part.length === 1 ? part[0] : undefined;
      if (only?.type === 'string') return only.value;
      const name = part.map((x) => x.value).join('');
      const value = constants[name];
      if (value === undefined) throw new Error(`${what}: cannot evaluate ${name} (line ${part[0]?.line})`);
      return value;
    })
    .join('');
}

/**
 * One flag from its struct literal.
 * @param {{ type: string, elements: Token[][] }} lit
 * @param {string} file
 * @param {Constants} constants
 * @returns {Flag}
 */
function flagFrom(lit, file, constants) {
  const kind = KINDS[/** @type {keyof typeof KINDS} */ (lit.type)];
  if (kind === undefined) throw new Error(`unknown flag type cli.${lit.type} in ${file}`);
  const f = fields(lit.elements);
  const nameTok = f.get('Name');
  if (!nameTok) throw new Error(`cli.${lit.type} without a Name in ${file}`);
  // urfave/cli v1 writes aliases into the name ("data-dir,d"); v2 has an Aliases field.
  const [name = '', ...v1Aliases] = stringLiteral(nameTok, 'Name')
    .split(',')
    .map((s) => s.trim());
  const aliasLit = f.get('Aliases');
  const aliases = [...v1Aliases];
  if (aliasLit) {
    const al = compositeLiteral(aliasLit);
    if (!al || !al.slice) throw new Error(`Aliases of ${name} is not a []string literal`);
    for (const a of al.elements) aliases.push(stringLiteral(a, `alias of ${name}`));
  }
  const hiddenTok = f.get('Hidden');
  const hiddenWord = hiddenTok === undefined ? 'false' : hiddenTok.map((x) => x.value).join('');
  if (hiddenWord !== 'true' && hiddenWord !== 'false') throw new Error(`Hidden of ${name} is not a literal`);
  const hidden = hiddenWord === 'true';
  const usage = (f.get('Usage') ?? [])
    .filter((x) => x.type === 'string')
    .map((x) => x.value)
    .join('');
  // Environment variables: v2 `EnvVars: []string{...}`, v1 `EnvVar: "A,B"`.
  const envVars = [];
  const envList = f.get('EnvVars');
  if (envList) {
    const el = compositeLiteral(envList);
    if (!el || !el.slice) throw new Error(`EnvVars of ${name} is not a []string literal`);
    for (const e of el.elements) envVars.push(stringExpr(e, constants, `EnvVars of ${name}`));
  }
  const envOne = f.get('EnvVar');
  if (envOne)
    envVars.push(
      ...stringExpr(envOne, constants, `EnvVar of ${name}`)
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
  return {
    name,
    aliases,
    kind,
    goType: `cli.${lit.type}`,
    envVars,
    hidden,
    deprecated: /\(deprecated\)/i.test(usage),
    definedIn: file,
  };
}

/**
 * @param {string} gitDir
 * @param {string[]} args
 */
function git(gitDir, args) {
  return execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const VERSION_FILE = 'pkg/version/version.go';
const INSTALL_SCRIPT = 'install.sh';

/**
 * What the installer (install.sh, served as get.k3s.io) reads from its environment: its own
 * INSTALL_K3S_* variables, and the prefixes of the variables it copies into the service's
 * environment file for k3s itself to read (`grep -E '^(K3S|CONTAINERD|KINE)_'`).
 * @param {string} gitDir
 * @param {string} sha
 */
function installerVariables(gitDir, sha) {
  const text = git(gitDir, ['show', `${sha}:${INSTALL_SCRIPT}`]);
  const variables = [...new Set(text.match(/\bINSTALL_K3S_[A-Z0-9_]*[A-Z0-9]\b/g) ?? [])].sort();
  const pass = /grep -E '\^\(([A-Z0-9|]+)\)_'/.exec(text);
  if (variables.length === 0 || !pass?.[1])
    throw new Error(`${INSTALL_SCRIPT}: no INSTALL_K3S_ variables or no environment pass-through found`);
  return { path: INSTALL_SCRIPT, variables, passedToService: pass[1].split('|').map((p) => `${p}_`) };
}

/**
 * `version.Program` and `version.ProgramUpper`, which flag names, usages and environment
 * variables are built from: `Program = "k3s"`, `ProgramUpper = strings.ToUpper(Program)`.
 * @param {string} gitDir
 * @param {string} sha
 * @returns {Constants}
 */
function versionConstants(gitDir, sha) {
  const vars = packageVars(tokenize(git(gitDir, ['show', `${sha}:${VERSION_FILE}`])));
  const program = vars.get('Program');
  const upper = vars.get('ProgramUpper');
  if (!program || !upper) throw new Error(`${VERSION_FILE} declares no Program/ProgramUpper`);
  const name = stringLiteral(program, 'version.Program');
  if (upper.map((x) => x.value).join('') !== 'strings.ToUpper(Program)')
    throw new Error(`${VERSION_FILE}: ProgramUpper is not strings.ToUpper(Program)`);
  return { 'version.Program': name, 'version.ProgramUpper': name.toUpperCase() };
}

/**
 * Reads the server and agent flag lists at a commit.
 * @param {string} gitDir
 * @param {string} commit
 */
export function extractFlags(gitDir, commit) {
  const sha = git(gitDir, ['rev-parse', '--verify', `${commit}^{commit}`]).trim();
  const files = git(gitDir, ['ls-tree', '--name-only', sha, `${CMDS_DIR}/`])
    .split('\n')
    .filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'));
  const constants = versionConstants(gitDir, sha);
  /** @type {Map<string, Expr>} */
  const vars = new Map();
  /** @type {Map<string, Token[]>} */
  const tokensOf = new Map();
  for (const file of files) {
    const tokens = tokenize(git(gitDir, ['show', `${sha}:${file}`]));
    tokensOf.set(file, tokens);
    for (const [name, expr] of packageVars(tokens)) {
      const seen = vars.get(name);
      // Build-tagged twins (const_linux.go / const_windows.go) may both declare a name; flags are not among them.
      if (seen && compositeLiteral(expr) && compositeLiteral(seen.tokens))
        throw new Error(`${name} is declared in ${seen.file} and ${file}`);
      vars.set(name, { file, tokens: expr });
    }
  }
  const usedFiles = new Set();

  /**
   * A flag named by a variable.
   * @param {string} name
   */
  const namedFlag = (name) => {
    const v = vars.get(name);
    if (!v) throw new Error(`flag variable ${name} not found in ${CMDS_DIR}`);
    const lit = compositeLiteral(v.tokens);
    if (!lit || lit.slice) throw new Error(`${name} in ${v.file} is not a flag literal`);
    usedFiles.add(v.file);
    return flagFrom(lit, v.file, constants);
  };

  /**
   * The flags of a `[]cli.Flag{...}` literal or of the list variable it names.
   * @param {Token[]} expr
   * @param {string} file
   * @returns {Flag[]}
   */
  const flagList = (expr, file) => {
    const toks = expr.filter((x) => x.type !== 'nl');
    const only = toks.length === 1 ? toks[0] : undefined;
    if (only?.type === 'ident') {
      const v = vars.get(only.value);
      if (!v) throw new Error(`flag list ${only.value} not found`);
      usedFiles.add(v.file);
      return flagList(v.tokens, v.file);
    }
    const lit = compositeLiteral(toks);
    if (!lit || !lit.slice || lit.type !== 'Flag')
      throw new Error(`Flags in ${file} is neither a []cli.Flag literal nor a list variable (line ${toks[0]?.line})`);
    return lit.elements.map((el) => {
      const ref = el[0]?.value === '&' ? el.slice(1) : el;
      const name = ref.length === 1 ? ref[0] : undefined;
      if (name?.type === 'ident') return namedFlag(name.value);
      const inline = compositeLiteral(el);
      if (!inline || inline.slice) throw new Error(`unreadable flag list element at ${file}:${el[0]?.line}`);
      return flagFrom(inline, file, constants);
    });
  };

  /** @param {string} fn */
  const commandFlags = (fn) => {
    for (const [file, tokens] of tokensOf) {
      const body = funcBody(tokens, fn);
      if (!body) continue;
      usedFiles.add(file);
      const ret = body.findIndex((x) => x.value === 'return');
      const lit = compositeLiteral(body.slice(ret + 1).filter((x) => x.type !== 'nl'));
      if (!lit || lit.type !== 'Command') throw new Error(`${fn} does not return a cli.Command literal`);
      const flagsField = fields(lit.elements).get('Flags');
      if (!flagsField) throw new Error(`${fn}'s command has no Flags`);
      const list = flagList(flagsField, file);
      const seen = new Set();
      for (const f of list) {
        for (const n of [f.name, ...f.aliases]) {
          if (seen.has(n)) throw new Error(`${fn}: flag name ${n} appears twice`);
          seen.add(n);
        }
      }
      return { definedBy: `${file}: ${fn}`, flags: list };
    }
    throw new Error(`${fn} not found in ${CMDS_DIR}`);
  };

  const server = commandFlags('NewServerCommand');
  const installer = installerVariables(gitDir, sha);
  const agent = commandFlags('NewAgentCommand');
  const date = git(gitDir, ['show', '-s', '--format=%cI', sha]).trim();
  return { sha, date, paths: [...usedFiles, VERSION_FILE, INSTALL_SCRIPT].sort(), server, agent, installer };
}

function main() {
  const args = process.argv.slice(2);
  /** @type {Record<string, string>} */
  const opts = { out: 'src/core/testing/k3s-flags.json', repository: 'k3s-io/k3s', 'read-from': '' };
  const out = () => opts.out ?? '-';
  const positional = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const value = args[i + 1];
      if (!(key in opts) || value === undefined) {
        console.error(`unknown option or missing value: ${a}`);
        process.exit(2);
      }
      opts[key] = value;
      i += 1;
    } else positional.push(a);
  }
  if (positional.length !== 2) {
    console.error(
      'usage: node scripts/oracles/refresh-k3s-flags.mjs <k3s checkout or git dir> <commit> [--out file] [--repository owner/name] [--read-from text]',
    );
    process.exit(2);
  }
  const [gitDir = '', commit = ''] = positional;
  const r = extractFlags(resolve(gitDir), commit);
  const data = {
    $comment:
      'Generated by scripts/oracles/refresh-k3s-flags.mjs from K3s source; do not edit by hand. Config-file keys are these names without "--".',
    source: {
      repository: opts.repository,
      commit: r.sha,
      commitDate: r.date,
      ...(opts['read-from'] ? { readFrom: opts['read-from'] } : {}),
      paths: r.paths,
      commands: { server: r.server.definedBy, agent: r.agent.definedBy },
    },
    commands: {
      server: r.server.flags,
      agent: r.agent.flags,
    },
    installer: r.installer,
  };
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (out() === '-') process.stdout.write(text);
  else {
    writeFileSync(out(), text);
    console.log(
      `k3s flags: ${String(r.server.flags.length)} server, ${String(r.agent.flags.length)} agent flags from ${String(opts.repository)}@${r.sha} → ${out()}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
