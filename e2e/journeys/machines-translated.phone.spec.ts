import { ARM_HA, machinesViolations, noSidewaysScroll } from '../fixtures/machines';
import { expect, planLink, test } from '../fixtures/test';

// On a phone only: the page is set to 360 px, which a desktop browser at that width lays out alike.
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
  expect(await machinesViolations(panel, page)).toEqual([]);

  await page.getByLabel('言語').selectOption('zh');
  panel = page.getByTestId('machines');
  await expect(panel.getByRole('heading', { name: '机器', exact: true })).toBeVisible();
  await expect(panel.getByTestId('machines-findings')).toContainText('为服务器选择的“m7g.large”太小');
  await panel.getByLabel('服务器的实例规格').selectOption('aws-ec2/m7g.xlarge');
  await expect(panel.getByTestId('machines-findings')).not.toContainText('m7g.large”太小');
  await noSidewaysScroll(page);
  expect(await machinesViolations(panel, page)).toEqual([]);
});
