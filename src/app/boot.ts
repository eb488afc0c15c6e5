import type { QueryClient } from '@tanstack/react-query';
import { rulesIndexResult, rulesQuery } from '../data/rules-query';
import { loadCatalog } from '../i18n/catalogs';
import type { LoadedLocale } from '../i18n/i18n';
import type { Locale } from '../i18n/types';
import { restoreLastPlan } from '../url/plan-storage';
import { rendersBuiltPage } from './prerender-guard';
import { createQueryClient } from './query-client';

/** What the page needs before its first render. */
export interface Boot {
  /** Whether the plan this browser kept was put back in the address bar. */
  readonly restored: boolean;
  readonly initial: LoadedLocale;
  /** Whether the built page is this visit's page, so React hydrates it (the rules are then in the client). */
  readonly hydrate: boolean;
  readonly queryClient: QueryClient;
}

/**
 * Start-up work that needs the schemas (zod), the English catalog and the query client: a module
 * graph of its own, evaluated in its own task, apart from React's (the entry) and the app's.
 */
export async function boot(locale: Locale, builtPage: boolean): Promise<Boot> {  // A link that names a plan wins; otherwise the plan this browser kept comes back.
  const restored = restoreLastPlan();
  const queryClient = createQueryClient();

  // The page renders once, in its language: a Japanese or Chinese reader waits for that catalog
  // rather than seeing English first. If it cannot be fetched, English it is.
  const initial = loadCatalog(locale).then(
    (catalog): LoadedLocale => ({ locale, catalog }),
    async (): Promise<LoadedLocale> => ({ locale: 'en', catalog: await loadCatalog('en') }),
  );

  // The built page holds the default plan in English. When this visit is exactly that, the rules
  // are fetched and React hydrates the HTML in place; otherwise, or if the rules cannot be had,
  // the app renders its own page over it.
  const hydrates = async (): Promise<boolean> => {
    if (!builtPage || !rulesIndexResult.ok) return false;
    if (!rendersBuiltPage(window.location.search, restored, locale)) return false;
    const { index } = rulesIndexResult;
    try {
      await queryClient.query(rulesQuery(index, index.default));
      return true;
    } catch {
      return false;
    }
  };

  const [loaded, hydrate] = await Promise.all([initial, hydrates()]);
  return { restored, initial: loaded, hydrate, queryClient };
}
