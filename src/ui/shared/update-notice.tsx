import type { Locale } from '../../i18n/types';
import { UPDATE_TEXTS } from '../../i18n/update-text';
import './update-notice.css';

/**
 * The polite notice that a new version of the app is ready, with Reload and Later. It is rendered
 * into a live region (role="status") that src/app/service-worker.tsx puts in the page, empty, at
 * start-up, so screen readers announce the notice when it comes; focus stays where the reader is.
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
  if (!shown) return null;
  return (
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
  );
}
