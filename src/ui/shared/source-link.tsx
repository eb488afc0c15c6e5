import type { Rules, SourceRef } from '../../core/model/rules';
import { resolveSource } from '../../core/model/rules-lookup';
import { useI18n } from '../../i18n/i18n';

interface SourceLinkProps {
  source: SourceRef;
  rules: Pick<Rules, 'sources'>;
  /** Leading label ("Source"); hidden when the context already says it. */
  withLabel?: boolean;
  /** Only the linked title, with the section as its tooltip: for tables. */
  compact?: boolean;
}

/** "Source: K3s Requirements › Server Sizing Guide (revision read, as of …)" with live and permanent links. */
export function SourceLink({ source, rules, withLabel = true, compact = false }: SourceLinkProps) {
  const { m, f } = useI18n();
  const s = resolveSource(source, rules);
  if (compact) {
    return (
      <a className="source source--compact" href={s.url} target="_blank" rel="noopener noreferrer" title={s.section}>
        {s.title}
      </a>
    );
  }
  return (
    <span className="source">
      {withLabel && (
        <span className="source__label">
          {m.source.label}
          {m.punctuation.colon}
        </span>
      )}
      <a href={s.url} target="_blank" rel="noopener noreferrer">
        {s.title}
      </a>
      <span className="source__section"> › {s.section}</span>
      {(s.permalink ?? s.date) !== null && (
        <span className="source__meta">
          {m.punctuation.open}
          {s.permalink !== null && (
            <a href={s.permalink} target="_blank" rel="noopener noreferrer">
              {m.source.revision}
            </a>
          )}
          {s.permalink !== null && s.date !== null && m.punctuation.comma}
          {s.date !== null && m.source.asOf({ date: s.date }, f)}
          {m.punctuation.close}
        </span>
      )}
    </span>
  );
}
