import type { DiagramEdge, DiagramGroup, DiagramNode, EdgeStyle } from '../../core/diagrams/topology';
import { useI18n } from '../../i18n/i18n';
import { groupCaption, nodeSubtitle, nodeTitle } from './diagram-text';
import type { Palette } from './palette';
import { fittingFontSize } from '../../core/text/measure';

/** The dash pattern of an edge style: tunnels dashed, the mesh dotted, the rest solid. */
export const dashes = (style: EdgeStyle): string | undefined =>
  style === 'tunnel' ? '7 4' : style === 'mesh' ? '2 4' : undefined;

/** An arrowhead that lines and polylines point with (markerEnd, markerStart), in one colour. */
export function ArrowMarker({ id, fill }: { id: string; fill: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" fill={fill} />
    </marker>
  );
}

/** An arrowhead per edge style, in its colour; `marker(style)` is its element id. */
export function EdgeMarkers({ marker, palette }: { marker: (style: EdgeStyle) => string; palette: Palette }) {
  return (
    <defs>
      {(['api', 'tunnel', 'mesh', 'peers', 'data'] as const).map((style) => (
        <ArrowMarker key={style} id={marker(style)} fill={palette.edges[style]} />
      ))}
    </defs>
  );
}

/** The dashed frames around the servers, captioned with the control plane or the etcd quorum. */
export function GroupFrames({ groups, palette }: { groups: readonly DiagramGroup[]; palette: Palette }) {
  const { m, f } = useI18n();
  return groups.map((g) => {
    const caption = groupCaption(g, m, f);
    return (
      <g key={g.id} data-group={g.id}>
        <rect
          x={g.x}
          y={g.y}
          width={g.width}
          height={g.height}
          rx="12"
          fill="none"
          stroke={palette.strokes.group}
          strokeDasharray="6 4"
        />
        {/* One line inside the frame: a long caption (a translation, a narrow page) is set smaller to fit. */}
        <text
          x={g.x + 12}
          y={g.y + 16}
          fontSize={fittingFontSize(caption, g.width - 24, 12)}
          fontWeight="600"
          fill={palette.muted}
        >
          {caption}
        </text>
      </g>
    );
  });
}

interface EdgeLinesProps {
  edges: readonly DiagramEdge[];
  marker: (style: EdgeStyle) => string;
  palette: Palette;
}

/** The connections as lines with arrowheads, under the boxes. */
export function EdgeLines({ edges, marker, palette }: EdgeLinesProps) {
  return edges.map((e) => (
    <polyline
      key={e.id}
      points={e.points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
      fill="none"
      stroke={palette.edges[e.style]}
      strokeWidth="2"
      strokeDasharray={dashes(e.style)}
      markerEnd={`url(#${marker(e.style)})`}
      markerStart={e.direction === 'both' ? `url(#${marker(e.style)})` : undefined}
      data-edge={e.id}
    />
  ));
}

/** The boxes: a title, a subtitle and a tooltip each; a pool drawn as a stack. */
export function NodeBoxes({ nodes, palette }: { nodes: readonly DiagramNode[]; palette: Palette }) {
  const { m, f } = useI18n();
  return nodes.map((n) => {
    const key = n.kind === 'server-pool' ? 'server' : n.kind === 'agent-pool' ? 'agent' : n.kind;
    const c = { fill: palette.fills[key], stroke: palette.strokes[key] };
    const title = nodeTitle(n, m, f);
    const subtitle = nodeSubtitle(n, m, f);
    return (
      <g key={n.id} data-node={n.id} data-kind={n.kind}>
        <title>{[title, n.name ?? '', subtitle].filter(Boolean).join(m.punctuation.separator)}</title>
        <rect
          x={n.x}
          y={n.y}
          width={n.width}
          height={n.height}
          rx="9"
          fill={c.fill}
          stroke={c.stroke}
          strokeWidth="1.6"
        />
        {(n.kind === 'server-pool' || n.kind === 'agent-pool') && (
          <rect
            x={n.x + 5}
            y={n.y + 5}
            width={n.width}
            height={n.height}
            rx="9"
            fill="none"
            stroke={c.stroke}
            strokeWidth="1"
            opacity="0.5"
          />
        )}
        <text
          x={n.x + n.width / 2}
          y={n.y + 26}
          textAnchor="middle"
          fontSize={fittingFontSize(title, n.width - 14, 14)}
          fontWeight="700"
          fill={palette.text}
        >
          {title}
        </text>
        <text x={n.x + n.width / 2} y={n.y + 45} textAnchor="middle" fontSize="11" fill={palette.muted}>
          {subtitle}
        </text>
      </g>
    );
  });
}

/** Each connection's ports, a line each, over the boxes so no box hides them. */
export function EdgeLabels({ edges, palette }: { edges: readonly DiagramEdge[]; palette: Palette }) {
  return edges.map((e) =>
    e.ports.length === 0 ? null : (
      <text
        key={e.id}
        x={e.label.x}
        y={e.label.y - ((e.ports.length - 1) * 14) / 2}
        textAnchor="middle"
        fontSize="11.5"
        fontWeight="600"
        fill={palette.edges[e.style]}
        stroke={palette.background}
        strokeWidth="4"
        paintOrder="stroke"
        data-edge-label={e.id}
      >
        {e.ports.map((p, i) => (
          <tspan key={`${p.id}-${p.ports}`} x={e.label.x} dy={i === 0 ? 4 : 14}>
            {p.label}
          </tspan>
        ))}
      </text>
    ),
  );
}
