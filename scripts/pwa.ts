import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';

/** The stylesheet's light and dark value of a custom property: `--name: light-dark(#light, #dark);`. */
export function cssColor(css: string, name: string): { light: string; dark: string } {
  const m = new RegExp(`^\\s*--${name}:\\s*light-dark\\((#[0-9a-f]{3,8}),\\s*(#[0-9a-f]{3,8})\\);`, 'im').exec(css);
  if (!m?.[1] || !m[2]) throw new Error(`styles.css has no --${name}: light-dark(#…, #…)`);
  return { light: m[1].toLowerCase(), dark: m[2].toLowerCase() };
}

/**
 * The installed app's colours, read from the app's own stylesheet so they cannot drift from it:
 * the browser's bar takes the header's colour (--surface) in each scheme, the splash screen the
 * page's (--bg), and the manifest's single theme colour is the brand accent the icon is drawn on.
 */
export function themeColors(css: string) {
  return { surface: cssColor(css, 'surface'), bg: cssColor(css, 'bg'), accent: cssColor(css, 'accent') };
}

export const ICONS = [
  { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** iOS takes its home-screen icon from this link (full-bleed, no transparency; iOS rounds it). */
export const APPLE_TOUCH_ICON = 'icons/apple-touch-icon-180.png';

/**
 * The web app manifest. Scope, start URL and id follow the base path the build is served under
 * (`/` or GitHub Pages' `/k3s-sizer/`); icon paths are relative to the manifest, which sits at the base.
 */
export function webAppManifest(base: string, css: string, description: string): Partial<ManifestOptions> {
  const colors = themeColors(css);
  return {
    id: base,
    name: 'k3s-sizer: plan a K3s cluster',
    short_name: 'k3s-sizer',
    description,
    lang: 'en',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: colors.bg.light,
    theme_color: colors.accent.light,
    categories: ['developer', 'utilities'],
    icons: ICONS.map((icon) => ({ ...icon })),
  };
}

/** The path part of the navigations the service worker answers with the app: the base and its index.html, with any query. */
export function appNavigation(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(?:index\\.html)?(?:\\?.*)?$`);
}

/**
 * vite-plugin-pwa's options: Workbox generates the service worker (generateSW), precaching every
 * file the app can ask for; nothing is cached at run time and nothing outside the site is fetched.
 * The page registers the worker itself, lazily (src/app/service-worker.ts), and a new version
 * waits until the reader chooses to reload (registerType 'prompt', no skipWaiting).
 * See docs/decisions/018-offline-and-updates.md.
 */
export function pwaOptions(base: string, root: string): Partial<VitePWAOptions> {
  const css = readFileSync(resolve(root, 'src/ui/styles.css'), 'utf8');
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { description: string };
  return {
    registerType: 'prompt',
    injectRegister: false,
    // Generated after the built page has its prerendered plan (scripts/vite-plugins.ts), so the
    // precache revision of index.html is that of the file served.
    integration: { closeBundleOrder: 'post' },
    manifest: webAppManifest(base, css, pkg.description),
    includeManifestIcons: false,
    workbox: {
      // Every file the app may load: the page, its scripts and styles (the lazy chunks: languages,
      // charts, panels, downloads, the zip), every rules edition and the index, the published
      // schemas, the icons and the manifest. Source maps are for developers, online.
      globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
      globIgnores: ['**/*.map', 'sw.js', 'workbox-*.js'],
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [appNavigation(base)],
      cleanupOutdatedCaches: true,
      // The first visit's page is served from the cache as soon as the worker is active, so a
      // lazy chunk still loads if the network drops before the first reload. An update never
      // takes over by itself: it waits for the reader (SKIP_WAITING from the update notice).
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [],
    },
  };
}

/** Adds the browser-bar colours (the header's, light and dark) and the iOS home-screen icon to the page's head. */
export function themeColorPlugin(root: string): Plugin {
  const css = readFileSync(resolve(root, 'src/ui/styles.css'), 'utf8');
  const { surface } = themeColors(css);
  let base = '/';
  return {
    name: 'k3s-sizer:theme-color',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: surface.light },
        injectTo: 'head',
      },
      {
        tag: 'meta',
        attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: surface.dark },
        injectTo: 'head',
      },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}${APPLE_TOUCH_ICON}` }, injectTo: 'head' },
    ],
  };
}
