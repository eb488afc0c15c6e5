import { createRoot, type Root } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import type { Locale } from '../i18n/types';
import { UPDATE_TEXTS } from '../i18n/update-text';
import { UpdateNotice } from '../ui/shared/update-notice';
import { NO_OFFER, nextOffer, offerShown, type UpdateEvent } from './update-offer';

/** How long an open page goes between asks whether a new version was deployed (asked when it comes back into view). */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** If the new version has not taken over this long after Reload, the page reloads anyway: the plan is in the link. */
export const TAKE_OVER_TIMEOUT_MS = 10_000;

export interface ServiceWorkerOptions {
  /** The base path the app is served under (import.meta.env.BASE_URL): the worker's folder and scope. */
  readonly base: string;
  readonly reload?: () => void;
  readonly now?: () => number;
  /** Runs a task when the browser is idle. */
  readonly idle?: (task: () => void) => void;
}

const whenIdle = (task: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
};

/**
 * The page's language: the primary subtag of <html lang> (set by the app's I18nProvider: en, ja,
 * zh-CN). Read from the attribute rather than the app's modules, which this chunk does not share.
 */
const pageLocale = (): Locale => {
  const primary = document.documentElement.lang.split('-')[0];
  return (Object.keys(UPDATE_TEXTS) as Locale[]).find((l) => l === primary) ?? 'en';
};

/** A number per service worker, in the order this page first meets them, so that the offer can tell them apart. */
function workerNumbers(): (sw: ServiceWorker) => number {
  const ids = new WeakMap<ServiceWorker, number>();
  let workers = 0;
  return (sw) => {
    let id = ids.get(sw);
    if (id === undefined) {
      workers += 1;
      id = workers;
      ids.set(sw, id);
    }
    return id;
  };
}

/**
 * The offer of a new version and its notice: `dispatch` moves the offer on (asking the waiting
 * worker to take over, or reloading, as it says) and renders the notice; `stop` removes it.
 */
function updateOffer(wb: Workbox, reload: () => void): { dispatch: (event: UpdateEvent) => void; stop: () => void } {
  let offer = NO_OFFER;
  let takeOverTimer: ReturnType<typeof setTimeout> | undefined;
  // The notice's live region is in the page from the start (empty), so its text is announced when it
  // comes; React renders into it only once there is something to say, so start-up does no React work here.
  const host = document.createElement('div');
  host.setAttribute('role', 'status');
  host.className = 'update-offer';
  host.dataset.testid = 'update-offer';
  document.body.append(host);
  let root: Root | null = null;
  const render = (): void => {
    if (!root && !offerShown(offer)) return;
    root ??= createRoot(host);
    root.render(
      <UpdateNotice
        locale={pageLocale()}
        shown={offerShown(offer)}
        reloading={offer.kind === 'reloading'}
        onReload={() => {
          dispatch({ type: 'reload' });
        }}
        onDismiss={() => {
          dispatch({ type: 'dismiss' });
        }}
      />,
    );
  };
  const dispatch = (event: UpdateEvent): void => {
    const next = nextOffer(offer, event);
    offer = next.offer;
    if (next.effect === 'skip-waiting') {
      wb.messageSkipWaiting();
      takeOverTimer = setTimeout(reload, TAKE_OVER_TIMEOUT_MS);
    } else if (next.effect === 'reload') {
      clearTimeout(takeOverTimer);
      reload();
    }
    render();
  };
  render();
  const langObserver = new MutationObserver(render);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  const stop = (): void => {
    langObserver.disconnect();
    clearTimeout(takeOverTimer);
    root?.unmount();
    host.remove();
  };
  return { dispatch, stop };
}

/**
 * Whether a worker waits to replace an active one: a first install is "waiting" for a moment too,
 * between installed and activating, with no active worker, and that is no new version.
 */
function replacesActive(registration: ServiceWorkerRegistration | undefined, sw: ServiceWorker): boolean {
  return registration?.waiting === sw && registration.active !== null;
}

/**
 * Registers the service worker (Workbox, generated at build time: offline use) once the browser is
 * idle, and offers a new version when one waits: a polite notice, in the page's language, with
 * Reload and Later. Nothing reloads unless the reader presses Reload; the plan lives in the link and
 * in this browser's storage, so a reload keeps it. Loaded after the page's load event, as a chunk
 * of its own (startServiceWorkerAfterLoad in src/app/app.tsx); a browser without service workers, or a refused registration,
 * leaves the page as it is (online only). Resolves, once registered or refused, to a function
 * that stops listening and removes the notice (for tests: the page never stops it).
 */
export function startServiceWorker({
  base,
  reload = () => {
    window.location.reload();
  },
  now = Date.now,
  idle = whenIdle,
}: ServiceWorkerOptions): Promise<() => void> {
  const container = navigator.serviceWorker;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let hadController = container.controller !== null;
  const idOf = workerNumbers();
  const offer = updateOffer(wb, reload);

  const waiting = (sw: ServiceWorker | null | undefined): void => {
    if (sw) offer.dispatch({ type: 'waiting', worker: idOf(sw) });
  };
  wb.addEventListener('waiting', (event) => {
    waiting(event.sw);
  });
  const onControllerChange = (): void => {
    offer.dispatch({ type: 'controller-changed', hadController });
    hadController = true;
  };
  container.addEventListener('controllerchange', onControllerChange);

  // A page left open (an edge site's laptop) asks again when it comes back into view.
  let lastCheck = now();
  const onVisible = (): void => {
    if (document.visibilityState !== 'visible' || now() - lastCheck < CHECK_EVERY_MS) return;
    lastCheck = now();
    // Offline, the check fails: it is asked again next time.
    void wb.update().catch(() => undefined);
  };
  const stop = (): void => {
    container.removeEventListener('controllerchange', onControllerChange);
    document.removeEventListener('visibilitychange', onVisible);
    offer.stop();
  };

  return new Promise((resolve) => {
    idle(() => {
      wb.register({ immediate: true }).then(
        (registration) => {
          // The browser looks for a new version as the page loads, before this listens: a worker
          // already installing then would otherwise go unannounced once it waits.
          const installing = registration?.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && replacesActive(registration, installing)) waiting(installing);
          });
          lastCheck = now();
          document.addEventListener('visibilitychange', onVisible);
          resolve(stop);
        },
        // No service worker here (a private window, a browser setting): the page works online as before.
        () => {
          resolve(stop);
        },
      );
    });
  });
}
