// Makes sure the oracle tests' tools exist before the unit tests start (see README, "How the plan
// is checked"): shellcheck, and Debian's python3 with PyYAML, ufw, firewalld's and jsonschema's Python modules.
// Only what is missing is installed, and only on Debian/Ubuntu as root (apt-get); elsewhere it
// names the packages and goes on: the oracle tests then skip with the reason (or fail with CI=true).
//
// ufw is installed disabled: debconf is told `ufw/enable false` first, and the package only
// enables its service unit, which does nothing while /etc/ufw/ufw.conf says ENABLED=no. No rule is
// added and no firewall is started. firewalld itself (the daemon) is not installed: the oracles
// use its Python library, python3-firewall.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Each tool: how to tell it is here, and the Debian package that brings it. */
const TOOLS = [
  { name: 'shellcheck', pkg: 'shellcheck', here: () => spawnSync('shellcheck', ['--version']).status === 0 },
  { name: 'PyYAML', pkg: 'python3-yaml', here: () => imports('yaml') },
  { name: 'ufw', pkg: 'ufw', here: () => imports('ufw.frontend') },
  { name: 'firewalld (Python)', pkg: 'python3-firewall', here: () => imports('firewall.core.rich') },
  { name: 'jsonschema (Python)', pkg: 'python3-jsonschema', here: () => imports('jsonschema') },
];

/** @param {string} module */
function imports(module) {
  return spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

function ufwEnabled() {
  try {
    return /^ENABLED=yes/m.test(readFileSync('/etc/ufw/ufw.conf', 'utf8'));
  } catch {
    return false;
  }
}

const missing = TOOLS.filter((t) => !t.here());
if (missing.length === 0) {
  console.log(`oracle tools: ${TOOLS.map((t) => t.name).join(', ')} present`);
  process.exit(0);
}

const packages = [...new Set(missing.map((t) => t.pkg))];
const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isDebian || !isRoot) {
  console.warn(
    `oracle tools: missing ${missing.map((t) => t.name).join(', ')}; install ${packages.join(' ')} (Debian/Ubuntu: apt-get install ${packages.join(' ')}). The oracle tests skip without them, and fail with CI=true.`,
  );
  process.exit(0);
}

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const ufwWasEnabled = ufwEnabled();
try {
  console.log(`oracle tools: installing ${packages.join(' ')} (apt-get)…`);
  if (packages.includes('ufw'))
    execFileSync('debconf-set-selections', { input: 'ufw ufw/enable boolean false\n', env });
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
} catch (e) {
  console.error(
    `oracle tools: apt-get failed (${e instanceof Error ? e.message : String(e)}); the oracle tests will skip, or fail with CI=true.`,
  );
  process.exit(0);
}
if (ufwEnabled() && !ufwWasEnabled) {
  console.error(
    'oracle tools: ufw came up enabled after installing it; that must not happen here. Run `ufw disable` if this machine should not filter traffic.',
  );
  process.exit(1);
}
const still = TOOLS.filter((t) => !t.here());
console.log(
  still.length === 0 ? 'oracle tools: ready' : `oracle tools: still missing ${still.map((t) => t.name).join(', ')}`,
);
