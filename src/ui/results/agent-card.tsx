import type { ChosenShape } from '../../core/workloads/plan-workloads';
import type { Rules } from '../../core/model/rules';
import type { AgentSizing } from '../../core/sizing/sizing';
import { useI18n } from '../../i18n/i18n';
import { Figure } from '../shared/figure';
import { SourceLink } from '../shared/source-link';
import { agentFigure } from './agent-figure';
import { MeasuredOverhead } from './measured-overhead';

/** With workload planning, `shape` is the agent shape it chose: the card then shows that machine. */
export function AgentCard({
  agent,
  rules,
  shape = null,
}: {
  agent: AgentSizing;
  rules: Rules;
  shape?: ChosenShape | null;
}) {
  const { m, f } = useI18n();
  const r = m.results.agent;
  const { minimum, recommended, scope } = agent.baseline;
  return (
    <section className="card" aria-labelledby="card-agent" data-testid="agent-card">
      <h3 id="card-agent" className="card__title">
        {r.title({ count: agent.count }, f)}
      </h3>
      {agent.count === 0 ? (
        <p className="card__basis">{r.none}</p>
      ) : (
        <>
          <Figure {...agentFigure(agent, shape)} />
          <p className="card__basis">
            {shape ? r.fromWorkloads({ shape: shape.id }) : r.plusWorkloads({ recommended: recommended !== null })}
          </p>
        </>
      )}
      {scope === 'every-node' && <p className="card__note">{r.everyNode}</p>}
      <dl className="facts">
        <div>
          <dt>{m.results.server.minimum}</dt>
          <dd>
            {m.results.coreCount({ vcpu: minimum.vcpu }, f)}, {f.memory(minimum.memoryMiB)}
          </dd>
        </div>
        {recommended !== null && (
          <div>
            <dt>{m.results.server.recommended}</dt>
            <dd>
              {m.results.coreCount({ vcpu: recommended.vcpu }, f)}, {f.memory(recommended.memoryMiB)}
            </dd>
          </div>
        )}
        <MeasuredOverhead measured={agent.measured} />
      </dl>
      <ul className="card__sources">
        <li>
          <SourceLink source={agent.baseline.source} rules={rules} />
        </li>
        <li>
          <SourceLink source={agent.measured.source} rules={rules} />
        </li>
      </ul>
    </section>
  );
}
