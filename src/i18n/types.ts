import type { FindingCode, FindingParamsMap } from '../core/findings/finding';
import type { Formatter } from './format';

/** A message that needs parameters: a function of them and of the locale's formatter. */
export type Msg<P> = (p: P, f: Formatter) => string;

/** Title, reason and remedy of every finding code, typed by that code's parameters. */
export type FindingMessages = {
  [C in FindingCode]: {
    title: Msg<FindingParamsMap[C]>;
    why: Msg<FindingParamsMap[C]>;
    fix: Msg<FindingParamsMap[C]>;
  };
};

export const LOCALES = ['en', 'ja', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag each locale formats numbers and dates with and puts in <html lang>. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en', ja: 'ja', zh: 'zh-CN' };

/** Each language's own name, the same in every catalog, so a reader finds theirs in any language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ja: '日本語', zh: '简体中文' };

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
