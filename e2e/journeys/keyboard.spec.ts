import type { Locator, Page } from '@playwright/test';
import { expect, planLink, planner, test } from '../fixtures/test';

/** The focused element shows a focus ring: an outline or a box-shadow that is not nothing. */
async function focusIsVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing is focused';
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none';
    return outline || shadow ? null : `no focus ring on <${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`;
  });
}

/**
 * Presses Tab until `target` has focus, checking every stop on the way shows where focus is (one
 * round trip to the page per stop: the ring check and the arrival check together).
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 400): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const stop = await handle.evaluate((wanted) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { problem: 'nothing is focused', reached: false };
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return {
        problem: ring ? null : `no focus ring on <${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`,
        reached: el === wanted,
      };
    });
    expect(stop.problem).toBeNull();
    if (stop.reached) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('the whole plan can be made with the keyboard alone, focus always visible', async ({ page }) => {
  // A few hundred key presses, each checked: a long journey by nature.
  test.setTimeout(90_000);
  const p = planner(page);
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 600, cc: '10.42.0.0/20' }));
  await expect(p.serverCard).toBeVisible();

  // The first stop skips the header and the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  expect(await focusIsVisible(page)).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results')).toBeFocused();

  // From the top again (the plan is in the link): counts are typed, choices made with arrows and space.
  await page.reload();
  await expect(p.serverCard).toBeVisible();
  await tabTo(page, p.servers);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]s=5(&|$)/);

  await tabTo(page, page.getByLabel('Disk under the datastore'));
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/[?&]disk=/);

  const traefik = page.getByLabel('Traefik ingress controller');
  await tabTo(page, traefik);
  await page.keyboard.press('Space');
  await expect(traefik).not.toBeChecked();
  await expect(page).toHaveURL(/[?&]traefik=0(&|$)/);

  // A finding's fix is applied from the keyboard: the pod CIDR grows and the error goes.
  const cidrError = p.finding('network.pod-subnets-exhausted');
  await expect(cidrError).toBeVisible();
  await tabTo(page, cidrError.getByRole('button', { name: /^Apply:/ }).first());
  await page.keyboard.press('Enter');
  await expect(cidrError).toHaveCount(0);
  await expect(page).not.toHaveURL(/cc=10\.42\.0\.0%2F20/);

  // The plan downloads from the keyboard.
  await page.reload();
  await expect(p.serverCard).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download plan (JSON)' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // And the language changes from the keyboard too.
  await tabTo(page, page.getByLabel('Language'), 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByLabel('サーバー', { exact: true })).toHaveValue('5');
});
