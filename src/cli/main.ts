import { fileURLToPath } from 'node:url';
import { runCli } from './run';

/**
 * The bundle's entry (dist-cli/k3s-sizer.mjs): the rules files are read from the checkout's
 * public/data/rules/, next to the folder the bundle is built into (docs/decisions/023).
 */
const rulesDir = fileURLToPath(new URL('../public/data/rules/', import.meta.url));

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  rulesDir,
});
