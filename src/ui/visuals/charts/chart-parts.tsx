import { CartesianGrid, Legend, ReferenceLine } from 'recharts';
import type { ReactElement } from 'react';
import type { Catalog } from '../../../i18n/en';
import type { Palette } from '../palette';

/**
 * The pieces every chart shares, in the palette: axis colours, grid, tooltip, legend and the line
 * marking this plan. Elements and props rather than components, so Recharts sees its own element
 * types among a chart's children.
 */
export interface ChartParts {
  readonly axis: { stroke: string; tick: { fill: string; fontSize: number } };
  readonly grid: ReactElement;
  readonly tooltipStyle: {
    contentStyle: { background: string; border: string; color: string };
    labelStyle: { color: string };
  };
  readonly legend: ReactElement;
  /** The dashed line at this plan's value on the x axis. */
  readonly planLine: (x: number) => ReactElement;
}

/** The shared chart pieces for a palette and the page's language. */
export function chartParts(palette: Palette, v: Catalog['visuals']): ChartParts {
  return {
    axis: { stroke: palette.muted, tick: { fill: palette.muted, fontSize: 11 } },
    grid: <CartesianGrid stroke={palette.strokes.group} strokeOpacity={0.35} strokeDasharray="3 3" />,
    tooltipStyle: {
      contentStyle: {
        background: palette.background,
        border: `1px solid ${palette.strokes.group}`,
        color: palette.text,
      },
      labelStyle: { color: palette.text },
    },
    legend: <Legend position="top" height={28} wrapperStyle={{ fontSize: 12, color: palette.text }} />,
    planLine: (x: number) => (
      <ReferenceLine
        x={x}
        stroke={palette.edges.data}
        strokeDasharray="4 3"
        label={{ value: v.thisPlan, fill: palette.edges.data, fontSize: 11, position: 'insideTopRight' }}
      />
    ),
  };
}
