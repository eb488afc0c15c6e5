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
  rules.filter((r) => ids.includes(r.id)).map((r) => ({ id: r.id, protocol: r.protocol, ports: portRange(r) }));

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

/** Lays out the cluster: operator and registration address on top, servers (with their datastore), then agents. */
export function layoutTopology(result: DiagramSource, options: LayoutOptions = { variant: 'wide' }): TopologyDiagram {
  const { cluster, install } = result.input;
  const ports = result.network.ports;
  const perRow = options.variant === 'wide' ? MAX_DRAWN.servers : 2;
  const embedded = cluster.datastore === 'embedded-etcd';
  const external = isExternalDatastore(cluster.datastore);

  const serverNames = nodeNames(install.serverNames, cluster.servers);
  const agentNames = nodeNames(install.agentNames, cluster.agents);
  const serverName = (n: number) => (serverNames.ok ? serverNames.nameOf(n) : `server-${String(n)}`);
  const agentName = (n: number) => (agentNames.ok ? agentNames.nameOf(n) : `agent-${String(n)}`);

  const badgesFor = (index: number): ServerBadge[] => {
    const b: ServerBadge[] = [];
    if (embedded && index === 1) b.push('cluster-init');
    if (embedded) b.push('etcd-member');
    if (cluster.datastore === 'sqlite') b.push('sqlite');
    if (cluster.serverWorkloads === 'dedicated') b.push('tainted');
    if (cluster.serverWorkloads === 'agentless') b.push('no-agent');
    return b;
  };

  // Rows of boxes, before centring.
  const drawServers = cluster.servers <= MAX_DRAWN.servers;
  const serverCount = drawServers ? cluster.servers : 1;
  const serverCols = Math.min(serverCount, perRow);
  const serverRows = Math.ceil(serverCount / perRow);
  const drawAgents = cluster.agents <= MAX_DRAWN.agents;
  const agentCount = cluster.agents === 0 ? 0 : drawAgents ? cluster.agents : 1;
  const agentCols = Math.min(agentCount, perRow);
  const agentRows = Math.ceil(agentCount / perRow);

  const rowWidth = (cols: number) => cols * BOX.width + Math.max(0, cols - 1) * GAP.x;
  const groupWidth = rowWidth(serverCols) + 2 * GROUP_PAD;
  const datastoreWidth = external ? (options.variant === 'wide' ? GAP.x * 3 + BOX.width : 0) : 0;
  const serversBlockWidth = groupWidth + datastoreWidth;
  const width = Math.max(serversBlockWidth, rowWidth(agentCols), 2 * BOX.width + LABEL_GAP) + 2 * MARGIN;

  const topY = MARGIN;
  const groupY = topY + BOX.height + GAP.row;
  const peerRow = cluster.servers > 1 ? PEER_ROW : 0;
  const groupHeight = serverRows * BOX.height + (serverRows - 1) * GAP.x + 2 * GROUP_PAD + CAPTION + peerRow;
  const narrowDatastoreY = groupY + groupHeight + GAP.row * 0.6;
  const agentsY =
    (external && options.variant === 'narrow' ? narrowDatastoreY + BOX.height : groupY + groupHeight) + GAP.row;
  const height =
    (agentCount > 0
      ? agentsY + agentRows * BOX.height + (agentRows - 1) * GAP.x
      : agentsY - GAP.row + BOX.height * 0.4) + MARGIN;

  const groupX = (width - serversBlockWidth) / 2;
  const nodes: DiagramNode[] = [];
  const base = { count: 1, badges: [] as ServerBadge[], datastore: null, name: null, peers: null };

  // Operator and the fixed registration address.
  const registration = install.registrationAddress.trim();
  const hasRegistration = registration !== '' && addressKind(registration) !== null;
  nodes.push({ ...base, id: 'operator', kind: 'operator', x: MARGIN, y: topY, width: BOX.width, height: BOX.height });
  if (hasRegistration) {
    // Centred over the servers, but never under the operator box.
    const x = Math.max(groupX + groupWidth / 2 - BOX.width / 2, MARGIN + BOX.width + LABEL_GAP);
    nodes.push({
      ...base,
      id: 'registration',
      kind: 'registration',
      name: registration,
      x,
      y: topY,
      width: BOX.width,
      height: BOX.height,
    });
  }

  // Servers, one by one or as a pool.
  const serverIds: string[] = [];
  for (let i = 0; i < serverCount; i += 1) {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const rowItems = Math.min(perRow, serverCount - row * perRow);
    const offset = (rowWidth(serverCols) - rowWidth(rowItems)) / 2;
    const id = drawServers ? `server-${String(i + 1)}` : 'servers';
    serverIds.push(id);
    nodes.push({
      ...base,
      id,
      kind: drawServers ? 'server' : 'server-pool',
      name: drawServers ? serverName(i + 1) : null,
      count: drawServers ? 1 : cluster.servers,
      badges: badgesFor(drawServers ? i + 1 : 0),
      x: groupX + GROUP_PAD + offset + col * (BOX.width + GAP.x),
      y: groupY + GROUP_PAD + CAPTION + row * (BOX.height + GAP.x),
      width: BOX.width,
      height: BOX.height,
    });
  }
  const groups: DiagramGroup[] = [
    {
      id: 'servers',
      x: groupX,
      y: groupY,
      width: groupWidth,
      height: groupHeight,
      caption: result.sizing.etcd
        ? {
            kind: 'etcd-quorum',
            quorum: result.sizing.etcd.quorum,
            members: result.sizing.etcd.members,
            faultTolerance: result.sizing.etcd.faultTolerance,
          }
        : { kind: 'control-plane', servers: cluster.servers },
    },
  ];

  if (external) {
    const host = install.datastoreHost.split(',')[0]?.trim() ?? '';
    nodes.push({
      ...base,
      id: 'datastore',
      kind: 'datastore',
      datastore: cluster.datastore,
      count: result.sizing.database?.members ?? 1,
      peers: edgePorts(ports, ['datastore-peers'])[0] ?? null,
      name: host !== '' && addressKind(host) !== null ? host : null,
      x: options.variant === 'wide' ? groupX + groupWidth + GAP.x * 3 : width / 2 - BOX.width / 2,
      y: options.variant === 'wide' ? groupY + groupHeight / 2 - BOX.height / 2 : narrowDatastoreY,
      width: BOX.width,
      height: BOX.height,
    });
  }

  const agentIds: string[] = [];
  for (let i = 0; i < agentCount; i += 1) {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const rowItems = Math.min(perRow, agentCount - row * perRow);
    const id = drawAgents ? `agent-${String(i + 1)}` : 'agents';
    agentIds.push(id);
    nodes.push({
      ...base,
      id,
      kind: drawAgents ? 'agent' : 'agent-pool',
      name: drawAgents ? agentName(i + 1) : null,
      count: drawAgents ? 1 : cluster.agents,
      x: (width - rowWidth(rowItems)) / 2 + col * (BOX.width + GAP.x),
      y: agentsY + row * (BOX.height + GAP.x),
      width: BOX.width,
      height: BOX.height,
    });
  }

  // Connections, each labelled with the plan's own ports.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: DiagramEdge[] = [];
  const bottom = (id: string) => {
    const n = byId.get(id);
    return n ? { x: n.x + n.width / 2, y: n.y + n.height } : { x: 0, y: 0 };
  };
  const top = (id: string) => {
    const n = byId.get(id);
    return n ? { x: n.x + n.width / 2, y: n.y } : { x: 0, y: 0 };
  };
  const groupTop = { x: groupX + groupWidth / 2, y: groupY };
  const groupBottom = { x: groupX + groupWidth / 2, y: groupY + groupHeight };
  const mid = (a: { x: number; y: number }, b: { x: number; y: number }) => ({
    x: (a.x + b.x) / 2,
    y: (a.y + b.y) / 2,
  });

  const apiTarget = hasRegistration ? top('registration') : serverIds.length > 1 ? groupTop : top(serverIds[0] ?? '');
  const operatorRight = { x: MARGIN + BOX.width, y: topY + BOX.height / 2 };
  const operatorTarget = hasRegistration
    ? { x: apiTarget.x - BOX.width / 2, y: topY + BOX.height / 2 }
    : { x: apiTarget.x, y: apiTarget.y };
  const operatorPoints = hasRegistration
    ? [operatorRight, operatorTarget]
    : [operatorRight, { x: operatorTarget.x, y: operatorRight.y }, operatorTarget];
  edges.push({
    id: 'operator-api',
    from: 'operator',
    to: hasRegistration ? 'registration' : serverIds.length > 1 ? 'servers-group' : (serverIds[0] ?? ''),
    style: 'api',
    direction: 'forward',
    points: operatorPoints,
    // Above the level line to the registration box, or on the drop down to the servers.
    label: hasRegistration
      ? { x: (operatorRight.x + operatorTarget.x) / 2, y: operatorRight.y - 12 }
      : { x: operatorTarget.x, y: (operatorRight.y + operatorTarget.y) / 2 + 14 },
    ports: edgePorts(ports, ['kubectl']),
  });
  if (hasRegistration) {
    const from = bottom('registration');
    edges.push({
      id: 'registration-servers',
      from: 'registration',
      to: 'servers-group',
      style: 'api',
      direction: 'forward',
      points: [from, groupTop],
      label: mid(from, groupTop),
      ports: edgePorts(ports, ['supervisor-api']),
    });
  }

  if (cluster.servers > 1) {
    const first = byId.get(serverIds[0] ?? '');
    // Joining servers register with a server on the supervisor port, where the rules say servers send to it.
    const joinsServers = ports.some(
      (r) => r.id === 'supervisor-api' && (r.sources === 'servers' || r.sources === 'all-nodes'),
    );
    const peerPorts = edgePorts(ports, [
      ...(joinsServers ? (['supervisor-api'] as const) : []),
      ...(embedded ? (['etcd-peers'] as const) : []),
    ]);
    const meshWithin =
      agentCount === 0
        ? edgePorts(ports, [
            'flannel-vxlan',
            'flannel-wireguard-ipv4',
            'flannel-wireguard-ipv6',
            'kubelet',
            'spegel-p2p',
          ])
        : [];
    const all = [...peerPorts, ...meshWithin];
    if (all.length > 0 && first) {
      // Below the servers, clear of the caption above them.
      const y = groupY + groupHeight - GROUP_PAD - PEER_ROW / 2 + 4;
      const a = { x: groupX + GROUP_PAD, y };
      const b = { x: groupX + groupWidth - GROUP_PAD, y };
      edges.push({
        id: 'server-peers',
        from: 'servers-group',
        to: 'servers-group',
        style: 'peers',
        direction: 'both',
        points: [a, b],
        label: { x: (a.x + b.x) / 2, y },
        ports: all,
      });
    }
  }

  if (external) {
    const db = byId.get('datastore');
    if (db) {
      const from = options.variant === 'wide' ? { x: groupX + groupWidth, y: db.y + db.height / 2 } : groupBottom;
      const to =
        options.variant === 'wide' ? { x: db.x, y: db.y + db.height / 2 } : { x: db.x + db.width / 2, y: db.y };
      // Above the short level line (wide), or beside the drop to the database (narrow), clear of the arrowhead.
      const label = options.variant === 'wide' ? { x: (from.x + to.x) / 2, y: from.y - 12 } : mid(from, to);
      edges.push({
        id: 'servers-datastore',
        from: 'servers-group',
        to: 'datastore',
        style: 'data',
        direction: 'forward',
        points: [from, to],
        label,
        ports: edgePorts(ports, ['datastore']),
      });
    }
  }

  if (agentCount > 0) {
    // Agent edges run in two lanes either side of the centre, clear of a database box drawn below the servers.
    // A lane wider than the agent row (only beside a database drawn under the servers) leaves the row from its side.
    const rowHalf = rowWidth(agentCols) / 2;
    const lane = external && options.variant === 'narrow' ? BOX.width / 2 + 16 : Math.min(70, rowHalf - 20);
    const agentsTop = { x: width / 2, y: agentsY };
    const fromSide = lane > rowHalf - 12;
    const sideY = agentsY + BOX.height / 2;
    const start = { x: agentsTop.x - lane, y: agentsTop.y };
    const tunnelEnd = { x: groupBottom.x - lane, y: groupBottom.y };
    // Labels go in the open space just above the agents, below a database box drawn under the servers.
    const db = byId.get('datastore');
    const clearTop = external && options.variant === 'narrow' && db ? db.y + db.height : groupBottom.y;
    const labelY = (clearTop + agentsY) / 2;
    // Opened by the agent, to every server once it has the endpoint list (the registration diagram shows the first contact).
    edges.push({
      id: 'agent-tunnel',
      from: agentIds[0] ?? 'agents',
      to: 'servers-group',
      style: 'tunnel',
      direction: 'forward',
      points: fromSide
        ? [{ x: agentsTop.x - rowHalf, y: sideY }, { x: start.x, y: sideY }, tunnelEnd]
        : [start, tunnelEnd],
      label: { x: start.x, y: labelY },
      ports: edgePorts(ports, ['supervisor-api']),
    });
    const meshFrom = { x: agentsTop.x + lane, y: agentsTop.y };
    const meshTo = { x: groupBottom.x + lane, y: groupBottom.y };
    edges.push({
      id: 'node-mesh',
      from: 'agents-group',
      to: 'servers-group',
      style: 'mesh',
      direction: 'both',
      points: fromSide
        ? [{ x: agentsTop.x + rowHalf, y: sideY }, { x: meshFrom.x, y: sideY }, meshTo]
        : [meshFrom, meshTo],
      label: { x: meshFrom.x, y: labelY },
      ports: edgePorts(ports, [
        'flannel-vxlan',
        'flannel-wireguard-ipv4',
        'flannel-wireguard-ipv6',
        'kubelet',
        'spegel-p2p',
        'spegel-api',
      ]),
    });
  }

  const peerPorts = nodes.flatMap((n) => (n.peers ? [n.peers] : []));
  return {
    width,
    height,
    variant: options.variant,
    nodes,
    edges,
    groups,
    legend: [...uniquePorts(edges), ...peerPorts],
  };
}
