import {
  CartesianGrid,
  Bar,
  BarChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import type { SizePoint } from '../../core/charts/series';
import type { Charts as ChartsModel, EditionSeries } from '../../core/plan/plan-visuals';
import type { PlanResult } from '../../core/plan/compute-plan';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from './palette';
import { TableScroll } from '../shared/table-scroll';
import { shapeName } from '../shared/shape-name';
import { useHeldWhileAway, useNearViewport } from '../shared/use-near-viewport';

interface ChartsProps {
  /** The series, computed by the core: the other edition's steps over this one's once it has loaded. */
  charts: ChartsModel;
  result: PlanResult;
  palette: Palette;
}

/** A chart with its caption and the same numbers as a table for screen readers and print. */
function ChartFigure({
  id,
  title,
  children,
  table,
  height = HEIGHT,
}: {
  id: string;
  title: string;
  children: ReactNode;
  table: ReactNode;
  height?: number;
}) {
  const { m } = useI18n();
  // Drawing a chart is the page's most expensive render: each plot is drawn when it comes near
  // the screen, in the space kept for it, and redrawn on an edit only while it is near (out of
  // sight it keeps its last drawing until it comes back). The table, its text alternative, is there
  // from the start and always follows the plan.
  const { ref: plotRef, reached, near } = useNearViewport();
  const plot = useHeldWhileAway(children, near);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {title}
      </figcaption>
      {/* The plot is a picture of the table below it: hidden from screen readers, with no tab stops of its own. */}
      <div ref={plotRef} className="chart__plot" aria-hidden="true" style={{ minHeight: height }}>
        {reached ? plot : null}
      </div>
      <details className="disclosure chart__table">
        <summary>{m.visuals.dataTable}</summary>
        <TableScroll label={title}>{table}</TableScroll>
      </details>
    </figure>
  );
}

function SizeTable({ series, unit }: { series: readonly EditionSeries[]; unit: 'vcpu' | 'memory' }) {
  const { m, f } = useI18n();
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{m.visuals.series}</th>
            <th scope="col">{m.visuals.fromAgents}</th>
            <th scope="col">{unit === 'vcpu' ? m.results.cpu : m.results.memory}</th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((p) => (
              <tr key={`${s.edition}-${String(p.agents)}`}>
                <td data-label={m.visuals.series}>{m.edition.names[s.edition].name}</td>
                <td data-label={m.visuals.fromAgents}>{f.integer(p.agents)}</td>
                <td data-label={unit === 'vcpu' ? m.results.cpu : m.results.memory}>
                  {unit === 'vcpu' ? f.vcpu(p.vcpu) : f.memory(p.memoryMiB)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </>
  );
}

const HEIGHT = 230;
const COST_HEIGHT = 170;
const SHAPE_HEIGHT = 150;

/** Recharts, loaded with this chunk only: sizing steps, pod capacity, quorum, control-plane cost. */
export function Charts({ charts, result, palette }: ChartsProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const cluster = result.input.cluster;
  const { xMax, server, database, pods, quorum } = charts;
  const costs = charts.costs.map((c) => ({ ...c, label: v.costOptions[c.option] }));
  const axis = { stroke: palette.muted, tick: { fill: palette.muted, fontSize: 11 } };
  const grid = <CartesianGrid stroke={palette.strokes.group} strokeOpacity={0.35} strokeDasharray="3 3" />;
  const tooltipStyle = {
    contentStyle: { background: palette.background, border: `1px solid ${palette.strokes.group}`, color: palette.text },
    labelStyle: { color: palette.text },
  };
  const legend = <Legend position="top" height={28} wrapperStyle={{ fontSize: 12, color: palette.text }} />;
  const planLine = (x: number) => (
    <ReferenceLine
      x={x}
      stroke={palette.edges.data}
      strokeDasharray="4 3"
      label={{ value: v.thisPlan, fill: palette.edges.data, fontSize: 11, position: 'insideTopRight' }}
    />
  );

  // Sizing tables grow in geometric steps (10, 100, 250… agents), so the agents axis is logarithmic; 0 agents sits at 1,
  // where every table gives the same row.
  const logTicks = [1, 10, 100, 1_000, 10_000, 100_000].filter((t) => t <= xMax);
  const onLog = (points: readonly SizePoint[]) => points.map((p) => ({ ...p, x: Math.max(1, p.agents) }));
  const sizeChart = (id: string, title: string, series: typeof server, unit: 'vcpu' | 'memory') => (
    <ChartFigure id={id} title={title} table={<SizeTable series={series} unit={unit} />}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart accessibilityLayer={false} margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
          {grid}
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={[1, xMax]}
            ticks={logTicks}
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
            formatter={(value) => (unit === 'vcpu' ? f.vcpu(Number(value)) : f.memory(Number(value) * 1024))}
          />
          {legend}
          {series.map((s, i) => (
            <Line
              key={s.edition}
              name={m.edition.names[s.edition].name}
              data={onLog(s.points)}
              dataKey={unit === 'vcpu' ? 'vcpu' : 'memoryGiB'}
              type="stepAfter"
              stroke={palette.series[i] ?? palette.text}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {planLine(Math.max(1, cluster.agents))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );

  // Horizontal bars, so the option names read in full at any width and in any language.
  const costChart = (unit: 'vcpu' | 'memory') => (
    <ResponsiveContainer width="100%" height={COST_HEIGHT}>
      <BarChart
        accessibilityLayer={false}
        data={costs}
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
          formatter={(value) => (unit === 'vcpu' ? f.vcpu(Number(value)) : f.memory(Number(value) * 1024))}
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

  // Workload planning: the shapes side by side, one small bar chart per measure (their units differ).
  const shapes = charts.shapes.map((r) => ({
    ...r,
    label: shapeName(m, f, r.shape, result.input.workloads.custom),
  }));
  const shapeChart = (
    key: 'agents' | 'vcpu' | 'memoryGiB' | 'unusedPercent',
    label: string,
    format: (n: number) => string,
  ) => (
    <ResponsiveContainer width="100%" height={SHAPE_HEIGHT}>
      <BarChart
        accessibilityLayer={false}
        data={shapes}
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
        <Bar dataKey={key} name={label} fill={palette.series[2]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );

  return (
    <div className="charts">
      <div className="charts__pair">
        {sizeChart('chart-server-vcpu', v.chartServerVcpu({ servers: cluster.servers }, f), server, 'vcpu')}
        {sizeChart('chart-server-memory', v.chartServerMemory({ servers: cluster.servers }, f), server, 'memory')}
      </div>
      {database.length > 0 && (
        <div className="charts__pair">
          {sizeChart('chart-database-vcpu', v.chartDatabaseVcpu, database, 'vcpu')}
          {sizeChart('chart-database-memory', v.chartDatabaseMemory, database, 'memory')}
        </div>
      )}

      {pods.map((s) => (
        <ChartFigure
          key={s.family}
          id={`chart-pods-${s.family}`}
          title={v.chartPods({ family: s.family })}
          table={
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
          }
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
                // Written on the open side of the line, so it never runs off the plot.
                <ReferenceLine
                  x={s.exhaustedAt}
                  stroke={palette.edges.peers}
                  label={{
                    value: v.exhausted,
                    fill: palette.edges.peers,
                    fontSize: 11,
                    position: s.exhaustedAt < s.xMax / 2 ? 'insideBottomLeft' : 'insideBottomRight',
                  }}
                />
              )}
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      ))}

      <div className="charts__pair">
        <ChartFigure
          id="chart-quorum"
          title={v.chartQuorum}
          table={
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
                  <tr key={q.members} aria-current={q.members === result.sizing.etcd?.members ? 'true' : undefined}>
                    <td data-label={v.axisMembers}>{f.integer(q.members)}</td>
                    <td data-label={v.quorum}>{f.integer(q.quorum)}</td>
                    <td data-label={v.tolerated}>{f.integer(q.faultTolerance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
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
              {result.sizing.etcd && result.sizing.etcd.members <= 9 && planLine(result.sizing.etcd.members)}
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>

        <ChartFigure
          id="chart-cost"
          title={v.chartCost({ agents: cluster.agents }, f)}
          table={
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
          }
          height={2 * COST_HEIGHT}
        >
          {costChart('vcpu')}
          {costChart('memory')}
        </ChartFigure>

        {shapes.length > 0 && (
          <ChartFigure
            id="chart-shapes"
            title={v.chartShapes}
            height={4 * SHAPE_HEIGHT}
            table={
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{m.workloadPlan.shape}</th>
                    <th scope="col">{m.workloadPlan.agents}</th>
                    <th scope="col">{v.axisVcpu}</th>
                    <th scope="col">{v.axisMemory}</th>
                    <th scope="col">{m.workloadPlan.unused}</th>
                  </tr>
                </thead>
                <tbody>
                  {shapes.map((r) => (
                    <tr key={r.shape}>
                      <th scope="row" data-label={m.workloadPlan.shape}>
                        {r.label}
                      </th>
                      <td data-label={m.workloadPlan.agents}>{r.fits ? f.integer(r.agents) : m.workloadPlan.unfit}</td>
                      <td data-label={v.axisVcpu}>{r.fits ? f.integer(r.vcpu) : '—'}</td>
                      <td data-label={v.axisMemory}>{r.fits ? f.integer(r.memoryGiB) : '—'}</td>
                      <td data-label={m.workloadPlan.unused}>{r.fits ? f.percent(r.unusedPercent / 100) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            {shapeChart('agents', m.workloadPlan.agents, (n) => f.integer(n))}
            {shapeChart('vcpu', v.axisVcpu, (n) => f.integer(n))}
            {shapeChart('memoryGiB', v.axisMemory, (n) => f.integer(n))}
            {shapeChart('unusedPercent', m.workloadPlan.unused, (n) => f.percent(n / 100))}
          </ChartFigure>
        )}
      </div>
    </div>
  );
}
