import type { Day2Result } from '../../core/day2/day2';
import type { PlanInput } from '../../core/model/plan-input';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { DAY2_TEXTS, type Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { AirgapSection, TokensSection } from './airgap-section';
import { BackupSection } from './backup-section';
import { Day2Findings } from './day2-findings';
import type { Day2Files } from './day2-files';
import { UpgradeSection } from './upgrade-section';

interface Day2PanelProps {
  /** The plan as it is now: the fields show and edit it. */
  plan: PlanInput;
  /** Its result, deferred like the install panel's: what the fields produce follows a moment later. */
  result: PlanResult;
  rules: Rules;
  /** Day 2 of the plan, derived by the core (src/app/panels.tsx); null when the rules file has no day-2 facts. */
  day2: Day2Result | null;
  /** The day-2 files in the page's language, rendered by the core (src/app/panels.tsx); null without day-2 facts. */
  files: Day2Files | null;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/**
 * Day 2 of the plan (decision 020): its backups and restore, and an upgrade. Loaded on demand with
 * its texts and the YAML library; renders what the PlanResult carries, nothing computed here.
 */
export default function Day2Panel({ plan, result, rules, day2, files, onChange, onValidityChange }: Day2PanelProps) {
  const { f, locale } = useI18n();
  const t = DAY2_TEXTS[locale];
  return (
    <section className="day2" id="day2" aria-labelledby="day2-title" tabIndex={-1} data-testid="day2-panel">
      <h2 id="day2-title" className="panel-title">
        {t.title}
      </h2>
      <p className="card__note">{t.intro}</p>
      {day2 && files ? (
        <Day2Body
          plan={plan}
          result={result}
          day2={day2}
          files={files}
          rules={rules}
          t={t}
          onChange={onChange}
          onValidityChange={onValidityChange}
        />
      ) : (
        <p className="results__stale" role="status">
          {t.noFacts({ rulesId: rules.id }, f)}
        </p>
      )}
    </section>
  );
}

function Day2Body({
  plan,
  result,
  day2,
  files,
  rules,
  t,
  onChange,
  onValidityChange,
}: Day2PanelProps & { day2: Day2Result; files: Day2Files; t: Day2Texts }) {
  const fieldProps = { plan, rules, findings: day2.findings, t, onChange, onValidityChange };
  return (
    <>
      <Day2Findings findings={day2.findings} rules={rules} t={t} />
      <BackupSection backup={day2.backup} rules={rules} t={t} files={files} fieldProps={fieldProps} />
      <UpgradeSection
        upgrade={day2.upgrade}
        resolvedVersion={result.version.resolved}
        rules={rules}
        t={t}
        files={files}
        fieldProps={fieldProps}
      />
      <AirgapSection airgap={day2.airgap} rules={rules} fieldProps={fieldProps} />
      {day2.tokens && <TokensSection tokens={day2.tokens} rules={rules} />}
    </>
  );
}
