import { describe, expect, it } from 'vitest';
import { netPlan, seedRules, seedRules2611, upstreamRules } from '../testing/fixtures';
import { compareOsVersions } from './os-steps';

const steps = (r: ReturnType<typeof netPlan>) => r.network.osSteps.map((s) => s.id);

describe('compareOsVersions', () => {
  it.each([
    ['8.4', '8.10', -1],
    ['24.04', '23.10', 1],
    ['10', '10.0', 0],
    ['9.6', '10', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareOsVersions(a, b))).toBe(sign);
  });
});

describe('OS preparation (upstream)', () => {
  const up = (
    host: Parameters<typeof netPlan>[3],
    network: Parameters<typeof netPlan>[0] = {},
    cluster: Parameters<typeof netPlan>[1] = {},
  ) => netPlan(network, cluster, upstreamRules, host);
  it('nm-cloud-setup only before RHEL 8.4', () => {
    expect(steps(up({ os: 'rhel', osVersion: '8.3' }))).toContain('nm-cloud-setup');
    expect(steps(up({ os: 'rhel', osVersion: '8.4' }))).not.toContain('nm-cloud-setup');
  });
  it('kernel-modules-extra on RHEL 10', () => {
    expect(steps(up({ os: 'rhel', osVersion: '10.0' }))).toContain('rhel10-kernel-modules-extra');
    expect(steps(up({ os: 'rhel', osVersion: '9.6' }))).not.toContain('rhel10-kernel-modules-extra');
  });
  it('Raspberry Pi OS cgroups: /boot/firmware/cmdline.txt from release 12, /boot/cmdline.txt on 11 and older', () => {
    const at = (osVersion: string) =>
      up({ os: 'raspios', osVersion }).network.osSteps.find((s) => s.id === 'raspios-cgroups')?.commands[0] ?? '';
    expect(at('12')).toContain('/boot/firmware/cmdline.txt');
    expect(at('11')).toContain(' /boot/cmdline.txt');
  });
  it('linux-modules-extra-raspi for VXLAN on Ubuntu 21.10 to 23.10 on a Pi', () => {
    const board = { device: 'low-power-board' } as const;
    expect(steps(up({ os: 'ubuntu', osVersion: '22.04' }, {}, board))).toContain('ubuntu-raspi-vxlan-module');
    expect(steps(up({ os: 'ubuntu', osVersion: '24.04' }, {}, board))).not.toContain('ubuntu-raspi-vxlan-module');
    expect(steps(up({ os: 'ubuntu', osVersion: '22.04' }))).not.toContain('ubuntu-raspi-vxlan-module');
    expect(
      steps(up({ os: 'ubuntu', osVersion: '22.04' }, { flannelBackend: 'wireguard-native' }, board)),
    ).not.toContain('ubuntu-raspi-vxlan-module');
  });
  it('legacy iptables on Debian 10 and older', () => {
    expect(steps(up({ os: 'debian', osVersion: '10' }))).toContain('old-iptables');
    expect(steps(up({ os: 'debian', osVersion: '11' }))).not.toContain('old-iptables');
  });
  it('the WireGuard module with wireguard-native; accept_ra with IPv6', () => {
    expect(steps(up({}, { flannelBackend: 'wireguard-native' }))).toContain('wireguard-kernel-module');
    expect(
      steps(up({}, { ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: '2001:db8:43::/112' })),
    ).toContain('ipv6-accept-ra');
    expect(steps(up({}))).toEqual([]);
  });
});

describe('OS preparation follows the OS release in every edition', () => {
  // What the OS release decides is a fact about the OS: the seed edition gives the same steps as the
  // current docs, with the seed's older wording beside them.
  it.each([seedRules, upstreamRules])(
    '$id: Raspberry Pi OS 12 edits /boot/firmware/cmdline.txt, 11 edits /boot/cmdline.txt',
    (rules) => {
      const bookworm = netPlan({}, {}, rules, { os: 'raspios', osVersion: '12' }).network.osSteps.find(
        (x) => x.id === 'raspios-cgroups',
      );
      expect(bookworm?.commands[0]).toContain(' /boot/firmware/cmdline.txt');
      const bullseye = netPlan({}, {}, rules, { os: 'raspios', osVersion: '11' }).network.osSteps.find(
        (x) => x.id === 'raspios-cgroups',
      );
      expect(bullseye?.commands[0]).toContain(' /boot/cmdline.txt');
    },
  );
  it.each([seedRules, upstreamRules])(
    '$id: Ubuntu 24.04 on a Pi needs no linux-modules-extra-raspi; 22.04 does',
    (rules) => {
      expect(
        steps(netPlan({}, { device: 'low-power-board' }, rules, { os: 'ubuntu', osVersion: '24.04' })),
      ).not.toContain('ubuntu-raspi-vxlan-module');
      expect(steps(netPlan({}, { device: 'low-power-board' }, rules, { os: 'ubuntu', osVersion: '22.04' }))).toContain(
        'ubuntu-raspi-vxlan-module',
      );
    },
  );
  it.each([seedRules, upstreamRules])('$id: nm-cloud-setup only before RHEL 8.4', (rules) => {
    expect(steps(netPlan({}, {}, rules, { os: 'rhel', osVersion: '9.6' }))).not.toContain('nm-cloud-setup');
    expect(steps(netPlan({}, {}, rules, { os: 'rhel', osVersion: '8.2' }))).toContain('nm-cloud-setup');
  });
  it('the seed edition shows the seed’s wording beside the step, marked as the seed’s', () => {
    const step = netPlan({}, {}, seedRules, { os: 'raspios', osVersion: '12' }).network.osSteps.find(
      (x) => x.id === 'raspios-cgroups',
    );
    expect(step?.seedWording?.commands[0]).toContain(' /boot/cmdline.txt');
    expect(step?.seedWording?.source.doc).toBe('requirements-ja');
    expect(
      netPlan({}, {}, upstreamRules, { os: 'raspios', osVersion: '12' }).network.osSteps.find(
        (x) => x.id === 'raspios-cgroups',
      )?.seedWording,
    ).toBeUndefined();
  });
  it('the superseded seed-2026.11 file still gives what it gave (links that pin it reproduce it)', () => {
    expect(
      netPlan({}, {}, seedRules2611, { os: 'raspios', osVersion: '12' }).network.osSteps[0]?.commands[0],
    ).toContain(' /boot/cmdline.txt');
  });
});
