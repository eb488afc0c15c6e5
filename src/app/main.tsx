import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalog } from '../i18n/catalogs';
import type { LoadedLocale } from '../i18n/i18n';
import { LANG_KEY, LANG_STORAGE_KEY, pickLocale } from '../i18n/locale';
import { applyTheme, readTheme } from '../ui/theme/theme';
import { readLocal } from '../url/local-store';
import { restoreLastPlan } from '../url/plan-storage';
import { App } from './app';
import '../ui/styles.css';

applyTheme(readTheme());

// A link that names a plan wins; otherwise the plan this browser kept comes back.
const restored = restoreLastPlan();

const locale = pickLocale({
  param: new URLSearchParams(window.location.search).get(LANG_KEY),
  stored: readLocal(LANG_STORAGE_KEY, 10),
  browser: navigator.languages,
});

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
void start().then((initial) => {
  // A transition renders in slices that yield to the browser, so the first render of a tall page
  // never blocks input for long.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App restored={restored} initial={initial} />
      </StrictMode>,
    );
  });
});
