// Which Chromium the tests drive. Playwright's own download is used where it is installed;
// otherwise a system Chromium (Debian's /usr/bin/chromium), since some machines cannot download
// browsers. CHROMIUM_PATH overrides both.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function chromiumExecutable() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync(chromium.executablePath())) return undefined;
  return SYSTEM_CANDIDATES.find((p) => existsSync(p));
}

/** Flags a system Chromium needs when run as root in a sandboxed container without network. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
