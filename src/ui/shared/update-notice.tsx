import type { Locale } from '../../i18n/types';
import { UPDATE_TEXTS } from '../../i18n/update-text';
import './update-notice.css';

/**
 * The polite notice that a new version of the app is ready, with Reload and Later. The live region
 * is there from the start (empty), so screen readers announce the notice when it fills; focus stays
 * where the reader is. Rendered in a root of its own by src/app/service-worker.ts.
 */
export function UpdateNotice({
  locale,
  shown,
  reloading,
  onReload,
  onDismiss,
}: {
  locale: Locale;
  shown: boolean;
  reloading: boolean;
  onReload: () => void;
  onDismiss: () => void;
}) {
  const t = UPDATE_TEXTS[locale];
  return (
    <div role="status" className="update-offer" data-testid="update-offer">
      {shown && (
        <section className="update-notice" aria-labelledby="update-notice-title" data-testid="update-notice">
          <h2 id="update-notice-title" className="update-notice__title">
            {t.title}
          </h2>
          <p>{t.body}</p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={onReload} disabled={reloading}>
              {reloading ? t.reloading : t.reload}
            </button>
            {!reloading && (
              <button type="button" className="button button--small button--secondary" onClick={onDismiss}>
                {t.later}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
