import { useCallback, useEffect, useState, type MouseEvent } from 'react';

/** The panels further down the results that load when reached, in page order. */
export const PANELS_LOADED_WHEN_REACHED = ['machines', 'diagrams', 'install', 'day2'] as const;
export type PanelLoadedWhenReached = (typeof PANELS_LOADED_WHEN_REACHED)[number];

const isLoadedWhenReached = (id: string): id is PanelLoadedWhenReached =>
  (PANELS_LOADED_WHEN_REACHED as readonly string[]).includes(id);

/** How long a jump waits for the panels it loads before it lands anyway (a slow network). */
const LAND_ANYWAY_MS = 10_000;

/** What a reader does to go on while a jump waits: the page then does not move under them. */
const TAKE_OVER = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * In-page links to the panels that load when reached. Followed as the browser would, a link would
 * land on the panel's loading line and then be pushed down as the panels above it load. Instead a
 * jump loads its panel and every such panel above it, then lands on it: scrolled to, focused (as the
 * browser moves its focus start to a link's target) and written into the address as `#id` — unless
 * the reader scrolls, taps or types before they have loaded.
 * `through` is the farthest panel a jump has asked for (its index, −1 before any).
 */
export function usePanelJump(): {
  through: number;
  onJump: (event: MouseEvent<HTMLAnchorElement>) => void;
} {
  const [jump, setJump] = useState<{ id: PanelLoadedWhenReached; n: number } | null>(null);
  const [through, setThrough] = useState(-1);
  const onJump = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    const id = event.currentTarget.hash.slice(1);
    if (!isLoadedWhenReached(id)) return;
    event.preventDefault();
    setThrough((prev) => Math.max(prev, PANELS_LOADED_WHEN_REACHED.indexOf(id)));
    setJump((prev) => ({ id, n: (prev?.n ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    if (!jump) return undefined;
    const above = PANELS_LOADED_WHEN_REACHED.slice(0, PANELS_LOADED_WHEN_REACHED.indexOf(jump.id) + 1);
    // A panel still loading is its loading line, which carries the panel's id.
    const loading = () => above.some((id) => document.getElementById(id)?.tagName === 'P');
    const land = () => {
      stop();
      const target = document.getElementById(jump.id);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
      if (window.location.hash !== `#${jump.id}`) window.history.pushState(window.history.state, '', `#${jump.id}`);
    };
    const observer = new MutationObserver(() => {
      if (!loading()) land();
    });
    const timer = setTimeout(land, LAND_ANYWAY_MS);
    // A reader who scrolls, taps or types meanwhile has gone on: the page does not move under them.
    for (const name of TAKE_OVER) window.addEventListener(name, stop, { capture: true, passive: true });
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      for (const name of TAKE_OVER) window.removeEventListener(name, stop, { capture: true });
    }
    if (loading()) observer.observe(document.body, { childList: true, subtree: true });
    else land();
    return stop;
  }, [jump]);

  return { through, onJump };
}
