import type { ReactNode } from 'react';
import { portRange } from '../../core/model/format';
import type { PlanComparison } from '../../core/plan/compare-plans';
import { COMPARE_TEXTS } from '../../i18n/compare-text';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { TableScroll } from '../shared/table-scroll';

/** A table of what differs: one row per item, one column per plan. */
function DifferenceTable({
  title,
  corner,
  columns,
  testId,
  children,
}: {
  title: string;
  corner: string;
  columns: number;
  testId: string;
  children: ReactNode;
}) {
  const { f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  return (
    <TableScroll label={title}>
      <table className="compare__table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="compare__corner">
              {corner}
            </th>
            {Array.from({ length: columns }, (_, i) => (
              <th scope="col" key={i}>
                {t.column({ column: i + 1 }, f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** The findings raised in some plans and not others (or graded differently), named as this page words them. */
export function FindingsDiffer({ comparison }: { comparison: PlanComparison }) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  return (
    <>
      <h3 className="comparison__subtitle">{t.findingsTitle}</h3>
      {comparison.findings.length === 0 ? (
        <p className="card__note">{t.findingsSame}</p>
      ) : (
        <DifferenceTable
          title={t.findingsTitle}
          corner={m.nav.findings}
          columns={comparison.columns}
          testId="compare-findings"
        >
          {comparison.findings.map((x) => {
            const shown = x.cells.find((c) => c !== null);
            return (
              <tr key={x.code} data-code={x.code}>
                <th scope="row">{shown ? findingText(m.findings.messages, shown, f).title : x.code}</th>
                {x.cells.map((c, i) => (
                  <td key={i} data-severity={c?.severity}>
                    {c ? m.findings.severity[c.severity] : t.findingAbsent}
                  </td>
                ))}
              </tr>
            );
          })}
        </DifferenceTable>
      )}
    </>
  );
}

/** The port rules some plans open and others do not need. */
export function PortsDiffer({ comparison }: { comparison: PlanComparison }) {
  const { m, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const n = m.network;
  return (
    <>
      <h3 className="comparison__subtitle">{t.portsTitle}</h3>
      {comparison.ports.length === 0 ? (
        <p className="card__note">{t.portsSame}</p>
      ) : (
        <DifferenceTable title={t.portsTitle} corner={n.port} columns={comparison.columns} testId="compare-ports">
          {comparison.ports.map((p) => (
            <tr key={p.key} data-port={`${p.rule.protocol}/${portRange(p.rule)}`}>
              <th scope="row">
                <code>{`${portRange(p.rule)}/${p.rule.protocol}`}</code> {n.portPurposes[p.rule.id]}
                <span className="facts__detail">{`${n.parties[p.rule.sources]} → ${n.parties[p.rule.destinations]}`}</span>
              </th>
              {p.cells.map((open, i) => (
                <td key={i}>{open ? t.portOpen : t.portClosed}</td>
              ))}
            </tr>
          ))}
        </DifferenceTable>
      )}
    </>
  );
}
