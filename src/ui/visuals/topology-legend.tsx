import type { TopologyLegendLayout } from '../../core/diagrams/legend';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from './palette';
import { dashes } from './topology-layers';

interface TopologyLegendProps {
  /** Laid out by the core (layoutTopologyLegend), in the page's language. */
  layout: TopologyLegendLayout;
  palette: Palette;
}

/** The legend: a sample line per edge style, then every port with its purpose. */
export function TopologyLegend({ layout, palette }: TopologyLegendProps) {
  const { m } = useI18n();
  const { styles, ports, font, rowHeight } = layout;
  return (
    <g data-legend="">
      {styles.map(({ style, lineY, textY }) => (
        <g key={style}>
          <line
            x1="24"
            x2="56"
            y1={lineY}
            y2={lineY}
            stroke={palette.edges[style]}
            strokeWidth="2"
            strokeDasharray={dashes(style)}
          />
          <text x="64" y={textY} fontSize={font} fill={palette.text}>
            {m.visuals.edgeStyles[style]}
          </text>
        </g>
      ))}
      {ports.map(({ port, lines, y }) => (
        <text key={`${port.id}-${port.ports}`} x="24" y={y} fontSize={font} fill={palette.text}>
          {lines.map((text, j) =>
            j === 0 && text.startsWith(port.label) ? (
              <tspan key={j} x="24" dy={0}>
                <tspan fontWeight="700">{port.label}</tspan>
                {text.slice(port.label.length)}
              </tspan>
            ) : (
              <tspan key={j} x="24" dy={j === 0 ? 0 : rowHeight}>
                {text}
              </tspan>
            ),
          )}
        </text>
      ))}
    </g>
  );
}
