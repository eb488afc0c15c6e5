import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgentsAxis, EditionSeries } from '../../../core/plan/plan-visuals';
import { useI18n } from '../../../i18n/i18n';
import type { Palette } from '../palette';
import { ChartFigure, HEIGHT } from './chart-figure';
import type { ChartParts } from './chart-parts';

type SizeUnit = 'vcpu' | 'memory';

interface SizeChartProps {
  id: string;
  title: string;
  /** One step line per edition: this one's, and the other's once it has loaded. */
  series: readonly EditionSeries[];
  unit: SizeUnit;
  /** The agents axis (logarithmic), with this plan's place on it. */
  axis: AgentsAxis;
  palette: Palette;
  parts: ChartParts;
}

interface SizePairProps extends Omit<SizeChartProps, 'id' | 'title' | 'unit'> {
  /** The role sized: the charts' ids are `chart-<prefix>-vcpu` and `chart-<prefix>-memory`. */
  prefix: 'server' | 'database';
  titles: Readonly<Record<SizeUnit, string>>;
}

/** A role's vCPU and memory charts side by side. */
export function SizePair({ prefix, titles, ...rest }: SizePairProps) {
  return (
    <div className="charts__pair">
      <SizeChart id={`chart-${prefix}-vcpu`} title={titles.vcpu} unit="vcpu" {...rest} />
      <SizeChart id={`chart-${prefix}-memory`} title={titles.memory} unit="memory" {...rest} />
    </div>
  );
}

/** One measure (vCPU or memory) of a role's size as the agents grow, a step line per edition. */
function SizeChart({ id, title, series, unit, axis: agentsAxis, palette, parts }: SizeChartProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const { axis, grid, tooltipStyle, legend, planLine } = parts;
  return (
    <ChartFigure id={id} title={title} table={<SizeTable series={series} unit={unit} />}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart accessibilityLayer={false} margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
          {grid}
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={[1, agentsAxis.max]}
            ticks={[...agentsAxis.ticks]}
            allowDuplicatedCategory={false}
            {...axis}
            label={{ value: v.axisAgentsLog, position: 'insideBottom', offset: -14, fill: palette.muted, fontSize: 11 }}
            tickFormatter={(x: number) => f.integer(x)}
          />
          <YAxis
            {...axis}
            width={52}
            label={{
              value: unit === 'vcpu' ? v.axisVcpu : v.axisMemory,
              angle: -90,
              position: 'insideLeft',
              fill: palette.muted,
              fontSize: 11,
            }}
            tickFormatter={(y: number) => f.integer(y)}
          />
          <Tooltip
            {...tooltipStyle}
            labelFormatter={(x) => v.tooltipAgents({ agents: Number(x) }, f)}
            formatter={(value) => (unit === 'vcpu' ? f.vcpu(Number(value)) : f.memoryGiB(Number(value)))}
          />
          {legend}
          {series.map((s, i) => (
            <Line
              key={s.edition}
              name={m.edition.names[s.edition].name}
              data={[...s.points]}
              dataKey={unit === 'vcpu' ? 'vcpu' : 'memoryGiB'}
              type="stepAfter"
              stroke={palette.series[i] ?? palette.text}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {planLine(agentsAxis.plan)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** The size chart's numbers: a row per edition and step. */
function SizeTable({ series, unit }: { series: readonly EditionSeries[]; unit: SizeUnit }) {
  const { m, f } = useI18n();
  const measure = unit === 'vcpu' ? m.results.cpu : m.results.memory;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.visuals.series}</th>
          <th scope="col">{m.visuals.fromAgents}</th>
          <th scope="col">{measure}</th>
        </tr>
      </thead>
      <tbody>
        {series.flatMap((s) =>
          s.points.map((p) => (
            <tr key={`${s.edition}-${String(p.agents)}`}>
              <td data-label={m.visuals.series}>{m.edition.names[s.edition].name}</td>
              <td data-label={m.visuals.fromAgents}>{f.integer(p.agents)}</td>
              <td data-label={measure}>{unit === 'vcpu' ? f.vcpu(p.vcpu) : f.memory(p.memoryMiB)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
