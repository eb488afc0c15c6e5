// Builds the blank reference app with the project's own Vite, React and plugin versions.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', emptyOutDir: true },
  logLevel: 'warn',
});
