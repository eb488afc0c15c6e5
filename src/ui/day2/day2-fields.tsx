import type { AnyDay2Finding } from '../../core/findings/finding';
import {
  BACKUP_LIMITS,
  BackupInputSchema,
  UpgradeInputSchema,
  type BackupInput,
  type PlanField,
  type PlanInput,
  type UpgradeInput,
} from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import type { Day2Texts } from '../../i18n/day2-text';
import { day2FindingText } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { checkboxProps, countProps, textProps } from '../form/bind-fields';
import { CheckboxField } from '../form/checkbox-field';
import { CountField } from '../form/count-field';
import { bindPlanPart } from '../form/plan-section';
import { TextField } from '../form/text-field';
import { SeverityIcon } from '../shared/severity-icon';
import { day2FindingAnchor } from './day2-anchor';

export interface Day2FieldsProps {
  plan: PlanInput;
  rules: Rules;
  findings: readonly AnyDay2Finding[];
  t: Day2Texts;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** The day-2 findings about a group of fields, linked to their entries in the panel's list. */
export function Day2FieldFindings({
  findings,
  fields,
  t,
}: {
  findings: readonly AnyDay2Finding[];
  fields: readonly PlanField[];
  t: Day2Texts;
}) {
  const { m, f } = useI18n();
  const shown = findings.filter((x) => x.severity !== 'info' && fields.some((field) => x.fields.includes(field)));
  if (shown.length === 0) return null;
  return (
    <ul className="field-findings" aria-label={m.form.findingsHere({ count: shown.length }, f)}>
      {shown.map((x) => (
        <li key={day2FindingAnchor(x)} className={`field-findings__item field-findings__item--${x.severity}`}>
          <SeverityIcon severity={x.severity} />
          <a href={`#${day2FindingAnchor(x)}`}>{day2FindingText(t.findings, x, f).title}</a>
        </li>
      ))}
    </ul>
  );
}

const acceptsBackup =
  (field: keyof BackupInput) =>
  (text: string): boolean =>
    BackupInputSchema.shape[field].safeParse(text).success;

type BackupText = 's3Endpoint' | 's3Bucket' | 's3Folder' | 's3Region' | 'directory' | 'schedule';

/** The backup fields' binding, and the props of a backup text field (monospace, as K3s writes it). */
function bindBackup(props: Day2FieldsProps) {
  const fields = props.t.backup.fields;
  const field = bindPlanPart(props, 'backup', { name: (k) => `backup.${k}` });
  const text = (name: BackupText, help: string) => ({
    ...textProps(field(name), { label: fields[name].label, help }, acceptsBackup(name), fields[name].invalid),
    monospace: true,
  });
  return { field, text, fields };
}

const backupAbout = (...names: (keyof BackupInput)[]) => names.map((n): PlanField => `backup.${n}`);

/** Snapshot schedule, retention, directory and disk; the S3 target. Empty fields mean K3s's defaults. */
export function BackupFields(props: Day2FieldsProps) {
  const { plan, rules } = props;
  if (!rules.backup || plan.cluster.datastore !== 'embedded-etcd') return null;
  return (
    <>
      <SnapshotFields {...props} snapshots={rules.backup.snapshots} />
      <S3Fields {...props} s3={rules.backup.s3} />
    </>
  );
}

type BackupFacts = NonNullable<Rules['backup']>;

/** The etcd snapshots: on or off, schedule, retention, directory, and the disk they take. */
function SnapshotFields(props: Day2FieldsProps & { snapshots: BackupFacts['snapshots'] }) {
  const { plan, findings, t, snapshots } = props;
  const { f } = useI18n();
  const { field, text, fields } = bindBackup(props);
  const retention = field('retention');
  return (
    <fieldset className="form-section day2-fields">
      <legend>{t.backup.settingsTitle}</legend>
      <CheckboxField {...checkboxProps(field('snapshots'), fields.snapshots)} />
      <div className="field-row">
        <TextField {...text('schedule', fields.schedule.help({ value: snapshots.scheduleCron }, f))} />
        <TextField
          name={retention.name}
          label={fields.retention.label}
          help={fields.retention.help({ value: String(snapshots.retention) }, f)}
          value={plan.backup.retention === null ? '' : String(plan.backup.retention)}
          accepts={(x) =>
            x === '' || (/^\d{1,7}$/.test(x) && BackupInputSchema.shape.retention.safeParse(Number(x)).success)
          }
          invalidMessage={fields.retention.invalid(BACKUP_LIMITS.retention, f)}
          commit="typing"
          findings={[]}
          onCommit={(x) => {
            retention.set('replace')(x === '' ? null : Number(x));
          }}
          onValidityChange={retention.onValidityChange}
        />
      </div>
      <TextField {...text('directory', fields.directory.help({ value: snapshots.directory }, f))} />
      <CountField {...countProps(field('diskGiB'), fields.diskGiB, BACKUP_LIMITS.diskGiB)} />
      <Day2FieldFindings
        findings={findings}
        fields={backupAbout('snapshots', 'schedule', 'retention', 'directory', 'diskGiB')}
        t={t}
      />
    </fieldset>
  );
}

/** The S3 target for snapshots: on or off, endpoint, bucket, folder, region, TLS verification. */
function S3Fields(props: Day2FieldsProps & { s3: BackupFacts['s3'] }) {
  const { plan, findings, t, s3 } = props;
  const { f } = useI18n();
  const { field, text, fields } = bindBackup(props);
  return (
    <fieldset className="form-section day2-fields">
      <legend>{t.backup.s3Title}</legend>
      <CheckboxField {...checkboxProps(field('s3'), fields.s3)} />
      {plan.backup.s3 && (
        <>
          <div className="field-row">
            <TextField {...text('s3Endpoint', fields.s3Endpoint.help({ value: s3.endpoint }, f))} />
            <TextField {...text('s3Bucket', fields.s3Bucket.help)} />
          </div>
          <div className="field-row">
            <TextField {...text('s3Folder', fields.s3Folder.help)} />
            <TextField {...text('s3Region', fields.s3Region.help({ value: s3.region }, f))} />
          </div>
          <CheckboxField {...checkboxProps(field('s3VerifyTls'), fields.s3VerifyTls)} />
        </>
      )}
      <Day2FieldFindings findings={findings} fields={backupAbout('s3', 's3Bucket', 's3VerifyTls')} t={t} />
    </fieldset>
  );
}

const UPGRADE_SUGGESTIONS = ['stable', 'latest'];

/** From and to, each a channel, a minor version or a release, like the cluster's version field. */
export function UpgradeFields(props: Day2FieldsProps & { resolvedVersion: string }) {
  const { findings, t, resolvedVersion } = props;
  const { f } = useI18n();
  const fields = t.upgrade.fields;
  const field = bindPlanPart(props, 'upgrade', { name: (k) => `upgrade.${k}` });
  const version = (name: keyof UpgradeInput, help: string) => ({
    ...textProps(
      field(name),
      { label: fields[name].label, help },
      (x) => UpgradeInputSchema.shape[name].safeParse(x).success,
      fields[name].invalid,
    ),
    monospace: true,
    suggestions: UPGRADE_SUGGESTIONS,
  });
  return (
    <fieldset className="form-section day2-fields">
      <legend>{t.upgrade.versionsTitle}</legend>
      <div className="field-row">
        <TextField {...version('from', fields.from.help({ value: resolvedVersion }, f))} />
        <TextField {...version('to', fields.to.help)} />
      </div>
      <Day2FieldFindings findings={findings} fields={['upgrade.from', 'upgrade.to']} t={t} />
    </fieldset>
  );
}
