// The flag reader over a tiny made-up repository laid out like K3s's (no K3s code): named and
// inline flags, a flag list variable, aliases old and new, hidden and deprecated flags, and a
// command it cannot read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFlags, tokenize } from './refresh-k3s-flags.mjs';

const FILES: Record<string, string> = {
  'pkg/version/version.go':
    'package version\n\nimport "strings"\n\nvar (\n\tProgram      = "k3s"\n\tProgramUpper = strings.ToUpper(Program)\n)\n',
  'pkg/cli/cmds/log.go': `package cmds

var (
	// a comment with { braces } and "quotes"
	LogFile = &cli.StringFlag{
		Name:    "log",
		Aliases: []string{"l"},
		Usage:   "(logging) Log to file",
	}
)
`,
  'pkg/cli/cmds/server.go': `package cmds

var ServerConfig Server

var ServerFlags = []cli.Flag{
	LogFile,
	&cli.StringSliceFlag{
		Name:  "cluster-cidr",
		Usage: "(networking) CIDRs, e.g. {a,b}",
	},
	&cli.BoolFlag{
		Name:    "cluster-init",
		EnvVars: []string{version.ProgramUpper + "_CLUSTER_INIT"},
	},
	&cli.BoolFlag{
		Name:   "disable-agent",
		Hidden: true,
	},
	cli.StringFlag{
		Name:  "no-deploy,n",
		Usage: "(deprecated) use --disable",
	},
	&cli.IntFlag{Name: "https-listen-port", Value: 6443},
}

func NewServerCommand(action func(*cli.Context) error) *cli.Command {
	return &cli.Command{
		Name:   "server",
		Action: action,
		Flags:  ServerFlags,
	}
}
`,
  'pkg/cli/cmds/agent.go': `package cmds

func NewAgentCommand(action func(ctx *cli.Context) error) *cli.Command {
	x := map[string]int{"a": 1}
	_ = x
	return &cli.Command{
		Name: "agent",
		Flags: []cli.Flag{
			LogFile,
			&cli.DurationFlag{Name: "timeout"},
		},
	}
}
`,
  'install.sh':
    "#!/bin/sh\n# INSTALL_K3S_VERSION INSTALL_K3S_EXEC UNINSTALL_K3S_SH\nsh -c export | grep -E '^(K3S|CONTAINERD)_' > env\n",
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-k3s-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'fake');
  return dir;
}

describe('refresh-k3s-flags', () => {
  it('tokenises Go: comments dropped, raw strings and runes kept whole', () => {
    const t = tokenize('a := `x{y}` // c {\nb := \'{\' /* d\n */ "q\\"}"');
    expect(t.filter((x) => x.type !== 'nl').map((x) => x.value)).toEqual(['a', ':=', 'x{y}', 'b', ':=', "'{'", 'q"}']);
  });

  it("reads each command's flags from its Flags list, through variables, with kinds, aliases, env vars and marks", () => {
    const r = extractFlags(repo(FILES), 'HEAD');
    expect(r.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(r.paths).toEqual([
      'install.sh',
      'pkg/cli/cmds/agent.go',
      'pkg/cli/cmds/log.go',
      'pkg/cli/cmds/server.go',
      'pkg/version/version.go',
    ]);
    expect(
      r.server.flags.map((f) => [
        f.name,
        f.kind,
        f.aliases.join(','),
        f.envVars.join(','),
        f.hidden,
        f.deprecated,
        f.definedIn,
      ]),
    ).toEqual([
      ['log', 'string', 'l', '', false, false, 'pkg/cli/cmds/log.go'],
      ['cluster-cidr', 'string-slice', '', '', false, false, 'pkg/cli/cmds/server.go'],
      ['cluster-init', 'bool', '', 'K3S_CLUSTER_INIT', false, false, 'pkg/cli/cmds/server.go'],
      ['disable-agent', 'bool', '', '', true, false, 'pkg/cli/cmds/server.go'],
      ['no-deploy', 'string', 'n', '', false, true, 'pkg/cli/cmds/server.go'],
      ['https-listen-port', 'int', '', '', false, false, 'pkg/cli/cmds/server.go'],
    ]);
    expect(r.agent.flags.map((f) => `${f.name}:${f.kind}`)).toEqual(['log:string', 'timeout:duration']);
    expect(r.installer).toEqual({
      path: 'install.sh',
      variables: ['INSTALL_K3S_EXEC', 'INSTALL_K3S_VERSION'],
      passedToService: ['K3S_', 'CONTAINERD_'],
    });
  });

  it('stops on what it cannot read instead of writing a partial list', () => {
    const agent = FILES['pkg/cli/cmds/agent.go'] ?? '';
    expect(() =>
      extractFlags(
        repo({ ...FILES, 'pkg/cli/cmds/agent.go': agent.replace('&cli.DurationFlag', '&cli.FancyFlag') }),
        'HEAD',
      ),
    ).toThrow(/unknown flag type cli.FancyFlag/);
    expect(() =>
      extractFlags(repo({ ...FILES, 'pkg/cli/cmds/agent.go': agent.replace('LogFile,', 'MissingFlag,') }), 'HEAD'),
    ).toThrow(/MissingFlag not found/);
    expect(() =>
      extractFlags(
        repo({
          ...FILES,
          'pkg/cli/cmds/agent.go': agent.replace('Flags: []cli.Flag{', 'Flags: append(x, y), Other: []cli.Flag{'),
        }),
        'HEAD',
      ),
    ).toThrow(/neither a \[\]cli.Flag literal nor a list variable/);
  });
});
