import './compare.css';
import { useId, useState, type ReactNode } from 'react';
import type { PresetId } from '../../core/model/presets';
import type { ComparedCells, ComparedRow, PlanComparison as Comparison } from '../../core/plan/compare-plans';
import type { PlanResult } from '../../core/plan/compute-plan';
import { portRange } from '../../core/model/format';
import { COMPARE_TEXTS } from '../../i18n/compare-text';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import type { UrlNotice } from '../../url/plan-url';
import { TableScroll } from '../shared/table-scroll';
import { shapeName } from '../shared/shape-name';

/** What the page holds of the compared plans: their rules loading, failed, or every plan computed and compared by the core. */
export type ComparisonState =
  | { readonly status: 'pending' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly results: readonly PlanResult[]; readonly comparison: Comparison };

export type AddChoice = 'copy' | PresetId;

interface PlanComparisonProps {
  state: ComparisonState;
  /** Plans in the comparison, the current one included (known before the rules load). */
  columns: number;
  maxPlans: number;
  presets: readonly PresetId[];
  notices: readonly UrlNotice[];
  /** The chart of totals (Recharts, loaded apart). */
  chart: ReactNode;
  onAdd: (choice: AddChoice) => void;
  /** Column index (0-based, never 0: the current plan). */
  onEdit: (column: number) => void;
  onRemove: (column: number) => void;
  onStop: () => void;
  onDownload: () => void;
}

/** Up to three plans side by side, as the core compared them: differences marked, best columns starred. */
export default function PlanComparison({
  state,
  columns,
  maxPlans,
  presets,
  notices,
  chart,
  onAdd,
  onEdit,
  onRemove,
  onStop,
  onDownload,
}: PlanComparisonProps) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const [choice, setChoice] = useState<AddChoice>('copy');
  const selectId = useId();

  return (
    <section className="compare" id="compare" aria-labelledby="compare-title" data-testid="plan-comparison">
      <h2 id="compare-title" className="panel-title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {notices.length > 0 && (
        <div className="compare__notices" role="status">
          <p>{t.notices}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>
                {n.kind === 'unknown-params'
                  ? m.notices.unknownParams({ names: n.names }, f)
                  : n.kind === 'invalid-param'
                    ? m.notices.invalidParam({ name: n.name, value: n.value })
                    : n.kind === 'newer-format'
                      ? m.notices.newerFormat({ version: n.version })
                      : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'pending' && <p className="status">{t.loading}</p>}
      {state.status === 'error' && <p className="status">{t.loadFailed}</p>}
      {state.status === 'ready' && (
        <ComparisonTables results={state.results} comparison={state.comparison} onEdit={onEdit} onRemove={onRemove} />
      )}
      {state.status === 'ready' && chart}
      <div className="compare__actions">
        {columns < maxPlans ? (
          <div className="compare__add">
            <label htmlFor={selectId}>{t.addWhat}</label>
            <select
              id={selectId}
              className="field__input"
              value={choice}
              onChange={(e) => {
                setChoice(e.target.value as AddChoice);
              }}
            >
              <option value="copy">{t.addCopy}</option>
              {presets.map((id) => (
                <option key={id} value={id}>
                  {m.presets.items[id].name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onAdd(choice);
              }}
            >
              {t.add}
            </button>
          </div>
        ) : (
          <p className="card__note">{t.full({ max: maxPlans }, f)}</p>
        )}
        <div className="button-row">
          {state.status === 'ready' && (
            <button type="button" className="button button--small button--secondary" onClick={onDownload}>
              {t.download}
            </button>
          )}
          <button type="button" className="button button--small button--secondary" onClick={onStop}>
            {t.stop}
          </button>
        </div>
      </div>
    </section>
  );
}

function ComparisonTables({
  results,
  comparison,
  onEdit,
  onRemove,
}: {
  results: readonly PlanResult[];
  comparison: Comparison;
  onEdit: (column: number) => void;
  onRemove: (column: number) => void;
}) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const n = m.network;

  const cellText = (row: ComparedRow, i: number): string => {
    const custom = results[i]?.input.workloads.custom ?? [];
    // Each row's cells are of its own kind; `c` is read per row id.
    const c = row.cells[i] as ComparedCells[typeof row.id];
    switch (row.id) {
      case 'rules':
        return c as string;
      case 'datastore': {
        const d = c as ComparedCells['datastore'];
        return `${m.form.datastore.options[d.datastore]}${m.punctuation.separator}${m.form.haMode.options[d.haMode]}`;
      }
      case 'servers':
      case 'agents':
      case 'database': {
        const g = c as ComparedCells['agents'];
        if (!g) return row.id === 'database' ? t.onServers : t.none;
        const size = t.machines(g, f);
        return g.diskMiB === null ? size : `${size}${m.punctuation.separator}${t.disk({ diskMiB: g.diskMiB }, f)}`;
      }
      case 'total-vcpu': {
        const v = c as ComparedCells['total-vcpu'];
        return f.vcpu(v.vcpu, v.orMore);
      }
      case 'total-memory':
        return f.memory(c as number);
      case 'etcd-quorum': {
        const q = c as ComparedCells['etcd-quorum'];
        return q ? t.quorum(q, f) : t.noEtcd;
      }
      case 'failures-tolerated': {
        const x = c as ComparedCells['failures-tolerated'];
        return x === null ? t.failuresUnknown : f.integer(x);
      }
      case 'workloads': {
        const w = c as ComparedCells['workloads'];
        if (!w) return t.notUsed;
        if (w.agents === null || w.shape === null) return t.noShape;
        return t.workloadAgents({ agents: w.agents, shape: shapeName(m, f, w.shape, custom) }, f);
      }
      case 'total-machines':
      case 'errors':
      case 'warnings':
      case 'notes':
        return f.integer(c as number);
    }
  };

  const head = (
    <thead>
      <tr>
        <th scope="col" className="compare__corner">
          {t.item}
        </th>
        {results.map((r, i) => {
          const { servers, agents, haMode, datastore } = r.input.cluster;
          return (
            <th scope="col" key={i} data-column={i + 1}>
              <span className="compare__plan">{t.column({ column: i + 1 }, f)}</span>
              {i === 0 && <span className="compare__current">{t.current}</span>}
              <span className="compare__summary">
                {m.results.summary({ servers, agents, mode: haMode, datastore }, f)}
              </span>
              {i > 0 && (
                <span className="compare__column-actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t.edit}${m.punctuation.colon}${t.column({ column: i + 1 }, f)}`}
                    onClick={() => {
                      onEdit(i);
                    }}
                  >
                    {t.edit}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={`${t.remove}${m.punctuation.colon}${t.column({ column: i + 1 }, f)}`}
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
        })}
      </tr>
    </thead>
  );

  return (
    <>
      <p className="compare__legend">{t.legend}</p>
      <TableScroll label={t.title}>
        <table className="compare__table" data-testid="compare-table">
          {head}
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.id} data-row={row.id} data-differs={row.differs ? 'true' : undefined}>
                <th scope="row">
                  {t.rows[row.id]}
                  {row.differs && (
                    <span className="compare__mark" title={t.differs}>
                      <span aria-hidden="true"> ≠</span>
                      <span className="visually-hidden">{`${m.punctuation.separator}${t.differs}`}</span>
                    </span>
                  )}
                </th>
                {row.cells.map((_, i) => {
                  const best = row.best.includes(i);
                  return (
                    <td key={i} data-best={best ? 'true' : undefined}>
                      {cellText(row, i)}
                      {best && (
                        <span className="compare__best" title={t.best}>
                          <span aria-hidden="true"> ★</span>
                          <span className="visually-hidden">{`${m.punctuation.separator}${t.best}`}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3 className="comparison__subtitle">{t.findingsTitle}</h3>
      {comparison.findings.length === 0 ? (
        <p className="card__note">{t.findingsSame}</p>
      ) : (
        <TableScroll label={t.findingsTitle}>
          <table className="compare__table" data-testid="compare-findings">
            <thead>
              <tr>
                <th scope="col" className="compare__corner">
                  {m.nav.findings}
                </th>
                {results.map((_, i) => (
                  <th scope="col" key={i}>
                    {t.column({ column: i + 1 }, f)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3 className="comparison__subtitle">{t.portsTitle}</h3>
      {comparison.ports.length === 0 ? (
        <p className="card__note">{t.portsSame}</p>
      ) : (
        <TableScroll label={t.portsTitle}>
          <table className="compare__table" data-testid="compare-ports">
            <thead>
              <tr>
                <th scope="col" className="compare__corner">
                  {n.port}
                </th>
                {results.map((_, i) => (
                  <th scope="col" key={i}>
                    {t.column({ column: i + 1 }, f)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
