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
import { CheckboxField } from '../form/checkbox-field';
import { CountField } from '../form/count-field';
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

const accepts =
  (field: keyof BackupInput) =>
  (text: string): boolean =>
    BackupInputSchema.shape[field].safeParse(text).success;

/** Snapshot schedule, retention, directory and disk; the S3 target. Empty fields mean K3s's defaults. */
export function BackupFields({ plan, rules, findings, t, onChange, onValidityChange }: Day2FieldsProps) {
  const { f } = useI18n();
  const b = plan.backup;
  const facts = rules.backup;
  const fields = t.backup.fields;
  const set =
    <K extends keyof BackupInput>(field: K, mode: HistoryMode) =>
    (value: BackupInput[K]) => {
      onChange({ ...plan, backup: { ...b, [field]: value } }, mode);
    };
  const text = (
    field: 's3Endpoint' | 's3Bucket' | 's3Folder' | 's3Region' | 'directory' | 'schedule',
    help: string,
  ) => ({
    name: `backup.${field}`,
    label: fields[field].label,
    help,
    value: b[field],
    accepts: accepts(field),
    invalidMessage: fields[field].invalid,
    commit: 'typing' as const,
    findings: [],
    monospace: true,
    onCommit: set(field, 'replace'),
    onValidityChange,
  });
  if (!facts) return null;
  const about = (...names: (keyof BackupInput)[]) => names.map((n): PlanField => `backup.${n}`);
  const etcd = plan.cluster.datastore === 'embedded-etcd';
  if (!etcd) return null;
  return (
    <>
      <fieldset className="form-section day2-fields">
        <legend>{t.backup.settingsTitle}</legend>
        <CheckboxField
          name="backup.snapshots"
          label={fields.snapshots.label}
          help={fields.snapshots.help}
          checked={b.snapshots}
          findings={[]}
          onChange={set('snapshots', 'push')}
        />
        <div className="field-row">
          <TextField {...text('schedule', fields.schedule.help({ value: facts.snapshots.scheduleCron }, f))} />
          <TextField
            name="backup.retention"
            label={fields.retention.label}
            help={fields.retention.help({ value: String(facts.snapshots.retention) }, f)}
            value={b.retention === null ? '' : String(b.retention)}
            accepts={(x) =>
              x === '' || (/^\d{1,7}$/.test(x) && BackupInputSchema.shape.retention.safeParse(Number(x)).success)
            }
            invalidMessage={fields.retention.invalid(BACKUP_LIMITS.retention, f)}
            commit="typing"
            findings={[]}
            onCommit={(x) => {
              set('retention', 'replace')(x === '' ? null : Number(x));
            }}
            onValidityChange={onValidityChange}
          />
        </div>
        <TextField {...text('directory', fields.directory.help({ value: facts.snapshots.directory }, f))} />
        <CountField
          name="backup.diskGiB"
          label={fields.diskGiB.label}
          help={fields.diskGiB.help}
          value={b.diskGiB}
          limits={BACKUP_LIMITS.diskGiB}
          findings={[]}
          onCommit={set('diskGiB', 'replace')}
          onValidityChange={onValidityChange}
        />
        <Day2FieldFindings
          findings={findings}
          fields={about('snapshots', 'schedule', 'retention', 'directory', 'diskGiB')}
          t={t}
        />
      </fieldset>
      <fieldset className="form-section day2-fields">
        <legend>{t.backup.s3Title}</legend>
        <CheckboxField
          name="backup.s3"
          label={fields.s3.label}
          help={fields.s3.help}
          checked={b.s3}
          findings={[]}
          onChange={set('s3', 'push')}
        />
        {b.s3 && (
          <>
            <div className="field-row">
              <TextField {...text('s3Endpoint', fields.s3Endpoint.help({ value: facts.s3.endpoint }, f))} />
              <TextField {...text('s3Bucket', fields.s3Bucket.help)} />
            </div>
            <div className="field-row">
              <TextField {...text('s3Folder', fields.s3Folder.help)} />
              <TextField {...text('s3Region', fields.s3Region.help({ value: facts.s3.region }, f))} />
            </div>
            <CheckboxField
              name="backup.s3VerifyTls"
              label={fields.s3VerifyTls.label}
              help={fields.s3VerifyTls.help}
              checked={b.s3VerifyTls}
              findings={[]}
              onChange={set('s3VerifyTls', 'push')}
            />
          </>
        )}
        <Day2FieldFindings findings={findings} fields={about('s3', 's3Bucket', 's3VerifyTls')} t={t} />
      </fieldset>
    </>
  );
}

/** From and to, each a channel, a minor version or a release, like the cluster's version field. */
export function UpgradeFields({
  plan,
  findings,
  t,
  onChange,
  onValidityChange,
  resolvedVersion,
}: Day2FieldsProps & { resolvedVersion: string }) {
  const { f } = useI18n();
  const u = plan.upgrade;
  const fields = t.upgrade.fields;
  const set = (field: keyof UpgradeInput) => (value: string) => {
    onChange({ ...plan, upgrade: { ...u, [field]: value } }, 'replace');
  };
  return (
    <fieldset className="form-section day2-fields">
      <legend>{t.upgrade.versionsTitle}</legend>
      <div className="field-row">
        <TextField
          name="upgrade.from"
          label={fields.from.label}
          help={fields.from.help({ value: resolvedVersion }, f)}
          value={u.from}
          accepts={(x) => UpgradeInputSchema.shape.from.safeParse(x).success}
          invalidMessage={fields.from.invalid}
          commit="typing"
          findings={[]}
          monospace
          suggestions={['stable', 'latest']}
          onCommit={set('from')}
          onValidityChange={onValidityChange}
        />
        <TextField
          name="upgrade.to"
          label={fields.to.label}
          help={fields.to.help}
          value={u.to}
          accepts={(x) => UpgradeInputSchema.shape.to.safeParse(x).success}
          invalidMessage={fields.to.invalid}
          commit="typing"
          findings={[]}
          monospace
          suggestions={['stable', 'latest']}
          onCommit={set('to')}
          onValidityChange={onValidityChange}
        />
      </div>
      <Day2FieldFindings findings={findings} fields={['upgrade.from', 'upgrade.to']} t={t} />
    </fieldset>
  );
}
