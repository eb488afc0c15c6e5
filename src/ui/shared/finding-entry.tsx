import type { ReactNode } from 'react';
import type { Severity } from '../../core/findings/finding';
import type { Rules, SourceRef } from '../../core/model/rules';
import type { FindingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { SeverityIcon } from './severity-icon';
import { SourceLink } from './source-link';

/**
 * A finding's words as every list shows them: severity and title, why, what to do, whatever the
 * list adds (the network fixes), then the rule that produced it and its source.
 */
export function FindingEntry({
  severity,
  text,
  ruleId,
  source,
  rules,
  heading: Heading,
  children,
}: {
  severity: Severity;
  text: FindingText;
  ruleId: string;
  source: SourceRef;
  rules: Rules;
  /** The title's level in the page's outline. */
  heading: 'h3' | 'h4';
  children?: ReactNode;
}) {
  const { m } = useI18n();
  return (
    <>
      <Heading className="finding__title">
        <SeverityIcon severity={severity} />
        <span className="finding__severity">{m.findings.severity[severity]}</span>
        <span>{text.title}</span>
      </Heading>
      <p className="finding__why">{text.why}</p>
      <p className="finding__fix">
        <strong>
          {m.findings.whatToDo}
          {m.punctuation.colon.trimEnd()}
        </strong>
        {m.punctuation.colon.endsWith(' ') && ' '}
        {text.fix}
      </p>
      {children}
      <p className="finding__meta">
        <span className="finding__rule">
          {m.findings.rule}
          {m.punctuation.colon}
          <code>{`${rules.id} › ${ruleId}`}</code>
        </span>
        <SourceLink source={source} rules={rules} />
      </p>
    </>
  );
}
