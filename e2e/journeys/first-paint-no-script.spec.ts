import type { Page } from '@playwright/test';
import { expect, planLink, planner, test } from '../fixtures/test';

// What the built page shows before (here: without) its script, read at desktop and at phone width
// in the same page: the HTML is the same, only the style sheet's layout differs.

/** Holds back the app's scripts, so the page shows what it paints before they run. */
async function withoutScripts(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 412, height: 915 },
] as const;

test.describe('the built page paints before the script runs, with the scripts held back', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('an English first visit reads the default plan', async ({ page }) => {
    await withoutScripts(page);
    await page.goto('./');
    const plan = planner(page);
    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await expect(plan.summary, name).toBeVisible();
      await expect(plan.serverCard, name).toBeVisible();
      await expect(plan.form, name).toBeVisible();
      // And says that the page could not finish loading.
      await expect(page.getByRole('alert').filter({ hasText: 'could not load its script' }), name).toBeVisible();
    }
  });

  test('a link to another plan shows only the title until its own plan is drawn', async ({ page }) => {
    await withoutScripts(page);
    await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3 }));
    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await expect(page.getByRole('heading', { name: 'k3s-sizer', level: 1 }), name).toBeVisible();
      await expect(planner(page).summary, name).toBeHidden();
      await expect(planner(page).form, name).toBeHidden();
      await expect(page.getByLabel('Language'), name).toBeHidden();
    }
  });

  test('a Japanese reader never sees the English page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ja-JP', ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await withoutScripts(page);
    await page.goto('./');
    await expect(page.locator('#root')).toBeAttached();
    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await expect(page.getByRole('heading', { name: 'k3s-sizer', level: 1 }), name).toBeHidden();
      await expect(page.getByTestId('plan-summary'), name).toBeHidden();
    }
    await context.close();
  });
});
