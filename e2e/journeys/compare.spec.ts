import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import links from '../fixtures/compare-links.json' with { type: 'json' };
import { LANGUAGES, seriousViolations, sidewaysOverflow } from '../fixtures/checks';
import { expect, layOutAllPanels, planLink, planner, scrollTo, test } from '../fixtures/test';

// Three servers with embedded etcd for 200 agents, on NVMe (seed rules: 203 nodes → the Large row).
const EMBEDDED_200 = { ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 200, disk: 'nvme' } as const;

function comparison(page: Page) {
  const section = page.getByTestId('plan-comparison');
  const table = section.getByTestId('compare-table');
  return {
    section,
    table,
    /** A row's cells, plan by plan. */
    cells: (row: string): Locator => table.locator(`tr[data-row="${row}"] td`),
    row: (row: string): Locator => table.locator(`tr[data-row="${row}"]`),
    column: (n: number): Locator => table.locator(`thead th[data-column="${String(n)}"]`),
  };
}

test('compares embedded etcd with PostgreSQL for 200 agents and picks the cheaper', async ({ page }) => {
  await page.goto(planLink(EMBEDDED_200));
  const p = planner(page);
  const start = page.getByRole('button', { name: 'Compare with another plan' });
  await scrollTo(start);
  await start.click();

  // A second column, a copy of this plan: nothing differs yet.
  const c = comparison(page);
  await expect(c.table).toBeVisible();
  await expect(c.table.locator('thead th[data-column]')).toHaveCount(2);
  await expect(c.table.locator('tr[data-differs]')).toHaveCount(0);

  // Plan 2 goes into the form, and becomes PostgreSQL.
  await c.section.getByRole('button', { name: 'Edit in the form: Plan 2' }).click();
  await p.haMode('HA with an external datastore').check();
  await expect(p.datastore).toHaveValue('postgres');
  await expect(c.column(1)).toContainText('3 servers, 200 agents · HA with an external datastore · PostgreSQL');
  await expect(c.column(2)).toContainText('3 servers, 200 agents · HA with embedded etcd · etcd (embedded)');

  // The seed tables: each server 8 vCPU / 16 GB (Large, up to 250 nodes), each agent 2 vCPU / 1 GB, the
  // database host 4 vCPU / 16 GB. PostgreSQL adds a machine: 204 against 203; 3×8 + 200×2 + 4 = 428
  // against 424 vCPU; 48 + 200 + 16 = 264 against 248 GB.
  await scrollTo(c.table);
  await expect(c.cells('database')).toContainText(['1 × 4 vCPU, 16 GB', 'none (on the servers)']);
  await expect(c.cells('total-machines')).toContainText(['204', '203']);
  await expect(c.cells('total-vcpu')).toContainText(['428 vCPU', '424 vCPU']);
  await expect(c.cells('total-memory')).toContainText(['264 GB', '248 GB']);
  for (const row of ['total-machines', 'total-vcpu', 'total-memory']) {
    await expect(c.row(row)).toHaveAttribute('data-differs', 'true');
    await expect(c.cells(row).nth(1)).toHaveAttribute('data-best', 'true');
    await expect(c.cells(row).nth(0)).not.toHaveAttribute('data-best', 'true');
  }
  // Three etcd members need two and survive one failure; PostgreSQL's depends on its own replication.
  await expect(c.cells('etcd-quorum')).toContainText(['no etcd', '3 members, quorum 2']);
  await expect(c.cells('failures-tolerated')).toContainText(['as the database’s own replication allows', '1']);
  // The ports that differ: PostgreSQL's on the database host, etcd's between the servers.
  const ports = c.section.getByTestId('compare-ports');
  await expect(ports.locator('tr[data-port="tcp/5432"] td')).toHaveText(['open', 'not needed']);
  await expect(ports.locator('tr[data-port="tcp/2379-2380"] td')).toHaveText(['not needed', 'open']);

  // The chart draws both plans' totals.
  const chart = c.section.getByTestId('compare-chart');
  await scrollTo(chart);
  await expect(chart.locator('svg.recharts-surface')).toHaveCount(2);

  // The cheaper plan is embedded etcd: it goes back into the form, and the comparison is put away.
  await c.section.getByRole('button', { name: 'Edit in the form: Plan 2' }).click();
  await expect(p.datastore).toHaveValue('embedded-etcd');
  await c.section.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(c.section).toHaveCount(0);
  const url = new URL(page.url());
  expect(url.searchParams.get('ds')).toBe('embedded-etcd');
  expect(url.searchParams.has('cmp')).toBe(false);
});

test('a comparison is a link: it opens as it was made, with each plan’s own rules, and a preset joins it', async ({
  page,
}) => {
  const [first, second] = links.links;
  await page.goto(`./${second?.query ?? ''}`);
  const c = comparison(page);
  await scrollTo(c.table);
  await expect(c.table.locator('thead th[data-column]')).toHaveCount(3);
  // The seed's Medium row (53 nodes) is 4 vCPU; upstream's first row 2 CPU.
  await expect(c.cells('rules')).toContainText(['seed-2026.12', 'upstream-2026.12', 'seed-2026.12']);
  await expect(c.cells('servers')).toContainText(['3 × 4 vCPU, 8 GB', '3 × 2 vCPU, 4 GB', '5 × 4 vCPU, 8 GB']);
  // Five members survive two failures, three survive one.
  await expect(c.cells('failures-tolerated')).toHaveText(['1', '1', '2 ★ · best']);
  await expect(c.section.getByRole('button', { name: 'Add' })).toHaveCount(0);

  // A plan edited here keeps the other plans in the link.
  await planner(page).agents.fill('60');
  await expect.poll(() => new URL(page.url()).searchParams.getAll('cmp').length).toBe(2);
  await expect(c.column(1)).toContainText('3 servers, 60 agents');

  // Removing one, then adding a preset in its place.
  await c.section.getByRole('button', { name: 'Remove: Plan 3' }).click();
  await expect(c.table.locator('thead th[data-column]')).toHaveCount(2);
  // Back undoes it, Forward does it again.
  await page.goBack();
  await expect(c.table.locator('thead th[data-column]')).toHaveCount(3);
  await page.goForward();
  await expect(c.table.locator('thead th[data-column]')).toHaveCount(2);
  await c.section.getByLabel('Plan to add').selectOption({ label: 'HA, external PostgreSQL' });
  await c.section.getByRole('button', { name: 'Add' }).click();
  await expect(c.column(3)).toContainText('2 servers, 200 agents · HA with an external datastore · PostgreSQL');

  // The same link in a fresh page shows the same comparison.
  const link = page.url();
  await page.goto(link);
  await scrollTo(c.table);
  await expect(c.column(3)).toContainText('2 servers, 200 agents');
  await expect(c.cells('rules')).toContainText(['seed-2026.12', 'upstream-2026.12', 'seed-2026.12']);

  // An old single-plan link opens as it always did: one plan, no comparison.
  await page.goto(`./${first?.query.split('&cmp=')[0] ?? ''}`);
  await scrollTo(page.getByRole('button', { name: 'Compare with another plan' }));
  await expect(c.section).toHaveCount(0);
});

test('the comparison downloads as JSON with its published schema, and prints in the report', async ({ page }) => {
  const [first] = links.links;
  await page.goto(`./${first?.query ?? ''}`);
  const c = comparison(page);
  await scrollTo(c.table);
  const downloading = page.waitForEvent('download');
  await c.section.getByRole('button', { name: 'Download comparison (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('k3s-comparison-2-plans.json');
  const json = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    $schema: string;
    plans: { input: { cluster: { datastore: string } } }[];
    rows: { id: string; best: number[] }[];
  };
  expect(json.plans.map((x) => x.input.cluster.datastore)).toEqual(['embedded-etcd', 'postgres']);
  // 3×8 + 400 = 424 against 2×8 + 400 + 4 = 420 vCPU: the second plan (index 1) has fewer.
  expect(json.rows.find((r) => r.id === 'total-vcpu')?.best).toEqual([1]);
  const schema = await page.request.get(json.$schema);
  expect(schema.ok()).toBe(true);
  expect(((await schema.json()) as { title: string }).title).toBe('k3s-sizer comparison of plans, format 1');

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(c.table).toBeVisible();
  await expect(c.section.getByTestId('compare-ports')).toBeVisible();
  await expect(c.section.getByTestId('compare-chart')).toBeHidden();
  await expect(c.section.getByRole('button', { name: 'Stop comparing' })).toBeHidden();
});

test('the comparison in en, ja and zh: axe clean, nothing sideways at 360 px', async ({ page }) => {
  // One page per language, read at desktop width and then at 360 px: three languages' work, in
  // the time three journeys had.
  test.setTimeout(180_000);
  const [, second] = links.links;
  const c = comparison(page);
  for (const lang of LANGUAGES) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./${second?.query ?? ''}&lang=${lang}`);
    for (const [name, width] of [
      ['desktop', 1280],
      ['360', 360],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await scrollTo(c.table);
      await expect(c.section.getByTestId('compare-chart').locator('svg.recharts-surface').first()).toBeVisible();
      await layOutAllPanels(page);
      expect(await sidewaysOverflow(page), `${lang} ${name}`).toBeLessThanOrEqual(0);
      expect(
        await seriousViolations(page, { include: ['[data-testid="plan-comparison"]'] }),
        `${lang} ${name}`,
      ).toEqual([]);
    }
  }
});

test('prices each plan’s machines and marks the cheaper month', async ({ page }) => {
  // Monthly prices typed for the EC2 types the roles take (m6i.2xlarge for 8 vCPU / 16 GB servers,
  // t3.small for 2 vCPU / 1 GB agents, m6i.xlarge for the 4 vCPU / 16 GB database host).
  const prices = (...ps: string[]) => ps.map((p) => `aws-ec2/${p}:USD:month`).join(',');
  const embedded = { ...EMBEDDED_200, mpr: prices('m6i.2xlarge:200', 't3.small:15') };
  const postgres = {
    ...EMBEDDED_200,
    ha: 'ha-external',
    ds: 'postgres',
    mpr: prices('m6i.2xlarge:200', 't3.small:15', 'm6i.xlarge:100'),
  };
  const other = new URL(planLink(postgres), 'http://x/').search.slice(1);
  await page.goto(`${planLink(embedded)}&cmp=${encodeURIComponent(other)}`);
  const c = comparison(page);
  await scrollTo(c.table);
  // 3 × 200 + 200 × 15 = 3,600 USD; PostgreSQL's host adds 100.
  await expect(c.cells('monthly-cost')).toHaveText([
    '$3,600.00 (Amazon EC2, the smallest types that fit) ★ · best',
    '$3,700.00 (Amazon EC2, the smallest types that fit)',
  ]);
});
