import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createFormatter } from './format';
import { shapeName } from './shape-text';

describe('shapeName', () => {
  const f = createFormatter('en');
  const custom = [{ vcpu: 6, memoryGiB: 1.5, processor: 'x86-server' as const }];

  it('names a preset by its name, which says its size', () => {
    expect(shapeName(en, f, 'cloud-2x4', custom)).toBe('2 vCPU / 4 GB');
  });

  it('names the reader’s own shape with the size typed in GB', () => {
    expect(shapeName(en, f, 'custom-1', custom)).toBe('Your shape 1: 6 vCPU, 1,536 MB');
  });

  it('names a custom id with no shape behind it (a hand-edited link) by its name alone', () => {
    expect(shapeName(en, f, 'custom-2', custom)).toBe('Your shape 2');
  });
});
