import type { Charts as ChartsModel } from '../../core/plan/plan-visuals';
import type { PlanResult } from '../../core/plan/compute-plan';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from './palette';
import { chartParts } from './charts/chart-parts';
import { CostChart } from './charts/cost-chart';
import { PodsChart } from './charts/pods-chart';
import { QuorumChart } from './charts/quorum-chart';
import { ShapesChart } from './charts/shapes-chart';
import { SizePair } from './charts/size-chart';

interface ChartsProps {
  /** The series, computed by the core: the other edition's steps over this one's once it has loaded. */
  charts: ChartsModel;
  result: PlanResult;
  palette: Palette;
}

/** Recharts, loaded with this chunk only: sizing steps, pod capacity, quorum, control-plane cost. */
export function Charts({ charts, result, palette }: ChartsProps) {
  const { m, f } = useI18n();
  const v = m.visuals;
  const cluster = result.input.cluster;
  const { agentsAxis, server, database } = charts;
  const parts = chartParts(palette, v);
  const sized = { axis: agentsAxis, palette, parts };
  return (
    <div className="charts">
      <SizePair
        prefix="server"
        titles={{
          vcpu: v.chartServerVcpu({ servers: cluster.servers }, f),
          memory: v.chartServerMemory({ servers: cluster.servers }, f),
        }}
        series={server}
        {...sized}
      />
      {database.length > 0 && (
        <SizePair
          prefix="database"
          titles={{ vcpu: v.chartDatabaseVcpu, memory: v.chartDatabaseMemory }}
          series={database}
          {...sized}
        />
      )}

      {charts.pods.map((s) => (
        <PodsChart key={s.family} series={s} palette={palette} parts={parts} />
      ))}

      <div className="charts__pair">
        <QuorumChart
          quorum={charts.quorum}
          members={result.sizing.etcd?.members ?? null}
          palette={palette}
          parts={parts}
        />
        <CostChart costs={charts.costs} agents={cluster.agents} palette={palette} parts={parts} />
        {charts.shapes.length > 0 && (
          <ShapesChart shapes={charts.shapes} custom={result.input.workloads.custom} palette={palette} parts={parts} />
        )}
      </div>
    </div>
  );
}
