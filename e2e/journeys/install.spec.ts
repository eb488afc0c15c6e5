import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, openSection, planLink, planner, test } from '../fixtures/test';

const HA = { ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 4, reg: 'k3s.example.com', traefik: 0 } as const;

/**
 * The text of a code block as the reader sees it: on screen, once its panel is laid out (a panel
 * far from the screen is not, and its rendered text is empty until it comes near).
 */
async function shown(page: Page, testId: string): Promise<string> {
  const pre = page.getByTestId(testId).locator('pre').first();
  await pre.scrollIntoViewIfNeeded();
  await expect.poll(() => pre.innerText()).not.toBe('');
  return `${(await pre.innerText()).trimEnd()}\n`;
}

test('each config file downloads exactly as shown, and reads back as the expected YAML', async ({ page }) => {
  await page.goto(planLink(HA));
  await openSection(page, 'install');
  const panel = page.getByTestId('install-panel');
  await expect(panel).toBeVisible();

  for (const [role, file] of [
    ['server-init', 'config-server-init.yaml'],
    ['server', 'config-server.yaml'],
    ['agent', 'config-agent.yaml'],
  ] as const) {
    const text = await shown(page, `config-${role}`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download ${file}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(file);
    expect(await readFile(await download.path(), 'utf8')).toBe(text);
  }

  const first = parse(await shown(page, 'config-server-init'), { version: '1.1' }) as Record<string, unknown>;
  expect(first).toEqual({
    'cluster-init': true,
    token: '<server-token>',
    'agent-token': '<agent-token>',
    'tls-san': ['k3s.example.com'],
    disable: ['traefik'],
  });
  const agent = parse(await shown(page, 'config-agent'), { version: '1.1' }) as Record<string, unknown>;
  expect(agent).toEqual({ server: 'https://k3s.example.com:6443', token: '<agent-token>' });
  await expect(page.getByTestId('config-server-init')).toContainText(
    '# same on every server; placeholder: replace before installing',
  );
});

test('the zip holds every file and install.sh, as shown', async ({ page }) => {
  await page.goto(planLink(HA));
  await openSection(page, 'install');
  await expect(page.getByTestId('install-panel')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all files (.zip)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('k3s-config.zip');
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(files).sort()).toEqual([
    'config-agent.yaml',
    'config-server-init.yaml',
    'config-server.yaml',
    'install.sh',
  ]);
  expect(strFromU8(files['config-server.yaml'] ?? new Uint8Array())).toBe(await shown(page, 'config-server'));
  expect(strFromU8(files['install.sh'] ?? new Uint8Array())).toBe(await shown(page, 'install-script'));
});

test('generated tokens fill the files but never reach the link or storage', async ({ page }) => {
  await page.goto(planLink(HA));
  await openSection(page, 'install');
  await page.getByRole('button', { name: 'Generate tokens' }).click();
  await expect(page.getByText('Random tokens are in the files below.')).toBeVisible();

  const server = parse(await shown(page, 'config-server'), { version: '1.1' }) as Record<string, string>;
  const first = parse(await shown(page, 'config-server-init'), { version: '1.1' }) as Record<string, string>;
  const agent = parse(await shown(page, 'config-agent'), { version: '1.1' }) as Record<string, string>;
  expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  expect(server['agent-token']).toMatch(/^[0-9a-f]{64}$/);
  expect(server.token).not.toBe(server['agent-token']);
  expect(first.token).toBe(server.token);
  expect(agent.token).toBe(server['agent-token']);

  const token = server.token ?? 'missing';
  expect(page.url()).not.toContain(token);
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((store) => Object.keys(store).map((k) => `${k}=${store.getItem(k) ?? ''}`))
      .join('\n'),
  );
  expect(stored).not.toContain(token);

  await page.getByRole('button', { name: 'Use placeholders again' }).click();
  await expect(page.getByTestId('config-server')).toContainText('<server-token>');
});

test('install commands: config-file and flags forms, in order, and copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(planLink({ ...HA, a: 120 }));
  await openSection(page, 'install');
  const order = page.getByTestId('install-order');
  await expect(order).toContainText('Join the 120 agents in 3 batches of at most 50');
  await expect(page.getByTestId('install-server-init')).toContainText(
    'sudo install -m 600 config-server-init.yaml /etc/rancher/k3s/config.yaml',
  );

  await order.getByRole('radio', { name: 'With flags only' }).check();
  await expect(page.getByTestId('install-server-init')).toContainText(
    "K3S_TOKEN='<server-token>' K3S_AGENT_TOKEN='<agent-token>' sh -s - server",
  );
  await expect(page.getByTestId('install-server-init')).toContainText('--cluster-init');
  await expect(page.getByTestId('install-agent')).toContainText('K3S_URL=https://k3s.example.com:6443');

  const block = page.getByTestId('install-agent');
  await block.getByRole('button').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${(await block.locator('pre').innerText()).trimEnd()}\n`,
  );
});

test('text from the plan cannot break out of the generated comments', async ({ page }) => {
  await page.goto(planLink({ ...HA, sn: 'x\ninjected: true\n#' }));
  await openSection(page, 'install');
  const text = await shown(page, 'config-server-init');
  expect(parse(text, { version: '1.1' })).not.toHaveProperty('injected');
  expect(
    text
      .split('\n')
      .filter((l) => l.startsWith('# Recreate'))
      .every((l) => !l.includes('\n')),
  ).toBe(true);
});

test('an invalid registration address is flagged beside its field and kept out of every file', async ({ page }) => {
  await page.goto(planLink({ ...HA, reg: 'https://lb.example.com:6443' }));
  await openSection(page, 'install');
  const p = planner(page);
  await expect(p.field('Fixed registration address').locator('.field-findings')).toContainText(
    '“https://lb.example.com:6443” is not a hostname or IP address',
  );
  // No value of any file carries it (the header's plan link does, URL-encoded, to recreate the plan).
  for (const role of ['server-init', 'server', 'agent']) {
    const values = JSON.stringify(parse(await shown(page, `config-${role}`), { version: '1.1' }));
    expect(values).not.toContain('lb.example.com');
  }
  await expect(page.getByTestId('config-agent')).toContainText('server: https://server-1:6443');
  await expect(page.getByTestId('install-panel')).toContainText(
    'Left out of the files until the findings about them are fixed: tls-san.',
  );
});
