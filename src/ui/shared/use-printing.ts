import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page has been asked to print. Set as printing starts, in a render that finishes
 * before the browser lays the page out for paper, so panels that load only when reached are in the
 * print too (those whose code is loaded; src/app loads them all first for a print started from the
 * keyboard). Stays true afterwards: the panels, once there, stay.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const onBeforePrint = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  return printing;
}
