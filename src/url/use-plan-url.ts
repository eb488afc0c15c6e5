import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PlanInput } from '../core/model/plan-input';
import { keepLang } from '../i18n/locale';
import { decodePlan, encodePlan, keepCompared, type UrlNotice } from './plan-url';
import { writeStoredQuery } from './plan-storage';

const CHANGE_EVENT = 'k3s-sizer:plan-url';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const readSearch = (): string => window.location.search;
// At build time there is no address: the page built ahead of time is the plan with no parameters.
const readServerSearch = (): string => (typeof window === 'undefined' ? '' : window.location.search);

/** How a change reaches the history: replace while typing, push for discrete choices so Back undoes them. */
export type HistoryMode = 'replace' | 'push';

/** The address bar's query string, followed through every change. */
export function useLinkSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, readServerSearch);
}

/** Puts a query string in the address bar (the page's language kept) and tells every reader of the link. */
export function goToQuery(query: string, mode: HistoryMode): void {
  const next = keepLang(query, window.location.search);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The plan is the address bar. Reading decodes the query string (with notices for anything
 * ignored); writing re-encodes the plan and replaces or pushes a history entry.
 */
export function usePlanUrl(defaults: PlanInput, knownRules: readonly string[], restored = false) {
  const search = useLinkSearch();
  const decoded = useMemo(() => decodePlan(search, defaults, knownRules), [search, defaults, knownRules]);
  // The plan keeps its identity while its canonical form does not change (a link rewritten into
  // canonical form, a language switch), so nothing downstream computes or renders again.
  const canonical = useMemo(() => encodePlan(decoded.plan, defaults), [decoded.plan, defaults]);
  const plan = useMemo(() => decodePlan(canonical, defaults, knownRules).plan, [canonical, defaults, knownRules]);
  const [notices, setNotices] = useState<readonly UrlNotice[]>(() =>
    restored ? [{ kind: 'restored' }, ...decoded.notices] : decoded.notices,
  );

  const write = useCallback(
    (plan: PlanInput, mode: HistoryMode) => {
      const encoded = encodePlan(plan, defaults);
      writeStoredQuery(encoded);
      goToQuery(keepCompared(`?${encoded}`, window.location.search), mode);
    },
    [defaults],
  );

  // A link opened with Back/Forward brings its own notices; the app's own writes never do.
  useEffect(() => {
    const onPop = () => {
      setNotices(decodePlan(window.location.search, defaults, knownRules).notices);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, [defaults, knownRules]);

  // The address bar shows the canonical form of the plan from the first render on. An address
  // that changed after this render (a preset clicked while the built page hydrates is handled
  // before the first commit's effects run) is newer than this plan: the render it brings writes it.
  useEffect(() => {
    if (window.location.search !== search) return;
    write(plan, 'replace');
  }, [plan, search, write]);

  const dismissNotices = useCallback(() => {
    setNotices([]);
  }, []);

  return { plan, setPlan: write, notices, dismissNotices };
}
