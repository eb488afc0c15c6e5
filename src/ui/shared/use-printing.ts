import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { currentPlanLink } from '../../url/current-link';

/** When the page last started printing: the plan's link and the day (YYYY-MM-DD). */
export interface PrintStart {
  readonly href: string;
  readonly date: string;
}

/**
 * When the page was last asked to print, or null before. Set as printing starts, in a render that
 * finishes before the browser lays the page out for paper (an update from a native event would
 * otherwise render after it), so what shows only on paper, and panels that load only when reached,
 * are in the print (those whose code is loaded; src/app loads them all first for a print started
 * from the keyboard). Panels, once there, stay.
 */
export function usePrinting(): PrintStart | null {
  const [printing, setPrinting] = useState<PrintStart | null>(null);
  useEffect(() => {
    const onBeforePrint = () => {
      flushSync(() => {
        setPrinting({ href: currentPlanLink(), date: new Date().toISOString().slice(0, 10) });
      });
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  return printing;
}
