import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLE_TOUCH_ICON, ICONS, appNavigation, cssColor, pwaOptions, webAppManifest } from './pwa';

const root = resolve(import.meta.dirname, '..');
const css = readFileSync(resolve(root, 'src/ui/styles.css'), 'utf8');

/** Width, height and colour type from a PNG's IHDR chunk (PNG spec, 11.2.2). */
function pngHeader(file: string): { width: number; height: number; colorType: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes.readUInt8(25) };
}

describe('cssColor', () => {
  it('reads the light and dark value of a light-dark() custom property', () => {
    const sheet = ':root {\n  --bg: light-dark(#F6F7F9, #0f141a);\n  --surface: light-dark(#fff, #161d25);\n}';
    expect(cssColor(sheet, 'bg')).toEqual({ light: '#f6f7f9', dark: '#0f141a' });
    expect(cssColor(sheet, 'surface')).toEqual({ light: '#fff', dark: '#161d25' });
  });

  it('refuses a property the stylesheet does not define that way', () => {
    expect(() => cssColor(':root { --bg: #fff; }', 'bg')).toThrow(/--bg/);
    expect(() => cssColor(':root { --bg-2: light-dark(#fff, #000); }', 'bg')).toThrow(/--bg/);
  });
});

describe('the web app manifest', () => {
  it.each(['/', '/k3s-sizer/'])('follows the base path %s: id, scope and start URL', (base) => {
    const manifest = webAppManifest(base, css, 'd');
    expect(manifest).toMatchObject({ id: base, scope: base, start_url: base, display: 'standalone' });
    // Relative to the manifest, which is served at the base: they resolve under it.
    for (const icon of manifest.icons ?? []) expect(icon.src).not.toMatch(/^\//);
  });

  it('takes its colours from the stylesheet: the page background and the accent the icon is drawn on', () => {
    const manifest = webAppManifest('/', css, 'd');
    expect(css).toContain(`--bg: light-dark(${String(manifest.background_color)},`);
    expect(css).toContain(`--accent: light-dark(${String(manifest.theme_color)},`);
    const favicon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
    expect(favicon).toContain(`fill="${String(manifest.theme_color)}"`);
  });

  it('has icons Chromium installs from (192 and 512 px PNG) and a maskable one, each the size it declares', () => {
    const purposes = ICONS.map((i) => `${i.sizes} ${i.type} ${i.purpose}`);
    expect(purposes).toEqual(
      expect.arrayContaining([
        '192x192 image/png any',
        '512x512 image/png any',
        '512x512 image/png maskable',
        'any image/svg+xml any',
      ]),
    );
    for (const icon of ICONS) {
      const file = resolve(root, 'public', icon.src);
      if (icon.type !== 'image/png') {
        expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
        continue;
      }
      const { width, height, colorType } = pngHeader(file);
      expect(`${String(width)}x${String(height)}`).toBe(icon.sizes);
      // A maskable icon fills its whole square: no alpha channel (colour type 2, truecolour), so
      // no corner a platform's mask could show as a hole.
      if (icon.purpose === 'maskable') expect(colorType).toBe(2);
    }
    // iOS's home-screen icon: 180 px, opaque.
    expect(pngHeader(resolve(root, 'public', APPLE_TOUCH_ICON))).toEqual({ width: 180, height: 180, colorType: 2 });
  });
});

describe('appNavigation', () => {
  it.each([
    ['/k3s-sizer/', '/k3s-sizer/', true],
    ['/k3s-sizer/', '/k3s-sizer/?v=1&rules=seed-2026.11&s=3', true],
    ['/k3s-sizer/', '/k3s-sizer/index.html?lang=ja', true],
    ['/k3s-sizer/', '/k3s-sizer/schema/plan.v1.json', false],
    ['/k3s-sizer/', '/k3s-sizer/data/rules/seed-2026.12.json', false],
    ['/k3s-sizer/', '/k3s-sizer/missing', false],
    ['/k3s-sizer/', '/', false],
    ['/k3s-sizer/', '/k3s-sizerX/', false],
    ['/', '/', true],
    ['/', '/?a=60', true],
    ['/', '/assets/app.js', false],
  ])('under %s, a navigation to %s is the app: %s', (base, path, want) => {
    expect(appNavigation(base).test(path)).toBe(want);
  });
});

describe('the service worker options', () => {
  const options = pwaOptions('/k3s-sizer/', root);

  it('never takes over by itself and fetches nothing at run time', () => {
    expect(options.registerType).toBe('prompt');
    expect(options.injectRegister).toBe(false);
    expect(options.workbox?.skipWaiting).toBe(false);
    expect(options.workbox?.runtimeCaching ?? []).toEqual([]);
    expect(options.workbox?.importScripts ?? []).toEqual([]);
  });

  it('precaches the rules files, the schemas, the manifest, the icons and the code, not the source maps', () => {
    const globs = options.workbox?.globPatterns?.join(' ') ?? '';
    for (const ext of ['html', 'js', 'css', 'json', 'svg', 'png', 'webmanifest']) expect(globs).toContain(ext);
    expect(options.workbox?.globIgnores).toContain('**/*.map');
  });
});
