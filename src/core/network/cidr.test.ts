import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressAt,
  alignedBlock,
  blockSize,
  cidrContains,
  cidrEnd,
  cidrsOverlap,
  findFreeBlock,
  formatCidr,
  isIpv4Text,
  parseCidr,
  type Cidr,
} from './cidr';

const cidr = (text: string): Cidr => {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(`bad test CIDR ${text}`);
  return r.cidr;
};

describe('parseCidr', () => {
  it.each([
    ['10.42.0.0/16', 'ipv4', 16, '10.42.0.0/16'],
    [' 10.43.0.0/16 ', 'ipv4', 16, '10.43.0.0/16'],
    ['0.0.0.0/0', 'ipv4', 0, '0.0.0.0/0'],
    ['192.168.1.7/32', 'ipv4', 32, '192.168.1.7/32'],
    ['2001:db8:42::/56', 'ipv6', 56, '2001:db8:42::/56'],
    ['2001:DB8:0042:0000::/56', 'ipv6', 56, '2001:db8:42::/56'],
    ['2001:cafe:43::/112', 'ipv6', 112, '2001:cafe:43::/112'],
    ['fd00::/8', 'ipv6', 8, 'fd00::/8'],
  ] as const)('%s → %s /%i, written %s', (text, family, prefix, canonical) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.cidr).toMatchObject({ family, prefix });
      expect(formatCidr(r.cidr)).toBe(canonical);
    }
  });

  it.each([
    ['10.42.0.1/16', '10.42.0.0/16'],
    ['10.42.5.0/16', '10.42.0.0/16'],
    ['2001:db8:42::1/56', '2001:db8:42::/56'],
  ])('%s has host bits set; the network meant is %s', (text, network) => {
    expect(parseCidr(text)).toEqual({ ok: false, error: { code: 'host-bits', network } });
  });

  it.each([
    ['10.42.0.0/33', 32],
    ['2001:db8::/129', 128],
  ])('%s has a prefix out of range (max %i)', (text, max) => {
    expect(parseCidr(text)).toMatchObject({ ok: false, error: { code: 'prefix-range', max } });
  });

  it.each([
    '',
    '10.42.0.0',
    '10.42/16',
    '10.42.0.0/',
    '10.42.0.256/24',
    'fe80::1%eth0/64',
    'abc/16',
    '10.42.0.0/16/8',
    '10.42.0.0 /16',
    '::ffff:10.0.0.0/104x',
  ])('%j is not a CIDR', (text) => {
    expect(parseCidr(text)).toMatchObject({ ok: false, error: { code: 'syntax' } });
  });
});

describe('block arithmetic', () => {
  it('sizes and ends', () => {
    expect(blockSize(16, 'ipv4')).toBe(65536n);
    expect(blockSize(64, 'ipv6')).toBe(18446744073709551616n);
    expect(formatCidr({ ...cidr('10.42.0.0/16'), start: cidrEnd(cidr('10.42.0.0/16')) })).toBe('10.42.255.255/16');
  });

  it.each([
    ['10.42.0.0/16', '10.43.0.0/16', false], // K3s default pod vs service CIDR
    ['10.42.0.0/16', '10.42.255.0/24', true], // last /24 inside the /16
    ['10.42.0.0/15', '10.43.0.0/16', true], // the naive /15 swallows the default service range
    ['10.0.0.0/8', '192.168.0.0/16', false],
    ['10.42.0.0/16', '2001:db8:42::/56', false], // different families never overlap
    ['2001:db8:42::/56', '2001:db8:42:ff::/64', true],
  ])('%s overlaps %s → %s', (a, b, want) => {
    expect(cidrsOverlap(cidr(a), cidr(b))).toBe(want);
    expect(cidrsOverlap(cidr(b), cidr(a))).toBe(want);
  });

  it('the cluster DNS is the tenth address after the service range start', () => {
    expect(addressAt(cidr('10.43.0.0/16'), 10n)).toBe('10.43.0.10');
    expect(addressAt(cidr('2001:db8:43::/112'), 10n)).toBe('2001:db8:43::a');
    expect(addressAt(cidr('10.43.0.0/29'), 10n)).toBeNull();
  });

  it('finds the first free aligned block, skipping what it must avoid', () => {
    const spaces = [cidr('10.0.0.0/8')];
    const avoid = [cidr('10.43.0.0/16')];
    expect(formatCidr(findFreeBlock(15, 'ipv4', spaces, avoid, cidr('10.42.0.0/16').start) ?? cidr('0.0.0.0/0'))).toBe(
      '10.44.0.0/15',
    );
    expect(findFreeBlock(7, 'ipv4', spaces, [])).toBeNull(); // a /7 cannot fit in 10.0.0.0/8
  });
});

// Brute-force model on small IPv4 blocks (/20 and longer): blocks as explicit address sets.
const smallCidr = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 20, max: 32 }))
  .map(([a, b, prefix]) => alignedBlock((10n << 24n) | (BigInt(a) << 8n) | BigInt(b), prefix, 'ipv4'));
const addresses = (c: Cidr): Set<bigint> => {
  const out = new Set<bigint>();
  for (let x = c.start; x <= cidrEnd(c); x += 1n) out.add(x);
  return out;
};

describe('CIDR laws against a brute-force model', () => {
  it('overlap is exactly "shares an address"', () => {
    fc.assert(
      fc.property(smallCidr, smallCidr, (a, b) => {
        const sa = addresses(a);
        const shared = [...addresses(b)].some((x) => sa.has(x));
        expect(cidrsOverlap(a, b)).toBe(shared);
      }),
      { numRuns: 300 },
    );
  });

  it('containment is exactly "every address of inner is in outer"', () => {
    fc.assert(
      fc.property(smallCidr, smallCidr, (a, b) => {
        const sa = addresses(a);
        expect(cidrContains(a, b)).toBe([...addresses(b)].every((x) => sa.has(x)));
      }),
      { numRuns: 300 },
    );
  });

  it('formatting then parsing returns the same block', () => {
    fc.assert(
      fc.property(smallCidr, (c) => {
        expect(parseCidr(formatCidr(c))).toEqual({ ok: true, cidr: c });
      }),
    );
  });

  it('splitting a block in two halves and taking both covers it exactly', () => {
    fc.assert(
      fc.property(
        smallCidr.filter((c) => c.prefix < 32),
        (c) => {
          const low = alignedBlock(c.start, c.prefix + 1, 'ipv4');
          const high = alignedBlock(cidrEnd(c), c.prefix + 1, 'ipv4');
          expect(cidrsOverlap(low, high)).toBe(false);
          expect(blockSize(low.prefix, 'ipv4') + blockSize(high.prefix, 'ipv4')).toBe(blockSize(c.prefix, 'ipv4'));
          expect(cidrContains(c, low) && cidrContains(c, high)).toBe(true);
        },
      ),
    );
  });
});

describe('isIpv4Text', () => {
  it.each([
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['10.42.0.1', true],
    ['256.0.0.1', false],
    ['01.2.3.4', false],
    ['1.2.3', false],
    ['1.2.3.4.5', false],
    ['0x7f.0.0.1', false],
    [' 1.2.3.4', false],
    ['::1', false],
    ['::ffff:1.2.3.4', false],
    ['', false],
  ])('%j → %s', (text, ipv4) => {
    expect(isIpv4Text(text)).toBe(ipv4);
  });
});
