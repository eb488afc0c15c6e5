import { describe, expect, it } from 'vitest';
import { plan, seedRules, upstreamRules } from '../testing/fixtures';
import { layoutTopology, MAX_DRAWN, type TopologyDiagram } from './topology';
import { layoutRegistration } from './registration';

const kinds = (d: TopologyDiagram) => d.nodes.map((n) => n.kind);
const portsOn = (d: TopologyDiagram, edge: string) =>
  d.edges.find((e) => e.id === edge)?.ports.map((p) => p.label) ?? [];

describe('layoutTopology', () => {
  it('single server with SQLite: the operator, one server holding SQLite, the agents; kubectl and the tunnel on 6443', () => {
    const d = layoutTopology(plan({ servers: 1, agents: 2 }));
    expect(kinds(d)).toEqual(['operator', 'server', 'agent', 'agent']);
    expect(d.nodes.find((n) => n.kind === 'server')?.badges).toEqual(['sqlite']);
    expect(portsOn(d, 'operator-api')).toEqual(['6443/tcp']);
    expect(portsOn(d, 'agent-tunnel')).toEqual(['6443/tcp']);
    expect(d.edges.find((e) => e.id === 'agent-tunnel')).toMatchObject({
      direction: 'forward',
      style: 'tunnel',
      from: 'agent-1',
    });
    expect(portsOn(d, 'node-mesh')).toEqual(['8472/udp', '10250/tcp']);
    expect(d.nodes.some((n) => n.kind === 'datastore')).toBe(false);
  });

  it('embedded etcd: cluster-init on the first server, an etcd member on each, quorum on the group, 2379-2380 between servers', () => {
    const d = layoutTopology(plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 1 }));
    const servers = d.nodes.filter((n) => n.kind === 'server');
    expect(servers.map((s) => s.name)).toEqual(['server-1', 'server-2', 'server-3']);
    expect(servers[0]?.badges).toEqual(['cluster-init', 'etcd-member']);
    expect(servers[2]?.badges).toEqual(['etcd-member']);
    expect(d.groups[0]?.caption).toEqual({ kind: 'etcd-quorum', quorum: 2, members: 3, faultTolerance: 1 });
    // etcd between the members, and 6443 for the servers that join through a running one.
    expect(portsOn(d, 'server-peers')).toEqual(['2379-2380/tcp', '6443/tcp']);
  });

  it('external PostgreSQL behind a load balancer: a registration box, a database box, 5432 from the servers', () => {
    const d = layoutTopology(
      plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 3 }, seedRules, {
        install: { registrationAddress: 'k3s.example.com', datastoreHost: 'db.lan' },
      }),
    );
    expect(kinds(d)).toEqual(['operator', 'registration', 'server', 'server', 'datastore', 'agent', 'agent', 'agent']);
    expect(d.nodes.find((n) => n.kind === 'registration')?.name).toBe('k3s.example.com');
    expect(d.nodes.find((n) => n.kind === 'datastore')).toMatchObject({ datastore: 'postgres', name: 'db.lan' });
    expect(portsOn(d, 'servers-datastore')).toEqual(['5432/tcp']);
    expect(d.edges.find((e) => e.id === 'agent-tunnel')?.to).toBe('servers-group');
    expect(portsOn(d, 'registration-servers')).toEqual(['6443/tcp']);
    // No etcd between them; the second server still joins through the first on 6443.
    expect(portsOn(d, 'server-peers')).toEqual(['6443/tcp']);
  });

  it('wireguard-native dual-stack shows 51820 and 51821 on the node mesh, and the legend lists each port once (6443 as the supervisor)', () => {
    const d = layoutTopology(
      plan({ agents: 2 }, upstreamRules, {
        network: {
          flannelBackend: 'wireguard-native',
          ipFamily: 'dual',
          clusterCidr: '10.42.0.0/16,2001:db8:42::/56',
          serviceCidr: '10.43.0.0/16,2001:db8:43::/112',
        },
      }),
    );
    expect(portsOn(d, 'node-mesh')).toEqual(['10250/tcp', '51820/udp', '51821/udp']);
    expect(d.legend.map((p) => p.id)).toEqual([
      'supervisor-api',
      'kubelet',
      'flannel-wireguard-ipv4',
      'flannel-wireguard-ipv6',
    ]);
  });

  it(`draws up to ${String(MAX_DRAWN.agents)} agents one by one, then one pool box; 10,000 agents cost no more boxes than 5`, () => {
    expect(kinds(layoutTopology(plan({ agents: MAX_DRAWN.agents }))).filter((k) => k === 'agent')).toHaveLength(
      MAX_DRAWN.agents,
    );
    const big = layoutTopology(plan({ agents: 10_000 }));
    const five = layoutTopology(plan({ agents: 5 }));
    expect(big.nodes.find((n) => n.kind === 'agent-pool')?.count).toBe(10_000);
    expect(big.nodes).toHaveLength(five.nodes.length);
    expect(big.edges).toHaveLength(five.edges.length);
  });

  it('servers beyond the drawn limit become one pool box', () => {
    const d = layoutTopology(plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 7 }));
    expect(d.nodes.filter((n) => n.kind === 'server-pool')).toEqual([expect.objectContaining({ count: 7 })]);
  });

  it('boxes never overlap and stay inside the drawing, wide and narrow', () => {
    const cases = [
      plan({ agents: 3 }),
      plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 5, agents: 4 }, seedRules, {
        install: { registrationAddress: '10.0.0.10' },
      }),
      plan({ haMode: 'ha-external', datastore: 'mysql', servers: 2, agents: 400 }),
    ];
    for (const r of cases) {
      for (const variant of ['wide', 'narrow'] as const) {
        const d = layoutTopology(r, { variant });
        for (const [i, a] of d.nodes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(d.width);
          expect(a.y + a.height).toBeLessThanOrEqual(d.height);
          for (const b of d.nodes.slice(i + 1)) {
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${a.id} overlaps ${b.id} (${variant})`).toBe(true);
          }
        }
      }
    }
  });

  it('port labels sit clear of every box, and the line between servers runs below them, under the group caption', () => {
    const cases = [
      plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 40 }, seedRules, {
        install: { registrationAddress: 'k3s.example.com' },
      }),
      plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 2 }, seedRules, {
        install: { registrationAddress: '10.0.0.10' },
      }),
      plan({ agents: 1 }),
    ];
    for (const r of cases) {
      for (const variant of ['wide', 'narrow'] as const) {
        const d = layoutTopology(r, { variant });
        for (const e of d.edges) {
          for (const n of d.nodes) {
            // A port label is about 60 px wide ("2379-2380/tcp" more, but only between servers, where the line is wide).
            const inside =
              e.label.x + 30 > n.x &&
              e.label.x - 30 < n.x + n.width &&
              e.label.y > n.y - 6 &&
              e.label.y < n.y + n.height + 6;
            expect(inside, `${e.id} label on ${n.id} (${variant})`).toBe(false);
          }
        }
        const peers = d.edges.find((e) => e.id === 'server-peers');
        const group = d.groups[0];
        if (peers && group) {
          const lowestServer = Math.max(...d.nodes.filter((n) => n.kind === 'server').map((n) => n.y + n.height));
          expect(peers.label.y).toBeGreaterThan(lowestServer);
          expect(peers.label.y).toBeLessThan(group.y + group.height);
        }
      }
    }
  });

  it('agent connections start on an agent box and end on the server group, never crossing another box', () => {
    const cases = [
      plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 10000 }),
      plan({ haMode: 'ha-external', datastore: 'postgres', servers: 2, agents: 1 }),
      plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 3 }),
      plan({ agents: 10000 }),
    ];
    const touches = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
      p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    for (const r of cases) {
      for (const variant of ['wide', 'narrow'] as const) {
        const d = layoutTopology(r, { variant });
        const agents = d.nodes.filter((n) => n.kind === 'agent' || n.kind === 'agent-pool');
        const group = d.groups[0];
        if (!group) throw new Error('no server group');
        for (const id of ['agent-tunnel', 'node-mesh']) {
          const e = d.edges.find((x) => x.id === id);
          if (!e) throw new Error(`no ${id}`);
          const first = e.points[0];
          const last = e.points[e.points.length - 1];
          if (!first || !last) throw new Error(`empty ${id}`);
          expect(
            agents.some((a) => touches(first, a)),
            `${id} starts on an agent (${variant}, ${String(r.input.cluster.agents)} agents)`,
          ).toBe(true);
          expect(touches(last, group), `${id} ends on the servers (${variant})`).toBe(true);
          // The line leaves the box straight away, so the arrowhead on it stays visible.
          const second = e.points[1];
          if (!second) throw new Error(`one-point ${id}`);
          const inner = (p: { x: number; y: number }) =>
            agents.some((a) => p.x > a.x + 1 && p.x < a.x + a.width - 1 && p.y > a.y + 1 && p.y < a.y + a.height - 1);
          expect(
            inner({ x: (first.x + second.x) / 2, y: (first.y + second.y) / 2 }),
            `${id} runs inside the agent box (${variant})`,
          ).toBe(false);
          const others = d.nodes.filter(
            (n) => n.kind === 'datastore' || n.kind === 'operator' || n.kind === 'registration',
          );
          for (const [i, a] of e.points.slice(0, -1).entries()) {
            const b = e.points[i + 1];
            if (!b) continue;
            for (let t = 0; t <= 1; t += 0.05) {
              const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
              for (const n of others)
                expect(
                  p.x > n.x && p.x < n.x + n.width && p.y > n.y && p.y < n.y + n.height,
                  `${id} crosses ${n.id} (${variant})`,
                ).toBe(false);
            }
          }
        }
      }
    }
  });

  it('narrow layouts are narrower than wide ones', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 3 });
    expect(layoutTopology(r, { variant: 'narrow' }).width).toBeLessThan(layoutTopology(r, { variant: 'wide' }).width);
  });
});

describe('layoutRegistration', () => {
  it('agent, its client load balancer on 6444, the supervisor at the server URL, the endpoint list, every server, the node password', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 5, agents: 1 }, seedRules, {
      install: { registrationAddress: 'k3s.example.com' },
    });
    const d = layoutRegistration(r, seedRules);
    expect(d.boxes.find((b) => b.kind === 'client-lb')?.value).toBe('127.0.0.1:6444');
    expect(d.boxes.find((b) => b.kind === 'supervisor')?.value).toBe('https://k3s.example.com:6443');
    expect(d.boxes.filter((b) => b.kind === 'server')).toHaveLength(3);
    expect(d.boxes.some((b) => b.kind === 'more-servers')).toBe(true);
    expect(d.boxes.find((b) => b.kind === 'password-secret')).toMatchObject({
      value: '<host>.node-password.k3s',
      detail: 'kube-system',
    });
    expect(d.arrows.find((a) => a.id === 'tunnel')?.port).toBe('6443/tcp');
    expect(d.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(d.arrows.filter((a) => a.step === 5 && a.label !== null)).toHaveLength(1);
  });

  it('every arrow starts on its source box, ends on its target box and passes through no other box, wide and narrow', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 1 }, seedRules);
    const targets: Record<string, [string, string]> = {
      tunnel: ['client-lb', 'supervisor'],
      password: ['password-file', 'password-secret'],
      endpoints: ['supervisor', 'endpoints'],
      'to-server-1': ['endpoints', 'server-1'],
      'to-server-2': ['endpoints', 'server-2'],
      'to-server-3': ['endpoints', 'server-3'],
    };
    const onBorder = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
      p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    const strictlyInside = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
      p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1;
    for (const variant of ['wide', 'narrow'] as const) {
      const d = layoutRegistration(r, seedRules, variant);
      expect(d.arrows.map((a) => a.id).sort()).toEqual(Object.keys(targets).sort());
      for (const arrow of d.arrows) {
        const [fromId, toId] = targets[arrow.id] ?? ['', ''];
        const from = d.boxes.find((b) => b.id === fromId);
        const to = d.boxes.find((b) => b.id === toId);
        if (!from || !to) throw new Error(`missing box for ${arrow.id}`);
        const first = arrow.points[0];
        const last = arrow.points[arrow.points.length - 1];
        if (!first || !last) throw new Error(`empty arrow ${arrow.id}`);
        expect(onBorder(first, from), `${arrow.id} starts on ${fromId} (${variant})`).toBe(true);
        expect(onBorder(last, to), `${arrow.id} ends on ${toId} (${variant})`).toBe(true);
        // Sample every segment; no point may fall inside a box other than the two ends.
        for (const [i, a] of arrow.points.slice(0, -1).entries()) {
          const b = arrow.points[i + 1];
          if (!b) continue;
          for (let t = 0; t <= 1; t += 0.05) {
            const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
            for (const box of d.boxes.filter((x) => x.kind !== 'agent' && x.id !== fromId && x.id !== toId)) {
              expect(strictlyInside(p, box), `${arrow.id} crosses ${box.id} (${variant})`).toBe(false);
            }
          }
        }
      }
    }
  });

  it('keeps boxes apart and step labels off the boxes, wide and narrow', () => {
    const r = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 5, agents: 1 }, seedRules, {
      install: { registrationAddress: 'k3s.example.com' },
    });
    for (const variant of ['wide', 'narrow'] as const) {
      const d = layoutRegistration(r, seedRules, variant);
      const solid = d.boxes.filter((b) => b.kind !== 'agent');
      for (const [i, a] of solid.entries()) {
        expect(a.x + a.width, `${a.id} inside (${variant})`).toBeLessThanOrEqual(d.width);
        expect(a.y + a.height, `${a.id} inside (${variant})`).toBeLessThanOrEqual(d.height);
        for (const b of solid.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.id} overlaps ${b.id} (${variant})`).toBe(true);
        }
      }
      // The "2 · 6443/tcp" label is about 80 px wide; the others are a digit.
      for (const arrow of d.arrows) {
        if (!arrow.label) continue;
        const half = arrow.port === null ? 6 : 40;
        for (const b of d.boxes) {
          const { x, y } = arrow.label;
          const onEdge = x + half > b.x && x - half < b.x + b.width && y > b.y - 4 && y < b.y + b.height + 4;
          // Inside the agent's dashed outline is fine; across its border is not.
          const onBorderOnly = b.kind === 'agent' && x - half > b.x + 2 && x + half < b.x + b.width - 2;
          expect(onEdge && !onBorderOnly, `${arrow.id} label on ${b.id} (${variant})`).toBe(false);
        }
      }
    }
  });
});
