import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ShapeComparisonRow } from '../../../core/charts/series';
import type { CustomShape } from '../../../core/model/plan-input';
import { useI18n } from '../../../i18n/i18n';
import { shapeName } from '../../../i18n/shape-text';
import type { Palette } from '../palette';
import { ChartFigure, SHAPE_HEIGHT } from './chart-figure';
import type { ChartParts } from './chart-parts';

/** A compared shape with its name in the page's language, as the bars label it. */
type LabelledShape = ShapeComparisonRow & { label: string };

interface ShapesChartProps {
  shapes: readonly ShapeComparisonRow[];
  /** The plan's own shapes, which name the custom ones. */
  custom: readonly CustomShape[];
  palette: Palette;
  parts: ChartParts;
}

/** Workload planning: the shapes side by side, one small bar chart per measure (their units differ). */
export function ShapesChart({ shapes, custom, palette, parts }: ShapesChartProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const labelled = shapes.map((r) => ({ ...r, label: shapeName(m, f, r.shape, custom) }));
  const bars = (key: ShapeMeasure, label: string, format: (n: number) => string) =>
    shapeBars({ shapes: labelled, measure: key, label, format, palette, parts });
  return (
    <ChartFigure
      id="chart-shapes"
      title={v.chartShapes}
      height={4 * SHAPE_HEIGHT}
      table={<ShapesTable shapes={labelled} />}
    >
      {bars('agents', m.workloadPlan.agents, (n) => f.integer(n))}
      {bars('vcpu', v.axisVcpu, (n) => f.integer(n))}
      {bars('memoryGiB', v.axisMemory, (n) => f.integer(n))}
      {bars('unusedPercent', m.workloadPlan.unused, (n) => f.percent(n / 100))}
    </ChartFigure>
  );
}

type ShapeMeasure = 'agents' | 'vcpu' | 'memoryGiB' | 'unusedPercent';

interface ShapeBarsProps {
  shapes: readonly LabelledShape[];
  measure: ShapeMeasure;
  label: string;
  format: (n: number) => string;
  palette: Palette;
  parts: ChartParts;
}

/** One measure's bars, a shape each. An element rather than a component: the figure holds the plot while it is out of sight. */
function shapeBars({ shapes, measure, label, format, palette, parts }: ShapeBarsProps) {
  const { axis, grid, tooltipStyle } = parts;
  return (
    <ResponsiveContainer width="100%" height={SHAPE_HEIGHT}>
      <BarChart
        accessibilityLayer={false}
        data={[...shapes]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 20, left: 8 }}
      >
        {grid}
        <XAxis
          type="number"
          {...axis}
          allowDecimals={false}
          label={{ value: label, position: 'insideBottom', offset: -12, fill: palette.muted, fontSize: 11 }}
          tickFormatter={format}
        />
        <YAxis type="category" dataKey="label" {...axis} width={128} />
        <Tooltip {...tooltipStyle} formatter={(value) => format(Number(value))} />
        <Bar dataKey={measure} name={label} fill={palette.series[2]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The shapes chart's numbers, a row per shape; a shape some pod does not fit says so. */
function ShapesTable({ shapes }: { shapes: readonly LabelledShape[] }) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const t = m.workloadPlan;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t.shape}</th>
          <th scope="col">{t.agents}</th>
          <th scope="col">{v.axisVcpu}</th>
          <th scope="col">{v.axisMemory}</th>
          <th scope="col">{t.unused}</th>
        </tr>
      </thead>
      <tbody>
        {shapes.map((r) => (
          <tr key={r.shape}>
            <th scope="row" data-label={t.shape}>
              {r.label}
            </th>
            <td data-label={t.agents}>{r.fits ? f.integer(r.agents) : t.unfit}</td>
            <td data-label={v.axisVcpu}>{r.fits ? f.integer(r.vcpu) : '—'}</td>
            <td data-label={v.axisMemory}>{r.fits ? f.integer(r.memoryGiB) : '—'}</td>
            <td data-label={t.unused}>{r.fits ? f.percent(r.unusedPercent / 100) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
