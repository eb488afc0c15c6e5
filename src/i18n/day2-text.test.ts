import { describe, expect, it } from 'vitest';
import { planDay2Of } from '../core/plan/plan-day2';
import { computePlan } from '../core/plan/compute-plan';
import { seedRules, upstreamRules } from '../core/testing/fixtures';
import { DAY2_TEXTS, day2FindingText } from './day2-text';
import { createFormatter } from './format';
import { catalogLeaves, DAY2_PLANS, DAY2_SAMPLE_PARAMS } from './testing/rendered-texts';
import { LOCALES, LOCALE_TAGS } from './types';

describe('the day-2 texts', () => {
  it('every message outside the findings has sample parameters, so the glossary test renders it', () => {
    const functions = catalogLeaves(DAY2_TEXTS.en).filter(
      (l) => typeof l.value === 'function' && !l.path.startsWith('findings.'),
    );
    expect(functions.map((l) => l.path).filter((p) => !(p in DAY2_SAMPLE_PARAMS))).toEqual([]);
  });

  it('the hand-built day-2 plans reach every day-2 finding, and each renders in every language', () => {
    const results = DAY2_PLANS.map((input) =>
      computePlan(input, input.rules === seedRules.id ? seedRules : upstreamRules),
    );
    const found = results.flatMap(
      (r) => planDay2Of(r, r.input.rules === seedRules.id ? seedRules : upstreamRules)?.findings ?? [],
    );
    expect(new Set(found.map((x) => x.code))).toEqual(new Set(Object.keys(DAY2_TEXTS.en.findings)));
    for (const locale of LOCALES) {
      const f = createFormatter(LOCALE_TAGS[locale]);
      for (const x of found) {
        const text = day2FindingText(DAY2_TEXTS[locale].findings, x, f);
        for (const part of [text.title, text.why, text.fix]) expect(part.trim(), `${locale} ${x.code}`).not.toBe('');
      }
    }
  });

  it('no plain day-2 text names a rule’s number that the rules file holds (quota, retention, batch size, schedule)', () => {
    const text = JSON.stringify(catalogLeaves(DAY2_TEXTS.en).map((l) => (typeof l.value === 'string' ? l.value : '')));
    for (const literal of ['2 GB', '8 GB', ' 5 ', ' 50 ', '0 */12']) expect(text).not.toContain(literal);
  });
});
