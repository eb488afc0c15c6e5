import type { ControlPlaneTotals } from '../../core/sizing/sizing';
import { useI18n } from '../../i18n/i18n';
import { Figure } from '../shared/figure';

export function TotalsCard({ totals, servers }: { totals: ControlPlaneTotals; servers: number }) {
  const { m, f } = useI18n();
  return (
    <section className="card card--total" aria-labelledby="card-totals" data-testid="totals-card">
      <h3 id="card-totals" className="card__title">
        {m.results.totals.title}
      </h3>
      <Figure vcpu={totals.vcpu} memoryMiB={totals.memoryMiB} vcpuOrMore={totals.vcpuOrMore} />
      <p className="card__basis">
        {m.results.totals.parts({ servers, hasDatabase: totals.parts.some((p) => p.role === 'database') }, f)}
      </p>
    </section>
  );
}
