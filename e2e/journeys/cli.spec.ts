import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defaultPlanInput } from '../../src/core/model/plan-input';
import { presetPlan } from '../../src/core/model/presets';
import { encodePlan } from '../../src/url/plan-url';
import links from '../fixtures/links.json' with { type: 'json' };
import { expect, test } from '../fixtures/test';

/** The command line's bundle, built by `npm run build` with the page (vite.cli.config.ts). */
const bundle = fileURLToPath(new URL('../../dist-cli/k3s-sizer.mjs', import.meta.url));

/** The command line's JSON plan for a link; a plan with error findings exits 1 and still prints it. */
async function cliPlan(link: string): Promise<{ status: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bundle, '--link', link, '--json'], {
      encoding: 'utf8',
    });
    return { status: 0, stdout };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

test('the command line writes the same JSON plan as the page’s download, for every published link and a preset in each edition', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  expect(existsSync(bundle), `${bundle} is built by npm run build`).toBe(true);
  // Each published link pins a rules file of its own (the page fetches it, the command line reads
  // it); the presets add the current editions and the largest plans. Both sides serialise through
  // src/export/plan-json.ts, so what can differ is how each reads a link and finds its rules.
  const defaults = defaultPlanInput('seed-2026.12');
  const queries = [
    `?${encodePlan(presetPlan('large-800', 'seed-2026.12'), defaults)}`,
    `?${encodePlan(presetPlan('dual-stack-wireguard', 'upstream-2026.12'), defaults)}`,
    ...links.links.map((l) => l.query),
  ];
  for (const query of queries) {
    // The link as someone would share it: the site's address with the plan's query string.
    const link = new URL(query, baseURL).href;
    // The command line runs while the page loads the same link.
    const fromCli = cliPlan(link);
    await page.goto(link);
    const button = page.getByRole('button', { name: 'Download plan (JSON)' });
    await expect(button).toBeEnabled();
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    const fromPage = await readFile(await download.path(), 'utf8');
    const cli = await fromCli;
    expect([0, 1], query).toContain(cli.status);
    expect(cli.stdout, query).toBe(fromPage);
  }
});
