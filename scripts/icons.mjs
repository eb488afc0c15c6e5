// Draws the installed app's icons from public/favicon.svg with headless Chromium:
//
//   node scripts/icons.mjs
//
// writes public/icons/: icon-192.png and icon-512.png (the favicon as it is, transparent corners),
// icon-maskable-512.png (full-bleed background, the mark inside the maskable safe zone: the circle
// of 40% of the size around the centre, where every platform's mask keeps it) and
// apple-touch-icon-180.png (full-bleed, no transparency: iOS rounds the corners itself).
// Run it again when the favicon changes, and commit the PNG files.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const favicon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
const outDir = resolve(root, 'public/icons');

const rect = /<rect\b[^>]*\/>/.exec(favicon)?.[0];
const fill = rect ? /fill="([^"]+)"/.exec(rect)?.[1] : undefined;
if (!rect || !fill) throw new Error('public/favicon.svg: expected a background <rect … fill="…"/>');
const mark = favicon
  .replace(/^<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(rect, '');

/**
 * The mark on a square background that fills the whole icon, scaled about the centre.
 * @param {number} scale
 */
const fullBleed = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/>` +
  `<g transform="translate(16 16) scale(${String(scale)}) translate(-16 -16)">${mark}</g></svg>`;

// The mark's farthest point from the centre is the dot's edge, about 13.1 of 32 units (0.41):
// at 0.85 it is 0.35 of the size, inside the safe zone's 0.4.
const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon, transparent: true },
  { file: 'icon-512.png', size: 512, svg: favicon, transparent: true },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.85), transparent: false },
  { file: 'apple-touch-icon-180.png', size: 180, svg: fullBleed(0.9), transparent: false },
];

mkdirSync(outDir, { recursive: true });
const executablePath = chromiumExecutable();
const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const svg = icon.svg.replace('<svg ', `<svg width="${String(icon.size)}" height="${String(icon.size)}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({
      path: resolve(outDir, icon.file),
      omitBackground: icon.transparent,
      clip: { x: 0, y: 0, width: icon.size, height: icon.size },
    });
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
