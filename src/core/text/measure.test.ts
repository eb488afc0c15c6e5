import { describe, expect, it } from 'vitest';
import { fittingFontSize, textWidth, wrapText } from './measure';

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('8472/udp Flannel VXLAN', 40)).toEqual(['8472/udp Flannel VXLAN']);
  });

  it('breaks between words, never past the width', () => {
    const text = '2379-2380/tcp Embedded etcd clients and peers (HA with embedded etcd only)';
    const lines = wrapText(text, 30);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toBe(text);
    expect(lines[0]).toBe('2379-2380/tcp Embedded etcd');
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts CJK characters as two columns and breaks inside them', () => {
    const lines = wrapText('組み込みetcdのクライアントとピア', 10);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
    expect(textWidth('組み')).toBe(4);
    expect(lines.join('')).toBe('組み込みetcdのクライアントとピア');
  });
});

describe('fittingFontSize', () => {
  it('keeps the largest size when the text fits', () => {
    expect(fittingFontSize('server-1', 136, 14)).toBe(14);
  });

  it('shrinks a long title so that it fits the box', () => {
    const size = fittingFontSize('Registration address', 136, 14);
    expect(size).toBeLessThan(14);
    expect('Registration address'.length * size * 0.62).toBeLessThanOrEqual(136);
  });

  it('counts CJK characters as wide', () => {
    expect(fittingFontSize('固定登録アドレス', 136, 14)).toBeLessThan(fittingFontSize('abcdefgh', 136, 14));
  });
});
