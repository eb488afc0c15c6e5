import type { ShapeId } from '../../core/model/plan-input';
import type { ShapeOutcome } from '../../core/workloads/workloads';
import { useI18n } from '../../i18n/i18n';

interface WorkloadsBudgetProps {
  /** The outcome of the shape the plan uses. */
  outcome: ShapeOutcome;
  shape: ShapeId;
  /** The utilisation the plan aims at, in percent. */
  targetPercent: number;
}

/** Where one agent's capacity goes: K3s, reservations, DaemonSets, what is left, the room at the target, and pods per node. */
export function WorkloadsBudget({ outcome, shape, targetPercent }: WorkloadsBudgetProps) {
  const { m, f } = useI18n();
  const t = m.workloadPlan;
  const { budget } = outcome;
  const sep = m.punctuation.separator;
  const amount = (r: { cpuMillis: number; memoryMiB: number }) =>
    `${f.millicores(r.cpuMillis)}${sep}${f.memory(r.memoryMiB)}`;
  return (
    <>
      <h4 className="card__subtitle">{t.budgetTitle({ shape })}</h4>
      <dl className="facts facts--table" data-testid="workloads-budget">
        <dt>{t.capacity}</dt>
        <dd>{`${f.vcpu(outcome.shape.vcpu)}${sep}${f.memory(outcome.shape.memoryMiB)}`}</dd>
        <dt>{t.k3s}</dt>
        <dd>{`− ${amount(budget.k3sOverhead)}`}</dd>
        <dt>{t.reserved}</dt>
        <dd>{`− ${amount(budget.reserved)}`}</dd>
        <dt>{t.daemonSets}</dt>
        <dd>{`− ${amount(budget.daemonSets)}`}</dd>
        <dt>{t.allocatable}</dt>
        <dd>{amount(budget.allocatable)}</dd>
        <dt>{t.room({ percent: targetPercent }, f)}</dt>
        <dd>{amount(budget.room)}</dd>
        <dt>{t.podsPerNode}</dt>
        <dd>{`${f.integer(budget.pods)}${m.punctuation.open}${t.podsBy({ by: budget.podsLimitedBy })}${m.punctuation.close}`}</dd>
      </dl>
    </>
  );
}
