import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlanInput } from '../core/model/plan-input';
import { planInputArb } from '../core/testing/arbitraries';
import links from '../../e2e/fixtures/links.json' with { type: 'json' };
import compareLinks from '../../e2e/fixtures/compare-links.json' with { type: 'json' };
import { decodeComparison, encodeComparison, MAX_VARIANTS } from './compare-url';
import { decodePlan, encodePlan, keepCompared } from './plan-url';

const known = ['seed-2026.11', 'upstream-2026.11', 'seed-2026.12', 'upstream-2026.12'];
const defaults = defaultPlanInput('seed-2026.12');

describe('comparison links', () => {
  it.each(links.links.map((l) => l.query))('the published single-plan link %s means what it meant', (query) => {
    // No compared plans, no notice, and the plan is read exactly as decodePlan alone reads it.
    expect(decodeComparison(query, defaults, known)).toEqual({ variants: [], notices: [] });
    const alone = decodePlan(query, defaults, known);
    expect(alone.notices).toEqual([]);
    // Comparing it with another plan leaves this plan's reading as it was.
    const withOther = `${query}&cmp=${encodeURIComponent('v=1&s=3')}`;
    expect(decodePlan(withOther, defaults, known)).toEqual(alone);
  });

  it.each(compareLinks.links.map((l) => [l.query, l.columns.length] as const))(
    'the comparison link %s opens %i plans without notices',
    (query, columns) => {
      const main = decodePlan(query, defaults, known);
      const compared = decodeComparison(query, defaults, known);
      expect(main.notices).toEqual([]);
      expect(compared.notices).toEqual([]);
      expect(1 + compared.variants.length).toBe(columns);
    },
  );

  it('reads each compared plan from its own query string, with its own rules', () => {
    const [first] = compareLinks.links;
    const { variants } = decodeComparison(first?.query ?? '', defaults, known);
    expect(variants[0]?.rules).toBe('seed-2026.12');
    expect(variants[0]?.cluster).toMatchObject({
      servers: 2,
      agents: 200,
      haMode: 'ha-external',
      datastore: 'postgres',
    });
    const [, second] = compareLinks.links;
    expect(decodeComparison(second?.query ?? '', defaults, known).variants.map((v) => v.rules)).toEqual([
      'upstream-2026.12',
      'seed-2026.12',
    ]);
  });

  it('names what it ignores by column, keeps the rest, and reads at most two other plans', () => {
    const bad = encodeURIComponent('v=1&s=3&a=-1&zz=1');
    const d = decodeComparison(`v=1&cmp=${bad}`, defaults, known);
    expect(d.variants[0]?.cluster.servers).toBe(3);
    expect(d.variants[0]?.cluster.agents).toBe(defaults.cluster.agents);
    expect(d.notices).toEqual([
      { kind: 'unknown-params', names: ['cmp2.zz'] },
      { kind: 'invalid-param', name: 'cmp2.a', value: '-1' },
    ]);
    const many = decodeComparison('cmp=s%3D2&cmp=s%3D3&cmp=s%3D4', defaults, known);
    expect(many.variants.map((v) => v.cluster.servers)).toEqual([2, 3]);
    expect(many.notices).toEqual([{ kind: 'invalid-param', name: 'cmp', value: '3' }]);
  });

  it('a comparison without other plans is the single-plan link', () => {
    fc.assert(
      fc.property(planInputArb(known), (plan) => {
        expect(encodeComparison(plan, [], defaults)).toBe(encodePlan(plan, defaults));
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips every plan of a comparison, this plan’s keys unchanged', () => {
    fc.assert(
      fc.property(
        planInputArb(known),
        fc.array(planInputArb(known), { minLength: 1, maxLength: MAX_VARIANTS }),
        (plan, variants) => {
          const query = encodeComparison(plan, variants, defaults);
          expect(query.startsWith(encodePlan(plan, defaults))).toBe(true);
          expect(decodePlan(query, defaults, known)).toEqual({ plan, notices: [] });
          expect(decodeComparison(query, defaults, known)).toEqual({ variants, notices: [] });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('editing this plan keeps the compared plans (keepCompared)', () => {
    const from = `?v=1&a=3&cmp=${encodeURIComponent('v=1&s=3')}&lang=ja`;
    expect(keepCompared('?v=1&a=4', from)).toBe(`?v=1&a=4&cmp=${encodeURIComponent('v=1&s=3')}`);
    expect(keepCompared('?v=1&a=4', '?v=1&a=3')).toBe('?v=1&a=4');
  });
});
