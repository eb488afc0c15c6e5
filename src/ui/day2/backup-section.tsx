import { memo } from 'react';
import type { BackupPlan } from '../../core/day2/backup';
import type { Rules } from '../../core/model/rules';
import type { Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { fileLines } from '../shared/file-lines';
import { SourceLink } from '../shared/source-link';
import { BackupFields, type Day2FieldsProps } from './day2-fields';
import type { Day2Files } from './day2-files';
import { Steps } from './day2-steps';
import { DownloadRow } from './download-row';

interface BackupOutputProps {
  backup: BackupPlan;
  rules: Rules;
  t: Day2Texts;
  files: Day2Files;
}

/** Backups and restore: what the datastore's backup is, its fields, and what they produce. */
export function BackupSection({ fieldProps, ...output }: BackupOutputProps & { fieldProps: Day2FieldsProps }) {
  const { f } = useI18n();
  const { backup: b, t } = output;
  return (
    <section className="subsection day2__section" aria-labelledby="day2-backup-title" data-testid="day2-backup">
      <h3 id="day2-backup-title" className="subsection__title">
        {t.backup.title}
      </h3>
      <p>{t.backup.kind[b.kind]({ datastore: b.datastore }, f)}</p>
      <BackupFields {...fieldProps} />
      <BackupOutput {...output} />
    </section>
  );
}

/** What the section produces, from the deferred result: re-rendered only when it changes, not on every keystroke. */
const BackupOutput = memo(function BackupOutput({ backup: b, rules, t, files }: BackupOutputProps) {
  const { f } = useI18n();
  const facts = rules.backup;
  return (
    <>
      {b.snapshots && <SnapshotSummary backup={b} t={t} />}
      {b.snapshots && <DropInFile backup={b} rules={rules} t={t} files={files} />}

      <h4 className="subsection__title">{t.backup.backupTitle}</h4>
      <Steps steps={b.backupSteps} t={t} testId="day2-backup-steps" />

      <h4 className="subsection__title" id="day2-restore-title">
        {t.backup.restoreTitle}
      </h4>
      <Steps steps={b.restoreSteps} t={t} testId="day2-restore-steps" />
      {b.kind === 'etcd-snapshots' && facts && (
        <ul className="day2__notes">
          <li>{t.backup.resetFlag({ file: facts.restore.resetFlagFile }, f)}</li>
          <li>{t.backup.newHosts}</li>
          <li>{t.backup.sameOrNewer}</li>
        </ul>
      )}
      <TokenNote backup={b} rules={rules} t={t} />
      <BackupSources backup={b} rules={rules} />
    </>
  );
});

/** The snapshots as planned: schedule, retention, directory, the S3 copy, and the disk they need. */
function SnapshotSummary({ backup: b, t }: { backup: BackupPlan; t: Day2Texts }) {
  const { f } = useI18n();
  const s = b.snapshots;
  if (!s) return null;
  return (
    <div className="day2__facts" data-testid="snapshot-summary">
      <p>
        {s.enabled
          ? t.backup.snapshotsOn({ schedule: s.schedule, retention: s.retention, directory: s.directory }, f)
          : t.backup.snapshotsOff}
      </p>
      {s.s3 && <p>{t.backup.s3Target(s.s3, f)}</p>}
      {b.disk && (
        <p>
          {t.backup.disk(
            {
              neededMiB: b.disk.neededMiB,
              atMaxMiB: b.disk.neededAtSuggestedMaxMiB,
              retention: b.disk.retention,
              withDatabase: b.disk.withDatabase,
              quotaMiB: b.disk.quotaMiB,
              maxQuotaMiB: b.disk.suggestedMaxQuotaMiB,
            },
            f,
          )}
          {b.disk.diskGiB !== null && b.disk.fits !== null && (
            <> {t.backup.diskGiven({ diskGiB: b.disk.diskGiB, fits: b.disk.fits }, f)}</>
          )}
        </p>
      )}
    </div>
  );
}

/** The drop-in file for every server with the settings that differ from K3s's defaults, or why there is none. */
function DropInFile({ backup: b, rules, t, files }: BackupOutputProps) {
  const { f } = useI18n();
  const s = b.snapshots;
  const dropIn = b.dropIn ? files.find((x) => x.kind === 'drop-in') : undefined;
  return (
    <section className="day2__file" aria-labelledby="day2-dropin-title" data-testid="day2-drop-in">
      <h4 id="day2-dropin-title" className="subsection__title">
        {t.backup.dropInTitle({ file: b.dropIn?.file.fileName ?? 'etcd-snapshots.yaml' }, f)}
      </h4>
      {b.dropIn && dropIn ? (
        <>
          <p className="card__note">{t.backup.dropInIntro({ path: b.dropIn.path }, f)}</p>
          <CodeBlock lines={fileLines(dropIn.text)} what={dropIn.name} testId="drop-in-file" />
          <DownloadRow name={dropIn.name} text={dropIn.text} t={t} />
          {s?.s3 && rules.backup && (
            <p className="card__note">
              {t.backup.credentials({ accessKeyEnv: s.s3.accessKeyEnv, secretKeyEnv: s.s3.secretKeyEnv }, f)}
            </p>
          )}
        </>
      ) : (
        <p className="card__note">{t.backup.dropInNone}</p>
      )}
    </section>
  );
}

/** Why the server token goes with every backup, and how rotating it changes that. */
function TokenNote({ backup: b, rules, t }: { backup: BackupPlan; rules: Rules; t: Day2Texts }) {
  const { f, m } = useI18n();
  const facts = rules.backup;
  return (
    <section className="day2__token" aria-labelledby="day2-token-title" data-testid="day2-token">
      <h4 id="day2-token-title" className="subsection__title">
        {t.backup.tokenTitle}
      </h4>
      <p>{t.backup.tokenWhy({ file: b.tokenFile }, f)}</p>
      <p className="card__note">{t.backup.tokenRotation}</p>
      {facts && (
        <p className="card__note">
          <SourceLink source={facts.token.source} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.token.whySource} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.token.rotationSource} rules={rules} />
        </p>
      )}
    </section>
  );
}

/** The sources of the backup plan; for etcd snapshots, also of the restore and the snapshot flags. */
function BackupSources({ backup: b, rules }: { backup: BackupPlan; rules: Rules }) {
  const { m } = useI18n();
  const facts = rules.backup;
  return (
    <p className="card__note">
      <SourceLink source={b.source} rules={rules} />
      {facts && b.kind === 'etcd-snapshots' && (
        <>
          {m.punctuation.separator}
          <SourceLink source={facts.restore.source} rules={rules} />
          {m.punctuation.separator}
          <SourceLink source={facts.snapshots.flagsSource} rules={rules} />
        </>
      )}
    </p>
  );
}
