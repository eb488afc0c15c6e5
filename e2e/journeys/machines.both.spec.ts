import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, layOutAllPanels, planLink, test } from '../fixtures/test';

/** A three-server arm64 cluster with 50 agents: the seed's Medium row, 4 vCPU and 8 GB per server. */
const ARM_HA = { s: 3, a: 50, ha: 'ha-embedded', ds: 'embedded-etcd', arch: 'arm64' } as const;

/** The machines panel, reached through the results' navigation as a reader reaches it. */
async function openMachines(page: Page, nav: string): Promise<Locator> {
  // The phone's answer bar has its own links; the results' navigation is the one named Sections.
  await page
    .getByRole('navigation', { name: /^(Sections|セクション|章节)$/ })
    .getByRole('link', { name: nav, exact: true })
    .click();
  const panel = page.getByTestId('machines');
  // Its code and the catalog load only now, on a machine that may be busy.
  await expect(panel).toBeVisible({ timeout: 15_000 });
  return panel;
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function seriousViolations(panel: Locator, page: Page): Promise<string[]> {
  // Panels off screen are not laid out (their content has no size); lay every one out, as the
  // accessibility journeys do, and measure from the top of the page, where the phone's answer bar
  // covers nothing of the panel.
  await layOutAllPanels(page);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="machines"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await expect(panel).toBeVisible();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
}

test('finds the smallest arm64 machine for the servers, chooses it, prices it and labels the nodes', async ({
  page,
}) => {
  await page.goto(planLink({ ...ARM_HA, lang: 'en' }));
  // The catalog is not part of the start-up: nothing asked for it yet.
  const catalogRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/machines/')) catalogRequests.push(r.url());
  });
  await expect(page.getByTestId('plan-summary')).toContainText('3 servers, 50 agents');
  expect(catalogRequests).toEqual([]);

  const panel = await openMachines(page, 'Machines');
  const servers = panel.getByTestId('machines-server');
  // EC2 User Guide: m7g.xlarge has 4 vCPUs and 16 GiB, the smallest non-burstable arm64 type with 4 vCPUs.
  await expect(servers.getByRole('row', { name: /Amazon EC2/ })).toContainText('m7g.xlarge');
  await expect(servers.getByRole('row', { name: /Google Compute Engine/ })).toContainText(
    'No arm64 type in the catalog',
  );
  expect(catalogRequests.length).toBeGreaterThan(0);

  await panel.getByLabel('Machine type for the servers').selectOption('aws-ec2/m7g.xlarge');
  await panel.getByLabel('Machine type for the agents').selectOption('aws-ec2/m7g.large');
  await expect(page).toHaveURL(/[?&]mts=aws-ec2%2Fm7g\.xlarge(&|$)/);
  await expect(page).toHaveURL(/[?&]mta=aws-ec2%2Fm7g\.large(&|$)/);
  await expect(panel.getByTestId('machines-cost')).toContainText('type a price for');

  await panel.getByLabel('Price of m7g.xlarge', { exact: true }).fill('0.1632');
  await panel.getByLabel('Price of m7g.large', { exact: true }).fill('50');
  await panel.getByLabel('Period of the price of m7g.large').selectOption('month');
  // 3 × 0.1632 USD × 730 hours + 50 × 50 USD a month = 2,857.41 USD.
  await expect(panel.getByTestId('machines-cost')).toContainText('$2,857.41');
  await expect(page).toHaveURL(/[?&]mpr=/);

  await panel.getByRole('checkbox', { name: 'Label each node with its machine type in config.yaml' }).check();
  await expect(page).toHaveURL(/[?&]mnl=1(&|$)/);
  await noSidewaysScroll(page);
  expect(await seriousViolations(panel, page)).toEqual([]);

  // The link reproduces the choice: the panel loads at once, and the agents' file labels their nodes.
  await page.reload();
  await expect(page.getByTestId('machines').getByLabel('Machine type for the servers')).toHaveValue(
    'aws-ec2/m7g.xlarge',
  );
  await expect(page.getByTestId('machines-cost')).toContainText('$2,857.41');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Install' }).click();
  await expect(page.getByTestId('config-agent')).toContainText('node.kubernetes.io/instance-type=m7g.large');
  await expect(page.getByTestId('config-server-init')).toContainText('node.kubernetes.io/instance-type=m7g.xlarge');
});

test('finds the smallest arm64 machine for the servers in Japanese and in Chinese', async ({ page }) => {
  // The narrowest phone the layout holds at.
  await page.setViewportSize({ width: 360, height: 780 });
  // A shared link that chose m7g.large for the servers: the panel loads with it.
  await page.goto(planLink({ ...ARM_HA, mts: 'aws-ec2/m7g.large', lang: 'ja' }));
  let panel = page.getByTestId('machines');
  await expect(panel.getByTestId('machines-server').getByRole('row', { name: /Amazon EC2/ })).toContainText(
    'm7g.xlarge',
  );
  await expect(panel.getByLabel('サーバーのマシンタイプ')).toHaveValue('aws-ec2/m7g.large');
  // m7g.large: 2 vCPUs against the servers' 4.
  await expect(panel.getByTestId('machines-findings')).toContainText('サーバーに選んだ「m7g.large」では小さすぎます');
  await noSidewaysScroll(page);
  expect(await seriousViolations(panel, page)).toEqual([]);

  await page.getByLabel('言語').selectOption('zh');
  panel = page.getByTestId('machines');
  await expect(panel.getByRole('heading', { name: '机器', exact: true })).toBeVisible();
  await expect(panel.getByTestId('machines-findings')).toContainText('为服务器选择的“m7g.large”太小');
  await panel.getByLabel('服务器的实例规格').selectOption('aws-ec2/m7g.xlarge');
  await expect(panel.getByTestId('machines-findings')).not.toContainText('m7g.large”太小');
  await noSidewaysScroll(page);
  expect(await seriousViolations(panel, page)).toEqual([]);
});
