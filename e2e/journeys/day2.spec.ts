import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse, parseAllDocuments } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES, seriousViolations, sidewaysOverflow } from '../fixtures/checks';
import { expect, layOutAllPanels, openSection, planLink, scrollTo, test } from '../fixtures/test';

const HA3 = { ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 12 } as const;

/** The day-2 panel, found the way a reader finds it: through the Day 2 link of the results' navigation. */
const openDay2 = (page: Page): Promise<Locator> => openSection(page, 'day2');

/** A code block's text as the reader sees it. */
async function shown(block: Locator): Promise<string> {
  const pre = block.locator('pre').first();
  await scrollTo(pre);
  await expect.poll(() => pre.innerText()).not.toBe('');
  return `${(await pre.innerText()).trimEnd()}\n`;
}

test('plans etcd snapshots to S3 for a three-server cluster and reads the restore steps', async ({ page }) => {
  await page.goto(planLink(HA3));
  const panel = await openDay2(page);
  const warning = panel.locator('[data-code="backup.no-off-machine-copy"]');
  await expect(warning).toContainText('The snapshots of the 3 servers stay on the servers themselves');
  // K3s's defaults need no file.
  await expect(panel.getByTestId('day2-drop-in')).toContainText('there is no file to add');

  await panel.getByRole('checkbox', { name: 'Copy snapshots to S3-compatible storage' }).check();
  await panel.getByLabel('S3 endpoint').fill('minio.example.com:9000');
  await panel.getByLabel('Bucket', { exact: true }).fill('k3s-backups');
  await panel.getByLabel('Snapshots kept per server').fill('10');
  await expect(warning).toHaveCount(0);

  // The drop-in for every server, downloaded exactly as shown, reads back as K3s's keys.
  const dropIn = panel.getByTestId('day2-drop-in');
  const text = await shown(dropIn);
  expect(parse(text, { version: '1.1' })).toEqual({
    'etcd-snapshot-retention': 10,
    'etcd-s3': true,
    'etcd-s3-endpoint': 'minio.example.com:9000',
    'etcd-s3-bucket': 'k3s-backups',
    'etcd-s3-access-key': '<s3-access-key>',
    'etcd-s3-secret-key': '<s3-secret-key>',
    // The stable release has --etcd-s3-retention (from v1.34.0+k3s1, etcd-snapshot docs' S3 Retention): S3 keeps 10 too.
    'etcd-s3-retention': 10,
  });
  const downloading = page.waitForEvent('download');
  await dropIn.getByRole('button', { name: 'Download etcd-snapshots.yaml' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('etcd-snapshots.yaml');
  expect(await readFile(await download.path(), 'utf8')).toBe(text);
  await expect(dropIn).toContainText('AWS_ACCESS_KEY_ID');

  // The restore, in the docs' order: stop all, reset one (from S3 by name, or from a local file), start it, clear and start the others.
  const restore = panel.getByTestId('day2-restore-steps');
  await expect(restore.locator(':scope > li')).toHaveText([
    /Stop K3s on every server \(server-1, server-2, and server-3\)/,
    /On server-1: restore from S3/,
    /Or, on server-1: restore from a snapshot file on that server/,
    /Start K3s again on server-1/,
    /On the other servers \(server-2 and server-3\): delete the old etcd database/,
    /Start K3s on server-2 and server-3, one at a time/,
  ]);
  expect(await shown(restore.getByTestId('step-reset-from-s3'))).toBe(
    'sudo k3s server --cluster-reset --cluster-reset-restore-path="${SNAPSHOT:?set SNAPSHOT to the snapshot name}"\n',
  );
  await expect(panel.getByTestId('day2-token')).toContainText('/var/lib/rancher/k3s/server/token');

  // The link keeps the target, never a key.
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    s3: '1',
    s3e: 'minio.example.com:9000',
    s3b: 'k3s-backups',
    ret: '10',
  });
  expect(url.search).not.toMatch(/key|secret/i);
});

test('plans the upgrade from v1.30 to v1.33 for an HA cluster, one minor at a time, and downloads the upgrade plans', async ({
  page,
}) => {
  await page.goto(planLink({ ...HA3, reg: 'k3s.example.com' }));
  const panel = await openDay2(page);
  await panel.getByLabel('Upgrade from').fill('v1.30');
  await panel.getByLabel('Upgrade to').fill('v1.33');

  const path = panel.getByTestId('upgrade-path');
  await expect(path.locator('li')).toHaveText([/^v1\.31: /, /^v1\.32: .*Traefik v2 → v3/, /^v1\.33: /]);
  await expect(panel.locator('[data-code="upgrade.one-minor-at-a-time"]')).toContainText(
    'v1.30 → v1.33 takes 3 upgrades: v1.31, v1.32, and v1.33',
  );
  await expect(panel.locator('[data-code="upgrade.gate-crossed"]').first()).toBeAttached();
  await expect(panel.getByTestId('upgrade-order')).toContainText('etcd keeps its quorum with 1 of the 3 servers down');
  await expect(panel.getByTestId('upgrade-order')).toContainText('in 1 batch of at most 12');
  // The install script, server by server, the step's channel in each line.
  expect(await shown(panel.getByTestId('upgrade-step-v1.31').locator('li').first())).toContain(
    'curl -sfL https://get.k3s.io | INSTALL_K3S_CHANNEL=v1.31 sh -s - server',
  );

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download k3s-upgrade-plans.zip' }).click();
  const download = await downloading;
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(files).sort()).toEqual([
    'k3s-upgrade-v1.31.yaml',
    'k3s-upgrade-v1.32.yaml',
    'k3s-upgrade-v1.33.yaml',
  ]);
  for (const line of ['v1.31', 'v1.32', 'v1.33']) {
    const docs = parseAllDocuments(strFromU8(files[`k3s-upgrade-${line}.yaml`] ?? new Uint8Array())).map(
      (d) => d.toJS() as { metadata: { name: string }; spec: Record<string, unknown> },
    );
    expect(docs.map((d) => d.metadata.name)).toEqual(['server-plan', 'agent-plan']);
    expect(docs[0]?.spec).toMatchObject({
      concurrency: 1,
      cordon: true,
      channel: `https://update.k3s.io/v1-release/channels/${line}`,
    });
    expect(docs[1]?.spec).toMatchObject({ prepare: { args: ['prepare', 'server-plan'] } });
  }
  expect(new URL(page.url()).searchParams.get('upt')).toBe('v1.33');
});

test('a field the plan cannot take says so beside it and keeps the last good value', async ({ page }) => {
  await page.goto(planLink(HA3));
  const panel = await openDay2(page);
  const schedule = panel.getByLabel('Snapshot schedule (cron)');
  await schedule.fill('0 */12 * *');
  await expect(panel.getByRole('alert')).toContainText('Not a schedule K3s takes');
  await expect(schedule).toHaveAttribute('aria-invalid', 'true');
  // The plan keeps K3s's default meanwhile.
  await expect(panel.getByTestId('snapshot-summary')).toContainText('on the schedule 0 */12 * * *');
  expect(new URL(page.url()).searchParams.has('cron')).toBe(false);
  await schedule.fill('0 */6 * * *');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByTestId('snapshot-summary')).toContainText('on the schedule 0 */6 * * *');
});

test('a day-2 field changes only its own part of the plan, also when workloads count the agents', async ({ page }) => {
  await page.goto(planLink({ ...HA3, a: 2, wl: 1, wg: 'web:40:500:512' }));
  const panel = await openDay2(page);
  // As the page writes it once loaded (its own key order, the language).
  const before = new URL(page.url()).searchParams;
  await panel.getByRole('checkbox', { name: 'Copy snapshots to S3-compatible storage' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('s3')).toBe('1');
  const after = new URL(page.url()).searchParams;
  after.delete('s3');
  expect(after.toString()).toBe(before.toString());
});

test('the day-2 panel, air gap and tokens included, in en, ja and zh: axe clean, nothing sideways at 360 px', async ({
  page,
}) => {
  // One page per language, read at desktop width and then at 360 px: a plan with every day-2
  // section (snapshots to S3, an upgrade, an air-gapped install through a private registry).
  test.setTimeout(120_000);
  const panel = page.getByTestId('day2-panel');
  const airgap = page.getByTestId('day2-airgap');
  for (const lang of LANGUAGES) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(
      planLink({
        ...HA3,
        s3: 1,
        sdisk: 20,
        ret: 10,
        upf: 'v1.30',
        upt: 'v1.32',
        ag: 1,
        agr: 'registry.example.com:5000',
        agra: 1,
        agrc: 1,
        lang,
      }),
    );
    await openDay2(page);
    for (const [name, width] of [
      ['desktop', 1280],
      ['360', 360],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await scrollTo(panel);
      await expect(panel.getByTestId('upgrade-path')).toBeVisible();
      await expect(airgap.getByTestId('airgap-downloads')).toBeVisible();
      await expect(page.getByTestId('day2-tokens')).toBeVisible();
      await layOutAllPanels(page);
      expect(await sidewaysOverflow(page), `${lang} ${name}`).toBeLessThanOrEqual(0);
      if (name === 'desktop') {
        expect(await seriousViolations(page, { include: ['[data-testid="day2-panel"]'] }), lang).toEqual([]);
      }
    }
  }
});
