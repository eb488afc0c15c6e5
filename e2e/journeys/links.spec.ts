import { readFile, writeFile } from 'node:fs/promises';
import { defaultPlanInput } from '../../src/core/model/plan-input';
import { presetPlan, type PresetId } from '../../src/core/model/presets';
import { encodePlan } from '../../src/url/plan-url';
import links from '../fixtures/links.json' with { type: 'json' };
import { expect, planLink, planner, test } from '../fixtures/test';

const PRESETS: [PresetId, string, string][] = [
  ['pi-home-lab', 'Raspberry Pi home lab', '3 servers, 0 agents · HA with embedded etcd'],
  ['edge-device', 'Single-node edge device', '1 server, 0 agents · Single server'],
  ['ci-dev', 'CI or dev server', '1 server, 0 agents · Single server'],
  ['ha-embedded-20', 'HA, embedded etcd', '3 servers, 20 agents · HA with embedded etcd'],
  ['ha-postgres-200', 'HA, external PostgreSQL', '2 servers, 200 agents · HA with an external datastore · PostgreSQL'],
  ['large-800', 'Large cluster', '3 servers, 800 agents · HA with an external datastore · PostgreSQL'],
  ['dual-stack-wireguard', 'Dual-stack, encrypted', '3 servers, 10 agents · HA with embedded etcd'],
];

test('every preset opens its plan, as a click and as a link', async ({ page }) => {
  await page.goto('./');
  const p = planner(page);
  const defaults = defaultPlanInput('seed-2026.12');
  for (const [id, name, summary] of PRESETS) {
    const link = page.getByRole('link', { name: new RegExp(name) });
    await link.click();
    await expect(p.summary).toContainText(summary);
    await expect(link).toHaveAttribute('aria-current', 'true');
    // Its link is the preset's plan as the link codec writes it: src/url/preset-links.test.ts reads
    // each back as that plan, and the command-line journey opens each in the page.
    await expect(link).toHaveAttribute('href', `?${encodePlan(presetPlan(id, 'seed-2026.12'), defaults)}`);
  }
  // The large preset fits its 803 nodes; the Pi lab is told to use an SSD.
  await page.getByRole('link', { name: /Large cluster/ }).click();
  await expect(p.finding('network.pod-subnets-exhausted')).toHaveCount(0);
  await page.getByRole('link', { name: /Raspberry Pi home lab/ }).click();
  await expect(p.finding('disk.flash-under-etcd')).toContainText('etcd on SD card');
  // And as a link opened in a fresh page: the Pi lab's plan again.
  const href = await page.getByRole('link', { name: /Raspberry Pi home lab/ }).getAttribute('href');
  await page.goto(`./${href ?? ''}`);
  await expect(p.summary).toContainText(PRESETS[0]?.[2] ?? 'missing');
});

test('edit, reload: the same plan; a bare address brings back the last plan', async ({ page }) => {
  await page.goto('./');
  const p = planner(page);
  await p.agents.fill('37');
  await p.haMode('HA with embedded etcd').check();
  await page.reload();
  await expect(p.summary).toContainText('3 servers, 37 agents');

  await page.goto('./');
  await expect(p.summary).toContainText('3 servers, 37 agents');
  const notices = page.getByTestId('url-notices');
  await expect(notices).toContainText('This is the plan you last worked on in this browser.');
  await notices.getByRole('button', { name: 'Start from the defaults' }).click();
  await expect(p.summary).toContainText('1 server, 2 agents');

  // A link that names a plan wins over the kept one.
  await p.agents.fill('9');
  await page.goto(planLink({ a: 5 }));
  await expect(p.summary).toContainText('1 server, 5 agents');
});

test('reset to defaults', async ({ page }) => {
  await page.goto(planLink({ s: 3, a: 40, ha: 'ha-embedded', ds: 'embedded-etcd', fb: 'host-gw' }));
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(planner(page).summary).toHaveText('1 server, 2 agents · Single server · SQLite (embedded)');
  await expect(page).toHaveURL(/\?v=1&rules=seed-2026\.12&lang=en$/);
});

test('a downloaded plan imports back; a broken one is refused with the reasons', async ({ page }, testInfo) => {
  await page.goto(planLink({ s: 2, a: 77, ha: 'ha-external', ds: 'mysql', dbh: 'db.lan' }));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plan (JSON)' }).click();
  const saved = await (await downloading).path();
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  const p = planner(page);
  await expect(p.summary).toContainText('1 server, 2 agents');

  await page.setInputFiles('input[type="file"]', saved);
  await expect(p.summary).toContainText('2 servers, 77 agents · HA with an external datastore · MySQL');
  await expect(p.form.getByLabel('Database host')).toHaveValue('db.lan');

  const broken = testInfo.outputPath('broken-plan.json');
  const plan = JSON.parse(await readFile(saved, 'utf8')) as { input: { cluster: { servers: number } } };
  plan.input.cluster.servers = -1;
  await writeFile(broken, JSON.stringify(plan));
  await page.setInputFiles('input[type="file"]', broken);
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('That file is not a valid k3s-sizer plan; nothing was imported');
  await expect(error).toContainText('cluster.servers');
  await expect(p.summary).toContainText('2 servers, 77 agents');
});

test('links published with format 1 keep loading', async ({ page }) => {
  const p = planner(page);
  for (const link of links.links) {
    await page.goto(`./${link.query}`);
    await expect(p.summary).toHaveText(link.summary);
    await expect(page.getByTestId('url-notices')).toHaveCount(0);
  }
});

test('an old link opens with the rules it pins, says what the newer rules correct, and one click plans with them', async ({
  page,
}) => {
  const p = planner(page);
  await page.goto(
    planLink({ rules: 'seed-2026.11', ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 5, arch: 's390x' }),
  );
  const notice = page.getByTestId('superseded-notice');
  await expect(notice).toContainText('seed-2026.12 corrects the rules this plan uses (seed-2026.11)');
  await expect(notice).toContainText('s390x: no release since December 2023 ships builds');
  // As the link was made: the old file grades s390x by its listing (a warning).
  await expect(p.finding('platform.arch-builds-ended')).toHaveClass(/finding--warning/);
  await notice.getByRole('button', { name: 'Plan with seed-2026.12' }).click();
  await expect(page).toHaveURL(/rules=seed-2026\.12/);
  await expect(notice).toHaveCount(0);
  await expect(p.finding('platform.arch-builds-ended')).toHaveClass(/finding--error/);
  await expect(p.summary).toContainText('3 servers, 5 agents');
  // The edition menu offers the current files only.
  await expect(p.edition.locator('option')).toHaveText(['Seed documents (2026.12)', 'Current upstream docs (2026.12)']);
});

test('markup in any text parameter is shown as text, never run', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const payload = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
  for (const key of ['cc', 'sc', 'nn', 'k3s', 'osv', 'reg', 'sn', 'an', 'dbh', 'dbn', 'dbu']) {
    await page.goto(planLink({ [key]: payload, s: 2, a: 1, ha: 'ha-external', ds: 'postgres' }));
    await expect(planner(page).serverCard).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('#root script')).toHaveCount(0);
  }
});
