import type { Page } from '@playwright/test';
import { expect, planLink, planner, test } from '../fixtures/test';

/** Holds back the app's scripts, so the page shows what it paints before they run. */
async function withoutScripts(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

test.describe('the built page paints before the script runs', () => {
  test('the first visit paints the default plan from the HTML, then the app takes it over in place', async ({
    page,
  }) => {
    const html = await (await page.request.get('./')).text();
    expect(html).toContain('data-testid="plan-summary"');
    expect(html).toMatch(/1 server/);

    await page.goto('./');
    const plan = planner(page);
    await expect(plan.summary).toContainText('1 server');
    // Hydrated, not replaced: the same element stays and answers to input.
    const summary = await plan.summary.elementHandle();
    await plan.servers.fill('3');
    await plan.haMode('HA with embedded etcd').check();
    await expect(plan.summary).toContainText('3 servers');
    expect(await summary.evaluate((el) => el.isConnected)).toBe(true);
    // The panels below the first screen follow.
    await expect(plan.portsFor('server')).toBeVisible();
  });

  test.describe('with the scripts held back', () => {
    test.use({ allowConsoleErrors: [/Failed to load resource/] });

    test('an English first visit reads the default plan', async ({ page }) => {
      await withoutScripts(page);
      await page.goto('./');
      const plan = planner(page);
      await expect(plan.summary).toBeVisible();
      await expect(plan.serverCard).toBeVisible();
      await expect(plan.form).toBeVisible();
      // And says that the page could not finish loading.
      await expect(page.getByRole('alert').filter({ hasText: 'could not load its script' })).toBeVisible();
    });

    test('a link to another plan shows only the title until its own plan is drawn', async ({ page }) => {
      await withoutScripts(page);
      await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3 }));
      await expect(page.getByRole('heading', { name: 'k3s-sizer', level: 1 })).toBeVisible();
      await expect(planner(page).summary).toBeHidden();
      await expect(planner(page).form).toBeHidden();
      await expect(page.getByLabel('Language')).toBeHidden();
    });

    test('a Japanese reader never sees the English page', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: 'ja-JP', ...(baseURL ? { baseURL } : {}) });
      const page = await context.newPage();
      await withoutScripts(page);
      await page.goto('./');
      await expect(page.locator('#root')).toBeAttached();
      await expect(page.getByRole('heading', { name: 'k3s-sizer', level: 1 })).toBeHidden();
      await expect(page.getByTestId('plan-summary')).toBeHidden();
      await context.close();
    });
  });

  test('a Japanese reader gets the Japanese page, drawn by the app', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ja-JP', ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByTestId('plan-summary')).toContainText('サーバー');
    await expect(page.locator('#root > header')).toHaveCount(1);
    await context.close();
  });

  test('a kept plan comes back on the next visit, over the built page', async ({ page }) => {
    await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3 }));
    await expect(planner(page).summary).toContainText('3 servers');
    await page.goto('./');
    await expect(planner(page).summary).toContainText('3 servers');
    await expect(page.locator('#root > header')).toHaveCount(1);
  });
});
