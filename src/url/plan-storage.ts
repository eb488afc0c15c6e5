import { keepLang } from '../i18n/locale';
import { readLocal, writeLocal } from '../storage/local-store';
import { PLAN_PARAMS, RULES_KEY } from './plan-url';

/** The last plan, as its query string. A plan holds no secrets, so nothing secret is stored. */
export const STORAGE_KEY = 'k3s-sizer:last-plan';

const PLAN_KEYS = new Set<string>([RULES_KEY, ...PLAN_PARAMS.map((p) => p.key)]);

export function readStoredQuery(): string | null {
  return readLocal(STORAGE_KEY);
}

export function writeStoredQuery(query: string): void {
  writeLocal(STORAGE_KEY, query);
}

/** Whether a query string describes a plan (any plan parameter), so it wins over a stored plan. */
export function hasPlanParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => PLAN_KEYS.has(k));
}

/**
 * Before the first render: if the address names no plan and this browser kept one, put the kept
 * plan in the address bar. Returns whether a plan was restored.
 */
export function restoreLastPlan(): boolean {
  if (hasPlanParams(window.location.search)) return false;
  const stored = readStoredQuery();
  if (stored === null || !hasPlanParams(stored)) return false;
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${keepLang(`?${stored}`, window.location.search)}${window.location.hash}`,
  );
  return true;
}
