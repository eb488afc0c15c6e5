import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuorumPoint } from '../../../core/charts/series';
import { useI18n } from '../../../i18n/i18n';
import type { Palette } from '../palette';
import { ChartFigure, HEIGHT } from './chart-figure';
import type { ChartParts } from './chart-parts';

interface QuorumChartProps {
  /** Quorum and tolerated failures for 1 to 9 etcd members. */
  quorum: readonly QuorumPoint[];
  /** The plan's etcd members, or null without etcd. */
  members: number | null;
  palette: Palette;
  parts: ChartParts;
}

/** Quorum and tolerated failures by etcd members, with this plan's members marked. */
export function QuorumChart({ quorum, members, palette, parts }: QuorumChartProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const { axis, grid, tooltipStyle, legend, planLine } = parts;
  return (
    <ChartFigure id="chart-quorum" title={v.chartQuorum} table={<QuorumTable quorum={quorum} members={members} />}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart accessibilityLayer={false} data={quorum} margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
          {grid}
          <XAxis
            dataKey="members"
            {...axis}
            label={{
              value: v.axisMembers,
              position: 'insideBottom',
              offset: -14,
              fill: palette.muted,
              fontSize: 11,
            }}
          />
          <YAxis {...axis} width={36} allowDecimals={false} />
          <Tooltip {...tooltipStyle} labelFormatter={(x) => v.tooltipMembers({ members: Number(x) }, f)} />
          {legend}
          <Bar dataKey="quorum" name={v.quorum} fill={palette.series[0]} isAnimationActive={false} />
          <Bar dataKey="faultTolerance" name={v.tolerated} fill={palette.series[2]} isAnimationActive={false} />
          {members !== null && members <= 9 && planLine(members)}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** The quorum chart's numbers, this plan's row marked as current. */
function QuorumTable({ quorum, members }: { quorum: readonly QuorumPoint[]; members: number | null }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{v.axisMembers}</th>
          <th scope="col">{v.quorum}</th>
          <th scope="col">{v.tolerated}</th>
        </tr>
      </thead>
      <tbody>
        {quorum.map((q) => (
          <tr key={q.members} aria-current={q.members === members ? 'true' : undefined}>
            <td data-label={v.axisMembers}>{f.integer(q.members)}</td>
            <td data-label={v.quorum}>{f.integer(q.quorum)}</td>
            <td data-label={v.tolerated}>{f.integer(q.faultTolerance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
