import { readFile } from 'node:fs/promises';
import { expect, openSection, planLink, planner, scrollTo, test } from '../fixtures/test';

test('from workloads to the whole plan: agents counted from pods, shapes compared, kept in the link and the JSON plan', async ({
  page,
}) => {
  // Two workloads, a reload, a download and the shapes chart: more than the default on a busy machine.
  test.setTimeout(60_000);
  const p = planner(page);
  await page.goto(planLink({}));
  await page.getByLabel('Size agents from workloads').check();
  await page.getByRole('button', { name: 'Add a workload' }).click();
  const web = page.getByRole('group', { name: 'Workload 1' });
  await web.getByLabel('Name').fill('web');
  await web.getByLabel('Replicas').fill('30');
  await web.getByLabel('CPU request per pod (millicores)').fill('250');
  await web.getByLabel('Memory request per pod (MiB)').fill('512');
  await expect(page).toHaveURL(/[?&]wg=web%3A30%3A250%3A512(&|$)/);

  // By hand, with no DaemonSets and a 70% target: a 2 vCPU / 4 GB agent has 1970m and 3721 MiB
  // allocatable, room for 5 such pods → 6 agents, 34% unrequested, less than any other shape;
  // plus one spare.
  const card = page.getByTestId('workloads-card');
  await expect(card.getByTestId('workloads-summary')).toHaveText(
    '30 pods requesting 7.5 vCPU and 15 GB → 7 agents of 2 vCPU / 4 GB (6 packed + 1 spare).',
  );
  await expect(card.locator('tr[data-shape="cloud-2x4"]')).toContainText('recommended');
  await expect(card.locator('tr[data-shape="cloud-8x32"] td').first()).toHaveText('3');
  // The plan sizes for those agents.
  await expect(p.summary).toContainText('1 server, 7 agents');
  await expect(p.agentCard.locator('.figure')).toContainText('2 vCPU');
  await expect(p.agentCard.locator('.figure')).toContainText('4 GB');
  await expect(p.field('Agents')).toContainText('Set by workload planning: 7 agents.');

  // N+0 and a bigger shape chosen by hand.
  await page.getByLabel('Spare agents').selectOption('0');
  await page.getByLabel('Shape the plan uses').selectOption('cloud-8x32');
  await expect(p.summary).toContainText('1 server, 2 agents');
  await expect(card.getByTestId('workloads-summary')).toContainText('2 agents of 8 vCPU / 32 GB');

  // A pod no shape can hold is an error that names it.
  await page.getByRole('button', { name: 'Add a workload' }).click();
  const ml = page.getByRole('group', { name: 'Workload 2' });
  await ml.getByLabel('Name').fill('trainer');
  await ml.getByLabel('CPU request per pod (millicores)').fill('64000');
  await expect(p.finding('workloads.pod-too-big')).toContainText('A “trainer” pod fits on no agent');
  await ml.getByRole('button', { name: 'Remove trainer' }).click();
  await expect(p.finding('workloads.pod-too-big')).toHaveCount(0);

  // The link carries it all.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Workload 1' }).getByLabel('Replicas')).toHaveValue('30');
  await expect(p.summary).toContainText('1 server, 2 agents');

  // And so does the JSON plan.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plan (JSON)' }).click();
  const plan = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    input: { workloads: { enabled: boolean; groups: { name: string }[]; spares: number; shape: string } };
  };
  expect(plan.input.workloads).toMatchObject({
    enabled: true,
    groups: [{ name: 'web' }],
    spares: 0,
    shape: 'cloud-8x32',
  });

  // The shapes compared, as a chart with its table.
  await openSection(page, 'diagrams');
  await scrollTo(page.getByTestId('charts'));
  const chart = page.getByTestId('chart-shapes');
  await scrollTo(chart);
  await expect(chart.locator('svg.recharts-surface')).toHaveCount(4);
  await expect(chart.locator('tbody tr')).toHaveCount(4);
  await expect(chart.locator('tbody tr').filter({ hasText: '8 vCPU / 32 GB' })).toContainText('2');

  await card.scrollIntoViewIfNeeded();
});

test('a workload link opens with its pods, and a broken group is reported and dropped to the default', async ({
  page,
}) => {
  await page.goto(planLink({ wl: 1, wg: 'web:30:250:512,api:6:500:1024', wsp: 2 }));
  await expect(page.getByTestId('workloads-card').locator('tbody tr')).toHaveCount(4);
  await page.goto(planLink({ wl: 1, wg: 'web:thirty:250:512' }));
  await expect(page.getByTestId('url-notices')).toContainText('wg');
  await expect(page.getByTestId('workloads-card')).toContainText('Add a workload to count agents from it.');
});

test('servers that also run workloads take pods before agents are counted; dedicated ones do not', async ({ page }) => {
  const p = planner(page);
  // 3 HA servers of 2 vCPU / 4 GB (seed edition) hold 3 web pods each (see plan-workloads.test.ts).
  await page.goto(
    planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, wl: 1, wg: 'web:30:250:512', wsh: 'cloud-2x4', wsp: 0 }),
  );
  await expect(page.getByTestId('workloads-servers')).toContainText('takes 9 pods before any agent is counted');
  await expect(p.summary).toContainText('3 servers, 5 agents');
  await page.getByLabel('Server role').selectOption('dedicated');
  await expect(page.getByTestId('workloads-servers')).toHaveText(
    'The servers run no workloads (dedicated or agentless), so only agents are counted.',
  );
  await expect(p.summary).toContainText('3 servers, 6 agents');
});

test('a shape of the reader’s own is compared with the presets, kept in the link, and can be removed', async ({
  page,
}) => {
  const p = planner(page);
  await page.goto(planLink({ wl: 1, wg: 'web:30:250:512', wsp: 0, wsh: 'cloud-8x32' }));
  const card = page.getByTestId('workloads-card');
  await expect(card.locator('tr[data-shape="cloud-8x32"] td').first()).toHaveText('2');

  await page.getByRole('button', { name: 'Add a shape of your own' }).click();
  const own = page.getByRole('group', { name: 'Your shape 1' });
  // The size of the 8 vCPU / 32 GB preset packs as that preset does.
  await own.getByLabel('vCPU').fill('8');
  await own.getByLabel('Memory (GB)').fill('32');
  await expect(own.getByLabel('Processor class')).toHaveValue('x86-server');
  const row = card.locator('tr[data-shape="custom-1"]');
  await expect(row.locator('th')).toContainText('Your shape 1: 8 vCPU, 32 GB');
  await expect(row.locator('td').first()).toHaveText('2');
  await expect(page).toHaveURL(/[?&]wcs=8%3A32%3Ax86-server(&|$)/);

  // Chosen by hand, it sizes the plan; after a reload it is still there.
  await own.getByLabel('vCPU').fill('16');
  await own.getByLabel('Memory (GB)').fill('64');
  await page.getByLabel('Shape the plan uses').selectOption('custom-1');
  await expect(card.getByTestId('workloads-summary')).toContainText('of Your shape 1 (');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Your shape 1' }).getByLabel('vCPU')).toHaveValue('16');
  await expect(page.getByLabel('Shape the plan uses')).toHaveValue('custom-1');

  // Removed, the plan goes back to the recommended preset.
  await page.getByRole('button', { name: 'Remove Your shape 1' }).click();
  await expect(page.getByRole('group', { name: 'Your shape 1' })).toHaveCount(0);
  await expect(page.getByLabel('Shape the plan uses')).toHaveValue('best');
  await expect(p.summary).toContainText('1 server, 2 agents');
  await expect(page).not.toHaveURL(/wcs=/);
});
