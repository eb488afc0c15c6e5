import { seriousViolations } from '../fixtures/checks';
import { axeInEveryLanguage, openFully, views } from '../fixtures/accessibility';
import { expect, planLink, test } from '../fixtures/test';

// The plan with errors, warnings and fixes at desktop width and on a phone: what a phone changes
// (the answer bar, the stacked layout, target sizes) is the same for every plan. The other plans
// are checked at desktop width only (accessibility.spec.ts).
test(`axe: ${views[1].name}, in en, ja and zh`, async ({ page }) => {
  test.setTimeout(180_000);
  await axeInEveryLanguage(page, views[1]);
});

test('axe: dark theme, with the charts and a failing field', async ({ page }) => {
  // A full check of the whole page, with its charts: more than the default on a busy machine.
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFully(page, planLink(views[1].params));
  await page.getByRole('textbox', { name: 'Servers', exact: true }).fill('abc');
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('when the rules file fails', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });
  test('axe: the page that explains it', async ({ page }) => {
    await page.route('**/data/rules/seed-2026.12.json', (route) => route.fulfill({ status: 500, body: 'no' }));
    await page.goto(planLink({}));
    await expect(page.getByTestId('rules-error')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the theme switch overrides the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(planLink({}));
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background()).not.toBe(light);
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).toBe(light);
});
