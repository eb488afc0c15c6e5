import type { ClusterInput } from '../core/model/plan-input';
import type { DatabaseSizing, ServerSizing } from '../core/sizing/sizing';
import type { Catalog } from './en';
import type { Formatter } from './format';

/** Why a server gets its figure: "53 nodes in total (3 servers + 50 agents) → Medium, up to 100 nodes." */
export function serverBasisText(
  server: ServerSizing,
  cluster: Pick<ClusterInput, 'servers' | 'agents'>,
  m: Catalog,
  f: Formatter,
): string {
  const { tier } = server.basis;
  const range = { counts: tier.counts, above: tier.above, upTo: tier.upTo };
  if (server.basis.kind === 'baseline')
    return m.results.server.baselineBasis({ ...range, count: tier.count, tier: tier.tierId }, f);
  const printed = { counts: tier.counts, above: tier.printedAbove, upTo: tier.printedUpTo };
  return m.results.server.tierBasis(
    {
      ...range,
      printed,
      count: tier.count,
      servers: cluster.servers,
      agents: cluster.agents,
      tier: tier.tierId,
      scaling: tier.scaling,
    },
    f,
  );
}

/** Whether the table behind a server figure counts every node or agents only. */
export function countsText(server: ServerSizing, m: Catalog): string {
  return server.basis.tier.counts === 'all-nodes' ? m.results.server.countsAllNodes : m.results.server.countsAgents;
}

export function databaseBasisText(db: DatabaseSizing, m: Catalog, f: Formatter): string {
  const t = db.tier;
  return m.results.datastore.tierBasis(
    { counts: t.counts, above: t.above, upTo: t.upTo, count: t.count, tier: t.tierId },
    f,
  );
}
