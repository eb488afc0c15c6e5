import { en, type Catalog } from './en';
import type { Locale } from './types';

/**
 * English ships with the page; Japanese and Chinese are separate chunks, fetched when a reader
 * needs them and kept once loaded.
 */
const loaders: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  en: () => Promise.resolve(en),
  ja: () => import('./ja').then((mod) => mod.ja),
  zh: () => import('./zh').then((mod) => mod.zh),
};

const loaded = new Map<Locale, Promise<Catalog>>();

export function loadCatalog(locale: Locale): Promise<Catalog> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = loaders[locale]();
    // A failed fetch (offline, a new deployment) is not cached: the next attempt tries again.
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}
