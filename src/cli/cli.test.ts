import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanJsonSchema } from '../core/plan/plan-json-schema';
import { runShellcheck } from '../core/testing/oracles';
import { oracleTest } from '../core/testing/oracle-test';
import { en } from '../i18n/en';
import { createFormatter } from '../i18n/format';
import { ja } from '../i18n/ja';
import { LOCALES } from '../i18n/types';
import { PLAN_PARAMS, encodePlanValue } from '../url/plan-url';
import { FLAG_OPTIONS, PLAN_OPTIONS, VALUE_OPTIONS } from './options';
import { EXIT } from './constants';
import { runCli } from './run';
import { valueSyntax, valueText } from './usage';
import { OTHER_LABELS, formEntry, wordsFor } from './words';

const rulesDir = fileURLToPath(new URL('../../public/data/rules/', import.meta.url));
const f = createFormatter('en');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    rulesDir,
  });
  return { code, stdout, stderr };
}

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'k3s-sizer-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('options, generated from the link codec', () => {
  it('every link key is an option, under its key and its field name, and no two options share a name', () => {
    expect(PLAN_OPTIONS.map((o) => o.key)).toEqual(PLAN_PARAMS.map((p) => p.key));
    const names = [
      ...VALUE_OPTIONS,
      ...FLAG_OPTIONS,
      ...PLAN_OPTIONS.flatMap((o) => (o.name === o.key ? [o.key] : [o.key, o.name])),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(PLAN_OPTIONS.find((o) => o.key === 's')?.name).toBe('servers');
    expect(PLAN_OPTIONS.find((o) => o.key === 'ha')?.name).toBe('ha-mode');
    expect(PLAN_OPTIONS.find((o) => o.key === 'upf')?.name).toBe('upgrade-from');
    expect(PLAN_OPTIONS.find((o) => o.key === 'ag')?.name).toBe('airgap-enabled');
    expect(PLAN_OPTIONS.find((o) => o.key === 'agra')?.name).toBe('airgap-registry-auth');
    expect(PLAN_OPTIONS.find((o) => o.key === 'bm')?.name).toBe('board-memory-gib');
    expect(PLAN_OPTIONS.find((o) => o.key === 'nm4')?.name).toBe('node-mask-v4');
    expect(PLAN_OPTIONS.find((o) => o.key === 'wl')?.name).toBe('workloads-enabled');
    expect(PLAN_OPTIONS.find((o) => o.key === 'mts')?.name).toBe('machines-server');
  });

  it('--help lists every option and exits 0', async () => {
    const { code, stdout, stderr } = await cli('--help');
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    for (const o of PLAN_OPTIONS) expect(stdout).toContain(`--${o.name}`);
    for (const o of [...VALUE_OPTIONS, ...FLAG_OPTIONS]) expect(stdout).toContain(`--${o}`);
    expect(stdout).toContain(en.form.servers.label);
    // Each field with the form's label and what its schema takes.
    expect(stdout).toMatch(/--board-memory-gib, --bm +Board memory: 1, 2, 4, 8, 16\n/);
    expect(stdout).toMatch(/--servers, --s +Servers: 1–99\n/);
  });

  it.each(LOCALES)('--help in %s says what every option is and what it takes', (locale) => {
    const w = wordsFor(locale);
    const text = w.t.usage.value.text;
    for (const option of PLAN_OPTIONS) {
      const label = formEntry(option, w)?.label ?? '';
      expect(label.trim(), option.name).not.toBe('');
      const value = valueText(option, w);
      const syntax = valueSyntax(option);
      if (syntax !== null) expect(value, option.name).toContain(syntax);
      else if (value === text) expect(option.param.encoding, option.name).toBe('text');
    }
    // A label for a key the link does not have would never be shown.
    const keys = new Set(PLAN_OPTIONS.map((o) => o.key));
    for (const key of Object.keys(OTHER_LABELS)) expect(keys.has(key), key).toBe(true);
  });

  // A value written as --help shows it, from the syntax's own words: the plan takes it, and writes it back the same.
  const SAMPLE: Readonly<Record<string, string>> = {
    name: 'web',
    replicas: '3',
    cpuMillis: '500',
    memoryMiB: '768',
    vcpu: '4',
    memoryGiB: '16',
    'provider/type': 'aws-ec2/t3.medium',
    amount: '0.0416',
    currency: 'USD',
  };
  const sample = (syntax: string): string =>
    syntax
      .split(':')
      .map((part) => (part.includes('|') && !part.includes('/') ? (part.split('|')[0] ?? '') : SAMPLE[part]))
      .join(':');
  const structured = PLAN_OPTIONS.flatMap((o) => {
    const syntax = valueSyntax(o);
    return syntax === null ? [] : [[o.name, o, sample(syntax)] as const];
  });

  it('shows the syntax of every structured value', () => {
    expect(structured.map(([name, , value]) => `--${name} ${value}`)).toEqual([
      '--workloads-groups web:3:500:768',
      '--workloads-custom 4:16:x86-server',
      '--workloads-kube-reserved 500:768',
      '--workloads-system-reserved 500:768',
      '--machines-server aws-ec2/t3.medium',
      '--machines-agent aws-ec2/t3.medium',
      '--machines-database aws-ec2/t3.medium',
      '--machines-prices aws-ec2/t3.medium:0.0416:USD:hour',
    ]);
  });

  it.each(structured)('--%s in the syntax --help shows is taken as it is', async (_name, option, value) => {
    const { code, stdout, stderr } = await cli('--workloads-enabled', '1', `--${option.name}`, value, '--json');
    expect(stderr).toBe('');
    expect(code).not.toBe(EXIT.badInput);
    const plan = PlanJsonSchema.parse(JSON.parse(stdout));
    const section = plan.input[option.param.section as keyof typeof plan.input] as Record<string, unknown>;
    expect(encodePlanValue(option.param, section[option.param.field])).toBe(value);
  });
});

describe('bad input exits 2 with the message and plans nothing', () => {
  it.each([
    [['--frobnicate'], 'Unknown option --frobnicate'],
    [['servers'], 'Unknown option servers; --help'],
    [['--server', 'aws-ec2/t3.medium'], 'Unknown option --server (did you mean --machines-server?); --help'],
    [['--enabled', '1'], 'Unknown option --enabled (did you mean --workloads-enabled or --airgap-enabled?)'],
    [['--servers'], 'The option --servers needs a value.'],
    [['--s', '3', '--servers', '3'], 'The option --servers is given more than once.'],
    [['--link', '?v=1', '--plan', 'x.json'], 'Give --link or --plan, not both.'],
    [['--lang', 'fr'], '“fr” is not one of en, ja, and zh.'],
    [['--rules', 'seed-1999.01'], 'There is no rules file “seed-1999.01”'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(EXIT.badInput);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Nothing was planned.');
  });

  it('a value the field refuses, in the words the page shows beside that field', async () => {
    // K3s needs at least one server; the form says so beside "Servers".
    const zero = await cli('--servers', '0');
    expect(zero.code).toBe(EXIT.badInput);
    expect(zero.stderr).toContain(
      `${en.form.servers.label} (--servers): ${en.form.countErrors['too-small']({ code: 'too-small', min: 1 }, f)}`,
    );
    const mode = await cli('--ha', 'active-passive');
    expect(mode.stderr).toContain(
      `${en.form.haMode.label} (--ha): “active-passive” is not one of single, ha-embedded, and ha-external.`,
    );
    const version = await cli('--k3s-version', 'v1');
    expect(version.stderr).toContain(`${en.form.k3sVersion.label} (--k3s-version): ${en.form.k3sVersion.invalid}`);
  });

  it('in the language asked for', async () => {
    const { code, stderr } = await cli('--lang', 'ja', '--servers', '0');
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toContain(ja.form.servers.label);
    expect(stderr).not.toContain('Nothing was planned.');
  });

  it('a link the page would not take as it is: unknown keys and invalid values, with the page’s notices', async () => {
    const { code, stderr } = await cli('--link', 'https://example.org/k3s-sizer/?v=1&s=3&srvs=3&cc=pods');
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toContain(en.notices.unknownParams({ names: ['srvs'] }, f));
    expect(stderr).toContain(`${en.form.clusterCidr.label} (cc): “pods” is not a valid value.`);
  });

  it('a JSON plan that is not readable, not JSON, or not a plan', async () => {
    const dir = await tempDir();
    const missing = await cli('--plan', join(dir, 'absent.json'));
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toContain(`Cannot read ${join(dir, 'absent.json')}: ENOENT`);
    await writeFile(join(dir, 'broken.json'), '{"input": ');
    const broken = await cli('--plan', join(dir, 'broken.json'));
    expect(broken.code).toBe(EXIT.badInput);
    expect(broken.stderr).toContain('That file is not JSON');
    await writeFile(
      join(dir, 'wrong.json'),
      JSON.stringify({ schemaVersion: 1, input: { cluster: { servers: 'three' } } }),
    );
    const wrong = await cli('--plan', join(dir, 'wrong.json'));
    expect(wrong.code).toBe(EXIT.badInput);
    expect(wrong.stderr).toContain(en.toolbar.importErrors.invalid());
  });
});

describe('exit status of a plan', () => {
  it('0 for a plan without errors: one server on SQLite', async () => {
    const { code, stdout, stderr } = await cli();
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toContain(en.results.summary({ servers: 1, agents: 2, mode: 'single', datastore: 'sqlite' }, f));
    expect(stdout).toContain('Link: http://127.0.0.1:5173/?v=1&rules=seed-2026.12&lang=en\n');
  });

  it('1 for a plan with errors, still printed: two servers cannot share SQLite', async () => {
    // K3s docs (datastore): embedded SQLite does not support multiple servers.
    const { code, stdout } = await cli('--servers', '2');
    expect(code).toBe(EXIT.planErrors);
    expect(stdout).toContain(`[${en.findings.severity.error}] `);
    expect(stdout).toMatch(/1 error,/);
  });
});

describe('outputs', () => {
  it('the JSON plan: the page’s schema, the link on the site it names, the named options over the link', async () => {
    const { code, stdout } = await cli(
      '--link',
      'https://example.org/k3s-sizer/?v=1&s=3&ha=ha-embedded&ds=embedded-etcd&lang=ja',
      '--agents',
      '40',
      '--json',
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout.endsWith('}\n')).toBe(true);
    const plan = PlanJsonSchema.parse(JSON.parse(stdout));
    expect(plan.$schema).toBe('https://example.org/k3s-sizer/schema/plan.v1.json');
    expect(plan.link).toBe(
      'https://example.org/k3s-sizer/?v=1&rules=seed-2026.12&s=3&a=40&ha=ha-embedded&ds=embedded-etcd&lang=ja',
    );
    expect(plan.input.cluster).toMatchObject({
      servers: 3,
      agents: 40,
      haMode: 'ha-embedded',
      datastore: 'embedded-etcd',
    });
    // The JSON plan is English whatever the language (as the page's download).
    expect(
      plan.findings.some((x) => x.message === en.findings.messages['etcd.quorum'].title(x.params as never, f)),
    ).toBe(true);
  });

  it('--plan reads a downloaded JSON plan back to the same bytes; --rules changes its edition', async () => {
    const dir = await tempDir();
    const first = await cli(
      '--link',
      'https://example.org/?v=1&s=2&a=200&ha=ha-external&ds=postgres&dbh=db.example.org',
      '--json',
    );
    await writeFile(join(dir, 'plan.json'), first.stdout);
    const again = await cli('--plan', join(dir, 'plan.json'), '--json');
    expect(again.code).toBe(first.code);
    expect(again.stdout).toBe(first.stdout);
    const upstream = await cli('--plan', join(dir, 'plan.json'), '--rules', 'upstream-2026.12', '--json');
    expect(PlanJsonSchema.parse(JSON.parse(upstream.stdout)).rules.id).toBe('upstream-2026.12');
    // An edition's name pins its current file (public/data/rules/index.json: 2026.11 is superseded by 2026.12).
    const edition = await cli('--plan', join(dir, 'plan.json'), '--rules', 'upstream', '--json');
    expect(edition.stdout).toBe(upstream.stdout);
    const superseded = await cli('--plan', join(dir, 'plan.json'), '--rules', 'seed-2026.11', '--json');
    expect(PlanJsonSchema.parse(JSON.parse(superseded.stdout)).rules.id).toBe('seed-2026.11');
  });

  it('--out writes the zip’s files with its modes: config files 0600 (they hold the token), install.sh 0755', async () => {
    const dir = join(await tempDir(), 'out');
    const { code, stdout } = await cli(
      '--s',
      '3',
      '--ha',
      'ha-embedded',
      '--ds',
      'embedded-etcd',
      '--spegel',
      '1',
      '--out',
      dir,
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`Wrote 6 files to ${dir}.`);
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([
      'config-agent.yaml',
      'config-server-init.yaml',
      'config-server.yaml',
      'install.sh',
      'k3s-plan-3-servers-2-agents.json',
      'registries.yaml',
    ]);
    const mode = async (name: string) => (await stat(join(dir, name))).mode & 0o777;
    for (const name of ['config-agent.yaml', 'config-server-init.yaml', 'config-server.yaml', 'registries.yaml'])
      expect(await mode(name)).toBe(0o600);
    expect(await mode('install.sh')).toBe(0o755);
    const json = PlanJsonSchema.parse(
      JSON.parse(await readFile(join(dir, 'k3s-plan-3-servers-2-agents.json'), 'utf8')),
    );
    expect(await readFile(join(dir, 'install.sh'), 'utf8')).toBe(json.config.installScript);
    for (const file of json.config.files) expect(await readFile(join(dir, file.fileName), 'utf8')).toBe(file.content);
  });

  oracleTest(
    'install.sh written by --out passes shellcheck (as sh), in English and Japanese',
    ['shellcheck'],
    async () => {
      const texts: string[] = [];
      for (const lang of ['en', 'ja']) {
        const dir = join(await tempDir(), lang);
        await cli(
          '--s',
          '3',
          '--ha',
          'ha-external',
          '--ds',
          'postgres',
          '--a',
          '120',
          '--fw',
          'ufw',
          '--lang',
          lang,
          '--out',
          dir,
        );
        texts.push(await readFile(join(dir, 'install.sh'), 'utf8'));
      }
      const comments = await runShellcheck(texts.map((text) => ({ shell: 'sh', text })));
      expect(comments).toEqual([[], []]);
    },
  );
});

describe('an HA mode named alone', () => {
  // K3s's HA page: embedded etcd needs an odd number of servers, at least three; an external
  // datastore two (rules: etcd.haMinServers, externalDatastore.haMinServers).
  const planOf = async (...argv: string[]) => {
    const { code, stdout } = await cli(...argv, '--json');
    return { code, input: (JSON.parse(stdout) as { input: { cluster: Record<string, unknown> } }).input.cluster };
  };

  it('takes the datastore and the fewest servers the mode needs, as choosing it in the form does', async () => {
    expect((await planOf('--ha', 'ha-embedded')).input).toMatchObject({ datastore: 'embedded-etcd', servers: 3 });
    expect((await planOf('--ha', 'ha-external')).input).toMatchObject({ datastore: 'postgres', servers: 2 });
    expect((await planOf('--ha', 'ha-external', '--datastore', 'mysql')).input).toMatchObject({
      datastore: 'mysql',
      servers: 2,
    });
  });

  it('keeps a server count or a datastore named beside it, and its findings say what is wrong', async () => {
    const two = await planOf('--ha', 'ha-embedded', '--servers', '2');
    expect(two.input).toMatchObject({ datastore: 'embedded-etcd', servers: 2 });
    expect(two.code).toBe(EXIT.planErrors);
    const sqlite = await planOf('--ha', 'ha-embedded', '--datastore', 'sqlite');
    expect(sqlite.input).toMatchObject({ datastore: 'sqlite', servers: 3 });
    expect(sqlite.code).toBe(EXIT.planErrors);
  });
});
