import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from './count';

const limits = { min: 0, max: 100_000 };

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    [' 7 ', 7],
    ['1,000', 1000],
    ['10_000', 10000],
    ['12 345', 12345],
    ['１０', 10], // full-width digits, as a Japanese IME types them
    ['100000', 100000],
    ['1e3', 1000],
  ])('%j → %i', (raw, value) => {
    expect(parseCount(raw, limits)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1,00', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['2.5', 'not-whole'],
    ['-1', 'too-small'],
    ['100001', 'too-large'],
    ['1e400', 'too-large'],
  ])('%j → %s', (raw, code) => {
    const r = parseCount(raw, limits);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('reports the limit it broke', () => {
    expect(parseCount('0', { min: 1, max: 99 })).toEqual({ ok: false, error: { code: 'too-small', min: 1 } });
    expect(parseCount('100', { min: 1, max: 99 })).toEqual({ ok: false, error: { code: 'too-large', max: 99 } });
  });

  it('never throws and only ever accepts whole numbers within the limits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const r = parseCount(raw, limits);
        if (r.ok) {
          expect(Number.isInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(limits.min);
          expect(r.value).toBeLessThanOrEqual(limits.max);
        }
      }),
    );
  });

  it('reads back every whole number in range', () => {
    fc.assert(
      fc.property(
        fc.integer(limits),
        (n) => parseCount(String(n), limits).ok && (parseCount(String(n), limits) as { value: number }).value === n,
      ),
    );
  });
});
