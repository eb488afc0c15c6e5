import { defineConfig } from 'vite';

/**
 * The command line (src/cli) as one file for Node: `vite build -c vite.cli.config.ts` writes
 * dist-cli/k3s-sizer.mjs with the core, the codec, the catalogs and their libraries inside it, so it
 * runs with Node alone. The rules files stay on disk (public/data/rules/): docs/decisions/023.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'k3s-sizer.mjs', codeSplitting: false },
    },
  },
  // Bundle every dependency: the file needs no node_modules.
  ssr: { noExternal: true, target: 'node' },
});
