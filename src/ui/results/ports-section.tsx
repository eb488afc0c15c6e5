import type { NetworkResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { PortsTable } from './ports-table';

/** The ports each role opens, a table per role (the database host's only when it has rules), and the local-only ones. */
export function PortsSection({ network, rules }: { network: NetworkResult; rules: Rules }) {
  const { m } = useI18n();
  const n = m.network;
  const roles = (['server', 'agent', 'datastore'] as const).filter(
    (r) => r !== 'datastore' || network.firewall.some((s) => s.role === 'datastore'),
  );
  return (
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
  );
}
