import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';
const [query, out, width = '1280'] = process.argv.slice(2);
const executablePath = chromiumExecutable();
const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(`http://127.0.0.1:4500/${query}`);
await page.waitForSelector('[data-testid="server-card"]');
await page.evaluate(() => document.documentElement.classList.add('in-page-jump'));
const panel = page.getByTestId('day2-panel');
await panel.waitFor({ timeout: 20000 });
await page.waitForTimeout(800);
const box = await panel.boundingBox();
const seg = Number(process.argv[5] ?? 1300);
let i = 0;
for (let y = box.y; y < box.y + box.height; y += seg, i += 1) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), fullPage: true, clip: { x: box.x, y, width: box.width, height: Math.min(seg, box.y + box.height - y) } });
}
console.log('segments', i, 'height', box.height);
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log(out, 'overflow', overflow);
await browser.close();
