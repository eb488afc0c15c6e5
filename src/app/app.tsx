import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './query-client';
import { startTransition, useEffect, useRef, useState } from 'react';
import { rulesIndexResult } from '../data/rules-query';
import { I18nProvider, useI18n, type LoadedLocale } from '../i18n/i18n';
import { RulesLoadErrorPanel } from '../ui/shared/rules-status';
import { ErrorBoundary } from '../ui/shared/error-boundary';
import { layOutBeforeInPageJumps } from '../ui/shared/in-page-jump';
import { layOutProgressively, onFirstInteraction } from '../ui/shared/progressive-layout';
import { APP_STAGES, AppStageContext } from '../ui/shared/use-app-ready';
import { Planner } from './planner';

/**
 * Offline use and updates: the service worker's module (src/app/service-worker.tsx, a chunk of its
 * own that nothing at start-up waits for) loads after the page's load event and registers the
 * worker when the browser is idle.
 */
export function startServiceWorkerAfterLoad(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./service-worker').then((m) => m.startServiceWorker({ base: import.meta.env.BASE_URL }));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function CrashFallback({ reset }: { reset: () => void }) {
  const { m } = useI18n();
  return (
    <main className="layout layout--single">
      <section className="rules-error" role="alert">
        <h1>{m.errorBoundary.title}</h1>
        <p>{m.errorBoundary.body}</p>
        <div className="rules-error__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.history.replaceState(null, '', window.location.pathname);
              reset();
            }}
          >
            {m.errorBoundary.reset}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              window.location.reload();
            }}
          >
            {m.errorBoundary.reload}
          </button>
        </div>
      </section>
    </main>
  );
}

interface AppProps {
  restored?: boolean;
  initial: LoadedLocale;
  /** A client already holding the rules (the build-time render, and the page that hydrates it). */
  queryClient?: QueryClient;
}

export function App({ restored = false, initial, queryClient: given }: AppProps) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  // The first render is the first screen; the rest follows in stages (see use-app-ready.ts), each
  // a transition started in a task of its own after the previous commit.
  const [stage, setStage] = useState(0);
  // Panels far from the screen are laid out only once the reader moves (see progressive-layout.ts).
  useEffect(layOutBeforeInPageJumps, []);
  // No state: the reader's first key press must not re-render the whole page.
  const layingOut = useRef<(() => void) | null>(null);
  useEffect(() => {
    const stop = onFirstInteraction(() => {
      layingOut.current = layOutProgressively();
    });
    return () => {
      stop();
      layingOut.current?.();
    };
  }, []);
  useEffect(() => {
    // Panels a later stage rendered join in.
    if (!layingOut.current) return;
    layingOut.current();
    layingOut.current = layOutProgressively();
  }, [stage]);
  useEffect(() => {
    if (stage >= APP_STAGES.length - 1) return undefined;
    const timer = setTimeout(() => {
      startTransition(() => {
        setStage(stage + 1);
      });
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [stage]);
  return (
    <QueryClientProvider client={queryClient}>
      <AppStageContext value={stage}>
        <I18nProvider initial={initial}>
          <ErrorBoundary fallback={(reset) => <CrashFallback reset={reset} />}>
            {rulesIndexResult.ok ? (
              <Planner index={rulesIndexResult.index} restored={restored} />
            ) : (
              <RulesLoadErrorPanel error={rulesIndexResult.error} />
            )}
          </ErrorBoundary>
        </I18nProvider>
      </AppStageContext>
    </QueryClientProvider>
  );
}
