import { useState } from 'react';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';

type InstallMode = 'config' | 'flags';

/** The install commands in order, each role's either with its config file or with flags, as the reader picks. */
export function InstallOrder({ result, rules }: { result: PlanResult; rules: Rules }) {
  const { m } = useI18n();
  const t = m.install;
  const [mode, setMode] = useState<InstallMode>('config');
  return (
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
      <InstallSteps result={result} mode={mode} />
      <p className="card__note">
        <SourceLink source={rules.install.scriptSource} rules={rules} />
        {m.punctuation.separator}
        <SourceLink source={rules.install.joinSource} rules={rules} />
      </p>
    </section>
  );
}

/** Prepare the network, then each role in turn; after the first server, wait until it is Ready. */
function InstallSteps({ result, mode }: { result: PlanResult; mode: InstallMode }) {
  const { m, f } = useI18n();
  const t = m.install;
  const batches = result.install.agentBatches;
  return (
    <ol className="install-steps">
      <li>
        <a href="#network">{t.stepPrepare}</a>
      </li>
      {result.install.roles.map((role) => (
        <li key={role.role}>
          <p>
            {role.role === 'server-init'
              ? t.stepFirst
              : role.role === 'server'
                ? t.stepServers({ count: role.nodes }, f)
                : batches
                  ? t.stepAgentsBatches({ count: role.nodes, ...batches }, f)
                  : t.stepAgents({ count: role.nodes }, f)}
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
  );
}
