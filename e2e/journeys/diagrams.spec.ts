import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { drawCharts, expect, openSection, planLink, planner, test } from '../fixtures/test';

/** Every text drawn in an SVG, in document order. */
const svgTexts = (svg: Locator): Promise<string[]> =>
  svg.locator('text, tspan').evaluateAll((els) => els.map((e) => e.textContent.trim()).filter(Boolean));

function diagrams(page: Page) {
  const panel = page.getByTestId('visuals-panel');
  return {
    panel,
    topology: panel.getByTestId('topology-svg'),
    registration: panel.getByTestId('registration-svg'),
    topologyText: panel.getByTestId('topology-text'),
    node: (kind: string) => panel.getByTestId('topology-svg').locator(`[data-kind="${kind}"]`),
  };
}

test('single server with SQLite: one server holding SQLite, the agents, 6443 and the node ports', async ({ page }) => {
  await page.goto(planLink({ s: 1, a: 3 }));
  await openSection(page, 'diagrams');
  const d = diagrams(page);
  await expect(d.topology).toBeVisible();
  await expect(d.node('server')).toHaveCount(1);
  await expect(d.node('agent')).toHaveCount(3);
  await expect(d.node('datastore')).toHaveCount(0);
  await expect(d.node('registration')).toHaveCount(0);
  const texts = await svgTexts(d.topology);
  expect(texts).toEqual(expect.arrayContaining(['server-1', 'SQLite', 'agent-1', 'agent-3', '6443/tcp', '8472/udp']));
  expect(texts.join(' ')).not.toContain('2379-2380');
  // The same content for screen readers.
  await expect(d.topology).toHaveAccessibleName('Cluster topology');
  await expect(d.topology).toHaveAccessibleDescription(/ports each connection uses/);
  await expect(d.topologyText.locator('li')).toContainText(['server-1, SQLite']);
});

test('embedded etcd: three members, the first with cluster-init, the quorum, 2379-2380 between servers', async ({
  page,
}) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 5 }));
  await openSection(page, 'diagrams');
  const d = diagrams(page);
  await expect(d.node('server')).toHaveCount(3);
  const first = d.topology.locator('[data-node="server-1"]');
  await expect(first).toContainText('server-1');
  await expect(first).toContainText('cluster-init');
  await expect(d.topology.locator('[data-node="server-2"]')).not.toContainText('cluster-init');
  const texts = await svgTexts(d.topology);
  expect(texts).toEqual(
    expect.arrayContaining([
      'etcd quorum 2 of 3, survives 1 failure',
      '2379-2380/tcp',
      '6443/tcp',
      '8472/udp',
      '× 5 agents',
    ]),
  );
  await expect(d.node('agent-pool')).toHaveCount(1);
  // The registration diagram names every server the agent's load balancer keeps.
  expect(await svgTexts(d.registration)).toEqual(
    expect.arrayContaining(['server-1', 'server-2', 'server-3', '127.0.0.1:6444', '2 · 6443/tcp']),
  );
  await expect(page.getByTestId('registration-steps').locator('li')).toHaveCount(5);
});

test('external PostgreSQL behind a registration address: the database box, 5432 from the servers, the fixed address', async ({
  page,
}) => {
  await page.goto(
    planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 10000, reg: 'k3s.example.com', dbh: 'db.lan' }),
  );
  await openSection(page, 'diagrams');
  const d = diagrams(page);
  await expect(d.node('datastore')).toContainText('PostgreSQL');
  await expect(d.node('datastore')).toContainText('db.lan');
  await expect(d.node('registration')).toContainText('k3s.example.com');
  const texts = await svgTexts(d.topology);
  expect(texts).toEqual(expect.arrayContaining(['5432/tcp', '6443/tcp', '× 10,000 agents']));
  expect(texts.join(' ')).not.toContain('2379-2380');
  // Ten thousand agents are one pool box, not ten thousand boxes.
  await expect(d.node('agent')).toHaveCount(0);
  await expect(d.node('agent-pool')).toHaveCount(1);
  expect(await d.topology.locator('rect').count()).toBeLessThan(20);
  // The database charts appear with an external datastore.
  await drawCharts(page);
  await expect(page.getByTestId('chart-database-vcpu').locator('svg.recharts-surface').first()).toBeVisible();
});

test('the diagrams follow the form as it changes', async ({ page }) => {
  await page.goto(planLink({ s: 1, a: 2 }));
  await openSection(page, 'diagrams');
  const p = planner(page);
  const d = diagrams(page);
  await expect(d.node('agent')).toHaveCount(2);
  await p.haMode('HA with embedded etcd').check();
  await p.servers.fill('5');
  await expect(d.node('server')).toHaveCount(5);
  expect(await svgTexts(d.topology)).toEqual(
    expect.arrayContaining(['etcd quorum 3 of 5, survives 2 failures', '2379-2380/tcp']),
  );
  await p.agents.fill('40');
  await expect(d.node('agent-pool')).toContainText('× 40 agents');
  await expect(d.node('agent')).toHaveCount(0);
});

test('SVG and PNG downloads are valid images of the diagram', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 5 }));
  await openSection(page, 'diagrams');
  const d = diagrams(page);
  await expect(d.topology).toBeVisible();

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG: Cluster topology' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('k3s-topology.svg');
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  // A standalone document the browser parses without errors, with the diagram's own text in it.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      ns: root.namespaceURI,
      errors: doc.getElementsByTagName('parsererror').length,
      width: root.getAttribute('width'),
      text: root.textContent,
    };
  }, svg);
  expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', errors: 0 });
  expect(Number(parsed.width)).toBeGreaterThan(100);
  expect(parsed.text).toContain('2379-2380/tcp');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG: How an agent joins' }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('k3s-registration.png');
  const png = await readFile(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: twice the diagram's drawing size.
  const viewBox = (await d.registration.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
  expect(png.readUInt32BE(16)).toBe(Math.ceil((viewBox[2] ?? 0) * 2));
  expect(png.readUInt32BE(20)).toBe(Math.ceil((viewBox[3] ?? 0) * 2));
});

test('charts draw with axis labels and offer their numbers as tables', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 120 }));
  const ids = ['chart-server-vcpu', 'chart-server-memory', 'chart-pods-ipv4', 'chart-quorum', 'chart-cost'];
  await drawCharts(page);
  for (const id of ids) await expect(page.getByTestId(id).locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('chart-database-vcpu')).toHaveCount(0);
  await expect(page.getByTestId('chart-server-vcpu')).toContainText('Agents (log scale)');
  await expect(page.getByTestId('chart-server-memory')).toContainText('Memory (GB)');
  await expect(page.getByTestId('chart-pods-ipv4')).toContainText('subnets run out');

  const quorum = page.getByTestId('chart-quorum');
  await quorum.getByText('The numbers as a table').click();
  const rows = quorum.locator('tbody tr');
  await expect(rows).toHaveCount(9);
  // One to nine members: quorum floor(n/2)+1, tolerated n − quorum.
  await expect(rows.nth(2).locator('td')).toHaveText(['3', '2', '1']);
  await expect(rows.nth(3).locator('td')).toHaveText(['4', '3', '1']);
  await expect(rows.nth(4).locator('td')).toHaveText(['5', '3', '2']);

  const pods = page.getByTestId('chart-pods-ipv4');
  await pods.getByText('The numbers as a table').click();
  await expect(pods).toContainText('run out at 256 nodes');

  // A tooltip appears on hover.
  const plot = page.getByTestId('chart-quorum').locator('.recharts-wrapper');
  // The pointer over the middle of the plot, scrolled on screen as a reader's would be.
  await plot.hover();
  await expect(page.getByTestId('chart-quorum').locator('.recharts-tooltip-wrapper')).toContainText('members');
});

test('a chart out of sight keeps its drawing through edits and shows the latest plan when it comes back', async ({
  page,
}) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 20 }));
  await drawCharts(page);
  const quorum = page.getByTestId('chart-quorum');
  const marker = quorum.locator('.recharts-reference-line line');
  await expect(marker).toHaveCount(1);
  const before = Number(await marker.getAttribute('x1'));

  // Edit the plan at the top of the page, with the charts far below the screen.
  const p = planner(page);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await p.servers.fill('5');
  await expect(page.getByTestId('plan-summary')).toContainText('5 servers');
  // The table, the chart's text alternative, follows every edit even out of sight.
  await quorum.getByText('The numbers as a table').evaluate((summary) => {
    (summary.parentElement as HTMLDetailsElement).open = true;
  });
  // Its row for the plan's member count is marked as the current one.
  await expect(quorum.locator('tbody tr[aria-current="true"] td').first()).toHaveText('5');
  // The plot, out of sight, was not redrawn.
  expect(Number(await marker.getAttribute('x1'))).toBe(before);

  // Back in view, the plan's marker has moved from three members to five.
  await quorum.scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await marker.getAttribute('x1'))).toBeGreaterThan(before);
});
