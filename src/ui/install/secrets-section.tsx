import type { GeneratedFile } from '../../core/config/files';
import type { Rules } from '../../core/model/rules';
import { downloadBlob } from '../../export/download';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';

interface SecretsSectionProps {
  rules: Rules;
  /** Every file of the plan, for the zip. */
  files: readonly GeneratedFile[];
  hasSecrets: boolean;
  onGenerateTokens: () => void;
  onForgetTokens: () => void;
}

/** Whether the files hold tokens or placeholders, the buttons that change it, and the zip of every file. */
export function SecretsSection({ rules, files, hasSecrets, onGenerateTokens, onForgetTokens }: SecretsSectionProps) {
  const { m } = useI18n();
  const t = m.install;
  const downloadAll = async () => {
    const { zipFiles } = await import('../../export/zip');
    const zip = zipFiles(files.map((file) => ({ name: file.name, text: file.text, mode: file.mode })));
    downloadBlob('k3s-config.zip', new Blob([zip.slice().buffer], { type: 'application/zip' }));
  };
  return (
    <section
      className={`subsection subsection--secrets${hasSecrets ? ' subsection--ok' : ''}`}
      aria-labelledby="secrets-title"
    >
      <h3 id="secrets-title" className="subsection__title">
        {t.secretsTitle}
      </h3>
      <p className="card__note" role="status">
        {hasSecrets ? t.secretsGenerated : t.secretsPlaceholder}
      </p>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={onGenerateTokens}>
          {t.generateTokens}
        </button>
        {hasSecrets && (
          <button type="button" className="button button--small button--secondary" onClick={onForgetTokens}>
            {t.forgetTokens}
          </button>
        )}
        <button type="button" className="button button--small button--secondary" onClick={() => void downloadAll()}>
          {t.downloadAll}
        </button>
      </div>
      <p className="card__note">
        <SourceLink source={rules.install.tokenSource} rules={rules} />
      </p>
    </section>
  );
}
