import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComparedTotals } from '../../core/plan/compare-plans';
import { COMPARE_TEXTS } from '../../i18n/compare-text';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from '../visuals/palette';
import { TableScroll } from '../shared/table-scroll';

const HEIGHT_PER_PLAN = 44;

/** Each compared plan's total vCPU and RAM as bars (Recharts, loaded with this chunk), with the numbers as a table. */
export default function ComparisonChart({ totals, palette }: { totals: readonly ComparedTotals[]; palette: Palette }) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const data = totals.map((x) => ({ ...x, label: t.column({ column: x.column }, f) }));
  const axis = { stroke: palette.muted, tick: { fill: palette.muted, fontSize: 11 } };
  const tooltipStyle = {
    contentStyle: { background: palette.background, border: `1px solid ${palette.strokes.group}`, color: palette.text },
    labelStyle: { color: palette.text },
  };
  const height = 40 + HEIGHT_PER_PLAN * data.length;
  const chart = (key: 'vcpu' | 'memoryGiB', label: string, format: (n: number) => string, fill: string) => (
    <div className="compare__chart-plot">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 20, left: 8 }}
        >
          <CartesianGrid stroke={palette.strokes.group} strokeOpacity={0.35} strokeDasharray="3 3" />
          <XAxis
            type="number"
            {...axis}
            allowDecimals={false}
            label={{ value: label, position: 'insideBottom', offset: -12, fill: palette.muted, fontSize: 11 }}
            tickFormatter={format}
          />
          <YAxis type="category" dataKey="label" {...axis} width={72} />
          <Tooltip {...tooltipStyle} formatter={(value) => format(Number(value))} />
          <Bar dataKey={key} name={label} fill={fill} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
  return (
    <figure className="chart compare__chart" aria-labelledby="compare-chart-caption" data-testid="compare-chart">
      <figcaption id="compare-chart-caption" className="chart__caption">
        {t.chartTitle}
      </figcaption>
      <p className="card__note">{t.chartDescription}</p>
      {/* The plots are pictures of the table below them. */}
      <div className="compare__charts" aria-hidden="true">
        {chart('vcpu', t.chartVcpu, (x) => f.integer(x), palette.series[0])}
        {chart('memoryGiB', t.chartMemory, (x) => f.integer(x), palette.series[1])}
      </div>
      <details className="disclosure chart__table">
        <summary>{m.visuals.dataTable}</summary>
        <TableScroll label={t.chartTitle}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.chartVcpu}</th>
                <th scope="col">{t.chartMemory}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((x) => (
                <tr key={x.column}>
                  <th scope="row">{x.label}</th>
                  <td>{f.vcpu(x.vcpu, x.vcpuOrMore)}</td>
                  <td>{f.memory(x.memoryMiB)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
