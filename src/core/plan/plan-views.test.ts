import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fileTexts } from '../../i18n/file-texts';
import { PLACEHOLDERS } from '../config/config-files';
import { plan, seedRules, upstreamRules } from '../testing/fixtures';
import { planFiles } from './plan-files';
import { planCharts, planDiagrams } from './plan-visuals';

describe('planDiagrams', () => {
  it('lays the plan out for a wide and a narrow page, with the same boxes in each', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 40 });
    const { wide, narrow } = planDiagrams(r, seedRules, en.network.portPurposes);
    expect(narrow.topology.width).toBeLessThan(wide.topology.width);
    expect(narrow.topology.nodes.map((n) => n.kind)).toEqual(wide.topology.nodes.map((n) => n.kind));
    expect(wide.registration.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('planCharts', () => {
  it('draws this edition first and the other over it once its rules are at hand', () => {
    const r = plan({ agents: 50 }, seedRules);
    expect(planCharts(r, seedRules, null).server.map((s) => s.edition)).toEqual(['seed']);
    const both = planCharts(r, seedRules, upstreamRules);
    expect(both.server.map((s) => s.edition)).toEqual(['seed', 'upstream']);
    // Every point carries its memory for the axis (GiB) and for the table (MiB), the same figure.
    for (const p of both.server.flatMap((s) => s.points)) expect(p.memoryMiB).toBe(p.memoryGiB * 1024);
  });

  it('puts the sizing steps on a logarithmic agents axis: 0 agents at 1, ticks at powers of ten', () => {
    const none = planCharts(plan({ agents: 0 }), seedRules, null);
    expect(none.agentsAxis.plan).toBe(1);
    const first = none.server[0]?.points[0];
    expect(first).toMatchObject({ agents: 0, x: 1 });
    const big = planCharts(plan({ agents: 1500 }), seedRules, null).agentsAxis;
    expect(big.plan).toBe(1500);
    expect(big.max).toBeGreaterThanOrEqual(1500);
    expect(big.ticks).toEqual([1, 10, 100, 1000]);
  });

  it('has no database steps for an embedded datastore, and the quorum rows for 1 to 9 members', () => {
    const charts = planCharts(plan({ agents: 5 }), seedRules, null);
    expect(charts.database).toEqual([]);
    // The rows themselves are the etcd FAQ's table, checked in series.test.ts.
    expect(charts.quorum.map((q) => q.members)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('planFiles', () => {
  const texts = fileTexts(en, seedRules, 'https://example.test/?v=1');
  const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 });

  it('writes placeholders when the page holds no tokens, and the tokens when it does', () => {
    const placeholders = planFiles(r, seedRules, texts);
    const init = placeholders.find((f) => f.name === 'config-server-init.yaml')?.text ?? '';
    expect(init).toContain(`token: ${PLACEHOLDERS.token}`);
    const withTokens = planFiles(r, seedRules, texts, { token: 'K10server', agentToken: 'K10agent' });
    const initWithTokens = withTokens.find((f) => f.name === 'config-server-init.yaml')?.text ?? '';
    expect(initWithTokens).toContain('token: K10server');
    expect(initWithTokens).not.toContain(PLACEHOLDERS.token);
  });

  it('hands over the script executable and the configs readable by root only', () => {
    const modes = Object.fromEntries(planFiles(r, seedRules, texts).map((f) => [f.name, f.mode]));
    expect(modes['install.sh']).toBe(0o755);
    expect(modes['config-agent.yaml']).toBe(0o600);
  });
});
