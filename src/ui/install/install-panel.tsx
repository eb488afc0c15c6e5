import type { GeneratedFile } from '../../core/config/files';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';
import { ConfigFiles } from './config-files';
import { FileBlock } from './file-block';
import { InstallOrder } from './install-order';
import { SecretsSection } from './secrets-section';

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
  const config = result.config;
  const script = files.find((file) => file.kind === 'script')?.text ?? '';
  return (
    <section className="install" id="install" aria-labelledby="install-title" tabIndex={-1} data-testid="install-panel">
      <h2 id="install-title" className="panel-title">
        {t.title}
      </h2>
      <p className="card__note">{t.intro}</p>
      <SecretsSection
        rules={rules}
        files={files}
        hasSecrets={hasSecrets}
        onGenerateTokens={onGenerateTokens}
        onForgetTokens={onForgetTokens}
      />
      {config.omitted.length > 0 && (
        <p className="results__stale" role="status">
          {t.omitted({ keys: [...new Set(config.omitted.map((o) => o.key))] }, f)}
        </p>
      )}
      <ConfigFiles config={config} files={files} rules={rules} />
      <p className="card__note">
        <SourceLink source={rules.install.configSource} rules={rules} />
      </p>
      <InstallOrder result={result} rules={rules} />
      <section className="subsection subsection--script" aria-labelledby="script-title" data-testid="install-script">
        <h3 id="script-title" className="subsection__title">
          {t.scriptTitle}
        </h3>
        <p className="card__note">{t.scriptIntro}</p>
        <FileBlock name="install.sh" text={script} type="text/x-shellscript" />
      </section>
      <UninstallSection uninstall={result.install.uninstall} rules={rules} />
    </section>
  );
}

/** How to take K3s off a server or an agent, and the node out of the cluster. */
function UninstallSection({ uninstall, rules }: { uninstall: PlanResult['install']['uninstall']; rules: Rules }) {
  const { m } = useI18n();
  const t = m.install;
  return (
    <section className="subsection" aria-labelledby="uninstall-title">
      <h3 id="uninstall-title" className="subsection__title">
        {t.uninstallTitle}
      </h3>
      <p>{t.uninstallServer}</p>
      <CodeBlock lines={[{ text: uninstall.server }]} what={t.uninstallServer} />
      <p>{t.uninstallAgent}</p>
      <CodeBlock lines={[{ text: uninstall.agent }]} what={t.uninstallAgent} />
      <p>{t.deleteNode}</p>
      <CodeBlock lines={[{ text: uninstall.deleteNode }]} what={t.deleteNode} />
      <p className="card__note">
        <SourceLink source={rules.install.uninstallSource} rules={rules} />
      </p>
    </section>
  );
}
