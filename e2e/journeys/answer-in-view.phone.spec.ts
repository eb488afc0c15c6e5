import { expect, planLink, planner, test } from '../fixtures/test';

test('on a phone, the answer stays in view while the agents are edited, and one tap reaches the findings', async ({
  page,
}) => {
  const p = planner(page);
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 50 }));
  const bar = page.getByRole('navigation', { name: 'The plan at a glance' });
  // 53 nodes in the seed edition: the "Medium" row, 4 vCPU and 8 GB per server.
  await expect(bar).toContainText('Each server (×3): 4 vCPU, 8 GB');

  await p.agents.scrollIntoViewIfNeeded();
  await p.agents.fill('600');
  // 603 nodes: past the 500-node row, so the last one, 32 vCPU and 64 GB — read without scrolling.
  await expect(bar).toContainText('Each server (×3): 32 vCPU, 64 GB');
  await expect(bar).toBeInViewport();
  await expect(p.agents).toBeInViewport();

  await bar.getByRole('link', { name: /errors?,/ }).click();
  await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toBeInViewport();
});

test('on a phone, the answer bar stays off the printed report', async ({ page }) => {
  await page.goto(planLink({}));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('answer-bar')).toBeHidden();
});
