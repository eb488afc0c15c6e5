import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { writeLocal } from '../storage/local-store';
import { loadCatalog } from './catalogs';
import type { Catalog } from './en';
import { createFormatter, type Formatter } from './format';
import { LANG_STORAGE_KEY, withLang } from './locale';
import { LOCALE_TAGS, type Locale } from './types';

interface I18n {
  readonly locale: Locale;
  readonly m: Catalog;
  readonly f: Formatter;
  /** Loads the language's catalog, then switches the page to it and remembers the choice. */
  readonly setLocale: (locale: Locale) => void;
  /** The language being fetched, while it is. */
  readonly pending: Locale | null;
  /** The language whose catalog could not be fetched on the last attempt. */
  readonly failed: Locale | null;
}

export interface LoadedLocale {
  readonly locale: Locale;
  readonly catalog: Catalog;
}

const I18nContext = createContext<I18n | null>(null);

/** Puts the language where the browser and the reader see it: <html lang>, the title, the link. */
function showLocale(locale: Locale, m: Catalog): void {
  document.documentElement.lang = LOCALE_TAGS[locale];
  document.title = m.app.documentTitle;
  const search = withLang(window.location.search, locale);
  if (search !== window.location.search)
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
}

export function I18nProvider({ initial, children }: { initial: LoadedLocale; children: ReactNode }) {
  const [current, setCurrent] = useState<LoadedLocale>(initial);
  const [pending, setPending] = useState<Locale | null>(null);
  const [failed, setFailed] = useState<Locale | null>(null);

  useEffect(() => {
    showLocale(current.locale, current.catalog);
  }, [current]);

  const setLocale = useCallback((locale: Locale) => {
    setPending(locale);
    setFailed(null);
    loadCatalog(locale).then(
      (catalog) => {
        writeLocal(LANG_STORAGE_KEY, locale);
        setCurrent({ locale, catalog });
        setPending((p) => (p === locale ? null : p));
      },
      () => {
        setFailed(locale);
        setPending((p) => (p === locale ? null : p));
      },
    );
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale: current.locale,
      m: current.catalog,
      f: createFormatter(LOCALE_TAGS[current.locale]),
      setLocale,
      pending,
      failed,
    }),
    [current, setLocale, pending, failed],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The active catalog (m) and formatter (f). Every user-visible string comes from here. */
export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
