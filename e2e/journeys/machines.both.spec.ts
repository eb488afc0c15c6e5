import { ARM_HA, machinesViolations, noSidewaysScroll } from '../fixtures/machines';
import { expect, openSection, planLink, test } from '../fixtures/test';

// At desktop and phone width (the phone's own, 412 px); Japanese and Chinese at 360 px in
// machines-translated.phone.spec.ts.

test('finds the smallest arm64 machine for the servers, chooses it, prices it and labels the nodes', async ({
  page,
}) => {
  // The catalog, a reload and the install panel: more than the default on a busy machine.
  test.setTimeout(60_000);
  await page.goto(planLink({ ...ARM_HA, lang: 'en' }));
  // The catalog is not part of the start-up: nothing asked for it yet.
  const catalogRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/machines/')) catalogRequests.push(r.url());
  });
  await expect(page.getByTestId('plan-summary')).toContainText('3 servers, 50 agents');
  expect(catalogRequests).toEqual([]);

  const panel = await openSection(page, 'machines');
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
  expect(await machinesViolations(panel, page)).toEqual([]);

  // The link reproduces the choice: the panel loads at once, and the agents' file labels their nodes.
  await page.reload();
  await expect(page.getByTestId('machines').getByLabel('Machine type for the servers')).toHaveValue(
    'aws-ec2/m7g.xlarge',
  );
  await expect(page.getByTestId('machines-cost')).toContainText('$2,857.41');
  await openSection(page, 'install');
  await expect(page.getByTestId('config-agent')).toContainText('node.kubernetes.io/instance-type=m7g.large');
  await expect(page.getByTestId('config-server-init')).toContainText('node.kubernetes.io/instance-type=m7g.xlarge');
});
