import { useEffect } from 'react';
import { onFirstInteraction } from '../ui/shared/progressive-layout';

/** Whether a key press is the browser's Print shortcut (Ctrl+P, or ⌘P on a Mac). */
export function isPrintShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
}

/** After React has rendered what a resolved promise let through, and the browser has painted it. */
const afterRender = () =>
  new Promise<void>((done) => {
    setTimeout(() => {
      requestAnimationFrame(() => {
        done();
      });
    }, 0);
  });

/**
 * Printing produces the whole report, though panels load only when reached:
 * - the Print shortcut waits for `prepare` (every panel's code, the other edition's rules), then
 *   prints, so the render printing starts has everything;
 * - after the reader's first scroll, key or tap, `prepare` runs when the browser is idle, so a print
 *   started from the browser's menu finds the panels' code there too. Without any input the page
 *   loads nothing it does not show.
 */
export function usePrintWholeReport(prepare: () => Promise<unknown>): void {
  useEffect(() => {
    let idle: number | undefined;
    const stop = onFirstInteraction(() => {
      const run = () => void prepare().catch(() => undefined);
      if ('requestIdleCallback' in window) idle = requestIdleCallback(run, { timeout: 5000 });
      else run();
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event)) return;
      event.preventDefault();
      void prepare()
        .catch(() => undefined)
        .then(afterRender)
        .then(() => {
          window.print();
        });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stop();
      if (idle !== undefined) cancelIdleCallback(idle);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [prepare]);
}
