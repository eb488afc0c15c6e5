import type { UpgradePlan, UpgradeStep } from '../../core/day2/upgrade';
import type { Rules } from '../../core/model/rules';
import { downloadBlob } from '../../export/download';
import type { Day2Texts } from '../../i18n/day2-text';
import type { Formatter } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { fileLines } from '../shared/file-lines';
import { SourceLink } from '../shared/source-link';
import type { Day2Files } from './day2-files';
import { DownloadRow } from './download-row';

/** A step's title: the minor line and the release or channel it goes to. */
export const stepTitle = (t: Day2Texts, s: UpgradeStep, f: Formatter): string =>
  t.upgrade.stepTitle(
    {
      line: s.line,
      target: s.target.kind === 'version' ? s.target.version : s.target.channel,
      channel: s.target.kind === 'channel',
    },
    f,
  );

interface StepScriptsProps {
  upgrade: UpgradePlan;
  rules: Rules;
  t: Day2Texts;
}

/** The upgrade by hand: per minor line, the installer on each server in turn, then on the agents in batches. */
export function StepScripts({ upgrade, rules, t }: StepScriptsProps) {
  const { f, m } = useI18n();
  const facts = rules.upgrades;
  const order = upgrade.order;
  return (
    <>
      <h4 className="subsection__title">{t.upgrade.scriptTitle}</h4>
      <p className="card__note">{t.upgrade.scriptIntro}</p>
      {upgrade.steps.map((s) => (
        <section key={s.line} className="day2__step" aria-label={s.line} data-testid={`upgrade-step-${s.line}`}>
          <h5 className="day2__step-title">{stepTitle(t, s, f)}</h5>
          <ol className="install-steps">
            {s.servers.map((x) => (
              <li key={x.name}>
                <p>{t.upgrade.onServer({ name: x.name }, f)}</p>
                <CodeBlock
                  lines={[{ text: x.command }, { text: order.waitReady }]}
                  what={`${s.line}${m.punctuation.colon}${x.name}`}
                />
              </li>
            ))}
            {s.agentCommand && order.agentBatch && (
              <li>
                <p>{t.upgrade.onAgents({ agents: order.agents, size: order.agentBatch.size }, f)}</p>
                <CodeBlock
                  lines={[{ text: s.agentCommand }]}
                  what={`${s.line}${m.punctuation.colon}${t.upgrade.onAgents({ agents: order.agents, size: order.agentBatch.size }, f)}`}
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
    </>
  );
}

/** The upgrade by the system-upgrade-controller: install it, apply each line's plans, watch them run. */
export function ControllerSteps({ upgrade, rules, t, files }: StepScriptsProps & { files: Day2Files }) {
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
      <h4 className="subsection__title">{t.upgrade.controllerTitle}</h4>
      <p className="card__note">{t.upgrade.controllerIntro}</p>
      {!upgrade.controllerUpgradesServers && <p className="results__stale">{t.upgrade.controllerAgentless}</p>}
      <p>{t.upgrade.controllerInstall}</p>
      <CodeBlock lines={[{ text: upgrade.controller.install }]} what={t.upgrade.controllerInstall} />
      <div className="button-row">
        <button type="button" className="button button--small button--secondary" onClick={() => void downloadAll()}>
          {t.upgrade.download({ file: 'k3s-upgrade-plans.zip' }, f)}
        </button>
      </div>
      {manifests.map((file) => (
        <section key={file.name} className="day2__file" aria-label={file.name} data-testid={`plans-${file.line ?? ''}`}>
          <h5 className="day2__step-title">
            {t.upgrade.controllerStep({ line: file.line ?? '', file: file.name }, f)}
          </h5>
          <CodeBlock lines={fileLines(file.text)} what={file.name} />
          <DownloadRow name={file.name} text={file.text} t={t} />
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
  );
}
