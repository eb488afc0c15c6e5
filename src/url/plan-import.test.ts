import { describe, expect, it } from 'vitest';
import { defaultPlanInput } from '../core/model/plan-input';
import { importPlanJson } from './plan-import';

const known = ['seed-2026.11', 'upstream-2026.11'];
const plan = {
  ...defaultPlanInput('seed-2026.11'),
  cluster: { ...defaultPlanInput('seed-2026.11').cluster, agents: 42 },
};

describe('importPlanJson', () => {
  it('takes a downloaded plan (its input) or a bare plan input', () => {
    expect(importPlanJson(JSON.stringify({ schemaVersion: 1, input: plan, sizing: {} }), known)).toEqual({
      ok: true,
      plan,
    });
    expect(importPlanJson(JSON.stringify(plan), known)).toEqual({ ok: true, plan });
  });
  it('reports what is wrong, by path', () => {
    const bad = { schemaVersion: 1, input: { ...plan, cluster: { ...plan.cluster, servers: -3 } } };
    const r = importPlanJson(JSON.stringify(bad), known);
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    expect(r.ok ? '' : r.detail).toContain('cluster.servers');
    // The reader sees the bound that was broken, not a bare "Invalid input".
    expect(r.ok ? '' : r.detail).toMatch(/Too small: expected number to be >=1/);
  });
  it('refuses text that is not JSON, a newer format and an unpublished rules id', () => {
    expect(importPlanJson('{"schemaVersion": 1,', known)).toMatchObject({ ok: false, error: 'not-json' });
    expect(importPlanJson(JSON.stringify({ schemaVersion: 9, input: plan }), known)).toEqual({
      ok: false,
      error: 'newer-format',
      detail: '9',
    });
    expect(importPlanJson(JSON.stringify({ ...plan, rules: 'seed-1999.1' }), known)).toEqual({
      ok: false,
      error: 'unknown-rules',
      detail: 'seed-1999.1',
    });
  });
});
