import { createContext, use } from 'react';

/**
 * How far the page has come since its first render, in stages that each render in a task of
 * their own (a transition scheduled after the previous commit), so that no single task holds the
 * main thread for long while the page starts:
 * - `first`: the page's first render — the page built ahead of time, the render that hydrates it,
 *   or the browser's first render of another plan. Controls are disabled (input typed into the
 *   built page before the app runs would be lost when React takes it over) and the panels below
 *   the first screen wait.
 * - `ready`: controls accept input.
 * - `findings`: the list of findings (its title and counts are there from the first render).
 * - `network`, `network-more`: the network panel's addressing and ports, then its firewall
 *   commands, security groups and OS steps. From `network` on, the panels further down (machines,
 *   diagrams, install, day 2) load as they come near the screen.
 */
export const APP_STAGES = ['first', 'ready', 'findings', 'network', 'network-more'] as const;
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
