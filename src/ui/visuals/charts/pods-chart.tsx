import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PodCapacitySeries } from '../../../core/charts/series';
import { useI18n } from '../../../i18n/i18n';
import type { Palette } from '../palette';
import { ChartFigure, HEIGHT } from './chart-figure';
import type { ChartParts } from './chart-parts';

interface PodsChartProps {
  /** One IP family's pod capacity as the nodes grow, with where its node subnets run out. */
  series: PodCapacitySeries;
  palette: Palette;
  parts: ChartParts;
}

/** Pods the cluster can address as nodes are added, for one IP family. */
export function PodsChart({ series: s, palette, parts }: PodsChartProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const { axis, grid, tooltipStyle, planLine } = parts;
  return (
    <ChartFigure
      id={`chart-pods-${s.family}`}
      title={v.chartPods({ family: s.family })}
      table={<PodsTable series={s} />}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart
          accessibilityLayer={false}
          data={[...s.points]}
          margin={{ top: 10, right: 16, bottom: 24, left: 16 }}
        >
          {grid}
          <XAxis
            dataKey="nodes"
            type="number"
            domain={[0, s.xMax]}
            {...axis}
            label={{ value: v.axisNodes, position: 'insideBottom', offset: -14, fill: palette.muted, fontSize: 11 }}
            tickFormatter={(x: number) => f.integer(x)}
          />
          <YAxis
            {...axis}
            width={64}
            label={{ value: v.axisPods, angle: -90, position: 'insideLeft', fill: palette.muted, fontSize: 11 }}
            tickFormatter={(y: number) => f.integer(y)}
          />
          <Tooltip
            {...tooltipStyle}
            labelFormatter={(x) => v.tooltipNodes({ nodes: Number(x) }, f)}
            formatter={(value) => f.integer(Number(value))}
          />
          <Line
            name={v.axisPods}
            dataKey="pods"
            type="linear"
            stroke={palette.series[0]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {planLine(s.planNodes)}
          {s.exhaustedAt !== null && (
            // Written on the side the core chose (the open one): inside-left of the line reads rightwards.
            <ReferenceLine
              x={s.exhaustedAt}
              stroke={palette.edges.peers}
              label={{
                value: v.exhausted,
                fill: palette.edges.peers,
                fontSize: 11,
                position: s.exhaustedLabelSide === 'right' ? 'insideBottomLeft' : 'insideBottomRight',
              }}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** The pod chart's corners as a table, and where the node subnets run out. */
function PodsTable({ series: s }: { series: PodCapacitySeries }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{v.axisNodes}</th>
            <th scope="col">{v.axisPods}</th>
          </tr>
        </thead>
        <tbody>
          {s.points.map((p) => (
            <tr key={p.nodes}>
              <td data-label={v.axisNodes}>{f.integer(p.nodes)}</td>
              <td data-label={v.axisPods}>{f.integer(p.pods)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="card__note">
        {s.exhaustedAt === null
          ? v.podsNotExhausted({ xMax: s.xMax }, f)
          : v.podsExhaustedAt({ nodes: s.exhaustedAt }, f)}
      </p>
    </>
  );
}
