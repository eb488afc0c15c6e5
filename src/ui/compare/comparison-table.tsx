import type { PlanComparison } from '../../core/plan/compare-plans';
import type { PlanResult } from '../../core/plan/compute-plan';
import { COMPARE_TEXTS } from '../../i18n/compare-text';
import { useI18n } from '../../i18n/i18n';
import { TableScroll } from '../shared/table-scroll';
import { cellText } from './cell-text';

interface ColumnActions {
  /** Column index (0-based, never 0: the current plan). */
  onEdit: (column: number) => void;
  onRemove: (column: number) => void;
}

/** Each plan's name, the current one marked, its summary, and for the others the buttons that edit or remove it. */
function ColumnHeads({ results, onEdit, onRemove }: { results: readonly PlanResult[] } & ColumnActions) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  return results.map((r, i) => {
    const { servers, agents, haMode, datastore } = r.input.cluster;
    const name = t.column({ column: i + 1 }, f);
    return (
      <th scope="col" key={i} data-column={i + 1}>
        <span className="compare__plan">{name}</span>
        {i === 0 && <span className="compare__current">{t.current}</span>}
        <span className="compare__summary">{m.results.summary({ servers, agents, mode: haMode, datastore }, f)}</span>
        {i > 0 && (
          <span className="compare__column-actions">
            <button
              type="button"
              className="button button--small"
              aria-label={`${t.edit}${m.punctuation.colon}${name}`}
              onClick={() => {
                onEdit(i);
              }}
            >
              {t.edit}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={`${t.remove}${m.punctuation.colon}${name}`}
              onClick={() => {
                onRemove(i);
              }}
            >
              {t.remove}
            </button>
          </span>
        )}
      </th>
    );
  });
}

/** The rows of the comparison: ≠ where the plans differ, ★ on the best columns. */
export function ComparisonTable({
  results,
  comparison,
  ...actions
}: { results: readonly PlanResult[]; comparison: PlanComparison } & ColumnActions) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const hidden = (word: string) => <span className="visually-hidden">{`${m.punctuation.separator}${word}`}</span>;
  return (
    <TableScroll label={t.title}>
      <table className="compare__table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col" className="compare__corner">
              {t.item}
            </th>
            <ColumnHeads results={results} {...actions} />
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.id} data-row={row.id} data-differs={row.differs ? 'true' : undefined}>
              <th scope="row">
                {t.rows[row.id]}
                {row.differs && (
                  <span className="compare__mark" title={t.differs}>
                    <span aria-hidden="true"> ≠</span>
                    {hidden(t.differs)}
                  </span>
                )}
              </th>
              {row.cells.map((_, i) => (
                <td key={i} data-best={row.best.includes(i) ? 'true' : undefined}>
                  {cellText(row, i, { m, f, t, locale, custom: results[i]?.input.workloads.custom ?? [] })}
                  {row.best.includes(i) && (
                    <span className="compare__best" title={t.best}>
                      <span aria-hidden="true"> ★</span>
                      {hidden(t.best)}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
