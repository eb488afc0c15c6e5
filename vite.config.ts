/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions, themeColorPlugin } from './scripts/pwa.ts';
import { cspPlugin, prerenderPlugin, rulesIndexPlugin } from './scripts/vite-plugins.ts';

const root = import.meta.dirname;

/** BASE_PATH lets the same build run under a sub-path, e.g. BASE_PATH=/k3s-sizer/ for GitHub Pages. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    rulesIndexPlugin(root),
    cspPlugin(),
    themeColorPlugin(root),
    prerenderPlugin(root),
    // Offline use and updates: the manifest and a Workbox service worker (docs/decisions/018).
    VitePWA(pwaOptions(base, root)),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['scripts/vitest-setup.ts'],
    // A test fails on what it asserts, not on a busy machine: the default 5 s was exceeded by
    // tests that take about 1 s alone when the 2-core machine was loaded (load average 11).
    testTimeout: 30_000,
    // One module graph per worker rather than one per file: the files share no state the suite
    // does not reset (each sets up what it uses), and the run takes 70 s instead of 119 s here.
    isolate: false,
  },
});
