import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { rulesIndexResult } from '../data/rules-query';
import { I18nProvider, useI18n, type LoadedLocale } from '../i18n/i18n';
import { RulesLoadErrorPanel } from '../ui/shared/rules-status';
import { ErrorBoundary } from '../ui/shared/error-boundary';
import { Planner } from './planner';

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
          <button type="button" className="button button--secondary" onClick={() => { window.location.reload(); }}>
            {m.errorBoundary.reload}
          </button>
        </div>
      </section>
    </main>
  );
}

export function App({ restored = false, initial }: { restored?: boolean; initial: LoadedLocale }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={initial}>
        <ErrorBoundary fallback={(reset) => <CrashFallback reset={reset} />}>
          {rulesIndexResult.ok ? <Planner index={rulesIndexResult.index} restored={restored} /> : <RulesLoadErrorPanel error={rulesIndexResult.error} />}
        </ErrorBoundary>
      </I18nProvider>
    </QueryClientProvider>
  );
}
