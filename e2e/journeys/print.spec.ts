import type { Page } from '@playwright/test';
import { expect, planLink, test } from '../fixtures/test';

const haPlan = { ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 12 };

/**
 * Prints from the keyboard, as a reader who has not scrolled: the panels further down load only when
 * reached, and the Print shortcut loads them first. The browser's print dialog is replaced by what
 * it does to the page (the beforeprint event), and counted.
 */
async function printFromKeyboard(page: Page) {
  await page.evaluate(() => {
    const w = window as Window & { printed?: number };
    w.printed = 0;
    w.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      w.printed = (w.printed ?? 0) + 1;
    };
  });
  // The page is running (its controls take input) before the shortcut is pressed.
  await expect(page.getByRole('textbox', { name: 'Servers', exact: true })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+P');
  await expect.poll(() => page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
}

test('printing turns the page into a plan report: inputs, sizing, findings, network, config, diagram', async ({
  page,
}) => {
  await page.goto(planLink(haPlan));
  // Nothing below the first screen has loaded: the reader has not scrolled.
  await expect(page.getByTestId('config-server')).toHaveCount(0);
  await printFromKeyboard(page);

  // What the report holds.
  await expect(page.getByRole('form', { name: 'Your cluster' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Servers', exact: true })).toBeVisible();
  await expect(page.getByTestId('server-card')).toBeVisible();
  await expect(page.locator('li.finding').first()).toBeVisible();
  await expect(page.getByTestId('ports-server')).toBeVisible();
  await expect(page.getByTestId('config-server')).toBeVisible();
  await expect(page.getByTestId('install-order')).toBeVisible();
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('day2-panel')).toBeVisible();
  await expect(page.getByTestId('machines')).toBeVisible();
  // What loads when reached was loaded for the print: the other edition's answer, the machine catalog.
  await expect(page.getByText('Loading the other edition for comparison…')).toHaveCount(0);
  await expect(page.getByTestId('machines').getByRole('table').first()).toBeVisible();
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
  await printFromKeyboard(page);
  await expect(page.getByTestId('topology-svg')).toBeVisible();
  await expect(page.getByTestId('config-server')).toBeVisible();
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
