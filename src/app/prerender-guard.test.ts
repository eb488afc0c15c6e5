import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PRERENDER_GUARD } from '../../scripts/vite-plugins';
import { LANG_STORAGE_KEY, pickLocale } from '../i18n/locale';
import { hasPlanParams, STORAGE_KEY } from '../url/plan-storage';
import { prerenderVerdict, rendersBuiltPage, VERDICT_CLASSES } from './prerender-guard';

interface Visit {
  search: string;
  storedPlan: string | null;
  storedLang: string | null;
  languages: string[];
}

/** What the app itself decides (main.tsx): restore a kept plan, pick the locale, then compare. */
function appDecides({ search, storedPlan, storedLang, languages }: Visit): { hydrates: boolean; locale: string } {
  const restored =
    !hasPlanParams(search) && storedPlan !== null && storedPlan.length <= 4000 && hasPlanParams(storedPlan);
  const locale = pickLocale({
    param: new URLSearchParams(search).get('lang'),
    stored: storedLang !== null && storedLang.length <= 10 ? storedLang : null,
    browser: languages,
  });
  return { hydrates: rendersBuiltPage(search, restored, locale), locale };
}

type Verdict = ReturnType<typeof prerenderVerdict>;

/** Runs the inline head script as the page would, with this visit's browser state; the verdict its classes say. */
function runHeadScript(visit: Visit, storageThrows = false): Verdict {
  const classes = new Set<string>();
  const storage = new Map<string, string>();
  if (visit.storedPlan !== null) storage.set(STORAGE_KEY, visit.storedPlan);
  if (visit.storedLang !== null) storage.set(LANG_STORAGE_KEY, visit.storedLang);
  const context = {
    URLSearchParams,
    document: { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
    location: { search: visit.search },
    navigator: { languages: visit.languages, language: visit.languages[0] ?? 'en' },
    get localStorage() {
      if (storageThrows) throw new Error('SecurityError');
      return { getItem: (key: string) => storage.get(key) ?? null };
    },
  };
  runInNewContext(PRERENDER_GUARD, context);
  expect(classes.size).toBeLessThanOrEqual(1);
  return classes.has(VERDICT_CLASSES.stale) ? 'stale' : classes.has(VERDICT_CLASSES.plan) ? 'plan' : 'fresh';
}

const visit = (v: Partial<Visit>): Visit => ({
  search: '',
  storedPlan: null,
  storedLang: null,
  languages: ['en-US'],
  ...v,
});

describe('the built page is shown only to the visit it was built for', () => {
  it.each<[string, Visit, Verdict]>([
    ['a first visit in English', visit({}), 'fresh'],
    ['the link the page rewrites itself to', visit({ search: '?lang=en' }), 'fresh'],
    ['a browser preferring French, then British English', visit({ languages: ['fr', 'en-GB'] }), 'fresh'],
    ['a browser in a language without a catalog (English follows)', visit({ languages: ['de-DE'] }), 'fresh'],
    ['a kept default plan (an empty query)', visit({ storedPlan: '' }), 'fresh'],
    ['a reader who chose English over a Japanese browser', visit({ storedLang: 'en', languages: ['ja-JP'] }), 'fresh'],
    ['a plan in the link', visit({ search: '?s=3' }), 'plan'],
    ['an unknown parameter (the page will show a notice)', visit({ search: '?utm=x' }), 'plan'],
    ['a kept plan', visit({ storedPlan: 's=3&ha=etcd' }), 'plan'],
    [
      'an unknown language in the link, English browser (the page will show a notice)',
      visit({ search: '?lang=fr' }),
      'plan',
    ],
    ['Japanese in the link', visit({ search: '?lang=ja' }), 'stale'],
    ['a plan in Chinese', visit({ search: '?s=3&lang=zh' }), 'stale'],
    ['an unknown language in the link, Japanese browser', visit({ search: '?lang=fr', languages: ['ja'] }), 'stale'],
    ['a Japanese browser', visit({ languages: ['ja-JP', 'en'] }), 'stale'],
    ['a Chinese browser after an unsupported language', visit({ languages: ['fr', 'zh-TW'] }), 'stale'],
    ['a reader who chose Chinese', visit({ storedLang: 'zh' }), 'stale'],
  ])('%s', (_, v, verdict) => {
    expect(prerenderVerdict(v.search, v.storedPlan, v.storedLang, v.languages)).toBe(verdict);
    expect(runHeadScript(v)).toBe(verdict);
    expect(appDecides(v).hydrates).toBe(verdict === 'fresh');
  });

  it('hides the built page when storage cannot be read', () => {
    expect(runHeadScript(visit({}), true)).toBe('stale');
  });

  it('agrees with the app on random visits: never shows another plan, never shows English to another language', () => {
    const tag = fc.constantFrom(
      'en',
      'en-US',
      'ja',
      'ja-JP',
      'zh',
      'zh-CN',
      'zh-Hant-TW',
      'fr',
      'de-DE',
      '',
      'EN_gb',
      ' ja ',
    );
    const search = fc.oneof(
      fc.constant(''),
      fc.constantFrom(
        '?lang=en',
        '?lang=ja',
        '?lang=zh',
        '?lang=',
        '?lang=en&lang=ja',
        '?lang=ja&lang=en',
        '?s=3',
        '?lang=en&a=2',
        '?rules=seed-2026.11',
        '?x',
        '?lang=fr',
      ),
      fc.string({ maxLength: 30 }).map((s) => `?${s}`),
    );
    const stored = fc.option(fc.constantFrom('', 's=3', 'garbage', 'lang=en', 'a=5&s=1', 'x'.repeat(4001)), {
      nil: null,
    });
    const storedLang = fc.option(fc.constantFrom('en', 'ja', 'zh', 'fr', '', 'english-is-long'), { nil: null });
    fc.assert(
      fc.property(search, stored, storedLang, fc.array(tag, { maxLength: 4 }), (s, sp, sl, languages) => {
        const v = { search: s, storedPlan: sp, storedLang: sl, languages };
        const verdict = prerenderVerdict(s, sp, sl, languages);
        const app = appDecides(v);
        // The head script runs the same function as written in the page.
        expect(runHeadScript(v)).toBe(verdict);
        // The built page is English: it is hidden whole exactly when the app picks another language.
        expect(verdict === 'stale').toBe(app.locale !== 'en');
        // Whenever the app will not hydrate the built page, the script has hidden its plan.
        if (!app.hydrates) expect(verdict).not.toBe('fresh');
      }),
      { numRuns: 2000 },
    );
  });
});
