import { RulesLoadError } from '../../data/rules-query';
import { useI18n } from '../../i18n/i18n';

export function RulesLoading() {
  const { m } = useI18n();
  return (
    <p className="status" role="status" aria-live="polite">
      {m.rules.loading}
    </p>
  );
}

interface RulesErrorProps {
  error: unknown;
  onRetry?: () => void;
  onUseDefault?: () => void;
}

/** A rules file that could not be used: what failed, the validation details, and the ways out. */
export function RulesLoadErrorPanel({ error, onRetry, onUseDefault }: RulesErrorProps) {
  const { m } = useI18n();
  const e =
    error instanceof RulesLoadError
      ? error
      : new RulesLoadError('network', '?', error instanceof Error ? error.message : null);
  const k = m.rules.errorKinds;
  const message = {
    network: () => k.network({ file: e.file }),
    http: () => k.http({ file: e.file, status: e.status ?? 0 }),
    json: () => k.json({ file: e.file }),
    schema: () => k.schema({ file: e.file }),
    unknown: () => k.unknown({ file: e.file }),
    index: () => k.index(),
  }[e.kind]();
  return (
    <section className="rules-error" role="alert" aria-labelledby="rules-error-title" data-testid="rules-error">
      <h2 id="rules-error-title">{m.rules.errorTitle}</h2>
      <p>{message}</p>
      {e.detail !== null && (e.kind === 'schema' || e.kind === 'index' || e.kind === 'json') && (
        <pre className="rules-error__detail">{e.detail}</pre>
      )}
      <div className="rules-error__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {m.rules.retry}
          </button>
        )}
        {onUseDefault && (
          <button type="button" className="button button--secondary" onClick={onUseDefault}>
            {m.rules.useDefault}
          </button>
        )}
      </div>
    </section>
  );
}
