import { expect, planLink, test } from '../fixtures/test';

const haPlan = { ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 12 };

test('printing turns the page into a plan report: inputs, sizing, findings, network, config, diagram', async ({
  page,
}) => {
  await page.goto(planLink(haPlan));
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('config-server')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  // What the report holds.
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await expect(page.getByLabel('Servers', { exact: true })).toBeVisible();
  await expect(page.getByTestId('server-card')).toBeVisible();
  await expect(page.locator('li.finding').first()).toBeVisible();
  await expect(page.getByTestId('ports-server')).toBeVisible();
  await expect(page.getByTestId('config-server')).toBeVisible();
  await expect(page.getByTestId('install-order')).toBeVisible();
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('print-link')).toContainText('ha=ha-embedded');

  // What stays on screen.
  for (const hidden of [
    page.getByRole('button', { name: 'Copy link' }),
    page.getByLabel('Language'),
    page.getByRole('navigation', { name: 'Start from a preset' }),
    page.getByTestId('install-script'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('radio', { name: 'Single server', exact: true })).toBeHidden();
});

test('the report prints on A4 and on Letter with every section and no page wider than the paper', async ({ page }) => {
  await page.goto(planLink(haPlan));
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('config-server')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    // Nothing in the report reaches past the printable width of the sheet (A4: 210 − 24 mm).
    const printable = format === 'A4' ? (210 - 24) * (96 / 25.4) : (215.9 - 24) * (96 / 25.4);
    await page.setViewportSize({ width: Math.floor(printable), height: 1000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, format).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1'), format).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, format).toBeGreaterThanOrEqual(2);
    // 17 to 19 pages for this plan with the machines and day-2 sections (A4 and Letter); a runaway
    // (a break before every element, blank pages) is far more.
    expect(pages, format).toBeLessThanOrEqual(25);
    await test.info().attach(`report-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
  }
});
