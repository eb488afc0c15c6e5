import { isLocale, type Locale } from './types';

/** The query parameter that carries the page's language. */
export const LANG_KEY = 'lang';

/** Where this browser keeps the reader's choice of language (a preference, nothing secret). */
export const LANG_STORAGE_KEY = 'k3s-sizer:lang';

/**
 * The locale for a language tag: ja, ja-JP → ja; zh, zh-CN, zh-Hans, zh-TW… → zh (Simplified
 * Chinese is the only Chinese catalog, and closer to a Traditional reader than English);
 * en-GB → en; anything else → null.
 */
export function matchLocale(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : null;
}

export interface LocaleSources {
  /** The link's `lang` parameter, if any. */
  readonly param: string | null;
  /** The language this browser chose last time, if any. */
  readonly stored: string | null;
  /** navigator.languages, most preferred first. */
  readonly browser: readonly string[];
}

/** The link wins, then the reader's last choice, then the browser's languages in order, then English. */
export function pickLocale({ param, stored, browser }: LocaleSources): Locale {
  if (param !== null && isLocale(param)) return param;
  if (stored !== null && isLocale(stored)) return stored;
  for (const tag of browser) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** A query string with its `lang` parameter set, every other parameter untouched and in order. */
export function withLang(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(LANG_KEY, locale);
  return `?${params.toString()}`;
}

/** `query` with the `lang` parameter of `from` carried over, when `from` names a known language. */
export function keepLang(query: string, from: string): string {
  const lang = new URLSearchParams(from).get(LANG_KEY);
  return lang !== null && isLocale(lang) ? withLang(query, lang) : query;
}
