import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { ja } from '../../src/i18n/ja';
import { drawCharts, expect, openSection, planLink, planner, test, watchPage } from '../fixtures/test';

// Runs in the root and the sub-path builds (@subpath @root): the worker's scope and the manifest follow the base.

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env.E2E_OUT_DIR ?? 'dist');

/** Waits until the service worker controls the page: it has precached the app and taken over. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 20_000,
  });
}

test('the site can be installed, with its own icon, scoped to where it is served @subpath @root', async ({
  page,
  baseURL,
}) => {
  await page.goto('./');
  await expect(planner(page).serverCard).toBeVisible();
  await offlineReady(page);
  const base = new URL(baseURL ?? '').pathname;

  // Chromium's own verdict: no installability errors (a manifest with a name, icons of 192 and
  // 512 px, a start URL in scope, a service worker controlling it). The one it always gives here
  // is about the test browser, whose contexts are incognito, not about the site.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { url, data } = (await cdp.send('Page.getAppManifest')) as { url: string; data: string };
  const manifest = JSON.parse(data) as { scope: string; start_url: string; icons: { src: string; purpose: string }[] };
  expect(new URL(url).pathname).toBe(`${base}manifest.webmanifest`);
  expect(new URL(manifest.scope, url).pathname).toBe(base);
  expect(new URL(manifest.start_url, url).pathname).toBe(base);
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, url).href);
    expect(response.ok(), icon.src).toBe(true);
  }

  // The Content-Security-Policy allows the worker and the manifest from the site only: neither
  // directive is set, so they fall back (CSP 3: worker-src → child-src → script-src → default-src;
  // manifest-src → default-src) to sources that are the site itself or an inline script's hash.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  const effective = (chain: string[]) => directives.get(chain.find((d) => directives.has(d)) ?? '') ?? [];
  for (const chain of [
    ['worker-src', 'child-src', 'script-src', 'default-src'],
    ['manifest-src', 'default-src'],
  ]) {
    const sources = effective(chain);
    expect(sources, chain[0]).toContain("'self'");
    expect(
      sources.filter((src) => src !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(src)),
      chain[0],
    ).toEqual([]);
  }

  // The worker is the site's own file, registered for the base path only.
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { scope: r?.scope, script: r?.active?.scriptURL };
  });
  expect(registration).toEqual({ scope: new URL(base, baseURL).href, script: new URL(`${base}sw.js`, baseURL).href });

  // The page the worker keeps is the page as served (its revision is that file's MD5, as Workbox
  // computes it), prerendered plan included: an update to the page is always noticed.
  const sw = await (await page.request.get(`${base}sw.js`)).text();
  const revision = /\{url:"index\.html",revision:"([0-9a-f]{32})"\}/.exec(sw)?.[1];
  const html = await readFile(resolve(outDir, 'index.html'));
  expect(revision).toBe(createHash('md5').update(html).digest('hex'));
  // Nothing but its own files: no imported scripts from elsewhere, no runtime routes to other origins.
  expect(sw).not.toMatch(/https?:\/\//);
});

test('after one visit, the whole planner works with the network off @subpath @root', async ({
  page,
  context,
  baseURL,
}) => {
  // Two tabs, a worker install, downloads and the print report: more than the default on a busy machine.
  test.setTimeout(60_000);
  // The worker's own requests too (precaching): nothing but the site's files.
  const site = new URL(baseURL ?? '');
  const outside: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)))
      outside.push(req.url());
  });
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 40 }));
  const p = planner(page);
  await expect(p.serverCard).toBeVisible();
  await offlineReady(page);

  await context.setOffline(true);
  // Really off: the worker cannot reach the server for a file it does not keep.
  const worker = context.serviceWorkers()[0];
  expect(worker).toBeDefined();
  expect(
    await worker?.evaluate(() =>
      fetch(`./offline-probe-${String(Date.now())}`, { cache: 'no-store' }).then(
        () => 'reached',
        () => 'unreachable',
      ),
    ),
  ).toBe('unreachable');

  // The page comes back from the worker, with the plan from its link.
  await page.reload();
  await expect(p.servers).toHaveValue('3');
  await expect(p.agents).toHaveValue('40');
  await expect(p.serverFigure).toContainText('vCPU');

  // Every rules edition, the index and the published schemas are there.
  const index = JSON.parse(await readFile(resolve(root, 'public/data/rules/index.json'), 'utf8')) as {
    files: { file: string }[];
  };
  const files = [
    'data/rules/index.json',
    ...index.files.map((f) => `data/rules/${f.file}`),
    'schema/plan.v1.json',
    'schema/rules.v1.json',
    'schema/rules-index.v1.json',
  ];
  const statuses = await page.evaluate(
    (paths) => Promise.all(paths.map((path) => fetch(path).then((r) => r.status))),
    files,
  );
  expect(Object.fromEntries(files.map((f, i) => [f, statuses[i]]))).toEqual(
    Object.fromEntries(files.map((f) => [f, 200])),
  );

  // The diagrams and the charts load their code from the worker.
  await openSection(page, 'diagrams');
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await drawCharts(page);

  // The config zip downloads.
  await openSection(page, 'install');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all files (.zip)' }).click();
  const zip = unzipSync(new Uint8Array(await readFile(await (await downloading).path())));
  expect(Object.keys(zip).sort()).toEqual([
    'config-agent.yaml',
    'config-server-init.yaml',
    'config-server.yaml',
    'install.sh',
  ]);
  expect(strFromU8(zip['config-server-init.yaml'] ?? new Uint8Array())).toContain('cluster-init: true');

  // The print report.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-link')).toContainText('ha=ha-embedded');
  await expect(page.getByTestId('config-server')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A plan link opened in a new tab, pinning an older rules edition, opens with that edition.
  const tab = await context.newPage();
  const tabProblems = await watchPage(tab, baseURL);
  await tab.goto(planLink({ rules: 'seed-2026.11', s: 1, a: 5 }));
  const t = planner(tab);
  await expect(t.agents).toHaveValue('5');
  await expect(t.edition).toHaveValue('seed-2026.11');
  await expect(tab.getByTestId('superseded-notice')).toBeVisible();

  // Another language, and another edition, from the worker too.
  await tab.getByLabel('Language').selectOption('ja');
  await expect(tab.getByRole('form', { name: 'クラスターの構成' })).toBeVisible();
  await expect(tab.locator('html')).toHaveAttribute('lang', 'ja');
  await tab.getByLabel(ja.edition.label).selectOption('upstream-2026.12');
  await expect(tab).toHaveURL(/[?&]rules=upstream-2026\.12(&|$)/);
  await expect(tab.getByTestId('server-card')).toContainText('vCPU');
  await expect(tab.getByTestId('superseded-notice')).toBeHidden();
  await openSection(tab, 'install');
  const zipJa = tab.waitForEvent('download');
  await tab.getByRole('button', { name: ja.install.downloadAll }).click();
  expect((await zipJa).suggestedFilename()).toBe('k3s-config.zip');
  expect(tabProblems).toEqual([]);
  expect(outside).toEqual([]);
});
