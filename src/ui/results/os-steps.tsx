import type { PlanInput } from '../../core/model/plan-input';
import type { NetworkResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';

interface OsStepsProps {
  steps: NetworkResult['osSteps'];
  host: PlanInput['host'];
  rules: Rules;
}

/** Preparing the operating system: each step's why, commands and source, and where the seeds word it differently. */
export function OsSteps({ steps, host, rules }: OsStepsProps) {
  const { m } = useI18n();
  const n = m.network;
  return (
    <section className="subsection" aria-labelledby="os-title" data-testid="os-steps">
      <h3 id="os-title" className="subsection__title">
        {n.osTitle}
      </h3>
      <p className="card__note">{n.osIntro({ os: host.os, version: host.osVersion })}</p>
      {steps.length === 0 ? (
        <p>{n.osNone}</p>
      ) : (
        <ol className="os-steps">
          {steps.map((step, i) => (
            <li key={`${step.id}-${String(i)}`} data-step={step.id}>
              <h4 className="ports__title">
                {n.osSteps[step.id].title}
                {step.conditional && <span className="trait trait--creation">{n.osConditional}</span>}
              </h4>
              <p className="card__note">{n.osSteps[step.id].why}</p>
              <CodeBlock lines={step.commands.map((text) => ({ text }))} what={n.osSteps[step.id].title} />
              <p className="card__note">
                <SourceLink source={step.source} rules={rules} />
              </p>
              {step.seedWording && (
                <div className="os-steps__seed" data-testid={`os-seed-${step.id}`}>
                  <p className="card__note">{n.osSeedWording}</p>
                  <pre className="os-steps__seed-commands">{step.seedWording.commands.join('\n')}</pre>
                  <p className="card__note">
                    <SourceLink source={step.seedWording.source} rules={rules} />
                  </p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
