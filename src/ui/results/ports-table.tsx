import type { PortRule } from '../../core/ports/ports';
import { portRange } from '../../core/model/format';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { TableScroll } from '../shared/table-scroll';

/** The inbound rules one role opens: protocol, port, from whom, and why, each with its source. */
export function PortsTable({
  title,
  rules: portRules,
  rulesData,
  testId,
}: {
  title: string;
  rules: readonly PortRule[];
  rulesData: Rules;
  testId: string;
}) {
  const { m } = useI18n();
  const n = m.network;
  return (
    <div className="ports" data-testid={testId}>
      <h4 className="ports__title">{title}</h4>
      {portRules.length === 0 ? (
        <p className="card__note">{n.noPorts}</p>
      ) : (
        <TableScroll label={title}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{n.protocol}</th>
                <th scope="col">{n.port}</th>
                <th scope="col">{n.from}</th>
                <th scope="col">{n.purpose}</th>
              </tr>
            </thead>
            <tbody>
              {portRules.map((r) => (
                <tr
                  key={`${r.id}-${r.protocol}-${portRange(r)}-${r.sources}`}
                  data-port={`${r.protocol}/${portRange(r)}`}
                >
                  <td data-label={n.protocol}>{r.protocol.toUpperCase()}</td>
                  <td data-label={n.port}>
                    <code>{portRange(r)}</code>
                  </td>
                  <td data-label={n.from}>{n.parties[r.sources]}</td>
                  <td data-label={n.purpose}>
                    <div>
                      {n.portPurposes[r.id]}
                      <span className="facts__detail">
                        {!r.listed && `${n.notListed}${m.punctuation.separator}`}
                        <SourceLink source={r.source} rules={rulesData} compact />
                      </span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
