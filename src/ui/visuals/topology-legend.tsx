import type { EdgePort, EdgeStyle, TopologyDiagram } from '../../core/diagrams/topology';
import type { Catalog } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { portText } from './diagram-text';
import type { Palette } from './palette';
import { dashes } from './topology-layers';
import { wrapText } from './wrap-text';

/** Where the legend goes under the drawing: its type size, its rows, and the height of the whole picture. */
export interface LegendLayout {
  /** The edge styles drawn, once each, in the order the edges first use them. */
  readonly styles: readonly EdgeStyle[];
  readonly font: number;
  readonly rowHeight: number;
  /** Each port's text ("6443/tcp purpose"), wrapped to the drawing's width. */
  readonly portRows: readonly (readonly string[])[];
  readonly legendTop: number;
  readonly portTop: number;
  /** The drawing and its legend together. */
  readonly height: number;
}

/** Lays the legend out under the diagram, in the page's language. */
export function legendLayout(diagram: TopologyDiagram, m: Catalog): LegendLayout {
  const styles: EdgeStyle[] = [...new Set(diagram.edges.map((e) => e.style))];
  // A narrow drawing is shown scaled down on a phone: larger legend type keeps it readable. Each
  // port's purpose wraps to the drawing's width (a character is about 0.54 em wide).
  const font = diagram.variant === 'narrow' ? 16 : 11.5;
  const rowHeight = Math.round(font * 1.45);
  const maxChars = Math.floor((diagram.width - 48) / (font * 0.54));
  const portRows = diagram.legend.map((p) => wrapText(`${portText(p)} ${m.network.portPurposes[p.id]}`, maxChars));
  const legendTop = diagram.height + 8;
  const portTop = legendTop + styles.length * rowHeight;
  const height = portTop + portRows.reduce((n, lines) => n + lines.length, 0) * rowHeight + 20;
  return { styles, font, rowHeight, portRows, legendTop, portTop, height };
}

interface TopologyLegendProps {
  legend: readonly EdgePort[];
  layout: LegendLayout;
  palette: Palette;
}

/** The legend: a sample line per edge style, then every port with its purpose. */
export function TopologyLegend({ legend, layout, palette }: TopologyLegendProps) {
  const { m } = useI18n();
  const { styles, font, rowHeight, portRows, legendTop, portTop } = layout;
  return (
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
            strokeDasharray={dashes(style)}
          />
          <text x="64" y={legendTop + i * rowHeight + rowHeight / 2 + 3} fontSize={font} fill={palette.text}>
            {m.visuals.edgeStyles[style]}
          </text>
        </g>
      ))}
      {legend.map((p, i) => {
        const before = portRows.slice(0, i).reduce((n, lines) => n + lines.length, 0);
        const port = portText(p);
        return (
          <text
            key={`${p.id}-${p.ports}`}
            x="24"
            y={portTop + before * rowHeight + rowHeight / 2 + 3}
            fontSize={font}
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
  );
}
