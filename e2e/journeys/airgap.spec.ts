/**
 * Day 2's air-gapped install and join tokens (decision 024). Expected words are the K3s docs'
 * (air-gap, private-registry and token pages) and K3s's release asset names, not the app's output.
 */
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { expect, openSection, planLink, scrollTo, test } from '../fixtures/test';

const ARM64 = { s: 1, a: 2, arch: 'arm64', k3s: 'v1.33.4+k3s1' } as const;

const openDay2 = (page: Page): Promise<Locator> => openSection(page, 'day2');

async function shown(block: Locator): Promise<string> {
  const pre = block.locator('pre').first();
  await scrollTo(pre);
  await expect.poll(() => pre.innerText()).not.toBe('');
  return `${(await pre.innerText()).trimEnd()}\n`;
}

test('prepares an air-gapped arm64 install', async ({ page }) => {
  await page.goto(planLink(ARM64));
  const panel = await openDay2(page);
  const airgap = panel.getByTestId('day2-airgap');
  await airgap.getByRole('checkbox', { name: 'The nodes have no internet' }).check();

  // What to download, for arm64 and the plan's release, and where each file goes.
  const downloads = airgap.getByTestId('airgap-downloads');
  await expect(downloads.locator('li')).toHaveText([
    'k3s-arm64: /usr/local/bin/k3s',
    'k3s-airgap-images-arm64.tar.zst: /var/lib/rancher/k3s/agent/images/',
    'sha256sum-arm64.txt: beside install.sh',
    'k3s-install.sh: beside install.sh',
  ]);
  const download = await shown(airgap.getByTestId('airgap-download'));
  expect(download).toContain(
    'https://github.com/k3s-io/k3s/releases/download/v1.33.4%2Bk3s1/k3s-airgap-images-arm64.tar.zst',
  );
  // The docs' dummy route, for nodes without a default route.
  expect(await shown(airgap.getByTestId('airgap-default-route'))).toContain(
    'ip route add default via 203.0.113.255 dev dummy0 metric 1000',
  );

  // The install panel now installs without downloading: the binary and images in place, the local script.
  const agent = page.getByTestId('install-agent');
  const agentLines = await shown(agent);
  expect(agentLines).toContain('sudo install -m 755 k3s-arm64 /usr/local/bin/k3s');
  expect(agentLines).toContain('/var/lib/rancher/k3s/agent/images/');
  expect(agentLines).toMatch(/^INSTALL_K3S_SKIP_DOWNLOAD=true .*sh k3s-install\.sh agent$/m);
  expect(agentLines).not.toContain('curl');

  // A private registry instead: the images are pushed, registries.yaml mirrors docker.io to it.
  await airgap.getByLabel('Private registry (optional)').fill('registry.example.com:5000');
  await airgap.getByRole('checkbox', { name: 'The registry needs a user name and password' }).check();
  await expect(airgap.getByTestId('airgap-steps')).toContainText('push the images');
  await expect(panel.locator('[data-code="airgap.registry-placeholders"]')).toBeAttached();
  const registries = await shown(page.getByTestId('config-registries'));
  expect(parse(registries, { version: '1.1' })).toEqual({
    mirrors: { 'docker.io': { endpoint: ['https://registry.example.com:5000'] } },
    configs: {
      'registry.example.com:5000': { auth: { username: '<registry-username>', password: '<registry-password>' } },
    },
  });

  // The link holds the choices, never a credential.
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ ag: '1', agr: 'registry.example.com:5000', agra: '1' });
  expect(url.search).not.toMatch(/password|username/i);
});

test('says the short join token trusts any CA and shows the secure token for the nodes that join', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 3, a: 4 }));
  const panel = await openDay2(page);
  await expect(panel.locator('[data-code="tokens.short-format"]')).toContainText('6 nodes join with a short token');
  const tokens = panel.getByTestId('day2-tokens');
  await expect(tokens).toContainText('trusts whatever CA the server presents');
  expect(await shown(tokens.getByTestId('token-join-steps'))).toContain('sudo cat /var/lib/rancher/k3s/server/token');
  await expect(tokens.getByTestId('token-join-steps')).toContainText('/var/lib/rancher/k3s/server/agent-token');
  await expect(tokens.getByTestId('token-rotate-steps')).toContainText('k3s token rotate');
});
