import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { RulesSchema } from '../core/model/rules';
import { rulesIndexResult, rulesQuery } from '../data/rules-query';
import { en } from '../i18n/en';
import { App } from './app';
import { createQueryClient } from './query-client';

/**
 * The page for a first visit, rendered at build time: the default plan, in English, from the
 * default rules file (the same JSON the page preloads). The browser hydrates it when its visit is
 * exactly that (see prerender-guard.ts), so the first paint does not wait for the script.
 */
export function renderBuiltPage(rulesJson: unknown): string {
  if (!rulesIndexResult.ok) throw rulesIndexResult.error;
  const { index } = rulesIndexResult;
  const queryClient = createQueryClient();
  queryClient.setQueryData(rulesQuery(index, index.default).queryKey, RulesSchema.parse(rulesJson));
  return renderToString(
    <StrictMode>
      <App initial={{ locale: 'en', catalog: en }} queryClient={queryClient} />
    </StrictMode>,
  );
}
