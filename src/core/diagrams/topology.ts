import { addressKind, nodeNames } from '../config/names';
import type { Datastore, PlanInput } from '../model/plan-input';
import type { Sizing } from '../sizing/sizing';
import { isExternalDatastore } from '../model/ha';
import { portRange } from '../model/format';
import type { PortRule } from '../ports/ports';
import type { PortId } from '../model/rules';

/**
 * The cluster topology as a layout model: boxes and connections with coordinates, no SVG. Labels
 * are codes and parameters so the page can write them in the reader's language; user text
 * (names, addresses) is carried as data and drawn as text.
 */

/** What the diagrams are drawn from: the plan's input, sizing, ports and registration address. */
export interface DiagramSource {
  readonly input: PlanInput;
  readonly sizing: Pick<Sizing, 'etcd' | 'database'>;
  readonly network: { readonly ports: readonly PortRule[] };
  readonly config: { readonly serverUrl: string };
}

export type NodeKind = 'operator' | 'registration' | 'server' | 'server-pool' | 'agent' | 'agent-pool' | 'datastore';
export type ServerBadge = 'cluster-init' | 'etcd-member' | 'sqlite' | 'tainted' | 'no-agent';

export interface DiagramNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A node name or address from the plan, or null when the kind alone names it. */
  readonly name: string | null;
  /** How many machines a pool stands for (1 for a single machine). */
  readonly count: number;
  readonly badges: readonly ServerBadge[];
  readonly datastore: Datastore | null;
  /** The port a pool's members talk to each other on (an external etcd cluster's peer port), or null. */
  readonly peers: EdgePort | null;
}

export type EdgeStyle = 'api' | 'tunnel' | 'mesh' | 'peers' | 'data';

export interface EdgePort {
  readonly id: PortId;
  readonly protocol: 'tcp' | 'udp';
  readonly ports: string;
  /** As the diagram writes it: 6443/tcp, 2379-2380/tcp. */
  readonly label: string;
}

export type DiagramEdgeId =
  'operator-api' | 'registration-servers' | 'server-peers' | 'servers-datastore' | 'agent-tunnel' | 'node-mesh';

export interface DiagramEdge {
  readonly id: DiagramEdgeId;
  readonly from: string;
  readonly to: string;
  readonly style: EdgeStyle;
  /** 'forward' draws one arrow from `from` (who opens the connection); 'both' for traffic either way. */
  readonly direction: 'forward' | 'both';
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly label: { readonly x: number; readonly y: number };
  readonly ports: readonly EdgePort[];
}

export interface DiagramGroup {
  readonly id: 'servers';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly caption:
    | {
        readonly kind: 'etcd-quorum';
        readonly quorum: number;
        readonly members: number;
        readonly faultTolerance: number;
      }
    | { readonly kind: 'control-plane'; readonly servers: number };
}

export interface TopologyDiagram {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly groups: readonly DiagramGroup[];
  /** Which layout this is; a narrow drawing is shown scaled down, so its legend uses larger type. */
  readonly variant: 'wide' | 'narrow';
  /** Every port drawn on an edge or named on a pool (its members' peer port), once, in plan order: the legend. */
  readonly legend: readonly EdgePort[];
}

export interface LayoutOptions {
  /** Narrow layouts stack fewer boxes per row so labels stay readable on phones. */
  readonly variant: 'wide' | 'narrow';
}

/** Machines drawn one by one before a role collapses into a single "× N" box. */
export const MAX_DRAWN = { servers: 5, agents: 4 } as const;

const BOX = { width: 150, height: 62 } as const;
const GAP = { x: 22, row: 92 } as const;
const MARGIN = 24;
const GROUP_PAD = 14;
/** Room above the servers for the group caption, and below them for the line between servers. */
const CAPTION = 18;
const PEER_ROW = 30;
/** Room between the operator and the registration address for the port label. */
const LABEL_GAP = 96;

const edgePorts = (rules: readonly PortRule[], ids: readonly PortId[]): EdgePort[] =>
  rules
    .filter((r) => ids.includes(r.id))
    .map((r) => {
      const ports = portRange(r);
      return { id: r.id, protocol: r.protocol, ports, label: `${ports}/${r.protocol}` };
    });

/** Each port once; kubectl and the supervisor share 6443, which the legend names as the supervisor. */
function uniquePorts(edges: readonly DiagramEdge[]): EdgePort[] {
  const byKey = new Map<string, EdgePort>();
  for (const e of edges) {
    for (const p of e.ports) {
      const key = `${p.protocol}/${p.ports}`;
      const seen = byKey.get(key);
      if (!seen || (seen.id === 'kubectl' && p.id === 'supervisor-api')) byKey.set(key, p);
    }
  }
  return [...byKey.values()];
}

type Point = { readonly x: number; readonly y: number };
type Cluster = PlanInput['cluster'];

const rowWidth = (cols: number) => cols * BOX.width + Math.max(0, cols - 1) * GAP.x;
const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const MESH_PORTS = [
  'flannel-vxlan',
  'flannel-wireguard-ipv4',
  'flannel-wireguard-ipv6',
  'kubelet',
  'spegel-p2p',
] as const;

/** The drawing's geometry: how many boxes of each role, in how many rows, and where each band sits. */
interface Frame {
  readonly wide: boolean;
  readonly perRow: number;
  readonly embedded: boolean;
  readonly external: boolean;
  readonly drawServers: boolean;
  readonly serverCount: number;
  readonly serverCols: number;
  readonly drawAgents: boolean;
  readonly agentCount: number;
  readonly agentCols: number;
  readonly width: number;
  readonly height: number;
  readonly topY: number;
  readonly groupX: number;
  readonly groupY: number;
  readonly groupWidth: number;
  readonly groupHeight: number;
  readonly narrowDatastoreY: number;
  readonly agentsY: number;
}

function measure(cluster: Cluster, variant: LayoutOptions['variant']): Frame {
  const wide = variant === 'wide';
  const perRow = wide ? MAX_DRAWN.servers : 2;
  const external = isExternalDatastore(cluster.datastore);
  const drawServers = cluster.servers <= MAX_DRAWN.servers;
  const serverCount = drawServers ? cluster.servers : 1;
  const serverCols = Math.min(serverCount, perRow);
  const serverRows = Math.ceil(serverCount / perRow);
  const drawAgents = cluster.agents <= MAX_DRAWN.agents;
  const agentCount = cluster.agents === 0 ? 0 : drawAgents ? cluster.agents : 1;
  const agentCols = Math.min(agentCount, perRow);
  const agentRows = Math.ceil(agentCount / perRow);

  const groupWidth = rowWidth(serverCols) + 2 * GROUP_PAD;
  const datastoreWidth = external && wide ? GAP.x * 3 + BOX.width : 0;
  const serversBlockWidth = groupWidth + datastoreWidth;
  const width = Math.max(serversBlockWidth, rowWidth(agentCols), 2 * BOX.width + LABEL_GAP) + 2 * MARGIN;

  const topY = MARGIN;
  const groupY = topY + BOX.height + GAP.row;
  const peerRow = cluster.servers > 1 ? PEER_ROW : 0;
  const groupHeight = serverRows * BOX.height + (serverRows - 1) * GAP.x + 2 * GROUP_PAD + CAPTION + peerRow;
  const narrowDatastoreY = groupY + groupHeight + GAP.row * 0.6;
  const agentsY = (external && !wide ? narrowDatastoreY + BOX.height : groupY + groupHeight) + GAP.row;
  const height =
    (agentCount > 0
      ? agentsY + agentRows * BOX.height + (agentRows - 1) * GAP.x
      : agentsY - GAP.row + BOX.height * 0.4) + MARGIN;
  return {
    wide,
    perRow,
    embedded: cluster.datastore === 'embedded-etcd',
    external,
    drawServers,
    serverCount,
    serverCols,
    drawAgents,
    agentCount,
    agentCols,
    width,
    height,
    topY,
    groupX: (width - serversBlockWidth) / 2,
    groupY,
    groupWidth,
    groupHeight,
    narrowDatastoreY,
    agentsY,
  };
}

const BASE = { count: 1, badges: [] as ServerBadge[], datastore: null, name: null, peers: null };
const box = { width: BOX.width, height: BOX.height };

/** The fixed registration address, when the plan gives a valid one. */
function registrationOf(result: DiagramSource): string | null {
  const registration = result.input.install.registrationAddress.trim();
  return registration !== '' && addressKind(registration) !== null ? registration : null;
}

/** The operator, and the registration address centred over the servers but never under the operator box. */
function placeTop(frame: Frame, registration: string | null): DiagramNode[] {
  const nodes: DiagramNode[] = [{ ...BASE, ...box, id: 'operator', kind: 'operator', x: MARGIN, y: frame.topY }];
  if (registration !== null) {
    const x = Math.max(frame.groupX + frame.groupWidth / 2 - BOX.width / 2, MARGIN + BOX.width + LABEL_GAP);
    nodes.push({ ...BASE, ...box, id: 'registration', kind: 'registration', name: registration, x, y: frame.topY });
  }
  return nodes;
}

function badgesFor(cluster: Cluster, index: number): ServerBadge[] {
  const embedded = cluster.datastore === 'embedded-etcd';
  const b: ServerBadge[] = [];
  if (embedded && index === 1) b.push('cluster-init');
  if (embedded) b.push('etcd-member');
  if (cluster.datastore === 'sqlite') b.push('sqlite');
  if (cluster.serverWorkloads === 'dedicated') b.push('tainted');
  if (cluster.serverWorkloads === 'agentless') b.push('no-agent');
  return b;
}

/** Servers, one by one or as a pool, in rows centred in their group. */
function placeServers(frame: Frame, result: DiagramSource): DiagramNode[] {
  const { cluster, install } = result.input;
  const names = nodeNames(install.serverNames, cluster.servers);
  const { perRow, serverCount, drawServers } = frame;
  return Array.from({ length: serverCount }, (_, i): DiagramNode => {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const rowItems = Math.min(perRow, serverCount - row * perRow);
    const offset = (rowWidth(frame.serverCols) - rowWidth(rowItems)) / 2;
    return {
      ...BASE,
      ...box,
      id: drawServers ? `server-${String(i + 1)}` : 'servers',
      kind: drawServers ? 'server' : 'server-pool',
      name: drawServers ? (names.ok ? names.nameOf(i + 1) : `server-${String(i + 1)}`) : null,
      count: drawServers ? 1 : cluster.servers,
      badges: badgesFor(cluster, drawServers ? i + 1 : 0),
      x: frame.groupX + GROUP_PAD + offset + col * (BOX.width + GAP.x),
      y: frame.groupY + GROUP_PAD + CAPTION + row * (BOX.height + GAP.x),
    };
  });
}

function serversGroup(frame: Frame, result: DiagramSource): DiagramGroup {
  const { etcd } = result.sizing;
  return {
    id: 'servers',
    x: frame.groupX,
    y: frame.groupY,
    width: frame.groupWidth,
    height: frame.groupHeight,
    caption: etcd
      ? { kind: 'etcd-quorum', quorum: etcd.quorum, members: etcd.members, faultTolerance: etcd.faultTolerance }
      : { kind: 'control-plane', servers: result.input.cluster.servers },
  };
}

/** An external datastore: beside the servers (wide) or below them (narrow). */
function placeDatastore(frame: Frame, result: DiagramSource): DiagramNode[] {
  if (!frame.external) return [];
  const { cluster, install } = result.input;
  const host = install.datastoreHost.split(',')[0]?.trim() ?? '';
  return [
    {
      ...BASE,
      ...box,
      id: 'datastore',
      kind: 'datastore',
      datastore: cluster.datastore,
      count: result.sizing.database?.members ?? 1,
      peers: edgePorts(result.network.ports, ['datastore-peers'])[0] ?? null,
      name: host !== '' && addressKind(host) !== null ? host : null,
      x: frame.wide ? frame.groupX + frame.groupWidth + GAP.x * 3 : frame.width / 2 - BOX.width / 2,
      y: frame.wide ? frame.groupY + frame.groupHeight / 2 - BOX.height / 2 : frame.narrowDatastoreY,
    },
  ];
}

/** Agents, one by one or as a pool, in centred rows. */
function placeAgents(frame: Frame, result: DiagramSource): DiagramNode[] {
  const { cluster, install } = result.input;
  const names = nodeNames(install.agentNames, cluster.agents);
  const { perRow, agentCount, drawAgents } = frame;
  return Array.from({ length: agentCount }, (_, i): DiagramNode => {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const rowItems = Math.min(perRow, agentCount - row * perRow);
    return {
      ...BASE,
      ...box,
      id: drawAgents ? `agent-${String(i + 1)}` : 'agents',
      kind: drawAgents ? 'agent' : 'agent-pool',
      name: drawAgents ? (names.ok ? names.nameOf(i + 1) : `agent-${String(i + 1)}`) : null,
      count: drawAgents ? 1 : cluster.agents,
      x: (frame.width - rowWidth(rowItems)) / 2 + col * (BOX.width + GAP.x),
      y: frame.agentsY + row * (BOX.height + GAP.x),
    };
  });
}

/** What the edges are drawn between. */
interface Anchors {
  readonly frame: Frame;
  readonly ports: readonly PortRule[];
  readonly byId: ReadonlyMap<string, DiagramNode>;
  readonly serverIds: readonly string[];
  readonly agentIds: readonly string[];
  readonly groupTop: Point;
  readonly groupBottom: Point;
}

const topOf = (n: DiagramNode | undefined): Point => (n ? { x: n.x + n.width / 2, y: n.y } : { x: 0, y: 0 });
const bottomOf = (n: DiagramNode | undefined): Point =>
  n ? { x: n.x + n.width / 2, y: n.y + n.height } : { x: 0, y: 0 };

/** kubectl from the operator to the registration address (then on to the servers), or straight to the servers. */
function apiEdges(a: Anchors, hasRegistration: boolean): DiagramEdge[] {
  const { frame, ports, serverIds } = a;
  const apiTarget = hasRegistration
    ? topOf(a.byId.get('registration'))
    : serverIds.length > 1
      ? a.groupTop
      : topOf(a.byId.get(serverIds[0] ?? ''));
  const operatorRight = { x: MARGIN + BOX.width, y: frame.topY + BOX.height / 2 };
  const operatorTarget = hasRegistration
    ? { x: apiTarget.x - BOX.width / 2, y: frame.topY + BOX.height / 2 }
    : { x: apiTarget.x, y: apiTarget.y };
  const edges: DiagramEdge[] = [
    {
      id: 'operator-api',
      from: 'operator',
      to: hasRegistration ? 'registration' : serverIds.length > 1 ? 'servers-group' : (serverIds[0] ?? ''),
      style: 'api',
      direction: 'forward',
      points: hasRegistration
        ? [operatorRight, operatorTarget]
        : [operatorRight, { x: operatorTarget.x, y: operatorRight.y }, operatorTarget],
      // Above the level line to the registration box, or on the drop down to the servers.
      label: hasRegistration
        ? { x: (operatorRight.x + operatorTarget.x) / 2, y: operatorRight.y - 12 }
        : { x: operatorTarget.x, y: (operatorRight.y + operatorTarget.y) / 2 + 14 },
      ports: edgePorts(ports, ['kubectl']),
    },
  ];
  if (hasRegistration) {
    const from = bottomOf(a.byId.get('registration'));
    edges.push({
      id: 'registration-servers',
      from: 'registration',
      to: 'servers-group',
      style: 'api',
      direction: 'forward',
      points: [from, a.groupTop],
      label: mid(from, a.groupTop),
      ports: edgePorts(ports, ['supervisor-api']),
    });
  }
  return edges;
}

/** Traffic between servers: joining on the supervisor port, etcd peers, and the node mesh when there are no agents. */
function serverPeerEdges(a: Anchors, cluster: Cluster): DiagramEdge[] {
  const { frame, ports } = a;
  if (cluster.servers <= 1 || !a.byId.get(a.serverIds[0] ?? '')) return [];
  // Joining servers register with a server on the supervisor port, where the rules say servers send to it.
  const joinsServers = ports.some(
    (r) => r.id === 'supervisor-api' && (r.sources === 'servers' || r.sources === 'all-nodes'),
  );
  const all = [
    ...edgePorts(ports, [
      ...(joinsServers ? (['supervisor-api'] as const) : []),
      ...(frame.embedded ? (['etcd-peers'] as const) : []),
    ]),
    ...(frame.agentCount === 0 ? edgePorts(ports, MESH_PORTS) : []),
  ];
  if (all.length === 0) return [];
  // Below the servers, clear of the caption above them.
  const y = frame.groupY + frame.groupHeight - GROUP_PAD - PEER_ROW / 2 + 4;
  const from = { x: frame.groupX + GROUP_PAD, y };
  const to = { x: frame.groupX + frame.groupWidth - GROUP_PAD, y };
  return [
    {
      id: 'server-peers',
      from: 'servers-group',
      to: 'servers-group',
      style: 'peers',
      direction: 'both',
      points: [from, to],
      label: { x: (from.x + to.x) / 2, y },
      ports: all,
    },
  ];
}

function datastoreEdges(a: Anchors): DiagramEdge[] {
  const { frame } = a;
  const db = a.byId.get('datastore');
  if (!frame.external || !db) return [];
  const from = frame.wide ? { x: frame.groupX + frame.groupWidth, y: db.y + db.height / 2 } : a.groupBottom;
  const to = frame.wide ? { x: db.x, y: db.y + db.height / 2 } : { x: db.x + db.width / 2, y: db.y };
  return [
    {
      id: 'servers-datastore',
      from: 'servers-group',
      to: 'datastore',
      style: 'data',
      direction: 'forward',
      points: [from, to],
      // Above the short level line (wide), or beside the drop to the database (narrow), clear of the arrowhead.
      label: frame.wide ? { x: (from.x + to.x) / 2, y: from.y - 12 } : mid(from, to),
      ports: edgePorts(a.ports, ['datastore']),
    },
  ];
}

/**
 * The agents' tunnel to the servers and the node mesh, in two lanes either side of the centre,
 * clear of a database box drawn below the servers. A lane wider than the agent row (only beside a
 * database drawn under the servers) leaves the row from its side.
 */
function agentEdges(a: Anchors): DiagramEdge[] {
  const { frame, groupBottom } = a;
  if (frame.agentCount === 0) return [];
  const narrowDatastore = frame.external && !frame.wide;
  const rowHalf = rowWidth(frame.agentCols) / 2;
  const lane = narrowDatastore ? BOX.width / 2 + 16 : Math.min(70, rowHalf - 20);
  const agentsTop = { x: frame.width / 2, y: frame.agentsY };
  const fromSide = lane > rowHalf - 12;
  const sideY = frame.agentsY + BOX.height / 2;
  const start = { x: agentsTop.x - lane, y: agentsTop.y };
  const tunnelEnd = { x: groupBottom.x - lane, y: groupBottom.y };
  // Labels go in the open space just above the agents, below a database box drawn under the servers.
  const db = a.byId.get('datastore');
  const clearTop = narrowDatastore && db ? db.y + db.height : groupBottom.y;
  const labelY = (clearTop + frame.agentsY) / 2;
  const meshFrom = { x: agentsTop.x + lane, y: agentsTop.y };
  const meshTo = { x: groupBottom.x + lane, y: groupBottom.y };
  return [
    // Opened by the agent, to every server once it has the endpoint list (the registration diagram shows the first contact).
    {
      id: 'agent-tunnel',
      from: a.agentIds[0] ?? 'agents',
      to: 'servers-group',
      style: 'tunnel',
      direction: 'forward',
      points: fromSide
        ? [{ x: agentsTop.x - rowHalf, y: sideY }, { x: start.x, y: sideY }, tunnelEnd]
        : [start, tunnelEnd],
      label: { x: start.x, y: labelY },
      ports: edgePorts(a.ports, ['supervisor-api']),
    },
    {
      id: 'node-mesh',
      from: 'agents-group',
      to: 'servers-group',
      style: 'mesh',
      direction: 'both',
      points: fromSide
        ? [{ x: agentsTop.x + rowHalf, y: sideY }, { x: meshFrom.x, y: sideY }, meshTo]
        : [meshFrom, meshTo],
      label: { x: meshFrom.x, y: labelY },
      ports: edgePorts(a.ports, [...MESH_PORTS, 'spegel-api']),
    },
  ];
}

/** Lays out the cluster: operator and registration address on top, servers (with their datastore), then agents. */
export function layoutTopology(result: DiagramSource, options: LayoutOptions = { variant: 'wide' }): TopologyDiagram {
  const { cluster } = result.input;
  const frame = measure(cluster, options.variant);
  const registration = registrationOf(result);
  const servers = placeServers(frame, result);
  const agents = placeAgents(frame, result);
  const nodes = [...placeTop(frame, registration), ...servers, ...placeDatastore(frame, result), ...agents];
  const anchors: Anchors = {
    frame,
    ports: result.network.ports,
    byId: new Map(nodes.map((n) => [n.id, n])),
    serverIds: servers.map((n) => n.id),
    agentIds: agents.map((n) => n.id),
    groupTop: { x: frame.groupX + frame.groupWidth / 2, y: frame.groupY },
    groupBottom: { x: frame.groupX + frame.groupWidth / 2, y: frame.groupY + frame.groupHeight },
  };
  const edges = [
    ...apiEdges(anchors, registration !== null),
    ...serverPeerEdges(anchors, cluster),
    ...datastoreEdges(anchors),
    ...agentEdges(anchors),
  ];
  const peerPorts = nodes.flatMap((n) => (n.peers ? [n.peers] : []));
  return {
    width: frame.width,
    height: frame.height,
    variant: options.variant,
    nodes,
    edges,
    groups: [serversGroup(frame, result)],
    legend: [...uniquePorts(edges), ...peerPorts],
  };
}
