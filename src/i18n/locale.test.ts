import { describe, expect, it } from 'vitest';
import { keepLang, matchLocale, pickLocale, withLang } from './locale';

describe('matchLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA_jp', 'ja'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-GB', 'en'],
    ['fr-FR', null],
    ['', null],
    ['jav', null],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});

describe('pickLocale', () => {
  it('the link wins over the stored choice and the browser', () => {
    expect(pickLocale({ param: 'zh', stored: 'ja', browser: ['en-US'] })).toBe('zh');
  });
  it('an unknown link value falls through to the stored choice, then the browser', () => {
    expect(pickLocale({ param: 'fr', stored: 'ja', browser: ['zh-CN'] })).toBe('ja');
    expect(pickLocale({ param: 'fr', stored: null, browser: ['zh-CN'] })).toBe('zh');
  });
  it('takes the first browser language it has, in the browser’s order', () => {
    expect(pickLocale({ param: null, stored: null, browser: ['fr-FR', 'de', 'ja-JP', 'zh-CN'] })).toBe('ja');
  });
  it('is English when nothing matches', () => {
    expect(pickLocale({ param: null, stored: 'xx', browser: ['fr-FR'] })).toBe('en');
    expect(pickLocale({ param: null, stored: null, browser: [] })).toBe('en');
  });
  it('does not take a parameter in another case (the link is canonical lower case)', () => {
    expect(pickLocale({ param: 'JA', stored: null, browser: [] })).toBe('en');
  });
});

describe('withLang / keepLang', () => {
  it('sets lang and keeps every other parameter in order', () => {
    expect(withLang('?v=1&rules=seed-2026.11&a=5', 'ja')).toBe('?v=1&rules=seed-2026.11&a=5&lang=ja');
    expect(withLang('?v=1&lang=en&a=5', 'zh')).toBe('?v=1&lang=zh&a=5');
    expect(withLang('', 'en')).toBe('?lang=en');
  });
  it('carries a known lang from one query to another, and drops an unknown one', () => {
    expect(keepLang('?v=1&a=3', '?a=2&lang=zh')).toBe('?v=1&a=3&lang=zh');
    expect(keepLang('?v=1&a=3', '?lang=klingon')).toBe('?v=1&a=3');
    expect(keepLang('?v=1', '')).toBe('?v=1');
  });
});
