import { expect, planLink, test } from '../fixtures/test';

test('the page never scrolls sideways', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 300, arch: 's390x' }));
  await expect(page.getByTestId('server-card')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
