import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

describe('createFormatter (en)', () => {
  const f = createFormatter('en');
  it.each([
    [512, '512 MB'],
    [1024, '1 GB'],
    [1596, '1,596 MB'],
    [4096, '4 GB'],
    [12 * 1024, '12 GB'],
    [15360 + 512, '15.5 GB'],
  ])('memory(%i MiB) → %s', (mib, text) => {
    expect(f.memory(mib)).toBe(text);
  });
  it.each([
    [0.5, '512 MB'],
    [1.5, '1,536 MB'],
    [4, '4 GB'],
    [15.5, '15.5 GB'],
  ])('memoryGiB(%d GiB) → %s (a chart axis value, a typed shape)', (gib, text) => {
    expect(f.memoryGiB(gib)).toBe(text);
  });
  it.each([
    [250, '0.25 vCPU'],
    [1500, '1.5 vCPU'],
    [2000, '2 vCPU'],
    [1234.5, '1.235 vCPU'],
  ])('millicores(%d) → %s', (m, text) => {
    expect(f.millicores(m)).toBe(text);
  });
  it('formats counts beyond 2^53 exactly, or as a power of two', () => {
    expect(f.bigCount(65536n)).toBe('65,536');
    expect(f.bigCount('256')).toBe('256');
    expect(f.bigCount(1n << 64n)).toBe('2⁶⁴');
    expect(f.bigCount((1n << 64n) - 2n)).toBe('2⁶⁴ − 2');
    expect(f.bigCount((1n << 64n) + 12345n)).toBe('1.84E19');
  });

  it('formats vCPU floors, percents, lists and partial dates', () => {
    expect(f.vcpu(16, true)).toBe('16+ vCPU');
    expect(f.percent(0.06)).toBe('6%');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(f.alternatives(['3', '5', '7'])).toBe('3, 5, or 7');
    expect(f.date('2024')).toBe('2024');
    expect(f.date('2026-06-06')).toBe('June 6, 2026');
  });
});

describe('createFormatter (ja)', () => {
  it('uses the locale for grouping and dates', () => {
    const f = createFormatter('ja');
    expect(f.integer(12345)).toBe('12,345');
    expect(f.date('2026-06-06')).toBe('2026年6月6日');
  });
});

describe('createFormatter (zh) lists and dates', () => {
  const f = createFormatter('zh-CN');
  it('sets Latin items off from 和 with a space on each side, as the docs space Latin text in Chinese', () => {
    expect(f.list(['10.42.0.0/16', '10.43.0.0/16'])).toBe('10.42.0.0/16 和 10.43.0.0/16');
    expect(f.list(['10.42.0.0/16', '10.43.0.0/16', 'fd00::/8'])).toBe('10.42.0.0/16、10.43.0.0/16 和 fd00::/8');
    expect(f.list(['每节点 /24 子网', '最大 Pod 数 110'])).toBe('每节点 /24 子网和最大 Pod 数 110');
    expect(f.list(['子网', 'Pod'])).toBe('子网和 Pod');
    expect(f.alternatives(['3', '5', '7'])).toBe('3、5 或 7');
  });
  it('spaces the numbers of a date, as the docs write 2023 年 12 月', () => {
    expect(f.date('2026-06-06')).toBe('2026 年 6 月 6 日');
    expect(f.date('2023-12')).toBe('2023 年 12 月');
    expect(createFormatter('ja').date('2023-12')).toBe('2023年12月');
  });
  it('leaves English and Japanese lists as Intl writes them', () => {
    expect(createFormatter('en').list(['a', 'b'])).toBe('a and b');
    expect(createFormatter('ja').list(['10.42.0.0/16', '10.43.0.0/16'])).toBe('10.42.0.0/16、10.43.0.0/16');
    expect(createFormatter('ja').alternatives(['3', '5'])).toBe('3または5');
  });
});
