import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadCatalog } from '../i18n/catalogs';
import { warmUpIntl } from '../i18n/format';
import type { LoadedLocale } from '../i18n/i18n';
import { LANG_KEY, LANG_STORAGE_KEY, pickLocale } from '../i18n/locale';
import { LOCALE_TAGS } from '../i18n/types';
import { applyTheme, readTheme } from '../ui/theme/theme';
import { readLocal } from '../url/local-store';
import { restoreLastPlan } from '../url/plan-storage';
import { rulesIndexResult, rulesQuery } from '../data/rules-query';
import { rendersBuiltPage, VERDICT_CLASSES } from './prerender-guard';
import { createQueryClient } from './query-client';
import '../ui/styles.css';

applyTheme(readTheme());

// A link that names a plan wins; otherwise the plan this browser kept comes back.
const restored = restoreLastPlan();

const locale = pickLocale({
  param: new URLSearchParams(window.location.search).get(LANG_KEY),
  stored: readLocal(LANG_STORAGE_KEY, 10),
  browser: navigator.languages,
});

// The app itself (components, the plan's arithmetic) is a module graph of its own: fetched with the
// rules and the catalog, and run in a task of its own rather than in one long start-up task.
const appModule = import('./app');

warmUpIntl(LOCALE_TAGS[locale]);

// The page renders once, in its language: a Japanese or Chinese reader waits for that catalog
// rather than seeing English first. If it cannot be fetched, English it is.
async function start(): Promise<LoadedLocale> {
  try {
    return { locale, catalog: await loadCatalog(locale) };
  } catch {
    return { locale: 'en', catalog: await loadCatalog('en') };
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();

/**
 * The built page holds the default plan in English. When this visit is exactly that, the rules are
 * fetched (preloaded by the page) and React hydrates the HTML in place; otherwise, or if the rules
 * cannot be had, the app renders its own page over it.
 */
async function hydrates(): Promise<boolean> {
  if (!root?.hasAttribute('data-prerendered') || !rulesIndexResult.ok) return false;
  if (!rendersBuiltPage(window.location.search, restored, locale)) return false;
  const { index } = rulesIndexResult;
  try {
    await queryClient.query(rulesQuery(index, index.default));
    return true;
  } catch {
    return false;
  }
}

/** Shows the page: the built page's hiding classes go once React's first commit replaced it. */
function revealPage(): void {
  root?.removeAttribute('data-prerendered');
  document.documentElement.classList.remove(...Object.values(VERDICT_CLASSES));
}

function RevealOnCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(revealPage, []);
  return children;
}

/** The page's own message (index.html) for a script that could not be fetched: a new deployment, a lost connection. */
function showLoadFailed(): void {
  const message = document.getElementById('load-failed');
  if (message) message.hidden = false;
}

void Promise.all([start(), hydrates(), appModule]).then(([initial, hydrate, { App }]) => {
  const app = <App restored={restored} initial={initial} queryClient={queryClient} />;
  if (hydrate) {
    revealPage();
    startTransition(() => {
      hydrateRoot(root, <StrictMode>{app}</StrictMode>);
    });
    return;
  }
  // Rendered over the built page (React replaces it in its first commit). A transition renders in
  // slices that yield to the browser, so the first render of a tall page never blocks input for long.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <RevealOnCommit>{app}</RevealOnCommit>
      </StrictMode>,
    );
  });
}, showLoadFailed);
