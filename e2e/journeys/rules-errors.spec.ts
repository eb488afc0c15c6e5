import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, planner, test } from '../fixtures/test';

test.use({ allowConsoleErrors: [/Failed to load resource/] });

const seedFile = '**/data/rules/seed-2026.12.json';

test('a rules file the server refuses shows what failed, and Try again recovers', async ({ page }) => {
  let fail = true;
  await page.route(seedFile, (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  );
  await page.goto('./');
  const error = page.getByTestId('rules-error');
  await expect(error).toContainText('The sizing rules could not be loaded');
  await expect(error).toContainText('The server answered 503 for the rules file seed-2026.12.json.');
  fail = false;
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(planner(page).serverCard).toBeVisible();
});

test('a rules file that breaks the schema names the broken field', async ({ page }) => {
  const seed = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/data/rules/seed-2026.12.json'), 'utf8'),
  ) as {
    hardware: { server: { minimum: { memoryMiB: number } } };
  };
  seed.hardware.server.minimum.memoryMiB = -512;
  await page.route(seedFile, (route) => route.fulfill({ json: seed }));
  await page.goto('./');
  const error = page.getByTestId('rules-error');
  await expect(error).toContainText('The rules file seed-2026.12.json does not match the rules schema:');
  await expect(error.locator('pre')).toContainText('hardware.server.minimum.memoryMiB');
});

test('a rules file that is not JSON says so', async ({ page }) => {
  await page.route(seedFile, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1,' }),
  );
  await page.goto('./');
  await expect(page.getByTestId('rules-error')).toContainText('The rules file seed-2026.12.json is not valid JSON.');
});

test('a link that pins an unpublished rules id falls back to the default and says so', async ({ page }) => {
  await page.goto('./?v=1&rules=seed-1999.1&a=4');
  await expect(page.getByTestId('url-notices')).toContainText('rules=“seed-1999.1” is not valid here');
  await expect(planner(page).summary).toContainText('4 agents');
  await expect(page).toHaveURL(/rules=seed-2026\.12/);
});
