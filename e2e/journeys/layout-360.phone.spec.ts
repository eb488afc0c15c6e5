import { drawCharts, expect, layOutAllPanels, openAllSections, planLink, test } from '../fixtures/test';

// On a phone only: the page is set to 360 px, which a desktop browser at that width lays out alike
// (the layout depends on the width alone).
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
    await openAllSections(page);
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
