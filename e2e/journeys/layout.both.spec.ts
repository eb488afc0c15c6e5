import { drawCharts, expect, layOutAllPanels, planLink, test } from '../fixtures/test';

test('the page never scrolls sideways', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 300, arch: 's390x' }));
  await expect(page.getByTestId('install-order')).toBeAttached();
  await layOutAllPanels(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const lang of ['en', 'ja', 'zh']) {
  test(`at 360 px wide, in ${lang}, nothing scrolls sideways, not even with every panel open`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    // Long inputs everywhere: IPv6 ranges, host names, a registration address, an external etcd
    // cluster, firewall rules per range, and findings that quote them.
    await page.goto(
      planLink({
        ha: 'ha-external',
        ds: 'external-etcd',
        s: 2,
        a: 300,
        ip: 'dual',
        cc: '10.42.0.0/16,2001:cafe:1234:5678::/56',
        sc: '10.43.0.0/16,2001:db8:abcd:ef01:2345::/112',
        nn: '2001:db8:ffff:eeee::/64,192.168.100.0/24',
        dbh: 'etcd-member-number-one.example.internal,etcd-member-number-two.example.internal,etcd-3.example.internal',
        reg: 'kubernetes-api.production.cluster.example.internal',
        sn: 'control-plane-node-{n}.datacenter-one.example.internal',
        fw: 'firewalld',
        spegel: 1,
        lang,
      }),
    );
    await expect(page.getByTestId('install-order')).toBeVisible();
    await drawCharts(page);
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      });
    });
    await layOutAllPanels(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Nothing reaches past the screen's edge either, outside the blocks that scroll on their own
    // (code, wide tables): a clipped panel would hide overflow from the page's width.
    const past = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const inScroller = (el: Element) => {
        for (let e = el.parentElement; e; e = e.parentElement) {
          const x = getComputedStyle(e).overflowX;
          if (x === 'auto' || x === 'scroll') return true;
        }
        return false;
      };
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > width + 0.5 && !inScroller(el);
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${el.textContent.slice(0, 60)}`);
    });
    expect(past).toEqual([]);
  });
}

test("the results' jump links land on their panel, the first time too, while the charts above it load", async ({
  page,
}) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 50 }));
  await expect(page.getByTestId('install-order')).toBeAttached();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // Install first: the charts just above it load as it comes into view and grow by a screen or more.
  for (const [link, panel] of [
    ['Install', '#install'],
    ['Network', '#network'],
    ['Findings', '#findings-title'],
    ['Diagrams', '#diagrams'],
    ['Sizing', '#sizing'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    if (link === 'Install') await expect(page.locator('figure.chart svg.recharts-surface').first()).toBeVisible();
    // Below the sticky navigation (4rem of scroll margin), not a screen further down.
    await expect
      .poll(() => page.locator(panel).evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
        message: `${link} lands on ${panel}`,
      })
      .toBe(64);
  }
});
