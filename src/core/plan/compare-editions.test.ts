import { describe, expect, it } from 'vitest';
import { GiB, plan, seedRules, upstreamRules } from '../testing/fixtures';
import { compareEditions } from './compare-editions';

describe('compareEditions', () => {
  it('53-node HA cluster: seed says Medium 4 vCPU / 8 GB, upstream 2 CPU / 4 GB', () => {
    const cluster = { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 50 } as const;
    const diff = compareEditions(plan(cluster, seedRules), plan(cluster, upstreamRules));
    expect(diff.figures.find((d) => d.item === 'server')).toEqual({
      item: 'server',
      a: { vcpu: 4, memoryMiB: 8 * GiB, vcpuOrMore: false },
      b: { vcpu: 2, memoryMiB: 4 * GiB, vcpuOrMore: false },
    });
    // Minimums differ too: 1 core / 512 MB for every node vs 2 cores / 2 GB per server.
    expect(diff.figures.map((d) => d.item)).toEqual(
      expect.arrayContaining(['server-minimum', 'agent-recommended', 'control-plane']),
    );
  });

  it('the database table is the same in both editions', () => {
    const cluster = { haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 200 } as const;
    const diff = compareEditions(plan(cluster, seedRules), plan(cluster, upstreamRules));
    expect(diff.figures.map((d) => d.item)).not.toContain('database');
  });

  it('lists findings graded differently (eMMC under etcd: risky in the seed, unsuitable upstream)', () => {
    const cluster = { haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, disk: 'emmc' } as const;
    const diff = compareEditions(plan(cluster, seedRules), plan(cluster, upstreamRules));
    expect(diff.findings).toContainEqual(
      expect.objectContaining({ code: 'disk.flash-under-etcd', a: 'warning', b: 'error' }),
    );
    // The finding is worded as this plan's edition words it.
    expect(diff.findings.find((d) => d.code === 'disk.flash-under-etcd')?.finding.severity).toBe('warning');
  });

  it('a plan compared with itself has no differences', () => {
    const r = plan({ agents: 30 });
    expect(compareEditions(r, r)).toEqual({ figures: [], findings: [] });
  });
});
