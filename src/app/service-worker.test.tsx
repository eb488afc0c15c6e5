// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_TEXTS } from '../i18n/update-text';
import { CHECK_EVERY_MS, TAKE_OVER_TIMEOUT_MS, startServiceWorker } from './service-worker';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for a ServiceWorker: its state and statechange events. */
class FakeWorker extends EventTarget {
  state = 'installing';
  setState(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

interface FakeRegistration {
  installing: FakeWorker | null;
  waiting: FakeWorker | null;
  active: FakeWorker | null;
}

/** workbox-window's Workbox as the page uses it: register, events, messageSkipWaiting, update. */
interface WorkboxDouble {
  instances: { url: string; options: unknown }[];
  listeners: Map<string, ((event: { sw?: unknown }) => void)[]>;
  registration: unknown;
  registerFails: boolean;
  messageSkipWaiting: ReturnType<typeof vi.fn<() => void>>;
  update: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

const wb: WorkboxDouble = vi.hoisted(() => ({
  instances: [],
  listeners: new Map(),
  registration: null,
  registerFails: false,
  messageSkipWaiting: vi.fn(),
  update: vi.fn(() => Promise.resolve()),
}));

vi.mock('workbox-window', () => ({
  Workbox: class {
    constructor(url: string, options: unknown) {
      wb.instances.push({ url, options });
    }
    addEventListener(type: string, listener: (event: { sw?: unknown }) => void): void {
      wb.listeners.set(type, [...(wb.listeners.get(type) ?? []), listener]);
    }
    register(): Promise<unknown> {
      return wb.registerFails ? Promise.reject(new Error('refused')) : Promise.resolve(wb.registration);
    }
    messageSkipWaiting(): void {
      wb.messageSkipWaiting();
    }
    update(): Promise<void> {
      return wb.update();
    }
  },
}));

const emit = (type: string, event: { sw?: unknown }) => {
  for (const listener of wb.listeners.get(type) ?? []) listener(event);
};

/** navigator.serviceWorker: the controller and controllerchange. */
class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  takeOver(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

let container: FakeContainer;
let registration: FakeRegistration;
let reload: ReturnType<typeof vi.fn<() => void>>;
let clock: number;
let idleTasks: (() => void)[];
let stops: (() => void)[] = [];

async function start(base = '/k3s-sizer/') {
  const started = startServiceWorker({
    base,
    reload,
    now: () => clock,
    idle: (task) => idleTasks.push(task),
  });
  await act(async () => {
    for (const task of idleTasks.splice(0)) task();
    stops.push(await started);
  });
}

const shown = () => document.querySelector('[data-testid="update-notice"]');
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
const press = async (name: string) => {
  await act(async () => {
    button(name)?.click();
    await Promise.resolve();
  });
};
const during = async (f: () => void) => {
  await act(async () => {
    f();
    await Promise.resolve();
  });
};

beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  registration = { installing: null, waiting: null, active: null };
  wb.registration = registration;
  wb.instances.length = 0;
  wb.listeners.clear();
  wb.registerFails = false;
  wb.messageSkipWaiting.mockClear();
  wb.update.mockClear();
  reload = vi.fn();
  clock = 1_000_000;
  idleTasks = [];
  document.documentElement.lang = 'en';
});

afterEach(() => {
  act(() => {
    for (const stop of stops) stop();
  });
  stops = [];
  vi.useRealTimers();
  expect(document.body.children).toHaveLength(0);
});

describe('startServiceWorker', () => {
  it('registers the site’s own worker for the base path, only once the browser is idle', async () => {
    const started = startServiceWorker({ base: '/k3s-sizer/', reload, idle: (task) => idleTasks.push(task) });
    expect(idleTasks).toHaveLength(1);
    expect(wb.instances).toEqual([{ url: '/k3s-sizer/sw.js', options: { scope: '/k3s-sizer/' } }]);
    await act(async () => {
      idleTasks[0]?.();
      stops.push(await started);
    });
    // The live region is in the page, empty, before anything is offered.
    expect(document.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('offers a waiting version in the page’s language, and follows a language switch', async () => {
    document.documentElement.lang = 'ja';
    await start();
    container.controller = new FakeWorker();
    await during(() => {
      emit('waiting', { sw: new FakeWorker() });
    });
    expect(shown()?.textContent).toContain(UPDATE_TEXTS.ja.title);
    await during(() => {
      document.documentElement.lang = 'zh-CN';
    });
    await vi.waitFor(() => {
      expect(shown()?.textContent).toContain(UPDATE_TEXTS.zh.title);
    });
    expect(reload).not.toHaveBeenCalled();
  });

  it('Reload tells the waiting worker to take over, and reloads only once it controls the page', async () => {
    container.controller = new FakeWorker();
    await start();
    const next = new FakeWorker();
    await during(() => {
      emit('waiting', { sw: next });
    });
    await press(UPDATE_TEXTS.en.reload);
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    expect(button(UPDATE_TEXTS.en.reloading)?.disabled).toBe(true);
    await during(() => {
      container.takeOver(next);
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads anyway if the new version has not taken over in time after Reload', async () => {
    vi.useFakeTimers();
    container.controller = new FakeWorker();
    await start();
    await during(() => {
      emit('waiting', { sw: new FakeWorker() });
    });
    await press(UPDATE_TEXTS.en.reload);
    vi.advanceTimersByTime(TAKE_OVER_TIMEOUT_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('Later hides the notice and nothing reloads', async () => {
    container.controller = new FakeWorker();
    await start();
    await during(() => {
      emit('waiting', { sw: new FakeWorker() });
    });
    await press(UPDATE_TEXTS.en.later);
    expect(shown()).toBeNull();
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('says nothing when the first visit’s worker takes control', async () => {
    await start();
    await during(() => {
      container.takeOver(new FakeWorker());
    });
    expect(shown()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a version the browser was already installing before the page listened', async () => {
    container.controller = new FakeWorker();
    registration.active = container.controller;
    const installing = new FakeWorker();
    registration.installing = installing;
    await start();
    expect(shown()).toBeNull();
    await during(() => {
      registration.installing = null;
      registration.waiting = installing;
      installing.setState('installed');
    });
    expect(shown()?.textContent).toContain(UPDATE_TEXTS.en.title);
  });

  // On a first visit the worker is "waiting" for a moment too, between installed and activating
  // (the spec's Install algorithm), though nothing is being replaced: that is no new version.
  it('does not offer the first version a browser installs', async () => {
    const installing = new FakeWorker();
    registration.installing = installing;
    await start();
    await during(() => {
      registration.installing = null;
      registration.waiting = installing;
      installing.setState('installed');
    });
    expect(shown()).toBeNull();
  });

  it('a page left open asks for a new version when it comes back into view, at most once an hour', async () => {
    await start();
    const visible = async () => {
      await during(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    };
    await visible();
    expect(wb.update).not.toHaveBeenCalled();
    clock += CHECK_EVERY_MS;
    await visible();
    expect(wb.update).toHaveBeenCalledTimes(1);
    clock += CHECK_EVERY_MS - 1;
    await visible();
    expect(wb.update).toHaveBeenCalledTimes(1);
  });

  it('a refused registration leaves the page as it is', async () => {
    wb.registerFails = true;
    await start();
    expect(shown()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});
