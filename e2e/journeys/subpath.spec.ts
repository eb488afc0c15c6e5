import { readFile } from 'node:fs/promises';
import { expect, openSection, planner, test } from '../fixtures/test';

// Runs in the sub-path build (tag @subpath): nothing may assume the site lives at /. Every other
// journey is the same page at the root.
test('the whole app works from its base path @subpath', async ({ page, baseURL }) => {
  await page.goto('./');
  const p = planner(page);
  await expect(p.serverCard).toBeVisible();
  await p.agents.fill('60');
  await expect(p.summary).toContainText('60 agents');
  expect(new URL(page.url()).pathname).toBe(new URL(baseURL ?? '').pathname);

  // A preset link stays under the base path.
  await page.getByRole('link', { name: /HA, embedded etcd/ }).click();
  await expect(p.servers).toHaveValue('3');

  // The lazily loaded install panel and the JSON plan's schema link resolve under it too.
  await openSection(page, 'install');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plan (JSON)' }).click();
  const plan = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as { $schema: string };
  expect(plan.$schema).toBe(new URL('schema/plan.v1.json', baseURL).href);
  const schema = await page.request.get(plan.$schema);
  expect(schema.ok()).toBe(true);
});
