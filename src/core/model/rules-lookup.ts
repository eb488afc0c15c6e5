import type { PortId, Rules, SourceRef, VersionGateId } from './rules';

/** A source ready to link: the document's title and address (with the section's anchor), the section and the date read. */
export interface ResolvedSource {
  readonly doc: string;
  readonly title: string;
  readonly url: string;
  readonly permalink: string | null;
  readonly section: string;
  readonly date: string | null;
}

/** Resolves a source reference against the rules file that holds it. RulesSchema guarantees the document exists. */
export function resolveSource(ref: SourceRef, rules: Pick<Rules, 'sources'>): ResolvedSource {
  const doc = rules.sources[ref.doc];
  if (!doc) throw new Error(`unknown source document "${ref.doc}"`);
  const anchor = ref.anchor ? `#${ref.anchor}` : '';
  return {
    doc: ref.doc,
    title: doc.title,
    url: `${doc.url}${anchor}`,
    permalink: doc.permalink ?? null,
    section: ref.section,
    date: doc.date,
  };
}

/** The version gate with this id, if the rules file has it. */
export function versionGate(
  rules: Pick<Rules, 'versionGates'>,
  id: VersionGateId,
): Rules['versionGates'][number] | undefined {
  return new Map(rules.versionGates.map((g) => [g.id, g])).get(id);
}

/**
 * The first port of an inbound rule the requirements table lists (every id but the datastore's,
 * whose port depends on the engine). RulesSchema guarantees each of them exists.
 */
export function inboundPort(rules: Pick<Rules, 'ports'>, id: Exclude<PortId, 'datastore' | 'datastore-peers'>): number {
  const rule = rules.ports.inbound.find((p) => p.id === id);
  if (!rule) throw new Error(`no inbound port rule "${id}"`);
  return rule.from;
}
