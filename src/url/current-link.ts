/**
 * The page's link as a plan link: the address without its fragment. An in-page jump (#install)
 * is where the reader was on the page, not part of the plan, and stays out of the files, the
 * JSON plan, the printed report and the copied link.
 */
export function currentPlanLink(location: Pick<Location, 'href'> = window.location): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}
