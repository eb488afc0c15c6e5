import { downloadText } from '../../export/download';
import type { Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';

/** A row with one button that downloads a YAML file exactly as shown above it. */
export function DownloadRow({ name, text, t }: { name: string; text: string; t: Day2Texts }) {
  const { f } = useI18n();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          downloadText(name, text, 'application/yaml');
        }}
      >
        {t.upgrade.download({ file: name }, f)}
      </button>
    </div>
  );
}
