import type { AnyFinding } from '../../core/findings/finding';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { SeverityIcon } from '../shared/severity-icon';
import { findingAnchor } from '../results/finding-anchor';

/** Errors and warnings about one field, linked to their full text in the findings list. */
export function FieldFindings({ id, findings }: { id: string; findings: readonly AnyFinding[] }) {
  const { m, f } = useI18n();
  const shown = findings.filter((x) => x.severity !== 'info');
  if (shown.length === 0) return null;
  return (
    <ul className="field-findings" id={id} aria-label={m.form.findingsHere({ count: shown.length }, f)}>
      {shown.map((x) => {
        return (
          <li key={findingAnchor(x)} className={`field-findings__item field-findings__item--${x.severity}`}>
            <SeverityIcon severity={x.severity} />
            <a href={`#${findingAnchor(x)}`}>{findingText(m.findings.messages, x, f).title}</a>
          </li>
        );
      })}
    </ul>
  );
}
