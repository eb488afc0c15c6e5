// Makes sure a Chromium exists for the end-to-end tests before they start.
// Order: CHROMIUM_PATH, Playwright's downloaded browser, a system Chromium; failing those,
// on Debian/Ubuntu as root it installs Debian's chromium package, elsewhere it asks Playwright to download one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium.mjs';
import { chromium } from '@playwright/test';

const found = chromiumExecutable();
if (found !== undefined || existsSync(chromium.executablePath())) {
  console.log(`browser: ${found ?? chromium.executablePath()}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
try {
  if (isDebian && isRoot) {
    console.log('browser: installing Debian chromium (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.log('browser: downloading Playwright chromium…');
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
} catch {
  console.error('browser: no Chromium found and none could be installed. Install chromium, or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log(`browser: ${chromiumExecutable() ?? chromium.executablePath()}`);
