import { countBySeverity, type AnyFinding } from '../../core/findings/finding';
import type { Rules } from '../../core/rules/schema';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { SeverityIcon } from '../shared/severity-icon';
import { SourceLink } from '../shared/source-link';
import { findingAnchor } from './finding-anchor';

/** Every finding with its severity, reason, remedy, the rule that produced it and its source. */
export function FindingsList({ findings, rules }: { findings: readonly AnyFinding[]; rules: Rules }) {
  const { m, f } = useI18n();
  const counts = countBySeverity(findings);
  return (
    <section className="findings" aria-labelledby="findings-title">
      <div className="findings__head">
        <h2 id="findings-title" className="panel-title">
          {m.findings.title}
        </h2>
        <p className="findings__counts" aria-live="polite" data-testid="findings-counts">
          {m.findings.counts(counts)}
        </p>
      </div>
      {findings.length === 0 ? (
        <p>{m.findings.none}</p>
      ) : (
        <ol className="findings__list">
          {findings.map((x) => {
            const text = findingText(m.findings.messages, x, f);
            return (
              <li key={findingAnchor(x)} id={findingAnchor(x)} className={`finding finding--${x.severity}`} data-code={x.code} data-severity={x.severity} tabIndex={-1}>
                <h3 className="finding__title">
                  <SeverityIcon severity={x.severity} />
                  <span className="finding__severity">{m.findings.severity[x.severity]}</span>
                  <span>{text.title}</span>
                </h3>
                <p className="finding__why">{text.why}</p>
                <p className="finding__fix">
                  <strong>{m.findings.whatToDo}:</strong> {text.fix}
                </p>
                <p className="finding__meta">
                  <span className="finding__rule">
                    {m.findings.rule}: <code>{`${rules.id} › ${x.ruleId}`}</code>
                  </span>
                  <SourceLink source={x.source} rules={rules} />
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
