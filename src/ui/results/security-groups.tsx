import type { NetworkResult } from '../../core/plan/compute-plan';
import { useI18n } from '../../i18n/i18n';
import { TableScroll } from '../shared/table-scroll';

/** The same openings as cloud security-group rules: target, protocol, port, source and purpose. */
export function SecurityGroups({ rows }: { rows: NetworkResult['securityGroups'] }) {
  const { m, f } = useI18n();
  const n = m.network;
  return (
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
            {rows.map((row) => (
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
  );
}
