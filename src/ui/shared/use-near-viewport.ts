import { useCallback, useState } from 'react';

export interface NearViewport {
  /** Attach to the element to watch. */
  readonly ref: (element: Element | null) => void;
  /** Whether the element has ever come within the margin of the viewport (stays true after). */
  readonly reached: boolean;
  /** Whether it is within the margin now. */
  readonly near: boolean;
}

/**
 * Whether an element is within `margin` of the viewport, and whether it ever was. For work that
 * nobody sees until they scroll to it (drawing charts), and that need not follow every edit while
 * it is out of sight. Without IntersectionObserver both answers are true at once.
 */
export function useNearViewport(margin = '600px'): NearViewport {
  const [state, setState] = useState(() => {
    const always = typeof IntersectionObserver === 'undefined';
    return { reached: always, near: always };
  });
  const ref = useCallback(
    (element: Element | null) => {
      if (!element || typeof IntersectionObserver === 'undefined') return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          const near = entries.some((e) => e.isIntersecting);
          setState((prev) =>
            prev.near === near && (prev.reached || !near) ? prev : { reached: prev.reached || near, near },
          );
        },
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
      };
    },
    [margin],
  );
  return { ref, reached: state.reached, near: state.near };
}

/**
 * `value` while `live`; while not, the last value seen live. A React element held this way is the
 * same object from one render to the next, so React skips its subtree: an off-screen chart is not
 * redrawn on every edit, and is drawn with the latest figures once it comes back into view.
 */
export function useHeldWhileAway<T>(value: T, live: boolean): T {
  const [held, setHeld] = useState(value);
  if (live && held !== value) setHeld(value);
  return live ? value : held;
}
