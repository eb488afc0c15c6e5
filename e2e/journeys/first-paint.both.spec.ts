import { expect, planLink, planner, test } from '../fixtures/test';

/** Holds back the app's scripts, so the page shows what it paints before they run. */
// The app takes over the built page at desktop and phone width (the diagrams differ); what the page
// shows without its script: first-paint-no-script.spec.ts.
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
