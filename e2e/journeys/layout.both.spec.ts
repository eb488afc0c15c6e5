import { drawCharts, expect, planLink, test } from '../fixtures/test';

test('the page never scrolls sideways', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 300, arch: 's390x' }));
  await expect(page.getByTestId('server-card')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const lang of ['en', 'ja', 'zh']) {
  test(`at 360 px wide, in ${lang}, nothing scrolls sideways, not even with every panel open`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 300, ip: 'dual', cc: '10.42.0.0/16,2001:db8:42::/56', sc: '10.43.0.0/16,2001:db8:43::/112', lang }));
    await expect(page.getByTestId('install-order')).toBeVisible();
    await drawCharts(page);
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      });
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
