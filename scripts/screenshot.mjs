// Screenshots of a running build for review: node scripts/screenshot.mjs <url> <out-prefix>
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'e2e/screenshots/out/page'] = process.argv.slice(2);
const executablePath = chromiumExecutable();
const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
/** @type {Array<[string, { width: number; height: number }]>} */
const viewports = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];
for (const [name, viewport] of viewports) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.error(`[${name}] console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    console.error(`[${name}] pageerror: ${err.message}`);
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid="server-card"], [data-testid="rules-error"]');
  // Every panel laid out, as an in-page link has them (panels far from the screen otherwise wait for
  // the reader to move: decision 014), and the lower panels' stages rendered.
  await page.evaluate(() => document.documentElement.classList.add('in-page-jump'));
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: true });
  console.log(`${out}-${name}.png`);
}
await browser.close();
