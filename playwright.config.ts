import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium.mjs';

const executablePath = chromiumExecutable();
const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? '/';
/**
 * The sub-path run serves its own build (see scripts/e2e-subpath.mjs) and runs the journeys tagged
 * @subpath, as GitHub Pages serves the site. The root run leaves out those that are not also
 * tagged @root (their title ends in @subpath): the whole app from its base path, and the update.
 */
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const subPath = basePath !== '/';

export default defineConfig({
  testDir: './e2e',
  ...(subPath ? { grep: /@subpath/ } : { grepInvert: /@subpath$/ }),
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Both cores (or every core a bigger machine has), locally as in CI.
  workers: '100%',
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(port)}${basePath}`,
    trace: 'retain-on-failure',
    // The journeys read English unless they choose another language.
    locale: 'en-US',
    launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testIgnore: /.*\.phone\.spec\.ts/,
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /.*\.(phone|both)\.spec\.ts/ },
  ],
  // The production build, served as GitHub Pages would serve it.
  webServer: {
    command: `npx vite preview --port ${String(port)} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${String(port)}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
