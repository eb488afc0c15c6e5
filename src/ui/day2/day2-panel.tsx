import { memo } from 'react';
import type { CommandStep } from '../../core/day2/steps';
import type { renderDay2Files } from '../../core/day2/render';
import type { UpgradePlan } from '../../core/day2/upgrade';
import type { Day2Result } from '../../core/day2/day2';
import type { PlanInput } from '../../core/model/plan-input';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { downloadBlob, downloadText } from '../../export/download';
import { DAY2_TEXTS, day2FindingText, type Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { CodeBlock } from '../shared/code-block';
import { FindingEntry } from '../shared/finding-entry';
import { SourceLink } from '../shared/source-link';
import { day2FindingAnchor } from './day2-anchor';
import { BackupFields, UpgradeFields } from './day2-fields';
import { AirgapSection, TokensSection } from './airgap-section';

interface Day2PanelProps {
  /** The plan as it is now: the fields show and edit it. */
  plan: PlanInput;
  /** Its result, deferred like the install panel's: what the fields produce follows a moment later. */
  result: PlanResult;
  rules: Rules;
  /** Day 2 of the plan, derived by the core (src/app/panels.tsx); null when the rules file has no day-2 facts. */
  day2: Day2Result | null;
  /** The day-2 files in the page's language, rendered by the core (src/app/panels.tsx); null without day-2 facts. */
  files: Files | null;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

const lines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => ({ text: line }));

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
}: Day2PanelProps & { day2: Day2Result; files: Files; t: Day2Texts }) {
  const { f } = useI18n();
  const fieldProps = { plan, rules, findings: day2.findings, t, onChange, onValidityChange };
  return (
    <>
      <section className="subsection" aria-labelledby="day2-findings-title" data-testid="day2-findings">
        <h3 id="day2-findings-title" className="subsection__title">
          {t.findingsTitle}
        </h3>
        {day2.findings.length === 0 ? (
          <p className="card__note">{t.noFindings}</p>
        ) : (
          <ol className="findings__list">
            {day2.findings.map((x) => {
              const text = day2FindingText(t.findings, x, f);
              return (
                // The entry is a div in a plain li: \`li.finding\` stays the plan's own list.
                <li key={day2FindingAnchor(x)}>
                  <div
                    id={day2FindingAnchor(x)}
                    className={`finding finding--${x.severity}`}
                    data-code={x.code}
                    data-severity={x.severity}
                    tabIndex={-1}
                  >
                    <FindingEntry
                      severity={x.severity}
                      text={text}
                      ruleId={x.ruleId}
                      source={x.source}
                      rules={rules}
                      heading="h4"
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <BackupSection day2={day2} rules={rules} t={t} files={files} fieldProps={fieldProps} />
      <UpgradeSection
        upgrade={day2.upgrade}
        result={result}
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

type Files = ReturnType<typeof renderDay2Files>;

function Steps({ steps, t, testId }: { steps: readonly CommandStep[]; t: Day2Texts; testId: string }) {
  const { f } = useI18n();
  return (
    <ol className="install-steps" data-testid={testId}>
      {steps.map((s) => {
        const text = t.backup.steps[s.id]({ nodes: s.nodes }, f);
        return (
          <li key={s.id} data-step={s.id}>
            <p>{text}</p>
            {s.commands.length > 0 && (
              <CodeBlock lines={s.commands.map((c) => ({ text: c }))} what={text} testId={`step-${s.id}`} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function BackupSection({
  day2,
  rules,
  t,
  files,
  fieldProps,
}: {
  day2: Day2Result;
  rules: Rules;
  t: Day2Texts;
  files: Files;
  fieldProps: Parameters<typeof BackupFields>[0];
}) {
  const { f } = useI18n();
  const b = day2.backup;
  return (
    <section className="subsection day2__section" aria-labelledby="day2-backup-title" data-testid="day2-backup">
      <h3 id="day2-backup-title" className="subsection__title">
        {t.backup.title}
      </h3>
      <p>{t.backup.kind[b.kind]({ datastore: b.datastore }, f)}</p>
      <BackupFields {...fieldProps} />
      <BackupOutput day2={day2} rules={rules} t={t} files={files} />
    </section>
  );
}

/** What the section produces, from the deferred result: re-rendered only when it changes, not on every keystroke. */
const BackupOutput = memo(function BackupOutput({
  day2,
  rules,
  t,
  files,
}: {
  day2: Day2Result;
  rules: Rules;
  t: Day2Texts;
  files: Files;
}) {
  const { f, m } = useI18n();
  const b = day2.backup;
  const facts = rules.backup;
  const s = b.snapshots;
  const dropIn = b.dropIn ? files.find((x) => x.kind === 'drop-in') : undefined;
  return (
    <>
      {s && (
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
      )}
      {s && (
        <section className="day2__file" aria-labelledby="day2-dropin-title" data-testid="day2-drop-in">
          <h4 id="day2-dropin-title" className="subsection__title">
            {t.backup.dropInTitle({ file: b.dropIn?.file.fileName ?? 'etcd-snapshots.yaml' }, f)}
          </h4>
          {b.dropIn && dropIn ? (
            <>
              <p className="card__note">{t.backup.dropInIntro({ path: b.dropIn.path }, f)}</p>
              <CodeBlock lines={lines(dropIn.text)} what={dropIn.name} testId="drop-in-file" />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => {
                    downloadText(dropIn.name, dropIn.text, 'application/yaml');
                  }}
                >
                  {t.upgrade.download({ file: dropIn.name }, f)}
                </button>
              </div>
              {s.s3 && facts && (
                <p className="card__note">
                  {t.backup.credentials({ accessKeyEnv: s.s3.accessKeyEnv, secretKeyEnv: s.s3.secretKeyEnv }, f)}
                </p>
              )}
            </>
          ) : (
            <p className="card__note">{t.backup.dropInNone}</p>
          )}
        </section>
      )}

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
    </>
  );
});

function UpgradeSection({
  upgrade,
  result,
  rules,
  t,
  files,
  fieldProps,
}: {
  upgrade: UpgradePlan | null;
  result: PlanResult;
  rules: Rules;
  t: Day2Texts;
  files: Files;
  fieldProps: Parameters<typeof BackupFields>[0];
}) {
  return (
    <section className="subsection day2__section" aria-labelledby="day2-upgrade-title" data-testid="day2-upgrade">
      <h3 id="day2-upgrade-title" className="subsection__title">
        {t.upgrade.title}
      </h3>
      <UpgradeFields {...fieldProps} resolvedVersion={result.version.resolved} />
      <UpgradeOutput upgrade={upgrade} rules={rules} t={t} files={files} />
    </section>
  );
}

/** What the section produces, from the deferred result: re-rendered only when it changes, not on every keystroke. */
const UpgradeOutput = memo(function UpgradeOutput({
  upgrade,
  rules,
  t,
  files,
}: {
  upgrade: UpgradePlan | null;
  rules: Rules;
  t: Day2Texts;
  files: Files;
}) {
  const { f, m } = useI18n();
  const facts = rules.upgrades;
  const manifests = files.filter((x) => x.kind === 'upgrade-plans');
  const downloadAll = async () => {
    const { zipFiles } = await import('../../export/zip');
    const zip = zipFiles(manifests.map((x) => ({ name: x.name, text: x.text, mode: x.mode })));
    downloadBlob('k3s-upgrade-plans.zip', new Blob([zip.slice().buffer], { type: 'application/zip' }));
  };
  return (
    <>
      {!upgrade ? (
        <p className="card__note">{t.upgrade.none}</p>
      ) : (
        <>
          <p data-testid="upgrade-from-to">
            {t.upgrade.fromTo(
              {
                from: upgrade.from.resolved,
                fromExact: upgrade.from.exact,
                to: upgrade.to.resolved,
                toExact: upgrade.to.exact,
              },
              f,
            )}
          </p>
          {upgrade.direction === 'same' && <p>{t.upgrade.same}</p>}
          {upgrade.direction === 'down' && <p>{t.upgrade.down}</p>}
          {upgrade.steps.length > 0 && (
            <>
              <h4 className="subsection__title">{t.upgrade.pathTitle({ steps: upgrade.steps.length }, f)}</h4>
              <ol className="day2__path" data-testid="upgrade-path">
                {upgrade.steps.map((s) => (
                  <li key={s.line} data-line={s.line}>
                    <strong>
                      {t.upgrade.stepTitle(
                        {
                          line: s.line,
                          target: s.target.kind === 'version' ? s.target.version : s.target.channel,
                          channel: s.target.kind === 'channel',
                        },
                        f,
                      )}
                    </strong>
                    {s.crossed.length > 0 && (
                      <span className="day2__gates">
                        {' '}
                        {t.upgrade.crossed({ gates: s.crossed.map((c) => c.gate) }, f)}
                      </span>
                    )}
                  </li>
                ))}
              </ol>

              <h4 className="subsection__title">{t.upgrade.orderTitle}</h4>
              <ul className="day2__notes" data-testid="upgrade-order">
                <li>
                  {t.upgrade.orderServers(
                    {
                      servers: upgrade.order.servers,
                      atOnce: upgrade.order.serversAtOnce,
                      tolerated: upgrade.order.tolerated,
                      etcd: upgrade.order.etcd !== null,
                    },
                    f,
                  )}
                </li>
                {upgrade.order.servers > 1 && (
                  <li>
                    {t.upgrade.orderRegistration(
                      { fixed: upgrade.order.registration === 'fixed', serverUrl: upgrade.order.serverUrl },
                      f,
                    )}
                  </li>
                )}
                {upgrade.order.agentBatch && (
                  <li>
                    {t.upgrade.orderAgents(
                      {
                        agents: upgrade.order.agents,
                        size: upgrade.order.agentBatch.size,
                        batches: upgrade.order.agentBatch.batches,
                        first: upgrade.order.agentBatch.firstNames?.[0] ?? null,
                        last: upgrade.order.agentBatch.firstNames?.[1] ?? null,
                      },
                      f,
                    )}
                  </li>
                )}
              </ul>

              <h4 className="subsection__title">{t.upgrade.scriptTitle}</h4>
              <p className="card__note">{t.upgrade.scriptIntro}</p>
              {upgrade.steps.map((s) => (
                <section key={s.line} className="day2__step" aria-label={s.line} data-testid={`upgrade-step-${s.line}`}>
                  <h5 className="day2__step-title">
                    {t.upgrade.stepTitle(
                      {
                        line: s.line,
                        target: s.target.kind === 'version' ? s.target.version : s.target.channel,
                        channel: s.target.kind === 'channel',
                      },
                      f,
                    )}
                  </h5>
                  <ol className="install-steps">
                    {s.servers.map((x) => (
                      <li key={x.name}>
                        <p>{t.upgrade.onServer({ name: x.name }, f)}</p>
                        <CodeBlock
                          lines={[{ text: x.command }, { text: upgrade.order.waitReady }]}
                          what={`${s.line}${m.punctuation.colon}${x.name}`}
                        />
                      </li>
                    ))}
                    {s.agentCommand && upgrade.order.agentBatch && (
                      <li>
                        <p>
                          {t.upgrade.onAgents({ agents: upgrade.order.agents, size: upgrade.order.agentBatch.size }, f)}
                        </p>
                        <CodeBlock
                          lines={[{ text: s.agentCommand }]}
                          what={`${s.line}${m.punctuation.colon}${t.upgrade.onAgents({ agents: upgrade.order.agents, size: upgrade.order.agentBatch.size }, f)}`}
                        />
                      </li>
                    )}
                  </ol>
                </section>
              ))}
              {facts && (
                <p className="card__note">
                  <SourceLink source={facts.scriptSource} rules={rules} />
                  {m.punctuation.separator}
                  <SourceLink source={facts.orderSource} rules={rules} />
                  {m.punctuation.separator}
                  <SourceLink source={facts.pathSource} rules={rules} />
                </p>
              )}

              <h4 className="subsection__title">{t.upgrade.controllerTitle}</h4>
              <p className="card__note">{t.upgrade.controllerIntro}</p>
              {!upgrade.controllerUpgradesServers && <p className="results__stale">{t.upgrade.controllerAgentless}</p>}
              <p>{t.upgrade.controllerInstall}</p>
              <CodeBlock lines={[{ text: upgrade.controller.install }]} what={t.upgrade.controllerInstall} />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => void downloadAll()}
                >
                  {t.upgrade.download({ file: 'k3s-upgrade-plans.zip' }, f)}
                </button>
              </div>
              {manifests.map((file) => (
                <section
                  key={file.name}
                  className="day2__file"
                  aria-label={file.name}
                  data-testid={`plans-${file.line ?? ''}`}
                >
                  <h5 className="day2__step-title">
                    {t.upgrade.controllerStep({ line: file.line ?? '', file: file.name }, f)}
                  </h5>
                  <CodeBlock lines={lines(file.text)} what={file.name} />
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        downloadText(file.name, file.text, 'application/yaml');
                      }}
                    >
                      {t.upgrade.download({ file: file.name }, f)}
                    </button>
                  </div>
                </section>
              ))}
              <p>{t.upgrade.watch}</p>
              <CodeBlock lines={upgrade.controller.watch.map((text) => ({ text }))} what={t.upgrade.watch} />
              {facts && (
                <p className="card__note">
                  <SourceLink source={facts.controller.source} rules={rules} />
                  {m.punctuation.separator}
                  <SourceLink source={facts.controller.planTypeSource} rules={rules} />
                </p>
              )}
            </>
          )}
        </>
      )}
    </>
  );
});
