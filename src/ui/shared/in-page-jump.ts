/**
 * The class on <html> under which every panel is laid out, on screen or not (styles.css, "Panels
 * off screen"). Until then, panels far from the screen are skipped and stand at a guessed height.
 */
export const IN_PAGE_JUMP_CLASS = 'in-page-jump';

/**
 * Before the browser follows an in-page link (`href="#…"`), lays out every panel, so the link
 * lands on its target and not where the guessed heights of the panels above it would put it.
 * Listens in the capture phase, which runs before the link's default action; the class stays,
 * as the panels' real heights are known from then on. Returns the function that stops listening.
 */
export function layOutBeforeInPageJumps(doc: Document = document): () => void {
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link) doc.documentElement.classList.add(IN_PAGE_JUMP_CLASS);
  };
  doc.addEventListener('click', onClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
  };
}
