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

/** Wide: the agent on the left, the supervisor and the secret, the endpoint list, then the servers in a column. */
function layoutWide(p: RegistrationParts): Layout {
  const { registration, drawn, servers } = p;
  const m = M;
  const boxes: RegistrationBox[] = [];
  const arrows: RegistrationArrow[] = [];
  boxes.push({ id: 'agent', kind: 'agent', x: m, y: m, width: W + 30, height: H * 2 + 40, value: null });
  boxes.push({
    id: 'client-lb',
    kind: 'client-lb',
    x: m + 15,
    y: m + 34,
    width: W,
    height: H,
    value: `127.0.0.1:${String(registration.clientLoadBalancerPort)}`,
  });
  boxes.push({
    id: 'password-file',
    kind: 'password-file',
    x: m + 15,
    y: m + H + 48,
    width: W,
    height: 40,
    value: registration.nodePasswordFile,
  });
  const agentRight = m + W + 30;
  const col2 = agentRight + TUNNEL_GAP;
  const secret = { value: registration.nodePasswordSecret, detail: registration.nodePasswordNamespace };
  boxes.push({ id: 'supervisor', kind: 'supervisor', x: col2, y: m + 34, width: W, height: H, value: p.serverUrl });
  boxes.push({
    id: 'password-secret',
    kind: 'password-secret',
    x: col2,
    y: m + H + 44,
    width: W,
    height: SECRET_H,
    ...secret,
  });
  const col3 = col2 + W + 60;
  boxes.push({
    id: 'endpoints',
    kind: 'endpoints',
    x: col3,
    y: m + 34,
    width: W,
    height: H,
    value: registration.endpointsService,
  });
  const col4 = col3 + W + 60;
  const serverH = H - 10;
  const serverStep = serverH + 12;
  for (let i = 0; i < drawn; i += 1) {
    boxes.push({
      id: `server-${String(i + 1)}`,
      kind: 'server',
      x: col4,
      y: m + i * serverStep,
      width: W - 30,
      height: serverH,
      value: p.serverName(i + 1),
    });
  }
  if (servers > drawn)
    boxes.push({
      id: 'more-servers',
      kind: 'more-servers',
      x: col4,
      y: m + drawn * serverStep,
      width: W - 30,
      height: 30,
      value: null,
    });
  const lbRight = { x: m + 15 + W, y: m + 34 + H / 2 };
  arrows.push({
    id: 'tunnel',
    step: 2,
    points: [lbRight, { x: col2, y: lbRight.y }],
    label: { x: (agentRight + col2) / 2, y: lbRight.y - 8 },
    port: p.supervisorPort,
  });
  const passwordY = m + H + 68;
  arrows.push({
    id: 'password',
    step: 3,
    points: [
      { x: m + 15 + W, y: passwordY },
      { x: col2, y: passwordY },
    ],
    label: { x: (agentRight + col2) / 2, y: passwordY - 8 },
    port: null,
  });
  const endpoints = [
    { x: col2 + W, y: lbRight.y },
    { x: col3, y: lbRight.y },
  ] as const;
  arrows.push({ id: 'endpoints', step: 4, points: endpoints, label: midpoint(...endpoints), port: null });
  for (let i = 0; i < drawn; i += 1) {
    const to = { x: col4, y: m + i * serverStep + serverH / 2 };
    const from = { x: col3 + W, y: lbRight.y };
    arrows.push({
      id: `to-server-${String(i + 1)}`,
      step: 5,
      points: [from, to],
      label: i === 0 ? midpoint(from, to) : null,
      port: null,
    });
  }
  const width = col4 + W - 30 + m;
  const height = Math.max(
    m + H + 44 + SECRET_H + m,
    m * 2 + H * 2 + 40,
    m + Math.max(drawn, 1) * serverStep + (servers > drawn ? 40 : 0) + m,
  );
  return { width, height, boxes, arrows };
}

/**
 * Narrow: the same boxes, top to bottom. The node password runs down a rail on the left to the
 * secret, the endpoint list fans out to the servers along a bus on the right.
 */
function layoutNarrow(p: RegistrationParts): Layout {
  const { registration, drawn, servers } = p;
  const m = M;
  const boxes: RegistrationBox[] = [];
  const arrows: RegistrationArrow[] = [];
  let y = m;
  const x = m + 10;
  const bx = x + 15;
  boxes.push({ id: 'agent', kind: 'agent', x, y, width: W + 30, height: H * 2 + 40, value: null });
  // The password file on top, so the tunnel leaves the load balancer straight downwards.
  const passwordFile = { y: y + 30, height: 40 };
  boxes.push({
    id: 'password-file',
    kind: 'password-file',
    x: bx,
    y: passwordFile.y,
    width: W,
    height: passwordFile.height,
    value: registration.nodePasswordFile,
  });
  const lbBottom = passwordFile.y + passwordFile.height + 12 + H;
  boxes.push({
    id: 'client-lb',
    kind: 'client-lb',
    x: bx,
    y: lbBottom - H,
    width: W,
    height: H,
    value: `127.0.0.1:${String(registration.clientLoadBalancerPort)}`,
  });
  y += H * 2 + 40 + 50;
  boxes.push({ id: 'supervisor', kind: 'supervisor', x: bx, y, width: W, height: H, value: p.serverUrl });
  const cx = bx + W / 2;
  arrows.push({
    id: 'tunnel',
    step: 2,
    points: [
      { x: cx, y: lbBottom },
      { x: cx, y },
    ],
    label: { x: cx + 52, y: y - 21 },
    port: p.supervisorPort,
  });
  y += H + 40;
  boxes.push({
    id: 'endpoints',
    kind: 'endpoints',
    x: bx,
    y,
    width: W,
    height: H,
    value: registration.endpointsService,
  });
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
  const busFrom = { x: bx + W, y: y + H / 2 };
  const busX = bx + W + 18;
  y += H + 30;
  const serverH = H - 14;
  for (let i = 0; i < drawn; i += 1) {
    boxes.push({
      id: `server-${String(i + 1)}`,
      kind: 'server',
      x: bx,
      y,
      width: W,
      height: serverH,
      value: p.serverName(i + 1),
    });
    const to = { x: bx + W, y: y + serverH / 2 };
    arrows.push({
      id: `to-server-${String(i + 1)}`,
      step: 5,
      points: [busFrom, { x: busX, y: busFrom.y }, { x: busX, y: to.y }, to],
      label: i === 0 ? { x: busX + 8, y: (busFrom.y + to.y) / 2 + 4 } : null,
      port: null,
    });
    y += serverH + 12;
  }
  if (servers > drawn) {
    boxes.push({ id: 'more-servers', kind: 'more-servers', x: bx, y, width: W, height: 30, value: null });
    y += 42;
  }
  y += 8;
  boxes.push({
    id: 'password-secret',
    kind: 'password-secret',
    x: bx,
    y,
    width: W,
    height: SECRET_H,
    value: registration.nodePasswordSecret,
    detail: registration.nodePasswordNamespace,
  });
  const railX = m - 8;
  const fromFile = { x: bx, y: passwordFile.y + passwordFile.height / 2 };
  const toSecret = { x: bx, y: y + SECRET_H / 2 };
  arrows.push({
    id: 'password',
    step: 3,
    points: [fromFile, { x: railX, y: fromFile.y }, { x: railX, y: toSecret.y }, toSecret],
    label: { x: railX, y: toSecret.y - 30 },
    port: null,
  });
  return { width: busX + 14 + m, height: y + SECRET_H + m, boxes, arrows };
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
