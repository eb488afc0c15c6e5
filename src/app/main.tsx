import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { warmUpIntl } from '../i18n/format';
import { LANG_KEY, LANG_STORAGE_KEY, pickLocale } from '../i18n/locale';
import { LOCALE_TAGS } from '../i18n/types';
import { applyTheme, readTheme } from '../ui/theme/theme';
import { readLocal } from '../storage/local-store';
import { VERDICT_CLASSES } from './prerender-guard';
import '../ui/styles.css';

// The entry holds React and what must happen before anything else; the rest starts at once as
// module graphs of their own (the boot module with the schemas and the catalog; the app), each
// evaluated in its own task rather than in one long start-up task (decision 014).
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const builtPage = root.hasAttribute('data-prerendered');

applyTheme(readTheme());

const locale = pickLocale({
  param: new URLSearchParams(window.location.search).get(LANG_KEY),
  stored: readLocal(LANG_STORAGE_KEY, 10),
  browser: navigator.languages,
});

const booted = import('./boot').then((mod) => mod.boot(locale, builtPage));
const appModule = import('./app');

warmUpIntl(LOCALE_TAGS[locale]);

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

void Promise.all([booted, appModule]).then(
  ([{ restored, initial, hydrate, queryClient }, { App, startServiceWorkerAfterLoad }]) => {
    const app = <App restored={restored} initial={initial} queryClient={queryClient} />;
    startServiceWorkerAfterLoad();
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
  },
  showLoadFailed,
);
