import { useCallback, useState } from 'react';

/**
 * Whether an element has come within `margin` of the viewport, once; it stays true after. For
 * work that nobody sees until they scroll to it (drawing charts). Without IntersectionObserver the
 * answer is true at once.
 */
export function useNearViewport(margin = '600px'): [(element: Element | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (element: Element | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
      };
    },
    [margin, near],
  );
  return [ref, near];
}
