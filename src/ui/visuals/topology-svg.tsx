import { forwardRef, useId } from 'react';
import type { DiagramEdge, DiagramNode, EdgePort, EdgeStyle, TopologyDiagram } from '../../core/diagrams/topology';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from './palette';
import { fittingFontSize, wrapText } from './wrap-text';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

/** Shortens user text for a box; the full text stays in the box's tooltip and the text alternative. */
export function fit(text: string, max = 22): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const portText = (p: EdgePort): string => `${p.ports}/${p.protocol}`;

interface TopologySvgProps {
  diagram: TopologyDiagram;
  palette: Palette;
}

/** The topology as SVG: boxes, the server group with its quorum, labelled connections and a legend. */
export const TopologySvg = forwardRef<SVGSVGElement, TopologySvgProps>(function TopologySvg({ diagram, palette }, ref) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const id = useId();
  const styles: EdgeStyle[] = [...new Set(diagram.edges.map((e) => e.style))];
  // A narrow drawing is shown scaled down on a phone: larger legend type keeps it readable. Each
  // port's purpose wraps to the drawing's width (a character is about 0.54 em wide).
  const legendFont = diagram.variant === 'narrow' ? 16 : 11.5;
  const rowHeight = Math.round(legendFont * 1.45);
  const maxChars = Math.floor((diagram.width - 48) / (legendFont * 0.54));
  const portRows = diagram.legend.map((p) => wrapText(`${portText(p)} ${m.network.portPurposes[p.id]}`, maxChars));
  const legendTop = diagram.height + 8;
  const portTop = legendTop + styles.length * rowHeight;
  const height = portTop + portRows.reduce((n, lines) => n + lines.length, 0) * rowHeight + 20;

  const title = (n: DiagramNode): string => {
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
  };
  const subtitle = (n: DiagramNode): string => {
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
  };
  const colour = (n: DiagramNode): { fill: string; stroke: string } => {
    const key = n.kind === 'server-pool' ? 'server' : n.kind === 'agent-pool' ? 'agent' : n.kind;
    return { fill: palette.fills[key], stroke: palette.strokes[key] };
  };
  const marker = (style: EdgeStyle) => `${id}-arrow-${style}`;

  const edgeLabel = (e: DiagramEdge) =>
    e.ports.length === 0 ? null : (
      <text
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
            {portText(p)}
          </tspan>
        ))}
      </text>
    );

  return (
    <svg
      ref={ref}
      className="diagram"
      viewBox={`0 0 ${String(diagram.width)} ${String(height)}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily={FONT}
      data-testid="topology-svg"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{v.topologyTitle}</title>
      <desc id={`${id}-desc`}>{v.topologyDescription}</desc>
      <defs>
        {(['api', 'tunnel', 'mesh', 'peers', 'data'] as const).map((style) => (
          <marker
            key={style}
            id={marker(style)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.edges[style]} />
          </marker>
        ))}
      </defs>
      <rect x="0" y="0" width={diagram.width} height={height} fill={palette.background} />

      {diagram.groups.map((g) => (
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
          <text x={g.x + 12} y={g.y + 16} fontSize="12" fontWeight="600" fill={palette.muted}>
            {g.caption.kind === 'etcd-quorum'
              ? v.quorumCaption(g.caption, f)
              : v.controlPlaneCaption({ servers: g.caption.servers }, f)}
          </text>
        </g>
      ))}

      {diagram.edges.map((e) => (
        <polyline
          key={e.id}
          points={e.points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
          fill="none"
          stroke={palette.edges[e.style]}
          strokeWidth="2"
          strokeDasharray={e.style === 'tunnel' ? '7 4' : e.style === 'mesh' ? '2 4' : undefined}
          markerEnd={`url(#${marker(e.style)})`}
          markerStart={e.direction === 'both' ? `url(#${marker(e.style)})` : undefined}
          data-edge={e.id}
        />
      ))}

      {diagram.nodes.map((n) => {
        const c = colour(n);
        return (
          <g key={n.id} data-node={n.id} data-kind={n.kind}>
            <title>{[title(n), n.name ?? '', subtitle(n)].filter(Boolean).join(m.punctuation.separator)}</title>
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
              fontSize={fittingFontSize(title(n), n.width - 14, 14)}
              fontWeight="700"
              fill={palette.text}
            >
              {title(n)}
            </text>
            <text x={n.x + n.width / 2} y={n.y + 45} textAnchor="middle" fontSize="11" fill={palette.muted}>
              {subtitle(n)}
            </text>
          </g>
        );
      })}

      {diagram.edges.map((e) => edgeLabel(e))}

      <g data-legend="">
        {styles.map((style, i) => (
          <g key={style}>
            <line
              x1="24"
              x2="56"
              y1={legendTop + i * rowHeight + rowHeight / 2 - 2}
              y2={legendTop + i * rowHeight + rowHeight / 2 - 2}
              stroke={palette.edges[style]}
              strokeWidth="2"
              strokeDasharray={style === 'tunnel' ? '7 4' : style === 'mesh' ? '2 4' : undefined}
            />
            <text x="64" y={legendTop + i * rowHeight + rowHeight / 2 + 3} fontSize={legendFont} fill={palette.text}>
              {v.edgeStyles[style]}
            </text>
          </g>
        ))}
        {diagram.legend.map((p, i) => {
          const before = portRows.slice(0, i).reduce((n, lines) => n + lines.length, 0);
          const port = portText(p);
          return (
            <text
              key={`${p.id}-${p.ports}`}
              x="24"
              y={portTop + before * rowHeight + rowHeight / 2 + 3}
              fontSize={legendFont}
              fill={palette.text}
            >
              {(portRows[i] ?? []).map((text, j) =>
                j === 0 && text.startsWith(port) ? (
                  <tspan key={j} x="24" dy={0}>
                    <tspan fontWeight="700">{port}</tspan>
                    {text.slice(port.length)}
                  </tspan>
                ) : (
                  <tspan key={j} x="24" dy={j === 0 ? 0 : rowHeight}>
                    {text}
                  </tspan>
                ),
              )}
            </text>
          );
        })}
      </g>
    </svg>
  );
});
