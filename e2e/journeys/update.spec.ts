import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import type { Locale } from '../../src/i18n/types';
import { UPDATE_TEXTS } from '../../src/i18n/update-text';
import { zh } from '../../src/i18n/zh';
import { expect, planLink, planner, test, watchPage } from '../fixtures/test';
import { nextVersion, serveSite, type StaticSite } from '../fixtures/static-site';

// A new version deployed while the planner is open: the page says so and offers to reload, never
// reloads by itself, and the plan survives the reload. The site is served by the journey itself
// (the build as GitHub Pages serves it, on a port of its own) so that it can deploy the next version
// to the same address. Runs in the sub-path build (@subpath); the offline journey checks the worker's
// scope at the root too.

const outDir = resolve(import.meta.dirname, '../..', process.env.E2E_OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';

let site: StaticSite;
let context: BrowserContext;
const problems: string[][] = [];

test.beforeEach(async ({ browser }, testInfo) => {
  site = await serveSite(outDir, base);
  context = await browser.newContext({ baseURL: site.url, viewport: testInfo.project.use.viewport ?? null });
});

test.afterEach(async () => {
  await context.close();
  await site.close();
  expect(problems.flat(), 'console errors or uncaught exceptions').toEqual([]);
  problems.length = 0;
});

async function openTab(link: string): Promise<Page> {
  const page = await context.newPage();
  problems.push(await watchPage(page, site.url));
  await page.goto(link);
  await expect(planner(page).serverCard).toBeVisible();
  return page;
}

/** Waits until the service worker controls the page: it has precached the app and taken over. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 20_000,
  });
}

const notice = (page: Page) => page.getByTestId('update-notice');

test('a new version is offered, not forced; Reload brings it in and keeps the plan @subpath', async () => {
  // Two versions of the worker install and five tabs open: more than one page's worth of work.
  test.setTimeout(60_000);
  // The reader plans an HA cluster and edits it.
  const editing = await openTab(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 40 }));
  await offlineReady(editing);
  const p = planner(editing);
  await p.agents.fill('60');
  await expect(p.summary).toContainText('60 agents');
  await editing.evaluate(() => {
    (window as { notReloaded?: boolean }).notReloaded = true;
  });

  // A new version is deployed; a second tab opens the site, and the browser finds the new worker.
  site.deploy(await nextVersion(outDir, 'v2'));
  const other = await openTab('./');
  await other.evaluate(() => {
    (window as { notReloaded?: boolean }).notReloaded = true;
  });

  // Both tabs say so, politely: a status message, focus left where it was.
  for (const tab of [editing, other]) {
    await expect(notice(tab)).toBeVisible();
    await expect(tab.getByRole('status').filter({ has: notice(tab) })).toContainText(
      'A new version of k3s-sizer is ready',
    );
    await expect(notice(tab).getByRole('button', { name: 'Reload' })).toBeVisible();
  }
  await expect(p.agents).toHaveValue('60');
  const axe = await new AxeBuilder({ page: editing })
    .include('[data-testid="update-offer"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The notice speaks the page's language, and follows the Language menu; at desktop and phone width.
  const catalogs = { en, ja, zh };
  let shownIn: Locale = 'en';
  for (const locale of ['ja', 'zh', 'en'] as const) {
    await other.getByLabel(catalogs[shownIn].preferences.language, { exact: true }).selectOption(locale);
    shownIn = locale;
    await expect(notice(other)).toContainText(UPDATE_TEXTS[locale].title);
    await expect(notice(other).getByRole('button', { name: UPDATE_TEXTS[locale].reload })).toBeVisible();
    await other.setViewportSize({ width: 360, height: 760 });
    await expect(notice(other)).toBeInViewport({ ratio: 1 });
    await other.setViewportSize({ width: 1280, height: 900 });
  }

  // Later puts it off in the other tab; the reader carries on editing; nothing reloads.
  await notice(other).getByRole('button', { name: 'Later' }).click();
  await expect(notice(other)).toBeHidden();
  await p.servers.fill('5');
  await expect(p.summary).toContainText('5 servers');
  expect(await editing.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(editing.locator('meta[name="k3s-sizer-build"]')).toHaveCount(0);

  // Reload: the new version takes over, the page reloads into it, with the plan as it was.
  await notice(editing).getByRole('button', { name: 'Reload' }).click();
  await expect(editing.locator('meta[name="k3s-sizer-build"]')).toHaveAttribute('content', 'v2');
  expect(await editing.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
  await expect(p.servers).toHaveValue('5');
  await expect(p.agents).toHaveValue('60');
  await expect(p.haMode('HA with embedded etcd')).toBeChecked();
  await expect(notice(editing)).toBeHidden();

  // The other tab, whose code is now the old one, is told again, and still not reloaded.
  await expect(notice(other)).toBeVisible();
  expect(await other.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // After the update: the bare address brings back the last plan from this browser, and an old
  // link opens with the rules edition it pins.
  const bare = await openTab('./');
  await expect(planner(bare).servers).toHaveValue('5');
  await expect(planner(bare).agents).toHaveValue('60');
  await expect(bare.locator('meta[name="k3s-sizer-build"]')).toHaveAttribute('content', 'v2');
  const old = await openTab(planLink({ rules: 'seed-2026.11', s: 1, a: 5 }));
  await expect(planner(old).edition).toHaveValue('seed-2026.11');
  await expect(planner(old).agents).toHaveValue('5');
  await expect(old.getByTestId('superseded-notice')).toBeVisible();
});
