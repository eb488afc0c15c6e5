import { createContext, use } from 'react';

/**
 * How far the page has come since its first render, in stages that each render in a task of
 * their own (a transition scheduled after the previous commit):
 * - `first`: the page's first render — the page built ahead of time, the render that hydrates it,
 *   or the browser's first render of another plan. Controls are disabled (input typed into the
 *   built page before the app runs would be lost when React takes it over) and the panels below
 *   the first screen wait.
 * - `ready`: controls accept input.
 * - `rest`: the list of findings and the network panel; from here on, the panels further down
 *   (machines, diagrams, install, day 2) load as they come near the screen. One transition: React
 *   renders it in slices that yield to the browser, and splitting it into three stages measured the
 *   same (decision 031's addendum).
 */
export const APP_STAGES = ['first', 'ready', 'rest'] as const;
export type AppStage = (typeof APP_STAGES)[number];

/** The stage index; the last one when no provider is present (tests, isolated renders). */
export const AppStageContext = createContext(APP_STAGES.length - 1);

/** Whether the page has reached `stage`. */
export function useAppStage(stage: AppStage): boolean {
  return use(AppStageContext) >= APP_STAGES.indexOf(stage);
}

/** Whether controls accept input yet. */
export function useAppReady(): boolean {
  return useAppStage('ready');
}
