import { expect, layOutAllPanels, openAllSections, planLink, test } from '../fixtures/test';

// At desktop and phone width; at 360 px in every language: layout-360.phone.spec.ts.

test('the page never scrolls sideways', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-external', ds: 'postgres', s: 2, a: 300, arch: 's390x' }));
  await openAllSections(page);
  await expect(page.getByTestId('install-order')).toBeAttached();
  await layOutAllPanels(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the results' jump links land on their panel, the first time too, while the panels above it load", async ({
  page,
}) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 50 }));
  // The page runs; nothing below the first screen has loaded yet.
  await expect(page.getByRole('textbox', { name: 'Servers', exact: true })).toBeEnabled();
  await expect(page.getByTestId('install-order')).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // Install first: the machines and diagrams panels just above it load as it comes into view and
  // grow by screens.
  for (const [link, panel] of [
    ['Install', '#install'],
    ['Network', '#network'],
    ['Findings', '#findings-title'],
    ['Diagrams', '#diagrams'],
    ['Sizing', '#sizing'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    if (link === 'Install') await expect(page.getByTestId('visuals-panel')).toBeAttached();
    // Below the sticky navigation (4rem of scroll margin), not a screen further down.
    await expect
      .poll(() => page.locator(panel).evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
        message: `${link} lands on ${panel}`,
      })
      .toBe(64);
  }
});
