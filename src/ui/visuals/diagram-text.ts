import type { DiagramEdge, DiagramGroup, DiagramNode } from '../../core/diagrams/topology';
import type { Catalog } from '../../i18n/en';
import type { Formatter } from '../../i18n/format';

/** The diagrams' type: the system's own, with the CJK faces the Japanese and Chinese pages need. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

/** Shortens user text for a box; the full text stays in the box's tooltip and the text alternative. */
export function fit(text: string, max = 22): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A topology box's first line: what it is, or its (shortened) name. */
export function nodeTitle(n: DiagramNode, m: Catalog, f: Formatter): string {
  const v = m.visuals;
  switch (n.kind) {
    case 'operator':
      return v.operator;
    case 'registration':
      return v.registration;
    case 'server':
    case 'agent':
      return fit(n.name ?? '');
    case 'server-pool':
      return v.serverPool({ count: n.count }, f);
    case 'agent-pool':
      return v.agentPool({ count: n.count }, f);
    case 'datastore':
      return n.datastore ? m.form.datastore.options[n.datastore] : v.datastore;
  }
}

/** A topology box's second line: its role, badges, address or members. */
export function nodeSubtitle(n: DiagramNode, m: Catalog, f: Formatter): string {
  const v = m.visuals;
  switch (n.kind) {
    case 'operator':
      return v.operatorNote;
    case 'registration':
      return fit(n.name ?? '', 24);
    case 'server':
    case 'server-pool':
      return n.badges.map((b) => v.badges[b]).join(m.punctuation.separator) || v.serverRole;
    case 'agent':
    case 'agent-pool':
      return v.agentRole;
    case 'datastore': {
      if (n.count > 1) return v.datastoreMembers({ count: n.count }, f);
      return n.name ? fit(n.name, 24) : v.datastoreNote;
    }
  }
}

/** A topology box in the text alternative: what it is, its name and badges. */
export function nodeText(n: DiagramNode, m: Catalog, f: Formatter): string {
  const v = m.visuals;
  const { colon, comma } = m.punctuation;
  const badges = n.badges.map((b) => v.badges[b]);
  switch (n.kind) {
    case 'operator':
      return `${v.operator}${colon}${v.operatorNote}`;
    case 'registration':
      return `${v.registration}${colon}${n.name ?? ''}`;
    case 'server':
      return [n.name ?? '', ...badges].join(comma);
    case 'server-pool':
      return [v.serverPool({ count: n.count }, f), ...badges].join(comma);
    case 'agent':
      return `${n.name ?? ''}${comma}${v.agentRole}`;
    case 'agent-pool':
      return v.agentPool({ count: n.count }, f);
    case 'datastore':
      return `${n.datastore ? m.form.datastore.options[n.datastore] : v.datastore}${n.name ? `${comma}${n.name}` : ''}`;
  }
}

/** A connection in the text alternative: what it carries, and its ports. */
export const edgeText = (e: DiagramEdge, m: Catalog): string =>
  `${m.visuals.edges[e.id]}${m.punctuation.colon}${e.ports.map((p) => p.label).join(m.punctuation.comma)}`;

/** A server group's caption: the etcd quorum, or the control plane's servers. */
export const groupCaption = (g: DiagramGroup, m: Catalog, f: Formatter): string =>
  g.caption.kind === 'etcd-quorum'
    ? m.visuals.quorumCaption(g.caption, f)
    : m.visuals.controlPlaneCaption({ servers: g.caption.servers }, f);
