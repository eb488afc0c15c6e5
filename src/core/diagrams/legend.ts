import type { PortId } from '../model/rules';
import { wrapText } from '../text/measure';
import type { EdgePort, EdgeStyle, TopologyDiagram } from './topology';

/** A sample line of an edge style, with its name beside it. */
export interface LegendStyleRow {
  readonly style: EdgeStyle;
  /** The sample line's height on the drawing. */
  readonly lineY: number;
  /** The name's baseline. */
  readonly textY: number;
}

/** A port with its purpose: the port's label (drawn bold) starts the first line. */
export interface LegendPortRow {
  readonly port: EdgePort;
  /** The baseline of its first line. */
  readonly y: number;
  /** Its text, wrapped to the drawing's width. */
  readonly lines: readonly string[];
}

/** The legend under the topology, laid out in the page's language, and the height of the whole picture. */
export interface TopologyLegendLayout {
  readonly font: number;
  readonly rowHeight: number;
  /** The edge styles drawn, once each, in the order the edges first use them. */
  readonly styles: readonly LegendStyleRow[];
  readonly ports: readonly LegendPortRow[];
  /** The drawing and its legend together. */
  readonly height: number;
}

/**
 * Lays the legend out under the diagram: a sample line per edge style, then every port with its
 * purpose (in the page's language), wrapped to the drawing's width. A narrow drawing is shown scaled
 * down on a phone, so its legend type is larger; a character is taken as about 0.54 em wide (CJK twice that).
 */
export function layoutTopologyLegend(
  diagram: TopologyDiagram,
  purposes: Readonly<Record<PortId, string>>,
): TopologyLegendLayout {
  const font = diagram.variant === 'narrow' ? 16 : 11.5;
  const rowHeight = Math.round(font * 1.45);
  const maxChars = Math.floor((diagram.width - 48) / (font * 0.54));
  const legendTop = diagram.height + 8;
  const styleNames: EdgeStyle[] = [...new Set(diagram.edges.map((e) => e.style))];
  const styles = styleNames.map((style, i) => {
    const middle = legendTop + i * rowHeight + rowHeight / 2;
    return { style, lineY: middle - 2, textY: middle + 3 };
  });
  let top = legendTop + styles.length * rowHeight;
  const ports = diagram.legend.map((port): LegendPortRow => {
    const lines = wrapText(`${port.label} ${purposes[port.id]}`, maxChars);
    const row = { port, lines, y: top + rowHeight / 2 + 3 };
    top += lines.length * rowHeight;
    return row;
  });
  return { font, rowHeight, styles, ports, height: top + 20 };
}
