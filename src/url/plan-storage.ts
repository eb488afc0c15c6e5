import { PLAN_PARAMS, RULES_KEY } from './plan-url';

/** The last plan, as its query string. A plan holds no secrets, so nothing secret is stored. */
export const STORAGE_KEY = 'k3s-sizer:last-plan';

const PLAN_KEYS = new Set<string>([RULES_KEY, ...PLAN_PARAMS.map((p) => p.key)]);

/** Storage can be missing or refuse access (private windows, blocked cookies): then nothing is kept. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readStoredQuery(): string | null {
  try {
    const value = storage()?.getItem(STORAGE_KEY) ?? null;
    return value !== null && value.length <= 4000 ? value : null;
  } catch {
    return null;
  }
}

export function writeStoredQuery(query: string): void {
  try {
    storage()?.setItem(STORAGE_KEY, query);
  } catch {
    // Full or blocked storage only costs the restore on the next visit.
  }
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
  window.history.replaceState(null, '', `${window.location.pathname}?${stored}${window.location.hash}`);
  return true;
}
