import { useState } from 'react';
import type { GeneratedFile } from '../../core/config/files';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { downloadBlob, downloadText } from '../../export/download';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';

interface InstallPanelProps {
  result: PlanResult;
  rules: Rules;
  /** The plan's files in the page's language (src/core/plan/plan-files.ts), with tokens if the page holds any. */
  files: readonly GeneratedFile[];
  /** Whether the files carry tokens generated here (held in memory only, never in the link or storage). */
  hasSecrets: boolean;
  onGenerateTokens: () => void;
  onForgetTokens: () => void;
}

/**
 * config.yaml per role, install commands in order, install.sh and the uninstall steps. Loaded
 * on demand with the YAML library; the files use placeholders unless tokens were generated here.
 */
export default function InstallPanel({
  result,
  rules,
  files,
  hasSecrets,
  onGenerateTokens,
  onForgetTokens,
}: InstallPanelProps) {
  const { m, f } = useI18n();
  const t = m.install;
  const [mode, setMode] = useState<'config' | 'flags'>('config');
  const config = result.config;
  const texts = files.flatMap((file) =>
    file.kind === 'config' && file.role !== null
      ? [{ file: { role: file.role, fileName: file.name }, text: file.text }]
      : [],
  );
  const registries = files.find((file) => file.kind === 'registries') ?? null;
  const script = files.find((file) => file.kind === 'script')?.text ?? '';

  const downloadAll = async () => {
    const { zipFiles } = await import('../../export/zip');
    const zip = zipFiles(files.map((file) => ({ name: file.name, text: file.text, mode: file.mode })));
    downloadBlob('k3s-config.zip', new Blob([zip.slice().buffer], { type: 'application/zip' }));
  };

  const roles = result.install.roles;
  const otherServers = result.input.cluster.servers - 1;
  const agents = result.input.cluster.agents;
  const batches = result.install.agentBatches;

  return (
    <section className="install" id="install" aria-labelledby="install-title" tabIndex={-1} data-testid="install-panel">
      <h2 id="install-title" className="panel-title">
        {t.title}
      </h2>
      <p className="card__note">{t.intro}</p>

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

      {config.omitted.length > 0 && (
        <p className="results__stale" role="status">
          {t.omitted({ keys: [...new Set(config.omitted.map((o) => o.key))] }, f)}
        </p>
      )}

      <div className="config-files">
        {texts.map(({ file, text }) => (
          <section
            key={file.role}
            className="subsection"
            aria-labelledby={`file-${file.role}`}
            data-testid={`config-${file.role}`}
          >
            <h3 id={`file-${file.role}`} className="subsection__title">
              {t.roles[file.role]}
              {m.punctuation.colon}
              <code>{file.fileName}</code>
            </h3>
            <p className="card__note">{t.roleNote[file.role]}</p>
            <CodeBlock
              lines={text
                .trimEnd()
                .split('\n')
                .map((line) => ({ text: line }))}
              what={file.fileName}
            />
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                downloadText(file.fileName, text, 'application/yaml');
              }}
            >
              {t.download({ file: file.fileName })}
            </button>
          </section>
        ))}
        {registries && config.registries && (
          <section className="subsection" aria-labelledby="file-registries" data-testid="config-registries">
            <h3 id="file-registries" className="subsection__title">
              {t.registriesTitle}
              {m.punctuation.colon}
              <code>{registries.name}</code>
            </h3>
            <p className="card__note">
              {config.registries.embedded && `${t.registriesNote({ wildcard: config.registries.wildcard })} `}
              <SourceLink source={config.registries.source} rules={rules} />
            </p>
            <CodeBlock
              lines={registries.text
                .trimEnd()
                .split('\n')
                .map((line) => ({ text: line }))}
              what={registries.name}
            />
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                downloadText(registries.name, registries.text, 'application/yaml');
              }}
            >
              {t.download({ file: registries.name })}
            </button>
          </section>
        )}
      </div>
      <p className="card__note">
        <SourceLink source={rules.install.configSource} rules={rules} />
      </p>

      <section className="subsection" aria-labelledby="order-title" data-testid="install-order">
        <h3 id="order-title" className="subsection__title">
          {t.orderTitle}
        </h3>
        <div className="segmented" role="radiogroup" aria-label={t.orderTitle}>
          {(['config', 'flags'] as const).map((value) => (
            <label key={value} className={`segmented__option${mode === value ? ' segmented__option--on' : ''}`}>
              <input
                type="radio"
                name="install-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                }}
              />
              {value === 'config' ? t.withConfig : t.withFlags}
            </label>
          ))}
        </div>
        <ol className="install-steps">
          <li>
            <a href="#network">{t.stepPrepare}</a>
          </li>
          {roles.map((role) => (
            <li key={role.role}>
              <p>
                {role.role === 'server-init'
                  ? t.stepFirst
                  : role.role === 'server'
                    ? t.stepServers({ count: otherServers }, f)
                    : batches
                      ? t.stepAgentsBatches({ count: agents, ...batches }, f)
                      : t.stepAgents({ count: agents }, f)}
              </p>
              {role.nodeName !== null && <p className="card__note">{t.nodeNameNote({ name: role.nodeName })}</p>}
              <CodeBlock
                lines={(mode === 'config' ? role.withConfig : [...role.flagsPrepare, role.withFlags]).map((text) => ({
                  text,
                }))}
                what={`${t.roles[role.role]}${m.punctuation.open}${mode === 'config' ? t.withConfig : t.withFlags}${m.punctuation.close}`}
                testId={`install-${role.role}`}
              />
              {role.role === 'server-init' && (
                <>
                  <p>{t.stepWait}</p>
                  <CodeBlock lines={[{ text: result.install.waitReady }]} what={t.stepWait} />
                </>
              )}
            </li>
          ))}
        </ol>
        <p className="card__note">
          <SourceLink source={rules.install.scriptSource} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={rules.install.joinSource} rules={rules} />
        </p>
      </section>

      <section className="subsection subsection--script" aria-labelledby="script-title" data-testid="install-script">
        <h3 id="script-title" className="subsection__title">
          {t.scriptTitle}
        </h3>
        <p className="card__note">{t.scriptIntro}</p>
        <CodeBlock
          lines={script
            .trimEnd()
            .split('\n')
            .map((text) => ({ text }))}
          what="install.sh"
        />
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            downloadText('install.sh', script, 'text/x-shellscript');
          }}
        >
          {t.download({ file: 'install.sh' })}
        </button>
      </section>

      <section className="subsection" aria-labelledby="uninstall-title">
        <h3 id="uninstall-title" className="subsection__title">
          {t.uninstallTitle}
        </h3>
        <p>{t.uninstallServer}</p>
        <CodeBlock lines={[{ text: result.install.uninstall.server }]} what={t.uninstallServer} />
        <p>{t.uninstallAgent}</p>
        <CodeBlock lines={[{ text: result.install.uninstall.agent }]} what={t.uninstallAgent} />
        <p>{t.deleteNode}</p>
        <CodeBlock lines={[{ text: result.install.uninstall.deleteNode }]} what={t.deleteNode} />
        <p className="card__note">
          <SourceLink source={rules.install.uninstallSource} rules={rules} />
        </p>
      </section>
    </section>
  );
}
