import { readLocal, writeLocal } from '../../storage/local-store';

/** System follows prefers-color-scheme; light and dark override it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'k3s-sizer:theme';

const isTheme = (value: string | null): value is Theme =>
  value !== null && (THEMES as readonly string[]).includes(value);

export function readTheme(): Theme {
  const stored = readLocal(THEME_STORAGE_KEY, 10);
  return isTheme(stored) ? stored : 'system';
}

/**
 * Sets <html data-theme>: the stylesheet's colour-scheme and the diagrams' palette read it. Run
 * before the first render too, so a chosen theme never flashes the system one.
 */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const THEME_EVENT = 'k3s-sizer:theme';

export function saveTheme(theme: Theme): void {
  writeLocal(THEME_STORAGE_KEY, theme === 'system' ? null : theme);
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** For useSyncExternalStore: the chosen theme changes when saveTheme runs. */
export function subscribeTheme(onChange: () => void): () => void {
  window.addEventListener(THEME_EVENT, onChange);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
  };
}
