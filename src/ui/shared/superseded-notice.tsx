import type { RulesCorrectionId } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SUPERSEDED_TEXTS } from '../../i18n/superseded-text';

/**
 * A plan that pins a rules file a newer one corrects: it opens as it was made (a link reproduces its
 * answer), and says what the newer file corrects, with one button to plan with it instead.
 */
export default function SupersededNotice({
  rulesId,
  newer,
  corrections,
  onUseNewer,
}: {
  rulesId: string;
  newer: string;
  corrections: readonly RulesCorrectionId[];
  onUseNewer: () => void;
}) {
  const { locale } = useI18n();
  const s = SUPERSEDED_TEXTS[locale];
  return (
    <aside className="notices notices--warning" aria-labelledby="superseded-title" data-testid="superseded-notice">
      <h2 id="superseded-title" className="notices__title">
        {s.title({ rulesId, newer })}
      </h2>
      <p>{s.intro({ rulesId, newer })}</p>
      <ul>
        {corrections.map((c) => (
          <li key={c}>{s.corrections[c]}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={onUseNewer}>
          {s.useNewer({ newer })}
        </button>
      </div>
    </aside>
  );
}
