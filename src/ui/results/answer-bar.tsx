import { countBySeverity } from '../../core/findings/finding';
import type { PlanResult } from '../../core/plan/compute-plan';
import { useI18n } from '../../i18n/i18n';
import { agentFigure } from './agent-figure';

/**
 * On a phone the form fills several screens above the answer: this bar keeps each role's size and
 * the findings' counts in view while the form is edited, and one tap reaches the cards or the
 * findings. Hidden on wider screens (the answer sits beside the form) and in print.
 */
export function AnswerBar({ result }: { result: PlanResult }) {
  const { m, f } = useI18n();
  const { server, agent, database } = result.sizing;
  const r = m.results;
  const size = (x: { vcpu: number; memoryMiB: number; vcpuOrMore?: boolean }) =>
    `${f.vcpu(x.vcpu, x.vcpuOrMore)}${m.punctuation.comma}${f.memory(x.memoryMiB)}`;
  return (
    <nav className="answer-bar" aria-label={m.nav.answer} data-testid="answer-bar">
      <a href="#sizing" className="answer-bar__sizes">
        <span>
          {r.server.title({ count: server.count }, f)}
          {m.punctuation.colon}
          <strong>{size(server)}</strong>
        </span>
        {agent.count > 0 && (
          <span>
            {r.agent.title({ count: agent.count }, f)}
            {m.punctuation.colon}
            <strong>{size(agentFigure(agent, result.workloads?.inUse ?? null))}</strong>
          </span>
        )}
        {database && (
          <span>
            {r.datastore.external({ datastore: database.datastore })}
            {m.punctuation.colon}
            <strong>{size(database)}</strong>
          </span>
        )}
      </a>
      <a href="#findings-title" className="answer-bar__counts">
        {m.findings.counts(countBySeverity(result.findings), f)}
      </a>
    </nav>
  );
}
