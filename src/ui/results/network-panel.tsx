import { memo } from 'react';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';
import { AddressingCard } from './addressing-card';
import { FirewallScripts } from './firewall-scripts';
import { PortsTable } from './ports-table';
import { TableScroll } from '../shared/table-scroll';
import { useAppStage } from '../shared/use-app-ready';

/** The network half of the plan: addressing per family, ports per role, firewall, security groups, OS preparation. */
export const NetworkPanel = memo(function NetworkPanel({ result, rules }: { result: PlanResult; rules: Rules }) {
  const { m, f } = useI18n();
  const more = useAppStage('network-more');
  const n = m.network;
  const { network, input } = result;
  const roles = (['server', 'agent', 'datastore'] as const).filter(
    (r) => r !== 'datastore' || network.firewall.some((s) => s.role === 'datastore'),
  );
  return (
    <section className="network" id="network" aria-labelledby="network-title" tabIndex={-1}>
      <h2 id="network-title" className="panel-title">
        {n.title}
      </h2>

      <div className="cards">
        {network.addressing.perFamily.map((fp) => (
          <AddressingCard key={fp.family} fp={fp} maxPods={input.network.maxPods} />
        ))}
      </div>

      <section className="subsection" aria-labelledby="ports-title">
        <h3 id="ports-title" className="subsection__title">
          {n.portsTitle}
        </h3>
        <p className="card__note">{n.portsIntro}</p>
        <div className="ports-grid">
          {roles.map((role) => (
            <PortsTable
              key={role}
              title={n.roles[role]}
              rules={network.inbound[role]}
              rulesData={rules}
              testId={`ports-${role}`}
            />
          ))}
        </div>
        <details className="disclosure">
          <summary>{n.localTitle}</summary>
          <p className="card__note">{n.localIntro}</p>
          <ul className="local-ports">
            {rules.ports.local.map((p) => (
              <li key={p.id}>
                <code>{`TCP ${String(p.port)}`}</code> {n.localPorts[p.id]}
              </li>
            ))}
          </ul>
          <p className="card__note">
            <SourceLink source={rules.ports.localSource} rules={rules} />
          </p>
        </details>
      </section>

      {more && (
        <FirewallScripts scripts={network.firewall} disable={network.firewallOff} host={input.host} rules={rules} />
      )}

      {more && (
        <section className="subsection" aria-labelledby="sg-title">
          <h3 id="sg-title" className="subsection__title">
            {n.securityGroupTitle}
          </h3>
          <p className="card__note">{n.securityGroupIntro}</p>
          <TableScroll label={n.securityGroupTitle}>
            <table className="data-table" data-testid="security-groups">
              <thead>
                <tr>
                  <th scope="col">{n.target}</th>
                  <th scope="col">{n.protocol}</th>
                  <th scope="col">{n.port}</th>
                  <th scope="col">{n.source}</th>
                  <th scope="col">{n.purpose}</th>
                </tr>
              </thead>
              <tbody>
                {network.securityGroups.map((row) => (
                  <tr key={`${row.id}-${row.target}-${row.ports}`}>
                    <td data-label={n.target}>{n.parties[row.target]}</td>
                    <td data-label={n.protocol}>{row.protocol.toUpperCase()}</td>
                    <td data-label={n.port}>
                      <code>{row.ports}</code>
                    </td>
                    <td data-label={n.source}>
                      {row.from.kind === 'cidrs' ? (
                        <code>{n.nodeNetworkSource({ cidrs: row.from.cidrs }, f)}</code>
                      ) : (
                        n.parties[row.from.party]
                      )}
                    </td>
                    <td data-label={n.purpose}>{n.portPurposes[row.id]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      {more && (
        <section className="subsection" aria-labelledby="os-title" data-testid="os-steps">
          <h3 id="os-title" className="subsection__title">
            {n.osTitle}
          </h3>
          <p className="card__note">{n.osIntro({ os: input.host.os, version: input.host.osVersion })}</p>
          {network.osSteps.length === 0 ? (
            <p>{n.osNone}</p>
          ) : (
            <ol className="os-steps">
              {network.osSteps.map((step, i) => (
                <li key={`${step.id}-${String(i)}`} data-step={step.id}>
                  <h4 className="ports__title">
                    {n.osSteps[step.id].title}
                    {step.conditional && <span className="trait trait--creation">{n.osConditional}</span>}
                  </h4>
                  <p className="card__note">{n.osSteps[step.id].why}</p>
                  <CodeBlock lines={step.commands.map((text) => ({ text }))} what={n.osSteps[step.id].title} />
                  <p className="card__note">
                    <SourceLink source={step.source} rules={rules} />
                  </p>
                  {step.seedWording && (
                    <div className="os-steps__seed" data-testid={`os-seed-${step.id}`}>
                      <p className="card__note">{n.osSeedWording}</p>
                      <pre className="os-steps__seed-commands">{step.seedWording.commands.join('\n')}</pre>
                      <p className="card__note">
                        <SourceLink source={step.seedWording.source} rules={rules} />
                      </p>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </section>
  );
});
