import './compare.css';
import { useId, useState, type ReactNode } from 'react';
import type { PresetId } from '../../core/model/presets';
import type { PlanComparison as Comparison } from '../../core/plan/compare-plans';
import type { PlanResult } from '../../core/plan/compute-plan';
import { COMPARE_TEXTS } from '../../i18n/compare-text';
import { useI18n } from '../../i18n/i18n';
import type { UrlNotice } from '../../url/plan-url';
import { ComparisonTable } from './comparison-table';
import { FindingsDiffer, PortsDiffer } from './differences';

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

/** What the link's compared plans had that was ignored, in the words of the page's link notices. */
function ComparisonNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const { m, f, locale } = useI18n();
  if (notices.length === 0) return null;
  const text = (n: UrlNotice) =>
    n.kind === 'unknown-params'
      ? m.notices.unknownParams({ names: n.names }, f)
      : n.kind === 'invalid-param'
        ? m.notices.invalidParam({ name: n.name, value: n.value })
        : n.kind === 'newer-format'
          ? m.notices.newerFormat({ version: n.version })
          : null;
  return (
    <div className="compare__notices" role="status">
      <p>{COMPARE_TEXTS[locale].notices}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{text(n)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Another plan to add: a copy of the current plan or a preset, while fewer than the most are compared. */
function AddPlan({
  columns,
  maxPlans,
  presets,
  onAdd,
}: Pick<PlanComparisonProps, 'columns' | 'maxPlans' | 'presets' | 'onAdd'>) {
  const { m, f, locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  const [choice, setChoice] = useState<AddChoice>('copy');
  const selectId = useId();
  if (columns >= maxPlans) return <p className="card__note">{t.full({ max: maxPlans }, f)}</p>;
  return (
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
  );
}

/** Up to three plans side by side, as the core compared them: differences marked, best columns starred. */
export default function PlanComparison(props: PlanComparisonProps) {
  const { state, chart, onEdit, onRemove, onStop, onDownload } = props;
  const { locale } = useI18n();
  const t = COMPARE_TEXTS[locale];
  return (
    <section className="compare" id="compare" aria-labelledby="compare-title" data-testid="plan-comparison">
      <h2 id="compare-title" className="panel-title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <ComparisonNotices notices={props.notices} />
      {state.status === 'pending' && <p className="status">{t.loading}</p>}
      {state.status === 'error' && <p className="status">{t.loadFailed}</p>}
      {state.status === 'ready' && (
        <>
          <p className="compare__legend">{t.legend}</p>
          <ComparisonTable results={state.results} comparison={state.comparison} onEdit={onEdit} onRemove={onRemove} />
          <FindingsDiffer comparison={state.comparison} />
          <PortsDiffer comparison={state.comparison} />
          {chart}
        </>
      )}
      <div className="compare__actions">
        <AddPlan {...props} />
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
