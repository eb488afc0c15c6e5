import { readFile } from 'node:fs/promises';
import { PlanJsonSchema } from '../../src/core/plan/plan-json-schema';
import { expect, openSection, planLink, planner, test } from '../fixtures/test';

test('the downloaded JSON plan says what the page shows', async ({ page }) => {
  await page.goto(planLink({ ha: 'ha-embedded', ds: 'embedded-etcd', s: 4, a: 120, disk: 'sd-card', arch: 's390x' }));
  const p = planner(page);
  await expect(p.serverFigure).toContainText('16 GB');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plan (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('k3s-plan-4-servers-120-agents.json');
  const path = await download.path();
  const plan = PlanJsonSchema.parse(JSON.parse(await readFile(path, 'utf8')));

  // Input and rules.
  expect(plan.input.cluster).toMatchObject({
    servers: 4,
    agents: 120,
    haMode: 'ha-embedded',
    disk: 'sd-card',
    arch: 's390x',
  });
  expect(plan.rules).toMatchObject({ id: 'seed-2026.12', edition: 'seed' });
  expect(plan.link).toBe(page.url());

  // Sizing, compared with the cards.
  await expect(p.serverFigure).toContainText(`${String(plan.sizing.server.vcpu)} vCPU`);
  await expect(p.serverFigure).toContainText(`${String(plan.sizing.server.memoryGiB)} GB`);
  await expect(p.serverBasis).toHaveText(plan.sizing.server.basis);
  expect(plan.sizing.etcd).toEqual({ members: 4, quorum: 3, faultTolerance: 1 });
  expect(plan.sizing.database).toBeNull();

  // Findings: same codes in the same order, same titles, same severities.
  const pageCodes = await p.findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(plan.findings.map((f) => f.code)).toEqual(pageCodes);
  for (const f of plan.findings) {
    await expect(p.finding(f.code).locator('.finding__title')).toContainText(f.message);
    await expect(p.finding(f.code)).toHaveAttribute('data-severity', f.severity);
  }
  expect(plan.findings.every((f) => f.source.url.startsWith('https://'))).toBe(true);

  // Network and ports, compared with the network panel.
  const v4 = plan.network.families[0];
  expect(v4).toMatchObject({
    family: 'ipv4',
    clusterCidr: '10.42.0.0/16',
    nodeSubnets: '256',
    nodes: 124,
    fits: true,
    clusterDnsIp: '10.43.0.10',
  });
  await expect(page.getByTestId('node-subnets-ipv4')).toHaveText(
    `256 × /24; 124 used, ${String(v4?.subnetsLeft)} left`,
  );
  const agentPorts = await page
    .getByTestId('ports-agent')
    .locator('tr[data-port]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-port')));
  for (const port of agentPorts) {
    const [protocol, range] = (port ?? '').split('/');
    expect(plan.ports.some((x) => x.protocol === protocol && x.port === range)).toBe(true);
  }
  expect(plan.ports).toContainEqual(
    expect.objectContaining({ protocol: 'tcp', port: '2379-2380', source: 'servers', destination: 'servers' }),
  );

  // Config: the same files as the install panel, always with placeholders.
  await openSection(page, 'install');
  expect(plan.config.files.map((f) => f.fileName)).toEqual([
    'config-server-init.yaml',
    'config-server.yaml',
    'config-agent.yaml',
  ]);
  for (const f of plan.config.files) {
    await expect(page.getByTestId(`config-${f.role}`).locator('pre')).toHaveText(f.content.trimEnd());
  }
  expect(plan.config.installScript.startsWith('#!/bin/sh\n')).toBe(true);
});
