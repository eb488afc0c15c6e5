import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ControlPlaneCost } from '../../../core/charts/series';
import type { Catalog } from '../../../i18n/en';
import type { Formatter } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { Palette } from '../palette';
import { ChartFigure, COST_HEIGHT } from './chart-figure';
import type { ChartParts } from './chart-parts';

/** A control-plane option's cost with its name in the page's language, as the bars label it. */
type LabelledCost = ControlPlaneCost & { label: string };

interface CostChartProps {
  costs: readonly ControlPlaneCost[];
  /** The plan's agents, which every option is sized for. */
  agents: number;
  palette: Palette;
  parts: ChartParts;
}

/** The control plane three ways (single, embedded etcd, external datastore): vCPU and memory, servers and database stacked. */
export function CostChart({ costs, agents, palette, parts }: CostChartProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const labelled = costs.map((c) => ({ ...c, label: v.costOptions[c.option] }));
  return (
    <ChartFigure
      id="chart-cost"
      title={v.chartCost({ agents }, f)}
      table={<CostTable costs={labelled} />}
      height={2 * COST_HEIGHT}
    >
      {costBars({ costs: labelled, unit: 'vcpu', palette, parts, v, f })}
      {costBars({ costs: labelled, unit: 'memory', palette, parts, v, f })}
    </ChartFigure>
  );
}

interface CostBarsProps {
  costs: readonly LabelledCost[];
  unit: 'vcpu' | 'memory';
  palette: Palette;
  parts: ChartParts;
  v: Catalog['visuals'];
  f: Formatter;
}

/**
 * One measure's bars. Horizontal, so the option names read in full at any width and in any language.
 * An element rather than a component: the figure holds the plot while it is out of sight.
 */
function costBars({ costs, unit, palette, parts, v, f }: CostBarsProps) {
  const { axis, grid, tooltipStyle, legend } = parts;
  return (
    <ResponsiveContainer width="100%" height={COST_HEIGHT}>
      <BarChart
        accessibilityLayer={false}
        data={[...costs]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 24, left: 8 }}
      >
        {grid}
        <XAxis
          type="number"
          {...axis}
          allowDecimals={false}
          label={{
            value: unit === 'vcpu' ? v.axisVcpu : v.axisMemory,
            position: 'insideBottom',
            offset: -14,
            fill: palette.muted,
            fontSize: 11,
          }}
          tickFormatter={(x: number) => f.integer(x)}
        />
        <YAxis type="category" dataKey="label" {...axis} width={128} />
        <Tooltip
          {...tooltipStyle}
          formatter={(value) => (unit === 'vcpu' ? f.vcpu(Number(value)) : f.memoryGiB(Number(value)))}
        />
        {unit === 'vcpu' && legend}
        <Bar
          dataKey={unit === 'vcpu' ? 'serversVcpu' : 'serversMemoryGiB'}
          name={v.costServers}
          stackId={unit}
          fill={palette.series[0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey={unit === 'vcpu' ? 'databaseVcpu' : 'databaseMemoryGiB'}
          name={v.costDatabase}
          stackId={unit}
          fill={palette.series[1]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The cost chart's totals: servers and database together per option. */
function CostTable({ costs }: { costs: readonly LabelledCost[] }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{v.option}</th>
          <th scope="col">{m.results.cpu}</th>
          <th scope="col">{m.results.memory}</th>
        </tr>
      </thead>
      <tbody>
        {costs.map((c) => (
          <tr key={c.option}>
            <td data-label={v.option}>{c.label}</td>
            <td data-label={m.results.cpu}>{f.vcpu(c.totalVcpu)}</td>
            <td data-label={m.results.memory}>{f.memory(c.totalMemoryMiB)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
