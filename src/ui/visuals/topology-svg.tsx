import { forwardRef, useId } from 'react';
import type { TopologyLegendLayout } from '../../core/diagrams/legend';
import type { EdgeStyle, TopologyDiagram } from '../../core/diagrams/topology';
import { useI18n } from '../../i18n/i18n';
import { FONT } from './diagram-text';
import type { Palette } from './palette';
import { EdgeLabels, EdgeLines, EdgeMarkers, GroupFrames, NodeBoxes } from './topology-layers';
import { TopologyLegend } from './topology-legend';

interface TopologySvgProps {
  diagram: TopologyDiagram;
  /** The legend under it, with the height of the whole picture. */
  legend: TopologyLegendLayout;
  palette: Palette;
}

/** The topology as SVG: boxes, the server group with its quorum, labelled connections and a legend. */
export const TopologySvg = forwardRef<SVGSVGElement, TopologySvgProps>(function TopologySvg(
  { diagram, legend, palette },
  ref,
) {
  const { m } = useI18n();
  const v = m.visuals;
  const id = useId();
  const marker = (style: EdgeStyle) => `${id}-arrow-${style}`;
  return (
    <svg
      ref={ref}
      className="diagram"
      viewBox={`0 0 ${String(diagram.width)} ${String(legend.height)}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily={FONT}
      data-testid="topology-svg"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{v.topologyTitle}</title>
      <desc id={`${id}-desc`}>{v.topologyDescription}</desc>
      <EdgeMarkers marker={marker} palette={palette} />
      <rect x="0" y="0" width={diagram.width} height={legend.height} fill={palette.background} />
      <GroupFrames groups={diagram.groups} palette={palette} />
      <EdgeLines edges={diagram.edges} marker={marker} palette={palette} />
      <NodeBoxes nodes={diagram.nodes} palette={palette} />
      <EdgeLabels edges={diagram.edges} palette={palette} />
      <TopologyLegend layout={legend} palette={palette} />
    </svg>
  );
});
