import type { QueryClient } from '@tanstack/react-query';
import { rulesIndexResult, rulesQuery } from '../data/rules-query';
import { loadCatalog } from '../i18n/catalogs';
import type { LoadedLocale } from '../i18n/i18n';
import type { Locale } from '../i18n/types';
import { RULES_KEY } from '../url/plan-url';
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
export async function boot(locale: Locale, builtPage: boolean): Promise<Boot> {
  // A link that names a plan wins; otherwise the plan this browser kept comes back.
  const restored = restoreLastPlan();
  const queryClient = createQueryClient();

  // The page renders once, in its language: a Japanese or Chinese reader waits for that catalog
  // rather than seeing English first. If it cannot be fetched, English it is.
  const initial = loadCatalog(locale).then(
    (catalog): LoadedLocale => ({ locale, catalog }),
    async (): Promise<LoadedLocale> => ({ locale: 'en', catalog: await loadCatalog('en') }),
  );

  // The rules file this visit's plan names (the page's loader has already requested the default
  // one) is fetched before the first render, so that render is the plan itself rather than a
  // loading state the plan replaces a moment later: one commit and one layout fewer at start-up.
  // One attempt only: if it fails, the app's own query tries again and says why.
  const rulesReady = async (): Promise<boolean> => {
    if (!rulesIndexResult.ok) return false;
    const { index } = rulesIndexResult;
    const named = new URLSearchParams(window.location.search).get(RULES_KEY);
    const id = named !== null && index.files.some((f) => f.id === named) ? named : index.default;
    return queryClient.query({ ...rulesQuery(index, id), retry: false }).then(
      () => true,
      () => false,
    );
  };

  // The built page holds the default plan in English. When this visit is exactly that and its
  // rules are in, React hydrates the HTML in place; otherwise the app renders its own page over it.
  const hydrates = async (): Promise<boolean> => {
    const rules = await rulesReady();
    return rules && builtPage && rendersBuiltPage(window.location.search, restored, locale);
  };

  const [loaded, hydrate] = await Promise.all([initial, hydrates()]);
  return { restored, initial: loaded, hydrate, queryClient };
}
