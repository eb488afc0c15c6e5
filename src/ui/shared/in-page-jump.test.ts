// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { IN_PAGE_JUMP_CLASS, layOutBeforeInPageJumps } from './in-page-jump';

describe('layOutBeforeInPageJumps', () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    document.body.replaceChildren();
    document.documentElement.classList.remove(IN_PAGE_JUMP_CLASS);
  });

  const link = (href: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.href = href;
    a.append(document.createElement('span'));
    document.body.append(a);
    return a;
  };

  it('lays out every panel before an in-page link is followed, also when its inner text was clicked', () => {
    stop = layOutBeforeInPageJumps();
    const a = link('#install');
    let classAtDefaultAction = false;
    // The link's own listener runs after the capture-phase one, as the default action does.
    a.addEventListener('click', (event) => {
      classAtDefaultAction = document.documentElement.classList.contains(IN_PAGE_JUMP_CLASS);
      event.preventDefault();
    });
    a.querySelector('span')?.click();
    expect(classAtDefaultAction).toBe(true);
  });

  it('leaves the panels alone for links that leave the page and for clicks elsewhere', () => {
    stop = layOutBeforeInPageJumps();
    const away = link('https://docs.k3s.io/installation/requirements');
    away.addEventListener('click', (event) => {
      event.preventDefault();
    });
    away.click();
    document.body.click();
    expect(document.documentElement.classList.contains(IN_PAGE_JUMP_CLASS)).toBe(false);
  });

  it('stops listening when asked', () => {
    layOutBeforeInPageJumps()();
    const a = link('#network');
    a.addEventListener('click', (event) => {
      event.preventDefault();
    });
    a.click();
    expect(document.documentElement.classList.contains(IN_PAGE_JUMP_CLASS)).toBe(false);
  });
});
