import type { UrlNotice } from '../../url/plan-url';
import { useI18n } from '../../i18n/i18n';

/** What the app ignored or replaced in the link it was opened with. Quiet, dismissible, never blocking. */
export function UrlNotices({
  notices,
  onDismiss,
  onStartOver,
}: {
  notices: readonly UrlNotice[];
  onDismiss: () => void;
  onStartOver: () => void;
}) {
  const { m, f } = useI18n();
  if (notices.length === 0) return null;
  const text = (n: UrlNotice): string => {
    switch (n.kind) {
      case 'restored':
        return m.notices.restored;
      case 'unknown-params':
        return m.notices.unknownParams({ names: n.names }, f);
      case 'invalid-param':
        return m.notices.invalidParam({ name: n.name, value: n.value });
      case 'newer-format':
        return m.notices.newerFormat({ version: n.version });
    }
  };
  return (
    <aside className="notices" aria-labelledby="notices-title" data-testid="url-notices">
      <h2 id="notices-title" className="notices__title">
        {m.notices.title}
      </h2>
      <ul>
        {notices.map((n) => (
          <li key={text(n)}>{text(n)}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--small button--secondary" onClick={onDismiss}>
          {m.notices.dismiss}
        </button>
        {notices.some((n) => n.kind === 'restored') && (
          <button type="button" className="button button--small button--secondary" onClick={onStartOver}>
            {m.notices.startOver}
          </button>
        )}
      </div>
    </aside>
  );
}
