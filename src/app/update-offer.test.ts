import { describe, expect, it } from 'vitest';
import { NO_OFFER, nextOffer, offerShown, type UpdateEffect, type UpdateEvent, type UpdateOffer } from './update-offer';

/** Runs events from an offer; returns the last offer and every effect asked for, in order. */
function run(events: readonly UpdateEvent[], from: UpdateOffer = NO_OFFER) {
  let offer = from;
  const effects: UpdateEffect[] = [];
  for (const event of events) {
    const next = nextOffer(offer, event);
    offer = next.offer;
    if (next.effect) effects.push(next.effect);
  }
  return { offer, effects, shown: offerShown(offer) };
}

const waiting = (worker: number): UpdateEvent => ({ type: 'waiting', worker });
const takeover: UpdateEvent = { type: 'controller-changed', hadController: true };
const firstControl: UpdateEvent = { type: 'controller-changed', hadController: false };
const reload: UpdateEvent = { type: 'reload' };
const dismiss: UpdateEvent = { type: 'dismiss' };

describe('the update offer', () => {
  it('shows nothing until a new version waits', () => {
    expect(run([])).toEqual({ offer: NO_OFFER, effects: [], shown: false });
  });

  it('says nothing when the first visit’s worker takes control: that is not an update', () => {
    expect(run([firstControl])).toMatchObject({ shown: false, effects: [] });
  });

  it('offers a waiting version, and never reloads by itself', () => {
    const r = run([waiting(1)]);
    expect(r).toMatchObject({ shown: true, effects: [] });
    expect(r.offer.kind).toBe('waiting');
  });

  it('on Reload, tells the waiting version to take over, then reloads once it controls the page', () => {
    const asked = run([waiting(1), reload]);
    expect(asked).toMatchObject({ offer: { kind: 'reloading' }, effects: ['skip-waiting'], shown: true });
    const done = run([waiting(1), reload, takeover]);
    expect(done.effects).toEqual(['skip-waiting', 'reload']);
  });

  it('Later hides the offer for that version; the same version reported again stays hidden', () => {
    expect(run([waiting(1), dismiss])).toMatchObject({ shown: false, effects: [] });
    expect(run([waiting(1), dismiss, waiting(1)])).toMatchObject({ shown: false, effects: [] });
  });

  it('a newer version offers again after Later', () => {
    expect(run([waiting(1), dismiss, waiting(2)])).toMatchObject({ shown: true, offer: { worker: 2 } });
  });

  it('when another tab lets the new version take over, offers a reload here and does not reload', () => {
    const r = run([waiting(1), takeover]);
    expect(r).toMatchObject({ offer: { kind: 'took-over' }, shown: true, effects: [] });
    expect(run([takeover])).toMatchObject({ offer: { kind: 'took-over' }, shown: true, effects: [] });
  });

  it('after a takeover, Reload reloads at once (no worker is waiting any more)', () => {
    expect(run([waiting(1), takeover, reload])).toMatchObject({ offer: { kind: 'reloading' }, effects: ['reload'] });
  });

  it('Later after a takeover hides it; a new waiting version shows again', () => {
    expect(run([takeover, dismiss])).toMatchObject({ shown: false });
    expect(run([takeover, dismiss, waiting(3)])).toMatchObject({ shown: true, offer: { kind: 'waiting' } });
  });

  it('while reloading, more events change nothing and ask for nothing but the one reload', () => {
    const r = run([waiting(1), reload, waiting(2), dismiss, reload, takeover]);
    expect(r.effects).toEqual(['skip-waiting', 'reload']);
    expect(r.offer.kind).toBe('reloading');
  });

  it('Reload and Later without an offer do nothing', () => {
    expect(run([reload, dismiss])).toMatchObject({ offer: NO_OFFER, effects: [], shown: false });
  });
});
