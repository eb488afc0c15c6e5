import type { Page } from '@playwright/test';
import { seriousViolations } from '../fixtures/checks';
import { drawCharts, expect, layOutAllPanels, planLink, test } from '../fixtures/test';

/**
 * The rules whose outcome the page's language can change, where only the language changed since
 * every rule ran: accessible names (a translation can be empty or missing), the document's and
 * the parts' languages, and target sizes (longer words can squeeze a control). Structure, ARIA
 * wiring and colours come from the code and the theme, which a language switch does not touch.
 */
const LANGUAGE_RULES = [
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
  'document-title',
  'button-name',
  'link-name',
  'label',
  'select-name',
  'input-button-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'aria-command-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-tooltip-name',
  'image-alt',
  'svg-img-alt',
  'role-img-alt',
  'empty-heading',
  'empty-table-header',
  'target-size',
];

/**
 * The whole page, with its lazy panels drawn (diagrams, charts and the install panel) and every
 * panel laid out, as each is once a reader reaches it: axe measures targets, overlaps and colours
 * from the layout, which panels far from the screen do not have yet.
 */
async function openFully(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('install-order')).toBeVisible();
  await drawCharts(page);
  await layOutAllPanels(page);
}

const views = [
  { name: 'single server', params: {} },
  {
    name: 'HA etcd with errors, warnings and fixes',
    params: { ha: 'ha-embedded', ds: 'embedded-etcd', s: 2, a: 40, disk: 'sd-card', arch: 'arm64', cc: '10.42.0.0/24' },
  },
  {
    name: 'HA external database, dual-stack',
    params: {
      ha: 'ha-external',
      ds: 'postgres',
      s: 2,
      a: 300,
      ip: 'dual',
      cc: '10.42.0.0/16,2001:db8:42::/56',
      sc: '10.43.0.0/16,2001:db8:43::/112',
    },
  },
];

/** The language menu's label in each language, and a word of the form that shows the switch is done. */
const LANGUAGES = [
  { lang: 'en', html: 'en', menu: 'Language', servers: 'Servers' },
  { lang: 'ja', html: 'ja', menu: '言語', servers: 'サーバー' },
  { lang: 'zh', html: 'zh-CN', menu: '语言', servers: '服务器' },
] as const;

// One page per plan: English first, with every rule, then the same page switched to Japanese and
// to Chinese, as a reader would switch it, each checked again.
for (const view of views) {
  test(`axe: ${view.name}, in en, ja and zh`, async ({ page }) => {
    // Three full checks of the whole page: three journeys' time (and more on a busy machine).
    test.setTimeout(180_000);
    await openFully(page, planLink({ ...view.params, lang: 'en' }));
    expect(await seriousViolations(page), 'en').toEqual([]);
    let menu: string = LANGUAGES[0].menu;
    for (const { lang, html, menu: next, servers } of LANGUAGES.slice(1)) {
      await page.getByLabel(menu, { exact: true }).selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', html);
      await expect(page.getByLabel(servers, { exact: true })).toBeVisible();
      // The charts drawn in English keep their drawing through the switch (decision 014).
      await expect(page.locator('figure.chart svg.recharts-surface').first()).toBeAttached();
      expect(await seriousViolations(page, { rules: LANGUAGE_RULES }), lang).toEqual([]);
      menu = next;
    }
  });
}

test('axe: dark theme, with the charts and a failing field', async ({ page }) => {
  // A full check of the whole page, with its charts: more than the default on a busy machine.
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFully(page, planLink(views[1]?.params ?? {}));
  await page.getByLabel('Servers', { exact: true }).fill('abc');
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
