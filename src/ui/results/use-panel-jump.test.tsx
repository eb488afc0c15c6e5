// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePanelJump } from './use-panel-jump';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A page with two panels that load when reached: a loading line until loaded, then the panel. */
function Page({ diagrams, install }: { diagrams: boolean; install: boolean }) {
  const { through, onJump } = usePanelJump();
  return (
    <>
      <a href="#install" onClick={onJump} />
      <a href="#network" />
      <output data-through={through} />
      {diagrams ? <section id="diagrams" /> : <p id="diagrams" />}
      {install ? <section id="install" tabIndex={-1} /> : <p id="install" />}
    </>
  );
}

describe('usePanelJump', () => {
  let host: HTMLDivElement;
  let root: Root;
  const scrolled: string[] = [];

  beforeEach(() => {
    scrolled.length = 0;
    window.history.replaceState(null, '', '/?v=1');
    // jsdom lays nothing out and has no scrollIntoView: record where the page would scroll.
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(`${this.tagName.toLowerCase()}#${this.id}`);
    };
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    load({ diagrams: false, install: false });
  });

  const load = (loaded: { diagrams: boolean; install: boolean }) => {
    act(() => {
      root.render(<Page {...loaded} />);
    });
  };
  const through = () => host.querySelector('output')?.dataset.through;

  afterEach(() => {
    act(() => {
      root.unmount();
    });
    host.remove();
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  const click = (href: string) => {
    const link = host.querySelector(`a[href="${href}"]`);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => {
      link?.dispatchEvent(event);
    });
    return event;
  };

  it('loads the panel and those above it, and lands only once they are all there', async () => {
    const event = click('#install');
    expect(event.defaultPrevented).toBe(true);
    // Install is third of the panels that load when reached (index 2): it and those above are asked for.
    expect(through()).toBe('2');
    load({ diagrams: false, install: true });
    await Promise.resolve();
    // The diagrams above still load: landing now would be pushed down by them.
    expect(scrolled).toEqual([]);
    load({ diagrams: true, install: true });
    await vi.waitFor(() => {
      expect(scrolled).toEqual(['section#install']);
    });
    expect(document.activeElement?.id).toBe('install');
    expect(window.location.hash).toBe('#install');
    expect(window.location.search).toBe('?v=1');
  });

  it('does not move the page once the reader has gone on while the panels load', async () => {
    click('#install');
    window.dispatchEvent(new Event('wheel'));
    load({ diagrams: true, install: true });
    await new Promise((done) => setTimeout(done, 20));
    expect(scrolled).toEqual([]);
    expect(window.location.hash).toBe('');
  });

  it('leaves links to panels that are always there to the browser', () => {
    const event = click('#network');
    expect(event.defaultPrevented).toBe(false);
    expect(through()).toBe('-1');
  });
});
