import { memo } from 'react';
import type { UpgradePlan } from '../../core/day2/upgrade';
import type { Rules } from '../../core/model/rules';
import type { Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import { UpgradeFields, type Day2FieldsProps } from './day2-fields';
import type { Day2Files } from './day2-files';
import { ControllerSteps, StepScripts, stepTitle } from './upgrade-commands';

interface UpgradeOutputProps {
  upgrade: UpgradePlan | null;
  rules: Rules;
  t: Day2Texts;
  files: Day2Files;
}

interface UpgradeSectionProps extends UpgradeOutputProps {
  /** The release the plan's K3s version resolves to: where an upgrade starts unless the fields say otherwise. */
  resolvedVersion: string;
  fieldProps: Day2FieldsProps;
}

/** An upgrade: its fields, then the path, the order, the commands and the controller's plans. */
export function UpgradeSection({ resolvedVersion, fieldProps, ...output }: UpgradeSectionProps) {
  return (
    <section className="subsection day2__section" aria-labelledby="day2-upgrade-title" data-testid="day2-upgrade">
      <h3 id="day2-upgrade-title" className="subsection__title">
        {output.t.upgrade.title}
      </h3>
      <UpgradeFields {...fieldProps} resolvedVersion={resolvedVersion} />
      <UpgradeOutput {...output} />
    </section>
  );
}

/** What the section produces, from the deferred result: re-rendered only when it changes, not on every keystroke. */
const UpgradeOutput = memo(function UpgradeOutput({ upgrade, rules, t, files }: UpgradeOutputProps) {
  const { f } = useI18n();
  if (!upgrade) return <p className="card__note">{t.upgrade.none}</p>;
  return (
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
          <UpgradePath steps={upgrade.steps} t={t} />
          <UpgradeOrderNotes order={upgrade.order} t={t} />
          <StepScripts upgrade={upgrade} rules={rules} t={t} />
          <ControllerSteps upgrade={upgrade} rules={rules} t={t} files={files} />
        </>
      )}
    </>
  );
});

/** The minor lines the upgrade goes through, one at a time, with the version gates each crosses. */
function UpgradePath({ steps, t }: { steps: UpgradePlan['steps']; t: Day2Texts }) {
  const { f } = useI18n();
  return (
    <>
      <h4 className="subsection__title">{t.upgrade.pathTitle({ steps: steps.length }, f)}</h4>
      <ol className="day2__path" data-testid="upgrade-path">
        {steps.map((s) => (
          <li key={s.line} data-line={s.line}>
            <strong>{stepTitle(t, s, f)}</strong>
            {s.crossed.length > 0 && (
              <span className="day2__gates"> {t.upgrade.crossed({ gates: s.crossed.map((c) => c.gate) }, f)}</span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The order: servers first, how many at once, through which address; then the agents in batches. */
function UpgradeOrderNotes({ order, t }: { order: UpgradePlan['order']; t: Day2Texts }) {
  const { f } = useI18n();
  return (
    <>
      <h4 className="subsection__title">{t.upgrade.orderTitle}</h4>
      <ul className="day2__notes" data-testid="upgrade-order">
        <li>
          {t.upgrade.orderServers(
            {
              servers: order.servers,
              atOnce: order.serversAtOnce,
              tolerated: order.tolerated,
              etcd: order.etcd !== null,
            },
            f,
          )}
        </li>
        {order.servers > 1 && (
          <li>
            {t.upgrade.orderRegistration({ fixed: order.registration === 'fixed', serverUrl: order.serverUrl }, f)}
          </li>
        )}
        {order.agentBatch && (
          <li>
            {t.upgrade.orderAgents(
              {
                agents: order.agents,
                size: order.agentBatch.size,
                batches: order.agentBatch.batches,
                first: order.agentBatch.firstNames?.[0] ?? null,
                last: order.agentBatch.firstNames?.[1] ?? null,
              },
              f,
            )}
          </li>
        )}
      </ul>
    </>
  );
}
