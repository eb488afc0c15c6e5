import type { Page } from '@playwright/test';
import { drawCharts, expect, openSection, planLink, test } from '../fixtures/test';

// What a language changes is the same at every width, but for the diagrams, drawn apart for a
// narrow page: the journeys run at desktop width, and the one that reads every text at both.

const sqliteTwoServers = { s: 2, a: 3 };

test('an English link shows English, and says so to the browser', async ({ page }) => {
  await page.goto(planLink({ ...sqliteTwoServers, lang: 'en' }));
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('li.finding[data-code="topology.sqlite-multi-server"]')).toContainText(
    'SQLite cannot serve 2 servers',
  );
});

test('a Japanese link shows the whole plan in Japanese, diagrams and findings included', async ({ page }) => {
  await page.goto(planLink({ ...sqliteTwoServers, lang: 'ja' }));
  await expect(page.getByRole('form', { name: 'クラスターの構成' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(/K3sクラスターを計画する/);
  await expect(page.getByLabel('サーバー', { exact: true })).toHaveValue('2');
  await expect(page.locator('li.finding[data-code="topology.sqlite-multi-server"]')).toContainText(
    'SQLiteではサーバー2台のクラスターを運用できません',
  );
  await openSection(page, 'diagrams');
  const topology = page.getByTestId('topology-svg');
  await expect(topology).toHaveAccessibleName('クラスターのトポロジー');
  await expect(page.getByTestId('server-card')).toContainText('vCPU');
});

test('a Chinese reader’s browser language picks Chinese; the switch changes language and keeps the plan', async ({
  browser,
  baseURL,
}, testInfo) => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    baseURL: baseURL ?? '',
    viewport: testInfo.project.use.viewport ?? null,
  });
  const page = await context.newPage();
  await page.goto(planLink({ ...sqliteTwoServers, a: 7 }));
  await expect(page.getByRole('form', { name: '你的集群' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The link now says which language it shows.
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  await expect(page.locator('li.finding[data-code="topology.sqlite-multi-server"]')).toContainText(
    'SQLite 无法支撑 2 台服务器',
  );

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page).toHaveURL(/[?&]a=7(&|$)/);
  await expect(page.getByLabel('Agents', { exact: true })).toHaveValue('7');

  // The choice outlives the page: a link without lang opens in the language chosen last.
  await page.goto('./');
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await context.close();
});

test('changing the plan keeps the language in the link, and Back keeps the language', async ({ page }) => {
  await page.goto(planLink({ lang: 'ja' }));
  const agents = page.getByLabel('エージェント', { exact: true });
  await agents.fill('12');
  await expect(page).toHaveURL(/[?&]a=12(&|$)/);
  await expect(page).toHaveURL(/[?&]lang=ja(&|$)/);
  await page.getByRole('radio', { name: '組み込みetcdによるHA', exact: true }).check();
  await expect(page).toHaveURL(/[?&]ha=ha-embedded(&|$)/);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'シングルサーバー', exact: true })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('numbers follow the language: a large cluster’s counts are grouped the local way', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 2500, lang: 'zh' }));
  await expect(page.getByTestId('plan-summary')).toContainText('2,500');
  await expect(page.getByTestId('plan-summary')).toContainText('代理节点');
});

test('an unknown language in the link is reported and the page falls back to the browser’s', async ({ page }) => {
  await page.goto(planLink({ lang: 'tlh' }));
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await expect(page.getByTestId('url-notices')).toContainText('lang=“tlh”');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});

/**
 * Text without a single CJK character but with three English words in a row, outside code, links
 * and the cited documents' own section names. Product names are the only exception.
 */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set(['Raspberry Pi OS', 'SUSE Linux Enterprise', 'Google Compute Engine']);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      if (
        !n.parentElement ||
        n.parentElement.closest('code, pre, a, noscript, [hidden], .source__section, .source__meta')
      )
        continue;
      if (/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(text) || names.has(text)) continue;
      if (/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(text)) found.push(text.slice(0, 100));
    }
    return found;
  });
}

for (const lang of ['ja', 'zh']) {
  test(`no English sentence is left on the ${lang} page, with every panel and disclosure open, wide and narrow`, async ({
    page,
  }) => {
    // Two widths' work, in the time two journeys had.
    test.setTimeout(60_000);
    await page.goto(
      planLink({
        ha: 'ha-embedded',
        ds: 'embedded-etcd',
        s: 2,
        a: 40,
        disk: 'sd-card',
        arch: 'arm64',
        cc: '10.42.0.0/24',
        lang,
      }),
    );
    await openSection(page, 'install');
    await openSection(page, 'diagrams');
    await expect(page.getByTestId('install-order')).toBeVisible();
    const topology = page.getByTestId('topology-svg');
    const wide = await topology.getAttribute('viewBox');
    // At desktop width, then at a phone's, where the diagrams are drawn for a narrow page.
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 412, 915],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (name === 'phone') await expect.poll(() => topology.getAttribute('viewBox')).not.toBe(wide);
      await drawCharts(page);
      await page.evaluate(() => {
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        });
      });
      expect(await englishLeft(page), name).toEqual([]);
    }
  });
}
