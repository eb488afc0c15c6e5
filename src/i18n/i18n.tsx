import { createContext, use, useMemo, type ReactNode } from 'react';
import { en, type Catalog } from './en';
import { createFormatter, type Formatter } from './format';
import type { Locale } from './types';

interface I18n {
  readonly locale: Locale;
  readonly m: Catalog;
  readonly f: Formatter;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ locale: 'en', m: en, f: createFormatter('en') }), []);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The active catalog (m) and formatter (f). Every user-visible string comes from here. */
export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
