import { expect, planLink, planner, test } from '../fixtures/test';

test('dual-stack with wireguard-native opens 51820 and 51821, and the commands say so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./');
  const p = planner(page);
  await p.ipFamily.selectOption('dual');
  // K3s's own unique local IPv6 ranges fill in, not the docs' example (someone else's addresses).
  await expect(p.clusterCidr).toHaveValue('10.42.0.0/16,fd00:42::/56');
  await expect(p.serviceCidr).toHaveValue('10.43.0.0/16,fd00:43::/112');
  await p.backend.selectOption('wireguard-native');
  await p.firewall.selectOption('ufw');

  const agentPorts = p.portsFor('agent');
  await expect(agentPorts.locator('tr[data-port="udp/51820"]')).toContainText('Flannel WireGuard, IPv4');
  await expect(agentPorts.locator('tr[data-port="udp/51821"]')).toContainText('Flannel WireGuard, IPv6');
  await expect(agentPorts.locator('tr[data-port="udp/8472"]')).toHaveCount(0);

  const commands = p.firewallFor('agent');
  await expect(commands).toContainText('ufw allow 51820/udp');
  await expect(commands).toContainText('ufw allow 51821/udp');
  await expect(commands).toContainText('ufw allow from fd00:42::/56 to any');
  await expect(page.getByTestId('addressing-ipv6')).toContainText('fd00:42::/56');
  // K3s picks the DNS address of each family itself; the plan shows both.
  await expect(page.getByTestId('cluster-dns-ipv4')).toHaveText('10.43.0.10');
  await expect(page.getByTestId('cluster-dns-ipv6')).toHaveText('fd00:43::a');
  await expect(p.finding('network.range-not-private')).toHaveCount(0);
  await expect(p.finding('network.dual-stack-at-creation')).toBeVisible();
  await expect(page.getByTestId('os-steps')).toContainText('Check the WireGuard kernel module');
});

test('400 agents exhaust the pod subnets; applying a suggested fix clears the error, and Back restores it', async ({
  page,
}) => {
  await page.goto('./');
  const p = planner(page);
  await p.agents.fill('400');
  const exhausted = p.finding('network.pod-subnets-exhausted');
  await expect(exhausted).toContainText('401 nodes need more IPv4 pod subnets than 10.42.0.0/16 has (256)');
  await expect(page.getByTestId('node-subnets-ipv4')).toHaveText('256 for 401 nodes: too few');
  await expect(exhausted.locator('.fix__flags').first()).toHaveText('--cluster-cidr=10.44.0.0/15');
  await expect(exhausted.locator('.fix__flags').nth(1)).toHaveText(
    '--kube-controller-manager-arg=node-cidr-mask-size-ipv4=25',
  );

  await exhausted.getByRole('button', { name: /Apply: Use 10\.44\.0\.0\/15/ }).click();
  await expect(exhausted).toHaveCount(0);
  await expect(p.clusterCidr).toHaveValue('10.44.0.0/15');
  await expect(page.getByTestId('node-subnets-ipv4')).toHaveText('512 × /24; 401 used, 111 left');
  await expect(page).toHaveURL(/cc=10\.44\.0\.0%2F15/);
  await expect(p.finding('network.overlap')).toHaveCount(0);

  await page.goBack();
  await expect(p.finding('network.pod-subnets-exhausted')).toBeVisible();

  // The other fix: longer node subnets instead.
  await p
    .finding('network.pod-subnets-exhausted')
    .getByRole('button', { name: /Apply: Give each node a \/25/ })
    .click();
  await expect(p.finding('network.pod-subnets-exhausted')).toHaveCount(0);
  await expect(p.form.getByLabel('IPv4 node mask')).toHaveValue('25');
  await expect(page.getByTestId('node-subnets-ipv4')).toHaveText('512 × /25; 401 used, 111 left');
});

test('RHEL with firewalld and custom CIDRs gets commands that use them', async ({ page }) => {
  await page.goto('./');
  const p = planner(page);
  await p.os.selectOption('rhel');
  await expect(p.osVersion).toHaveValue('9.6');
  await p.firewall.selectOption('firewalld');
  await p.clusterCidr.fill('10.100.0.0/16');
  await p.serviceCidr.fill('10.101.0.0/16');
  await p.nodeNetwork.fill('192.168.10.0/24');
  await p.nodeNetwork.blur();

  const server = p.firewallFor('server');
  await expect(server).toContainText('firewall-cmd --permanent --zone=trusted --add-source=10.100.0.0/16');
  await expect(server).toContainText('firewall-cmd --permanent --zone=trusted --add-source=10.101.0.0/16');
  await expect(server).toContainText(
    `firewall-cmd --permanent --add-rich-rule='rule family="ipv4" source address="192.168.10.0/24" port port="8472" protocol="udp" accept'`,
  );
  await expect(server).toContainText('firewall-cmd --reload');
  await expect(server).not.toContainText('10.42.0.0/16');
  await expect(page.getByTestId('cluster-dns-ipv4')).toHaveText('10.101.0.10');
  await expect(p.finding('security.vxlan-exposed')).toHaveAttribute('data-severity', 'info');
  await expect(p.finding('network.default-cidrs-lan')).toHaveCount(0);
});

test('OS preparation follows the release: nm-cloud-setup before RHEL 8.4 in the current docs', async ({ page }) => {
  await page.goto(planLink({ rules: 'upstream-2026.12', os: 'rhel', osv: '8.3' }));
  const steps = page.getByTestId('os-steps');
  await expect(steps).toContainText('Disable nm-cloud-setup and reboot');
  await expect(steps).toContainText('systemctl disable nm-cloud-setup.service nm-cloud-setup.timer');
  await planner(page).osVersion.fill('8.4');
  await expect(steps).not.toContainText('nm-cloud-setup');
});

test('a malformed CIDR is explained beside its field; characters a CIDR never has are refused', async ({ page }) => {
  await page.goto('./');
  const p = planner(page);
  await p.clusterCidr.fill('10.42.0.1/16');
  await p.clusterCidr.blur();
  const field = p.field('Cluster CIDR (pods)');
  await expect(field.locator('.field-findings')).toContainText('“10.42.0.1/16” is not a valid cluster CIDR');
  await expect(p.finding('network.cidr-invalid')).toContainText('Use 10.42.0.0/16.');

  await p.clusterCidr.fill('10.42.0.0/16; rm -rf /');
  await expect(field.getByRole('alert')).toHaveText('Use IP addresses with a /prefix, separated by commas.');
  await expect(page).toHaveURL(/cc=10\.42\.0\.1%2F16/);
});

test('firewall commands copy to the clipboard as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(planLink({ os: 'rhel', fw: 'firewalld' }));
  const block = planner(page).firewallFor('agent');
  await block.getByRole('button', { name: 'Copy Each agent opens' }).click();
  await expect(block.getByRole('button', { name: 'Copy Each agent opens' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${(await block.locator('pre').innerText()).trimEnd()}\n`);
  expect(copied).toContain('firewall-cmd --permanent --add-port=8472/udp # Flannel VXLAN');
});

test('the seed’s IPv6 example is someone else’s address space: a warning and a unique local range to apply', async ({
  page,
}) => {
  const p = planner(page);
  await page.goto(
    planLink({ ip: 'dual', cc: '10.42.0.0/16,2001:cafe:42::/56', sc: '10.43.0.0/16,2001:cafe:43::/112' }),
  );
  const clusterWarning = p.finding('network.range-not-private').filter({ hasText: '2001:cafe:42::/56' });
  await expect(clusterWarning).toContainText('someone else’s public address space');
  await clusterWarning.getByRole('button', { name: /Apply/ }).click();
  await expect(p.clusterCidr).toHaveValue('10.42.0.0/16,fd00:42::/56');
  await expect(p.finding('network.range-not-private')).toHaveCount(1);
});
