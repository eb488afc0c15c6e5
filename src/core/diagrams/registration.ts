import { nodeNames } from '../config/names';
import type { DiagramSource } from './topology';
import type { Rules } from '../model/rules';

/**
 * How an agent joins, as the architecture page describes it: its client-side load balancer, the
 * supervisor on 6443, the endpoint list of all servers, and the node password kept on both sides.
 */
export type RegistrationBoxKind =
  'agent' | 'client-lb' | 'supervisor' | 'endpoints' | 'server' | 'more-servers' | 'password-file' | 'password-secret';

export interface RegistrationBox {
  readonly id: string;
  readonly kind: RegistrationBoxKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A value to show verbatim (a name, an address, a path), or null. */
  readonly value: string | null;
  /** A second verbatim line under the value (the secret's namespace), or null. */
  readonly detail?: string;
}

export interface RegistrationArrow {
  readonly id: string;
  /** The step of the list below the diagram this arrow belongs to. */
  readonly step: number;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Where the step number (and port) is written, clear of the boxes; null where a step's fan-out is already numbered. */
  readonly label: { readonly x: number; readonly y: number } | null;
  readonly port: string | null;
}

export type RegistrationStep =
  | { readonly step: 1; readonly lbPort: number; readonly serverUrl: string }
  | { readonly step: 2; readonly supervisorPort: number }
  | { readonly step: 3; readonly passwordFile: string; readonly secret: string; readonly namespace: string }
  | { readonly step: 4; readonly service: string }
  | { readonly step: 5; readonly servers: number };

export interface RegistrationDiagram {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly RegistrationBox[];
  readonly arrows: readonly RegistrationArrow[];
  readonly steps: readonly RegistrationStep[];
}

const W = 170;
const H = 58;
/** Room between the agent and the server column for the "2 · 6443/tcp" label. */
const TUNNEL_GAP = 110;
const SECRET_H = 64;

const midpoint = (a: { x: number; y: number }, b: { x: number; y: number }) => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2 - 6,
});

/** What both layouts draw: the rules' registration facts and the plan's servers. */
interface RegistrationParts {
  readonly registration: Rules['registration'];
  readonly supervisorPort: string;
  readonly servers: number;
  /** Servers drawn one by one (at most three); the rest are "more servers". */
  readonly drawn: number;
  readonly serverName: (n: number) => string;
  readonly serverUrl: string;
}

const M = 20;

export function layoutRegistration(
  result: DiagramSource,
  rules: Pick<Rules, 'registration' | 'install'>,
  variant: 'wide' | 'narrow' = 'wide',
): RegistrationDiagram {
  const servers = result.input.cluster.servers;
  const names = nodeNames(result.input.install.serverNames, servers);
  const parts: RegistrationParts = {
    registration: rules.registration,
    supervisorPort: `${String(rules.install.supervisorPort)}/tcp`,
    servers,
    drawn: Math.min(servers, 3),
    serverName: (n) => (names.ok ? names.nameOf(n) : `server-${String(n)}`),
    serverUrl: result.config.serverUrl,
  };
  const layout = variant === 'wide' ? layoutWide(parts) : layoutNarrow(parts);
  return { ...layout, steps: steps(result, rules, parts.serverUrl) };
}

type Layout = Omit<RegistrationDiagram, 'steps'>;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const box = (id: string, kind: RegistrationBoxKind, r: Rect, value: string | null): RegistrationBox => ({
  id,
  kind,
  x: r.x,
  y: r.y,
  width: r.width,
  height: r.height,
  value,
});

/** A box that shows one of the rules' registration facts, wherever a layout puts it. */
function factBox(
  kind: 'client-lb' | 'password-file' | 'endpoints' | 'password-secret',
  r: Rect,
  registration: Rules['registration'],
): RegistrationBox {
  switch (kind) {
    case 'client-lb':
      return box(kind, kind, r, `127.0.0.1:${String(registration.clientLoadBalancerPort)}`);
    case 'password-file':
      return box(kind, kind, r, registration.nodePasswordFile);
    case 'endpoints':
      return box(kind, kind, r, registration.endpointsService);
    case 'password-secret':
      return { ...box(kind, kind, r, registration.nodePasswordSecret), detail: registration.nodePasswordNamespace };
  }
}

/** The servers drawn one by one, each where `at` puts it. */
const serverBoxes = (p: RegistrationParts, at: (i: number) => Rect): RegistrationBox[] =>
  Array.from({ length: p.drawn }, (_, i) => box(`server-${String(i + 1)}`, 'server', at(i), p.serverName(i + 1)));

/** The wide layout's columns: the agent, the supervisor and the secret, the endpoint list, the servers. */
const WIDE_AGENT_RIGHT = M + W + 30;
const WIDE_COL2 = WIDE_AGENT_RIGHT + TUNNEL_GAP;
const WIDE_COL3 = WIDE_COL2 + W + 60;
const WIDE_COL4 = WIDE_COL3 + W + 60;
const WIDE_SERVER_H = H - 10;
const WIDE_SERVER_STEP = WIDE_SERVER_H + 12;
/** Where the wide layout puts its i-th server, and the "more servers" box after the last one drawn. */
const wideServerAt = (i: number): Rect => ({
  x: WIDE_COL4,
  y: M + i * WIDE_SERVER_STEP,
  width: W - 30,
  height: WIDE_SERVER_H,
});

/** Wide: the agent on the left, the supervisor and the secret, the endpoint list, then the servers in a column. */
function layoutWide(p: RegistrationParts): Layout {
  const { registration, drawn, servers } = p;
  const m = M;
  const boxes: RegistrationBox[] = [
    box('agent', 'agent', { x: m, y: m, width: W + 30, height: H * 2 + 40 }, null),
    factBox('client-lb', { x: m + 15, y: m + 34, width: W, height: H }, registration),
    factBox('password-file', { x: m + 15, y: m + H + 48, width: W, height: 40 }, registration),
    box('supervisor', 'supervisor', { x: WIDE_COL2, y: m + 34, width: W, height: H }, p.serverUrl),
    factBox('password-secret', { x: WIDE_COL2, y: m + H + 44, width: W, height: SECRET_H }, registration),
    factBox('endpoints', { x: WIDE_COL3, y: m + 34, width: W, height: H }, registration),
    ...serverBoxes(p, wideServerAt),
  ];
  if (servers > drawn) boxes.push(box('more-servers', 'more-servers', { ...wideServerAt(drawn), height: 30 }, null));
  const width = WIDE_COL4 + W - 30 + m;
  const height = Math.max(
    m + H + 44 + SECRET_H + m,
    m * 2 + H * 2 + 40,
    m + Math.max(drawn, 1) * WIDE_SERVER_STEP + (servers > drawn ? 40 : 0) + m,
  );
  return { width, height, boxes, arrows: wideArrows(p) };
}

/** The wide layout's arrows: the tunnel and the node password across, the endpoint list, and out to each server. */
function wideArrows(p: RegistrationParts): RegistrationArrow[] {
  const m = M;
  const lbRight = { x: m + 15 + W, y: m + 34 + H / 2 };
  const passwordY = m + H + 68;
  const endpoints = [
    { x: WIDE_COL2 + W, y: lbRight.y },
    { x: WIDE_COL3, y: lbRight.y },
  ] as const;
  const arrows: RegistrationArrow[] = [
    {
      id: 'tunnel',
      step: 2,
      points: [lbRight, { x: WIDE_COL2, y: lbRight.y }],
      label: { x: (WIDE_AGENT_RIGHT + WIDE_COL2) / 2, y: lbRight.y - 8 },
      port: p.supervisorPort,
    },
    {
      id: 'password',
      step: 3,
      points: [
        { x: m + 15 + W, y: passwordY },
        { x: WIDE_COL2, y: passwordY },
      ],
      label: { x: (WIDE_AGENT_RIGHT + WIDE_COL2) / 2, y: passwordY - 8 },
      port: null,
    },
    { id: 'endpoints', step: 4, points: endpoints, label: midpoint(...endpoints), port: null },
  ];
  for (let i = 0; i < p.drawn; i += 1) {
    const to = { x: WIDE_COL4, y: m + i * WIDE_SERVER_STEP + WIDE_SERVER_H / 2 };
    const from = { x: WIDE_COL3 + W, y: lbRight.y };
    arrows.push({
      id: `to-server-${String(i + 1)}`,
      step: 5,
      points: [from, to],
      label: i === 0 ? midpoint(from, to) : null,
      port: null,
    });
  }
  return arrows;
}

/** The narrow layout's one column of boxes, and the line its arrows run down. */
const NARROW_X = M + 10 + 15;
const NARROW_CX = NARROW_X + W / 2;
/** The password file on top of the agent, so the tunnel leaves the load balancer straight downwards. */
const NARROW_PASSWORD_FILE: Rect = { x: NARROW_X, y: M + 30, width: W, height: 40 };

/** Boxes and arrows of a part of a layout. */
type Part = Pick<Layout, 'boxes' | 'arrows'>;

/** Narrow, from the top: the agent with its password file and load balancer, the tunnel to the supervisor, the endpoint list. */
function narrowAgentToEndpoints(p: RegistrationParts): Part & { readonly endpointsY: number } {
  const { registration } = p;
  const bx = NARROW_X;
  const cx = NARROW_CX;
  let y = M;
  const lbBottom = NARROW_PASSWORD_FILE.y + NARROW_PASSWORD_FILE.height + 12 + H;
  const boxes = [
    box('agent', 'agent', { x: M + 10, y, width: W + 30, height: H * 2 + 40 }, null),
    factBox('password-file', NARROW_PASSWORD_FILE, registration),
    factBox('client-lb', { x: bx, y: lbBottom - H, width: W, height: H }, registration),
  ];
  y += H * 2 + 40 + 50;
  boxes.push(box('supervisor', 'supervisor', { x: bx, y, width: W, height: H }, p.serverUrl));
  const arrows: RegistrationArrow[] = [
    {
      id: 'tunnel',
      step: 2,
      points: [
        { x: cx, y: lbBottom },
        { x: cx, y },
      ],
      label: { x: cx + 52, y: y - 21 },
      port: p.supervisorPort,
    },
  ];
  y += H + 40;
  boxes.push(factBox('endpoints', { x: bx, y, width: W, height: H }, registration));
  arrows.push({
    id: 'endpoints',
    step: 4,
    points: [
      { x: cx, y: y - 40 },
      { x: cx, y },
    ],
    label: { x: cx + 14, y: y - 16 },
    port: null,
  });
  return { boxes, arrows, endpointsY: y };
}

const NARROW_SERVER_H = H - 14;
const NARROW_SERVER_STEP = NARROW_SERVER_H + 12;
/** Where the narrow layout's bus to the servers runs, right of the column. */
const NARROW_BUS_X = NARROW_X + W + 18;

/** Narrow: the servers below the endpoint list (its top at `endpointsY`), fed along a bus on the right. */
function narrowServers(p: RegistrationParts, endpointsY: number): Part & { readonly bottom: number } {
  const bx = NARROW_X;
  const busFrom = { x: bx + W, y: endpointsY + H / 2 };
  const top = endpointsY + H + 30;
  const serverAt = (i: number): Rect => ({ x: bx, y: top + i * NARROW_SERVER_STEP, width: W, height: NARROW_SERVER_H });
  const arrows = Array.from({ length: p.drawn }, (_, i): RegistrationArrow => {
    const to = { x: bx + W, y: serverAt(i).y + NARROW_SERVER_H / 2 };
    return {
      id: `to-server-${String(i + 1)}`,
      step: 5,
      points: [busFrom, { x: NARROW_BUS_X, y: busFrom.y }, { x: NARROW_BUS_X, y: to.y }, to],
      label: i === 0 ? { x: NARROW_BUS_X + 8, y: (busFrom.y + to.y) / 2 + 4 } : null,
      port: null,
    };
  });
  const boxes = serverBoxes(p, serverAt);
  const below = top + p.drawn * NARROW_SERVER_STEP;
  if (p.servers <= p.drawn) return { boxes, arrows, bottom: below };
  boxes.push(box('more-servers', 'more-servers', { x: bx, y: below, width: W, height: 30 }, null));
  return { boxes, arrows, bottom: below + 42 };
}

/**
 * Narrow: the same boxes, top to bottom. The node password runs down a rail on the left to the
 * secret, the endpoint list fans out to the servers along a bus on the right.
 */
function layoutNarrow(p: RegistrationParts): Layout {
  const top = narrowAgentToEndpoints(p);
  const servers = narrowServers(p, top.endpointsY);
  const y = servers.bottom + 8;
  const secret = factBox('password-secret', { x: NARROW_X, y, width: W, height: SECRET_H }, p.registration);
  const railX = M - 8;
  const fromFile = { x: NARROW_X, y: NARROW_PASSWORD_FILE.y + NARROW_PASSWORD_FILE.height / 2 };
  const toSecret = { x: NARROW_X, y: y + SECRET_H / 2 };
  const password: RegistrationArrow = {
    id: 'password',
    step: 3,
    points: [fromFile, { x: railX, y: fromFile.y }, { x: railX, y: toSecret.y }, toSecret],
    label: { x: railX, y: toSecret.y - 30 },
    port: null,
  };
  return {
    width: NARROW_BUS_X + 14 + M,
    height: y + SECRET_H + M,
    boxes: [...top.boxes, ...servers.boxes, secret],
    arrows: [...top.arrows, ...servers.arrows, password],
  };
}

function steps(
  result: DiagramSource,
  rules: Pick<Rules, 'registration' | 'install'>,
  serverUrl: string,
): RegistrationStep[] {
  const r = rules.registration;
  return [
    { step: 1, lbPort: r.clientLoadBalancerPort, serverUrl },
    { step: 2, supervisorPort: rules.install.supervisorPort },
    { step: 3, passwordFile: r.nodePasswordFile, secret: r.nodePasswordSecret, namespace: r.nodePasswordNamespace },
    { step: 4, service: r.endpointsService },
    { step: 5, servers: result.input.cluster.servers },
  ];
}
