import { describe, expect, it } from 'vitest';
import { currentPlanLink } from './current-link';

describe('currentPlanLink', () => {
  it('drops an in-page jump and keeps the plan', () => {
    expect(currentPlanLink({ href: 'https://example.org/k3s-sizer/?v=1&s=3&a=50#install' })).toBe(
      'https://example.org/k3s-sizer/?v=1&s=3&a=50',
    );
  });
  it('leaves a link without one as it is', () => {
    expect(currentPlanLink({ href: 'https://example.org/?v=1&cc=10.42.0.0%2F16' })).toBe(
      'https://example.org/?v=1&cc=10.42.0.0%2F16',
    );
  });
  it('drops an empty fragment too', () => {
    expect(currentPlanLink({ href: 'https://example.org/?v=1#' })).toBe('https://example.org/?v=1');
  });
});
