import type { PlanResult } from '../../core/plan/compute-plan';

import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { shapeName } from '../shared/shape-name';
import { TableScroll } from '../shared/table-scroll';

/** Workload planning's answer: the shapes compared, the one in use and why, and where an agent's capacity goes. */
export default function WorkloadsCard({ result, rules }: { result: PlanResult; rules: Rules }) {
  const { m, f } = useI18n();
  const w = result.workloads;
  if (!w) return null;
  const t = m.workloadPlan;
  const { plan, chosen, shapeIds } = w;
  const inUse = w.inUse;
  const outcome = inUse?.outcome;
  const chosenId = inUse?.id;
  const share = (n: number) => f.percent(n);
  return (
    <section className="workloads card" aria-labelledby="workloads-title" data-testid="workloads-card">
      <h3 id="workloads-title" className="card__title">
        {t.title}
      </h3>
      {plan.requested.pods === 0 ? (
        <p className="card__note">{t.empty}</p>
      ) : outcome && chosenId && w.agents !== null ? (
        <>
          <p data-testid="workloads-summary">
            {t.summary(
              {
                pods: plan.requested.pods,
                cpuMillis: plan.requested.cpuMillis,
                memoryMiB: plan.requested.memoryMiB,
                agents: w.agents,
                packed: outcome.packing.nodes,
                shape: chosenId,
              },
              f,
            )}
          </p>
          <p className="card__note">
            {result.input.workloads.shape === 'best' ? t.why({ waste: outcome.wasteShare }, f) : t.chosenByUser}
          </p>
        </>
      ) : (
        <p className="card__note">{t.none}</p>
      )}
      {plan.requested.pods > 0 && (
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
                      {shapeName(m, f, id, result.input.workloads.custom)}
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
      )}
      {outcome && chosenId && (
        <>
          <h4 className="card__subtitle">{t.budgetTitle({ shape: chosenId })}</h4>
          <dl className="facts facts--table" data-testid="workloads-budget">
            <dt>{t.capacity}</dt>
            <dd>{`${f.vcpu(outcome.shape.vcpu)}${m.punctuation.separator}${f.memory(outcome.shape.memoryMiB)}`}</dd>
            <dt>{t.k3s}</dt>
            <dd>{`− ${f.decimal(outcome.budget.k3sOverhead.cpuMillis / 1000, 3)} vCPU${m.punctuation.separator}${f.memory(outcome.budget.k3sOverhead.memoryMiB)}`}</dd>
            <dt>{t.reserved}</dt>
            <dd>{`− ${f.decimal(outcome.budget.reserved.cpuMillis / 1000, 3)} vCPU${m.punctuation.separator}${f.memory(outcome.budget.reserved.memoryMiB)}`}</dd>
            <dt>{t.daemonSets}</dt>
            <dd>{`− ${f.decimal(outcome.budget.daemonSets.cpuMillis / 1000, 3)} vCPU${m.punctuation.separator}${f.memory(outcome.budget.daemonSets.memoryMiB)}`}</dd>
            <dt>{t.allocatable}</dt>
            <dd>{`${f.decimal(outcome.budget.allocatable.cpuMillis / 1000, 3)} vCPU${m.punctuation.separator}${f.memory(outcome.budget.allocatable.memoryMiB)}`}</dd>
            <dt>{t.room({ percent: result.input.workloads.targetPercent }, f)}</dt>
            <dd>{`${f.decimal(outcome.budget.room.cpuMillis / 1000, 3)} vCPU${m.punctuation.separator}${f.memory(outcome.budget.room.memoryMiB)}`}</dd>
            <dt>{t.podsPerNode}</dt>
            <dd>{`${f.integer(outcome.budget.pods)}${m.punctuation.open}${t.podsBy({ by: outcome.budget.podsLimitedBy })}${m.punctuation.close}`}</dd>
          </dl>
        </>
      )}
      {result.input.cluster.serverWorkloads !== 'shared' ? (
        <p className="card__note" data-testid="workloads-servers">
          {t.serversNotCounted}
        </p>
      ) : (
        plan.servers &&
        outcome && (
          <p className="card__note" data-testid="workloads-servers">
            {t.serversCounted(
              {
                pods: outcome.packing.onPreopened,
                cpuMillis: plan.servers.room.cpuMillis,
                memoryMiB: plan.servers.room.memoryMiB,
              },
              f,
            )}
          </p>
        )
      )}
      <p className="card__note">{t.method}</p>
      <p className="card__note">
        <SourceLink source={rules.profiling.source} rules={rules} />
        {m.punctuation.separator}
        <SourceLink source={rules.kubelet.source} rules={rules} />
      </p>
    </section>
  );
}
