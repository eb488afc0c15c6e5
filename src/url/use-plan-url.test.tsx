// @vitest-environment jsdom
import { act, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlanInput, type PlanInput } from '../core/model/plan-input';
import { encodePlan } from './plan-url';
import { goToQuery, usePlanUrl } from './use-plan-url';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const RULES = 'seed-2026.12';
const defaults = defaultPlanInput(RULES);
const known = [RULES];
const picked: PlanInput = { ...defaults, cluster: { ...defaults.cluster, agents: 7 } };

let seen: PlanInput[] = [];

function Probe({ clickBeforeEffects }: { clickBeforeEffects: boolean }) {
  const { plan } = usePlanUrl(defaults, known);
  seen.push(plan);
  // A reader's click handled after the first commit and before its effects: what a preset link
  // clicked while the built page hydrates does (the event hydrates the page and runs at once).
  useLayoutEffect(() => {
    if (clickBeforeEffects) goToQuery(`?${encodePlan(picked, defaults)}`, 'push');
  }, [clickBeforeEffects]);
  return null;
}

describe('usePlanUrl', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    seen = [];
    window.history.replaceState(null, '', '/');
    localStorage.clear();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
  });

  it('writes the canonical address of the plan it opened with', () => {
    const root = createRoot(host);
    act(() => {
      root.render(<Probe clickBeforeEffects={false} />);
    });
    expect(window.location.search).toBe(`?${encodePlan(defaults, defaults)}`);
    root.unmount();
  });

  it('never writes the plan it opened with over a plan chosen before its first effects ran', () => {
    const root = createRoot(host);
    act(() => {
      root.render(<Probe clickBeforeEffects />);
    });
    expect(new URLSearchParams(window.location.search).get('a')).toBe('7');
    expect(seen.at(-1)?.cluster.agents).toBe(7);
    root.unmount();
  });
});
