import { createContext, use } from 'react';

/**
 * False in the page's first render — the page built ahead of time, the render that hydrates it,
 * or the browser's first render of another plan — and true from the next render, which follows
 * as a transition. While false, the panels below the first screen wait (the first render stays
 * small and paints fast) and the controls are disabled: input typed into the built page before
 * the app runs would be lost when React takes it over.
 */
export const AppReadyContext = createContext(true);

export function useAppReady(): boolean {
  return use(AppReadyContext);
}
