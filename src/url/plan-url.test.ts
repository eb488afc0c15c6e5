import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputSchema, defaultPlanInput, type PlanInput } from '../core/model/plan-input';
import { planInputArb } from '../core/testing/arbitraries';
import { decodePlan, encodePlan } from './plan-url';

const known = ['seed-2026.11', 'upstream-2026.11'];
const defaults = defaultPlanInput('seed-2026.11');

const planArb = planInputArb(known);

describe('encodePlan / decodePlan', () => {
  it('knows lang as the page’s parameter: a known language is silent, another is reported', () => {
    expect(decodePlan('v=1&lang=ja', defaults, known).notices).toEqual([]);
    expect(decodePlan('v=1&lang=fr', defaults, known).notices).toEqual([
      { kind: 'invalid-param', name: 'lang', value: 'fr' },
    ]);
    expect(encodePlan(decodePlan('v=1&a=4&lang=zh', defaults, known).plan, defaults)).toBe(
      'v=1&rules=seed-2026.11&a=4',
    );
  });

  it('writes shapes of the reader’s own as vcpu:GiB:processor and reads them back; a broken one is refused by name', () => {
    const plan: PlanInput = {
      ...defaults,
      workloads: {
        ...defaults.workloads,
        enabled: true,
        shapes: ['cloud-4x8', 'custom-1', 'custom-2'],
        custom: [
          { vcpu: 16, memoryGiB: 64, processor: 'x86-server' },
          { vcpu: 4, memoryGiB: 8, processor: 'arm-sbc' },
        ],
      },
    };
    const query = encodePlan(plan, defaults);
    expect(query).toContain('wsh=cloud-4x8%2Ccustom-1%2Ccustom-2');
    expect(query).toContain('wcs=16%3A64%3Ax86-server%2C4%3A8%3Aarm-sbc');
    expect(decodePlan(query, defaults, known).plan.workloads).toEqual(plan.workloads);
    const broken = decodePlan('v=1&wl=1&wcs=16:64:sparc', defaults, known);
    expect(broken.notices).toEqual([{ kind: 'invalid-param', name: 'wcs', value: '16:64:sparc' }]);
    expect(broken.plan.workloads.custom).toEqual([]);
  });

  it('writes the chosen machine types, typed prices and the node-label opt-in with their own keys, and reads them back', () => {
    const plan: PlanInput = {
      ...defaults,
      machines: {
        catalog: 'machines-2026.12',
        server: 'aws-ec2/m7g.large',
        agent: 'raspberry-pi/raspberry-pi-5-8gb',
        database: '',
        prices: [
          { type: 'aws-ec2/m7g.large', amount: 0.0816, currency: 'USD', per: 'hour' },
          { type: 'raspberry-pi/raspberry-pi-5-8gb', amount: 12000, currency: 'JPY', per: 'month' },
        ],
        nodeLabels: true,
      },
    };
    const query = encodePlan(plan, defaults);
    expect(query).toBe(
      'v=1&rules=seed-2026.11&mcat=machines-2026.12&mts=aws-ec2%2Fm7g.large&mta=raspberry-pi%2Fraspberry-pi-5-8gb' +
        '&mpr=aws-ec2%2Fm7g.large%3A0.0816%3AUSD%3Ahour%2Craspberry-pi%2Fraspberry-pi-5-8gb%3A12000%3AJPY%3Amonth&mnl=1',
    );
    expect(decodePlan(query, defaults, known)).toEqual({ plan, notices: [] });
  });

  it('refuses a machine type that is no label value, a price without a currency, and one price twice, each by name', () => {
    const r = decodePlan(
      'v=1&mts=aws-ec2/M7G.large&mta=aws-ec2/m7g.large.&mpr=aws-ec2/m7g.large:0.08:usd:hour&mtd=gce',
      defaults,
      known,
    );
    expect(r.notices.map((n) => (n.kind === 'invalid-param' ? n.name : n.kind))).toEqual(['mts', 'mta', 'mtd', 'mpr']);
    expect(r.plan.machines).toEqual(defaults.machines);
    const twice = decodePlan('v=1&mpr=a/b:1:USD:hour,a/b:2:USD:hour', defaults, known);
    expect(twice.notices).toEqual([{ kind: 'invalid-param', name: 'mpr', value: 'a/b:1:USD:hour,a/b:2:USD:hour' }]);
  });

  it('the default plan is just the format and the pinned rules', () => {
    expect(encodePlan(defaults, defaults)).toBe('v=1&rules=seed-2026.11');
  });

  it('writes only what differs from the defaults, in table order', () => {
    const plan: PlanInput = {
      ...defaults,
      cluster: { ...defaults.cluster, agents: 50, servers: 3, haMode: 'ha-embedded', datastore: 'embedded-etcd' },
    };
    expect(encodePlan(plan, defaults)).toBe('v=1&rules=seed-2026.11&s=3&a=50&ha=ha-embedded&ds=embedded-etcd');
  });

  it('writes the air gap as ag, agr, agra, agrc; a link from before them opens with the nodes online (decision 024)', () => {
    const plan: PlanInput = {
      ...defaults,
      airgap: { enabled: true, registry: 'registry.example.com:5000', registryAuth: true, registryCa: false },
    };
    const query = encodePlan(plan, defaults);
    expect(query).toBe('v=1&rules=seed-2026.11&ag=1&agr=registry.example.com%3A5000&agra=1');
    expect(decodePlan(query, defaults, known)).toEqual({ plan, notices: [] });
    // A day-2 link published before the air gap existed (decision 020's keys).
    const old = decodePlan(
      'v=1&rules=seed-2026.11&s=3&ha=ha-embedded&ds=embedded-etcd&ret=10&s3=1&s3b=k3s-backups&upf=v1.30&upt=v1.32',
      defaults,
      known,
    );
    expect(old.notices).toEqual([]);
    expect(old.plan.airgap).toEqual({ enabled: false, registry: '', registryAuth: false, registryCa: false });
    expect(old.plan.backup.retention).toBe(10);
    // A registry with a scheme is refused by name, and the rest of the air gap kept.
    const bad = decodePlan('v=1&ag=1&agr=https%3A%2F%2Fregistry', defaults, known);
    expect(bad.plan.airgap.enabled).toBe(true);
    expect(bad.plan.airgap.registry).toBe('');
    expect(bad.notices).toEqual([{ kind: 'invalid-param', name: 'agr', value: 'https://registry' }]);
  });

  it('writes network and host choices with short keys, booleans as 1/0', () => {
    const plan: PlanInput = {
      ...defaults,
      network: {
        ...defaults.network,
        ipFamily: 'dual',
        clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
        flannelBackend: 'wireguard-native',
        traefik: false,
      },
      host: { ...defaults.host, os: 'rhel', osVersion: '9.6', firewall: 'firewalld' },
    };
    expect(encodePlan(plan, defaults)).toBe(
      'v=1&rules=seed-2026.11&ip=dual&cc=10.42.0.0%2F16%2C2001%3Adb8%3A42%3A%3A%2F56&fb=wireguard-native&traefik=0&os=rhel&fw=firewalld',
    );
  });

  it('the OS release defaults to the named OS’s usual release, and is left out when it is that', () => {
    expect(decodePlan('os=rhel', defaults, known).plan.host).toMatchObject({ os: 'rhel', osVersion: '9.6' });
    expect(decodePlan('os=rhel&osv=8.3', defaults, known).plan.host.osVersion).toBe('8.3');
    expect(decodePlan('os=raspios&osv=abc', defaults, known).plan.host.osVersion).toBe('12');
    const plan: PlanInput = { ...defaults, host: { os: 'rhel', osVersion: '9.6', firewall: 'off' } };
    expect(encodePlan(plan, defaults)).toBe('v=1&rules=seed-2026.11&os=rhel');
  });

  it('reads booleans written as 1/0 or true/false and refuses anything else', () => {
    expect(decodePlan('traefik=false&spegel=1', defaults, known).plan.network).toMatchObject({
      traefik: false,
      embeddedRegistry: true,
    });
    expect(decodePlan('traefik=no', defaults, known).notices).toEqual([
      { kind: 'invalid-param', name: 'traefik', value: 'no' },
    ]);
  });

  it('refuses CIDR text with characters a CIDR never has', () => {
    expect(decodePlan('cc=<script>', defaults, known).notices).toEqual([
      { kind: 'invalid-param', name: 'cc', value: '<script>' },
    ]);
  });

  it('round-trips every valid plan without notices', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const decoded = decodePlan(encodePlan(plan, defaults), defaults, known);
        expect(decoded.plan).toEqual(plan);
        expect(decoded.notices).toEqual([]);
      }),
    );
  });

  it('keeps the valid rest and reports each invalid value by name', () => {
    const r = decodePlan('v=1&s=abc&a=12&ha=nope&disk=floppy&k3s=v9', defaults, known);
    expect(r.plan.cluster).toMatchObject({
      servers: 1,
      agents: 12,
      haMode: 'single',
      disk: 'sata-ssd',
      k3sVersion: 'stable',
    });
    expect(r.notices).toEqual([
      { kind: 'invalid-param', name: 's', value: 'abc' },
      { kind: 'invalid-param', name: 'ha', value: 'nope' },
      { kind: 'invalid-param', name: 'disk', value: 'floppy' },
      { kind: 'invalid-param', name: 'k3s', value: 'v9' },
    ]);
  });

  it.each([
    ['s=0', 's'],
    ['s=100', 's'],
    ['a=-1', 'a'],
    ['a=2.5', 'a'],
    ['a=1e3', 'a'],
    ['a=100001', 'a'],
    ['a=99999999999999999999', 'a'],
  ])('%s is out of range or not a plain count', (query, name) => {
    expect(decodePlan(query, defaults, known).notices).toContainEqual(
      expect.objectContaining({ kind: 'invalid-param', name }),
    );
  });

  it('lists unknown parameters once, and names a newer format', () => {
    const r = decodePlan('zzz=1&zzz=2&foo=&v=7', defaults, known);
    expect(r.notices).toEqual([
      { kind: 'unknown-params', names: ['zzz', 'foo'] },
      { kind: 'newer-format', version: '7' },
    ]);
  });

  it('refuses an unpublished rules id and keeps the default', () => {
    const r = decodePlan('rules=seed-1999.1', defaults, known);
    expect(r.plan.rules).toBe('seed-2026.11');
    expect(r.notices).toEqual([{ kind: 'invalid-param', name: 'rules', value: 'seed-1999.1' }]);
  });

  it('never throws and always yields a valid plan, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
        const r = decodePlan(query, defaults, known);
        expect(PlanInputSchema.safeParse(r.plan).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on hostile key=value pairs built from its own keys', () => {
    const keys = fc.constantFrom(
      'v',
      'rules',
      's',
      'a',
      'ha',
      'ds',
      'disk',
      'arch',
      'dev',
      'role',
      'k3s',
      'ip',
      'cc',
      'sc',
      'nm4',
      'nm6',
      'mp',
      'nn',
      'fb',
      'v6masq',
      'traefik',
      'os',
      'osv',
      'fw',
      '__proto__',
      'constructor',
    );
    const values = fc.oneof(
      fc.string(),
      fc.constantFrom('<script>', '../../etc', '%00', '1e999', '-0', 'NaN', ' 3', '３'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const r = decodePlan(query, defaults, known);
        expect(PlanInputSchema.safeParse(r.plan).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('shortens very long values in notices', () => {
    const r = decodePlan(`ha=${'x'.repeat(500)}`, defaults, known);
    const notice = r.notices[0];
    expect(notice?.kind === 'invalid-param' ? notice.value.length : 0).toBeLessThanOrEqual(61);
  });
});
