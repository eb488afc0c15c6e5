import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { WorkloadsBudget } from './workloads-budget';
import { WorkloadsShapes } from './workloads-shapes';

/** Workload planning's answer: the shapes compared, the one in use and why, and where an agent's capacity goes. */
export default function WorkloadsCard({ result, rules }: { result: PlanResult; rules: Rules }) {
  const { m, f } = useI18n();
  const w = result.workloads;
  if (!w) return null;
  const t = m.workloadPlan;
  const { plan } = w;
  const inUse = w.inUse;
  const outcome = inUse?.outcome;
  const chosenId = inUse?.id;
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
      {plan.requested.pods > 0 && <WorkloadsShapes workloads={w} custom={result.input.workloads.custom} />}
      {outcome && chosenId && (
        <WorkloadsBudget outcome={outcome} shape={chosenId} targetPercent={result.input.workloads.targetPercent} />
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
