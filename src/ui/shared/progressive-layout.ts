/**
 * The panels the browser lays out only when they come near the screen (styles.css, "Panels off
 * screen"), and the class that has one laid out for good.
 */
export const DEFERRED_PANELS = '.results > :not(.results-nav):not(.answer-bar)';
export const LAID_OUT_CLASS = 'is-laid-out';

/** Runs `step` after the browser's next rendering update, in a task of its own. */
function afterNextFrame(step: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(step, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Lays out the deferred panels for good, one per frame in page order, so that each costs a short
 * task rather than all of them one long one, and so that positions further down stop moving as
 * panels take their real height (a reader dragging the scroll bar, the browser restoring a scroll
 * position). Panels rendered later are picked up by calling it again. Returns the function that stops it.
 */
export function layOutProgressively(
  doc: Document = document,
  schedule: (step: () => void) => () => void = afterNextFrame,
): () => void {
  let cancel = schedule(function step() {
    const panel = doc.querySelector(`:is(${DEFERRED_PANELS}):not(.${LAID_OUT_CLASS})`);
    if (!panel) return;
    panel.classList.add(LAID_OUT_CLASS);
    cancel = schedule(step);
  });
  return () => {
    cancel();
  };
}

/**
 * Calls `then` once, at the reader's first scroll, key, pointer press or focus move: the sign that
 * the rest of the page is about to be needed. Until then the page has laid out only what can be
 * seen. Returns the function that stops listening.
 */
export function onFirstInteraction(then: () => void, target: Window = window): () => void {
  const events = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart', 'focusin'] as const;
  const handler = (): void => {
    stop();
    then();
  };
  function stop(): void {
    for (const name of events) target.removeEventListener(name, handler, { capture: true });
  }
  for (const name of events) target.addEventListener(name, handler, { capture: true, passive: true });
  return stop;
}
