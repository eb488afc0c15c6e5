// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePrinting } from './use-printing';

function Probe() {
  const printing = usePrinting();
  return <output data-href={printing?.href ?? ''} data-date={printing?.date ?? ''} />;
}

describe('usePrinting', () => {
  let host: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    window.history.replaceState(null, '', '/?v=1&s=3#install');
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    act(() => {
      root.render(<Probe />);
    });
    // From here on React schedules as in the browser: an update from a native event renders later,
    // unless it is flushed.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });

  afterEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    act(() => {
      root.unmount();
    });
    host.remove();
  });

  it('renders the print start before beforeprint returns, as the browser lays the page out for paper right after', () => {
    const output = () => host.querySelector('output');
    expect(output()?.dataset.href).toBe('');
    window.dispatchEvent(new Event('beforeprint'));
    // Read synchronously: nothing has had a chance to run in between.
    expect(output()?.dataset.href).toBe(`${window.location.origin}/?v=1&s=3`);
    expect(output()?.dataset.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
