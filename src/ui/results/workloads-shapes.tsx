import type { WorkloadResult } from '../../core/workloads/plan-workloads';
import type { CustomShape } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { shapeName } from '../../i18n/shape-text';
import { TableScroll } from '../shared/table-scroll';

interface WorkloadsShapesProps {
  workloads: WorkloadResult;
  /** The plan's own shapes, which name the custom ones. */
  custom: readonly CustomShape[];
}

/** The shapes compared, a row each: agents, busiest agent, unused share and totals; the recommended and the one in use marked. */
export function WorkloadsShapes({ workloads: w, custom }: WorkloadsShapesProps) {
  const { m, f } = useI18n();
  const t = m.workloadPlan;
  const { plan, chosen, shapeIds } = w;
  const share = (n: number) => f.percent(n);
  return (
    <TableScroll label={t.title}>
      <table className="data-table" data-testid="workloads-shapes">
        <thead>
          <tr>
            <th scope="col">{t.shape}</th>
            <th scope="col">{t.agents}</th>
            <th scope="col">{t.busiest}</th>
            <th scope="col">{t.unused}</th>
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {plan.outcomes.map((o, i) => {
            const id = shapeIds[i];
            if (!id) return null;
            const unfit = o.packing.unplaced.length > 0;
            return (
              <tr key={id} className={i === chosen ? 'data-table__row--on' : undefined} data-shape={id}>
                <th scope="row" data-label={t.shape}>
                  {shapeName(m, f, id, custom)}
                  {i === plan.best && <span className="badge">{t.recommended}</span>}
                  {i === chosen && i !== plan.best && <span className="badge">{t.inUse}</span>}
                </th>
                <td data-label={t.agents}>{unfit ? t.unfit : f.integer(o.agents)}</td>
                <td data-label={t.busiest}>
                  {unfit ? '—' : `${share(o.busiest.cpuMillis)} / ${share(o.busiest.memoryMiB)}`}
                </td>
                <td data-label={t.unused}>{unfit ? '—' : share(o.wasteShare)}</td>
                <td data-label={t.total}>
                  {unfit ? '—' : `${f.vcpu(o.totals.vcpu)} / ${f.memory(o.totals.memoryMiB)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
