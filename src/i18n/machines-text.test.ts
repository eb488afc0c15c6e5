import { describe, expect, it } from 'vitest';
import { planMachines } from '../core/plan/plan-machines';
import { machineCatalog, plan, seedRules } from '../core/testing/fixtures';
import { createFormatter } from './format';
import { formatMoney, MACHINES_TEXTS, machineFindingText } from './machines-text';
import { catalogLeaves, MACHINES_SAMPLE_PARAMS } from './testing/rendered-texts';
import { LOCALES, LOCALE_TAGS } from './types';

describe('the machines panel’s texts', () => {
  it('every message outside the findings has sample parameters, so the glossary test renders it', () => {
    const functions = catalogLeaves(MACHINES_TEXTS.en).filter(
      (l) => typeof l.value === 'function' && !l.path.startsWith('findings.'),
    );
    expect(functions.map((l) => l.path).filter((p) => !(p in MACHINES_SAMPLE_PARAMS))).toEqual([]);
  });

  it('a chosen type that does not serve its role reads in every language', () => {
    const result = plan(
      { arch: 'arm64', servers: 3, agents: 5, haMode: 'ha-embedded', datastore: 'embedded-etcd' },
      seedRules,
      {
        machines: { server: 'aws-ec2/m6i.large', agent: 'raspberry-pi/raspberry-pi-4b-1gb' },
      },
    );
    const found = planMachines(result, machineCatalog, seedRules).findings;
    expect(found.filter((x) => x.code === 'machines.chosen-type-unfit')).toHaveLength(1);
    for (const locale of LOCALES) {
      const f = createFormatter(LOCALE_TAGS[locale]);
      for (const x of found) {
        const text = machineFindingText(MACHINES_TEXTS[locale].findings, x, f);
        for (const part of [text.title, text.why, text.fix]) expect(part.trim(), `${locale} ${x.code}`).not.toBe('');
      }
    }
  });

  it('writes an amount in its currency for the language', () => {
    expect(formatMoney(1234.5, 'USD', 'en')).toBe('$1,234.50');
    expect(formatMoney(1234, 'JPY', 'ja')).toBe('￥1,234');
  });
});
