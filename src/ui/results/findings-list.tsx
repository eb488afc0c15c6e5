import { countBySeverity, findingFixes, type AnyFinding } from '../../core/findings/finding';
import type { NetworkFix } from '../../core/network/fixes';
import type { Rules } from '../../core/model/rules';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { FindingEntry } from '../shared/finding-entry';
import { findingAnchor } from './finding-anchor';
import { useAppReady, useAppStage } from '../shared/use-app-ready';

/** Every finding with its severity, reason, remedy, the rule that produced it and its source. */
export function FindingsList({
  findings,
  rules,
  onApplyFix,
}: {
  findings: readonly AnyFinding[];
  rules: Rules;
  onApplyFix: (fix: NetworkFix) => void;
}) {
  const showList = useAppStage('rest');
  const { m, f } = useI18n();
  const counts = countBySeverity(findings);
  return (
    <section className="findings" aria-labelledby="findings-title">
      <div className="findings__head">
        <h2 id="findings-title" className="panel-title">
          {m.findings.title}
        </h2>
        <p className="findings__counts" aria-live="polite" data-testid="findings-counts">
          {m.findings.counts(counts, f)}
        </p>
      </div>
      {findings.length === 0 ? (
        <p>{m.findings.none}</p>
      ) : !showList ? null : (
        <ol className="findings__list">
          {findings.map((x) => {
            const text = findingText(m.findings.messages, x, f);
            return (
              <li
                key={findingAnchor(x)}
                id={findingAnchor(x)}
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
                  heading="h3"
                >
                  <NetworkFixes fixes={findingFixes(x)} onApplyFix={onApplyFix} />
                </FindingEntry>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The fixes a network finding offers: each with the flags it sets and a button that applies it to the plan. */
function NetworkFixes({ fixes, onApplyFix }: { fixes: readonly NetworkFix[]; onApplyFix: (fix: NetworkFix) => void }) {
  const appReady = useAppReady();
  const { m, f } = useI18n();
  if (fixes.length === 0) return null;
  return (
    <div className="fixes">
      <h4 className="fixes__title">{m.fixes.title}</h4>
      <ul className="fixes__list">
        {fixes.map((fix) => {
          const description = m.fixes.describe(fix, f);
          return (
            <li key={fix.flags.join(' ')} className="fix" data-fix={fix.kind}>
              <p className="fix__text">{description}</p>
              <code className="fix__flags">{fix.flags.join(' ')}</code>
              <button
                disabled={!appReady}
                type="button"
                className="button button--small"
                aria-label={m.fixes.applyLabel({ text: description })}
                onClick={() => {
                  onApplyFix(fix);
                }}
              >
                {m.fixes.apply}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
