/**
 * What the page says about a new version of the app, as a pure state machine: the service worker's
 * events and the reader's choices go in; the offer to show and what to do (tell the waiting version
 * to take over, or reload) come out. The page never reloads by itself: only the reader's Reload
 * leads to a reload. See src/app/service-worker.ts and docs/decisions/018-offline-and-updates.md.
 */
export type UpdateOffer =
  | { readonly kind: 'none' }
  /** A new version is installed and waits; `worker` tells one waiting version from the next. */
  | { readonly kind: 'waiting'; readonly worker: number; readonly dismissed: boolean }
  /** A new version took over from another tab; this page still runs the old code until it reloads. */
  | { readonly kind: 'took-over'; readonly dismissed: boolean }
  /** The reader chose Reload: the page reloads once the new version controls it. */
  | { readonly kind: 'reloading' };

export type UpdateEvent =
  /** A service worker finished installing and waits for the old one's pages to go. */
  | { readonly type: 'waiting'; readonly worker: number }
  /** Another service worker controls the page now; `hadController`: one did before (else this is the first install). */
  | { readonly type: 'controller-changed'; readonly hadController: boolean }
  /** The reader pressed Reload. */
  | { readonly type: 'reload' }
  /** The reader pressed Later. */
  | { readonly type: 'dismiss' };

/** What the page must do: tell the waiting worker to take over (then reload when it has), or reload now. */
export type UpdateEffect = 'skip-waiting' | 'reload' | null;

export const NO_OFFER: UpdateOffer = { kind: 'none' };

/** The offer after an event, and what to do about it. */
export function nextOffer(offer: UpdateOffer, event: UpdateEvent): { offer: UpdateOffer; effect: UpdateEffect } {
  const stay = { offer, effect: null };
  switch (event.type) {
    case 'waiting':
      if (offer.kind === 'reloading') return stay;
      // The same worker reported twice (the browser's check and ours) is one offer; Later holds for it.
      if (offer.kind === 'waiting' && offer.worker === event.worker) return stay;
      return { offer: { kind: 'waiting', worker: event.worker, dismissed: false }, effect: null };
    case 'controller-changed':
      // The first visit's worker taking control is not an update: there is nothing to offer.
      if (!event.hadController) return stay;
      if (offer.kind === 'reloading') return { offer, effect: 'reload' };
      return { offer: { kind: 'took-over', dismissed: false }, effect: null };
    case 'reload':
      if (offer.kind === 'waiting') return { offer: { kind: 'reloading' }, effect: 'skip-waiting' };
      if (offer.kind === 'took-over') return { offer: { kind: 'reloading' }, effect: 'reload' };
      return stay;
    case 'dismiss':
      if (offer.kind === 'waiting' || offer.kind === 'took-over')
        return { offer: { ...offer, dismissed: true }, effect: null };
      return stay;
  }
}

/** Whether the notice shows: an offer the reader has not put off, or the reload under way. */
export function offerShown(offer: UpdateOffer): boolean {
  switch (offer.kind) {
    case 'none':
      return false;
    case 'reloading':
      return true;
    case 'waiting':
    case 'took-over':
      return !offer.dismissed;
  }
}
