import type { ConfigPlan } from '../../core/config/config-files';
import type { GeneratedFile } from '../../core/config/files';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { FileBlock } from './file-block';

interface ConfigFilesProps {
  config: ConfigPlan;
  /** The plan's files in the page's language, with tokens if the page holds any. */
  files: readonly GeneratedFile[];
  rules: Rules;
}

/** config.yaml per role, and registries.yaml when the embedded registry is on: each in full, with its download. */
export function ConfigFiles({ config, files, rules }: ConfigFilesProps) {
  const { m } = useI18n();
  const t = m.install;
  const texts = files.flatMap((file) =>
    file.kind === 'config' && file.role !== null
      ? [{ file: { role: file.role, fileName: file.name }, text: file.text }]
      : [],
  );
  const registries = files.find((file) => file.kind === 'registries') ?? null;
  return (
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
          <FileBlock name={file.fileName} text={text} type="application/yaml" />
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
          <FileBlock name={registries.name} text={registries.text} type="application/yaml" />
        </section>
      )}
    </div>
  );
}
