/**
 * The built index.html carries the default plan in English, rendered at build time, so the page
 * paints before its script runs. That picture is right only for a visit that will render exactly
 * it: no plan in the link or kept in storage, English. A small script in the page's head looks at
 * the visit before the first paint and marks <html>:
 * - nothing, when the app will render the built page (it hydrates it);
 * - `prerender-plan`, for another plan in English: only the header's title and tagline stay
 *   visible (they are the same for every plan), the rest is hidden until the app renders;
 * - `prerender-stale`, for Japanese or Chinese: the whole built page is hidden.
 *
 * `prerenderVerdict` is that script's logic. Its source text is inlined into the page (and its
 * hash into the Content-Security-Policy), so it must stay self-contained: no imports, no outside
 * names, plain ES2020. A unit test holds it to the app's own rules (pickLocale, restoreLastPlan).
 */
export function prerenderVerdict(
  search: string,
  storedPlan: string | null,
  storedLang: string | null,
  languages: readonly string[],
): 'fresh' | 'plan' | 'stale' {
  const known = ['en', 'ja', 'zh'];
  const params = new URLSearchParams(search);
  // The language, as pickLocale chooses it: the link, the reader's last choice, the browser.
  let locale = params.get('lang');
  if (locale === null || !known.includes(locale))
    locale = storedLang !== null && known.includes(storedLang) ? storedLang : null;
  for (let i = 0; locale === null && i < languages.length; i++) {
    const primary = (languages[i] ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (known.includes(primary)) locale = primary;
  }
  if (locale !== null && locale !== 'en') return 'stale';
  for (const [key, value] of params) {
    if (key !== 'lang' || value !== 'en') return 'plan';
  }
  return storedPlan !== null && storedPlan !== '' ? 'plan' : 'fresh';
}

/** The classes the head script puts on <html>, by verdict. */
export const VERDICT_CLASSES = { plan: 'prerender-plan', stale: 'prerender-stale' } as const;

/**
 * The inline head script: runs `prerenderVerdict` on this visit; any failure hides the built page.
 * It also builds one Intl number format: the engine's first one loads its locale data, a long task
 * that is better spent here, while the stylesheet is still on its way, than after the first paint,
 * where it would hold up the page's first input.
 */
export function prerenderGuardScript(planKey: string, langKey: string): string {
  const classes = JSON.stringify(VERDICT_CLASSES);
  return (
    `(function(){var d=document.documentElement,c=${classes};try{var s=localStorage,v=` +
    `(${prerenderVerdict.toString()})(location.search,s.getItem(${JSON.stringify(planKey)}),s.getItem(${JSON.stringify(langKey)}),navigator.languages||[navigator.language]);` +
    `if(c[v])d.classList.add(c[v])}catch(e){d.classList.add(c.stale)}` +
    `try{new Intl.NumberFormat(navigator.language).format(1)}catch(e){}})()`
  );
}

/**
 * Whether this visit renders exactly the built page, so the app hydrates it: nothing in the link
 * but `lang=en`, no plan restored from storage, English chosen.
 */
export function rendersBuiltPage(search: string, restored: boolean, locale: string): boolean {
  if (restored || locale !== 'en') return false;
  for (const [key, value] of new URLSearchParams(search)) {
    if (key !== 'lang' || value !== 'en') return false;
  }
  return true;
}
