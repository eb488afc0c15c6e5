// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFERRED_PANELS, LAID_OUT_CLASS, layOutProgressively, onFirstInteraction } from './progressive-layout';

/** A frame scheduler the test advances by hand. */
function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    schedule: (step: () => void) => {
      queue.push(step);
      return () => {
        const i = queue.indexOf(step);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    frame: () => {
      queue.shift()?.();
    },
    pending: () => queue.length,
  };
}

const laidOut = (): string[] => [...document.querySelectorAll(`.${LAID_OUT_CLASS}`)].map((el) => el.id);

describe('layOutProgressively', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lays out one deferred result panel per frame, in page order, and nothing else (the form is always laid out)', () => {
    document.body.innerHTML = `
      <form class="plan-form"><fieldset id="f1"></fieldset><fieldset id="f2"></fieldset><div id="not-a-section"></div></form>
      <div class="results"><nav class="results-nav" id="nav"></nav><div id="cards"></div><section id="findings"></section><section id="network"></section></div>`;
    const frames = manualFrames();
    layOutProgressively(document, frames.schedule);
    expect(laidOut()).toEqual([]);
    frames.frame();
    expect(laidOut()).toEqual(['cards']);
    frames.frame();
    expect(laidOut()).toEqual(['cards', 'findings']);
    frames.frame();
    frames.frame();
    expect(laidOut()).toEqual(['cards', 'findings', 'network']);
    expect(frames.pending()).toBe(0);
  });

  it('picks up where it was when called again, with the panels rendered since', () => {
    document.body.innerHTML = `<div class="results"><div id="a"></div></div>`;
    const frames = manualFrames();
    layOutProgressively(document, frames.schedule);
    frames.frame();
    frames.frame();
    document.querySelector('.results')?.insertAdjacentHTML('beforeend', '<section id="b"></section>');
    layOutProgressively(document, frames.schedule);
    frames.frame();
    expect(laidOut()).toEqual(['a', 'b']);
  });

  it('stops when asked', () => {
    document.body.innerHTML = `<div class="results"><div id="a"></div><div id="b"></div></div>`;
    const frames = manualFrames();
    const stop = layOutProgressively(document, frames.schedule);
    frames.frame();
    stop();
    frames.frame();
    expect(laidOut()).toEqual(['a']);
  });

  it('names the panels the stylesheet defers', () => {
    const css = readFileSync('src/ui/styles.css', 'utf8');
    const selectors = DEFERRED_PANELS.split(',').map((s) => s.trim());
    const rule = /\*\/\s*([^{}/]+)\{\s*content-visibility: auto;/.exec(css);
    expect(rule?.[1]?.split(',').map((s) => s.trim())).toEqual(selectors);
  });
});

describe('onFirstInteraction', () => {
  it('answers the first scroll, key or press, once', () => {
    let calls = 0;
    onFirstInteraction(() => {
      calls += 1;
    });
    expect(calls).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(calls).toBe(1);
  });

  it('answers a key pressed anywhere in the page, and stops listening when asked', () => {
    let calls = 0;
    onFirstInteraction(() => {
      calls += 1;
    })();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(calls).toBe(0);
    onFirstInteraction(() => {
      calls += 1;
    });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(calls).toBe(1);
  });
});
