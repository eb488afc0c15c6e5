import type { FileTexts } from '../core/config/files';
import type { Rules } from '../core/rules/schema';
import type { ClusterInput } from '../core/plan/plan-input';
import type { DatabaseSizing, ServerSizing } from '../core/sizing/sizing';
import type { Catalog } from './en';
import type { Formatter } from './format';

/** Why a server gets its figure: "53 nodes in total (3 servers + 50 agents) → Medium, up to 100 nodes." */
export function serverBasisText(server: ServerSizing, cluster: Pick<ClusterInput, 'servers' | 'agents'>, m: Catalog, f: Formatter): string {
  const { tier } = server.basis;
  const range = { counts: tier.counts, above: tier.above, upTo: tier.upTo };
  if (server.basis.kind === 'baseline') return m.results.server.baselineBasis({ ...range, count: tier.count, tier: tier.tierId }, f);
  const printed = { counts: tier.counts, above: tier.printedAbove, upTo: tier.printedUpTo };
  return m.results.server.tierBasis({ ...range, printed, count: tier.count, servers: cluster.servers, agents: cluster.agents, tier: tier.tierId, scaling: tier.scaling }, f);
}

/** Whether the table behind a server figure counts every node or agents only. */
export function countsText(server: ServerSizing, m: Catalog): string {
  return server.basis.tier.counts === 'all-nodes' ? m.results.server.countsAllNodes : m.results.server.countsAgents;
}

export function databaseBasisText(db: DatabaseSizing, m: Catalog, f: Formatter): string {
  const t = db.tier;
  return m.results.datastore.tierBasis({ counts: t.counts, above: t.above, upTo: t.upTo, count: t.count, tier: t.tierId }, f);
}

/** The words of the generated files' comments in this catalog's language, for `renderFiles`. */
export function fileTexts(m: Catalog, rules: Pick<Rules, 'id' | 'edition' | 'registries'>, link: string): FileTexts {
  const c = m.install.comments;
  return {
    configHeader: (role) => c.header({ rulesId: rules.id, edition: m.edition.names[rules.edition].name, role: m.install.roles[role], link }),
    sameOnAllServers: c.sameOnAllServers,
    creationOnly: c.creationOnly,
    placeholder: c.placeholder,
    noteSeparator: c.noteSeparator,
    registriesHeader: c.registriesHeader({ rulesId: rules.id, link, latestTagEnv: rules.registries?.latestTagEnv ?? '' }),
    script: { ...m.install.script, header: m.install.script.header({ rulesId: rules.id, link }), roles: m.install.roles },
  };
}
