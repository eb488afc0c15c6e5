// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPrintShortcut, usePrintWholeReport } from './print-report';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { cancelable: true, bubbles: true, ...init });

describe('isPrintShortcut', () => {
  it('is Ctrl+P or ⌘P, in either case, and nothing else', () => {
    expect(isPrintShortcut(key({ key: 'p', ctrlKey: true }))).toBe(true);
    expect(isPrintShortcut(key({ key: 'P', metaKey: true }))).toBe(true);
    expect(isPrintShortcut(key({ key: 'p' }))).toBe(false);
    expect(isPrintShortcut(key({ key: 'p', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPrintShortcut(key({ key: 'p', ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintShortcut(key({ key: 'o', ctrlKey: true }))).toBe(false);
  });
});

describe('usePrintWholeReport', () => {
  let host: HTMLDivElement;
  let root: Root;
  let order: string[];
  let finishPreparing: () => void;
  // Like the page's: loading twice loads once.
  let pending: Promise<void> | null;
  const prepare = vi.fn(
    () =>
      (pending ??= new Promise<void>((done) => {
        order.push('prepare');
        finishPreparing = () => {
          order.push('prepared');
          done();
        };
      })),
  );

  function Probe() {
    usePrintWholeReport(prepare);
    return null;
  }

  beforeEach(() => {
    order = [];
    pending = null;
    prepare.mockClear();
    vi.spyOn(window, 'print').mockImplementation(() => {
      order.push('print');
    });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => {
      root.render(<Probe />);
    });
  });

  afterEach(() => {
    act(() => {
      root.unmount();
    });
    host.remove();
    vi.restoreAllMocks();
  });

  it('loads nothing without input', () => {
    expect(prepare).not.toHaveBeenCalled();
  });

  it('prints from the shortcut only once everything is loaded, instead of the browser printing at once', async () => {
    const event = key({ key: 'p', ctrlKey: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(order).toEqual(['prepare']);
    finishPreparing();
    await vi.waitFor(() => {
      expect(order).toEqual(['prepare', 'prepared', 'print']);
    });
  });

  it('still prints when something could not be loaded (the panel says so on paper)', async () => {
    pending = Promise.reject(new Error('offline'));
    pending.catch(() => undefined);
    window.dispatchEvent(key({ key: 'p', metaKey: true }));
    await vi.waitFor(() => {
      expect(order).toEqual(['print']);
    });
  });

  it('lets other keys through (a first key press still loads the rest when idle)', async () => {
    const event = key({ key: 'p' });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    finishPreparing();
    await new Promise((done) => setTimeout(done, 50));
    expect(order).toEqual(['prepare', 'prepared']);
  });

  it('loads everything after the first input, for a print from the browser menu', async () => {
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => {
      expect(prepare).toHaveBeenCalledTimes(1);
    });
    expect(order).not.toContain('print');
  });
});
