// Builds the app for a sub-path (as GitHub Pages serves it, e.g. /k3s-sizer/) and runs the
// journeys tagged @subpath against that build.
import { execFileSync } from 'node:child_process';

const env = {
  ...process.env,
  BASE_PATH: '/k3s-sizer/',
  E2E_OUT_DIR: 'dist-subpath',
  E2E_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1),
};
execFileSync('npx', ['vite', 'build', '--outDir', 'dist-subpath', '--logLevel', 'warn'], { stdio: 'inherit', env });
execFileSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
