import { describe, expect, it } from 'vitest';
import { netPlan, seedRules, upstreamRules } from '../testing/fixtures';
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
  const up = (host: Parameters<typeof netPlan>[3], network: Parameters<typeof netPlan>[0] = {}, cluster: Parameters<typeof netPlan>[1] = {}) => netPlan(network, cluster, upstreamRules, host);
  it('nm-cloud-setup only before RHEL 8.4', () => {
    expect(steps(up({ os: 'rhel', osVersion: '8.3' }))).toContain('nm-cloud-setup');
    expect(steps(up({ os: 'rhel', osVersion: '8.4' }))).not.toContain('nm-cloud-setup');
  });
  it('kernel-modules-extra on RHEL 10', () => {
    expect(steps(up({ os: 'rhel', osVersion: '10.0' }))).toContain('rhel10-kernel-modules-extra');
    expect(steps(up({ os: 'rhel', osVersion: '9.6' }))).not.toContain('rhel10-kernel-modules-extra');
  });
  it('Raspberry Pi OS cgroups: /boot/firmware/cmdline.txt from release 12, /boot/cmdline.txt on 11 and older', () => {
    const at = (osVersion: string) => up({ os: 'raspios', osVersion }).network.osSteps.find((s) => s.id === 'raspios-cgroups')?.commands[0] ?? '';
    expect(at('12')).toContain('/boot/firmware/cmdline.txt');
    expect(at('11')).toContain(' /boot/cmdline.txt');
  });
  it('linux-modules-extra-raspi for VXLAN on Ubuntu 21.10 to 23.10 on a Pi', () => {
    const board = { device: 'low-power-board' } as const;
    expect(steps(up({ os: 'ubuntu', osVersion: '22.04' }, {}, board))).toContain('ubuntu-raspi-vxlan-module');
    expect(steps(up({ os: 'ubuntu', osVersion: '24.04' }, {}, board))).not.toContain('ubuntu-raspi-vxlan-module');
    expect(steps(up({ os: 'ubuntu', osVersion: '22.04' }))).not.toContain('ubuntu-raspi-vxlan-module');
    expect(steps(up({ os: 'ubuntu', osVersion: '22.04' }, { flannelBackend: 'wireguard-native' }, board))).not.toContain('ubuntu-raspi-vxlan-module');
  });
  it('legacy iptables on Debian 10 and older', () => {
    expect(steps(up({ os: 'debian', osVersion: '10' }))).toContain('old-iptables');
    expect(steps(up({ os: 'debian', osVersion: '11' }))).not.toContain('old-iptables');
  });
  it('the WireGuard module with wireguard-native; accept_ra with IPv6', () => {
    expect(steps(up({}, { flannelBackend: 'wireguard-native' }))).toContain('wireguard-kernel-module');
    expect(steps(up({}, { ipFamily: 'ipv6', clusterCidr: '2001:db8:42::/56', serviceCidr: '2001:db8:43::/112' }))).toContain('ipv6-accept-ra');
    expect(steps(up({}))).toEqual([]);
  });
});

describe('OS preparation (seed wording)', () => {
  it('nm-cloud-setup on any RHEL release, "if enabled"', () => {
    const s = netPlan({}, {}, seedRules, { os: 'rhel', osVersion: '9.6' }).network.osSteps.find((x) => x.id === 'nm-cloud-setup');
    expect(s).toMatchObject({ conditional: true });
  });
  it('the Pi cmdline path is /boot/cmdline.txt and the Ubuntu Pi module has no upper release bound', () => {
    expect(netPlan({}, {}, seedRules, { os: 'raspios', osVersion: '12' }).network.osSteps[0]?.commands[0]).toContain(' /boot/cmdline.txt');
    expect(steps(netPlan({}, { device: 'low-power-board' }, seedRules, { os: 'ubuntu', osVersion: '24.04' }))).toContain('ubuntu-raspi-vxlan-module');
  });
});
