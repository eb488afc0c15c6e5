import { drawCharts, expect, planLink, test } from '../fixtures/test';

/**
 * At desktop and phone width: the diagrams fit the page without sideways scrolling, their type stays
 * readable (screenshots for review: `npm run screenshots`).
 */
test('the diagrams fit the screen and stay readable', async ({ page }) => {
  await page.goto(
    planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 10000, reg: 'k3s.example.com', dbh: 'db.lan' }),
  );
  const panel = page.getByTestId('visuals-panel');
  await drawCharts(page);
  await expect(panel.getByTestId('chart-quorum').locator('svg.recharts-surface').first()).toBeVisible();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  for (const id of ['topology-svg', 'registration-svg']) {
    const svg = panel.getByTestId(id);
    const box = await svg.boundingBox();
    if (!box) throw new Error(`${id} not drawn`);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${id} fits the width`).toBeLessThanOrEqual(viewport.width);
    // The smallest type on screen: font size times the drawing's scale.
    const smallest = await svg.evaluate((el) => {
      const svgEl = el as SVGSVGElement;
      const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
      const sizes = [...svgEl.querySelectorAll('text')].map(
        (t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * scale,
      );
      return Math.min(...sizes);
    });
    expect(smallest, `${id}: smallest type on screen`).toBeGreaterThanOrEqual(7);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
