import type { Day2Result } from '../../core/day2/day2';
import type { Rules } from '../../core/model/rules';
import { day2FindingText, type Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import { FindingEntry } from '../shared/finding-entry';
import { day2FindingAnchor } from './day2-anchor';

interface Day2FindingsProps {
  findings: Day2Result['findings'];
  rules: Rules;
  t: Day2Texts;
}

/** Day 2's own findings, apart from the plan's list, each with its rule and source. */
export function Day2Findings({ findings, rules, t }: Day2FindingsProps) {
  const { f } = useI18n();
  return (
    <section className="subsection" aria-labelledby="day2-findings-title" data-testid="day2-findings">
      <h3 id="day2-findings-title" className="subsection__title">
        {t.findingsTitle}
      </h3>
      {findings.length === 0 ? (
        <p className="card__note">{t.noFindings}</p>
      ) : (
        <ol className="findings__list">
          {findings.map((x) => {
            const text = day2FindingText(t.findings, x, f);
            return (
              // The entry is a div in a plain li: \`li.finding\` stays the plan's own list.
              <li key={day2FindingAnchor(x)}>
                <div
                  id={day2FindingAnchor(x)}
                  className={`finding finding--${x.severity}`}
                  data-code={x.code}
                  data-severity={x.severity}
                  tabIndex={-1}
                >
                  <FindingEntry
                    severity={x.severity}
                    text={text}
                    ruleId={x.ruleId}
                    source={x.source}
                    rules={rules}
                    heading="h4"
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
