import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS } from '../model/plan-input';
import { plan, seedRules, upstreamRules } from '../testing/fixtures';

const rulesArb = fc.constantFrom(seedRules, upstreamRules);
const agentsArb = fc.integer({ min: 0, max: PLAN_LIMITS.agents.max - 1 });
const modeArb = fc.constantFrom(
  { haMode: 'single', datastore: 'sqlite', servers: 1 } as const,
  { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3 } as const,
  { haMode: 'ha-external', datastore: 'postgres', servers: 2 } as const,
);

describe('sizing laws', () => {
  it('one more agent never lowers what a server or the database needs', () => {
    fc.assert(
      fc.property(rulesArb, modeArb, agentsArb, (rules, mode, agents) => {
        const a = plan({ ...mode, agents }, rules).sizing;
        const b = plan({ ...mode, agents: agents + 1 }, rules).sizing;
        expect(b.server.vcpu).toBeGreaterThanOrEqual(a.server.vcpu);
        expect(b.server.memoryMiB).toBeGreaterThanOrEqual(a.server.memoryMiB);
        expect(b.database?.memoryMiB ?? 0).toBeGreaterThanOrEqual(a.database?.memoryMiB ?? 0);
      }),
    );
  });

  it("a server never gets less than the edition's server minimum", () => {
    fc.assert(
      fc.property(rulesArb, modeArb, agentsArb, (rules, mode, agents) => {
        const s = plan({ ...mode, agents }, rules).sizing.server;
        expect(s.vcpu).toBeGreaterThanOrEqual(s.baseline.minimum.vcpu);
        expect(s.memoryMiB).toBeGreaterThanOrEqual(s.baseline.minimum.memoryMiB);
      }),
    );
  });

  it('totals are servers × per-server plus the database', () => {
    fc.assert(
      fc.property(rulesArb, modeArb, agentsArb, (rules, mode, agents) => {
        const s = plan({ ...mode, agents }, rules).sizing;
        expect(s.totals.vcpu).toBe(s.server.vcpu * s.server.count + (s.database?.vcpu ?? 0));
        expect(s.totals.memoryMiB).toBe(s.server.memoryMiB * s.server.count + (s.database?.memoryMiB ?? 0));
      }),
    );
  });

  it('etcd quorum is a strict majority and tolerates the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: PLAN_LIMITS.servers.max }), (servers) => {
        const q = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers }).sizing.etcd;
        expect(q).not.toBeNull();
        if (!q) return;
        expect(q.quorum * 2).toBeGreaterThan(servers);
        expect((q.quorum - 1) * 2).toBeLessThanOrEqual(servers);
        expect(q.faultTolerance).toBe(servers - q.quorum);
      }),
    );
  });
});
