import { useId, useRef, useState } from 'react';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { PlanInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { importPlanJson, type ImportResult } from '../../url/plan-import';
import { DownloadPlanButton } from '../results/download-plan-button';
import { CopyButton } from '../shared/copy-button';
import { useAppReady } from '../shared/use-app-ready';
import { currentPlanLink } from '../../url/current-link';

interface PlanToolbarProps {
  /** The computed plan, or null while the rules load: the toolbar keeps its place, its download waits. */
  ready: { result: PlanResult; rules: Rules } | null;
  knownRules: readonly string[];
  onImport: (plan: PlanInput) => void;
  onReset: () => void;
}

/** Share, save and restore the plan: copy its link, download or import its JSON, start over. */
export function PlanToolbar({ ready, knownRules, onImport, onReset }: PlanToolbarProps) {
  const appReady = useAppReady();
  const { m } = useI18n();
  const t = m.toolbar;
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Extract<ImportResult, { ok: false }> | null>(null);

  const importFile = async (file: File) => {
    const outcome = importPlanJson(await file.text(), knownRules);
    if (outcome.ok) {
      setFailure(null);
      onImport(outcome.plan);
    } else {
      setFailure(outcome);
    }
  };

  return (
    <div className="toolbar" role="group" aria-label={t.label}>
      <CopyButton text={() => currentPlanLink()} what={t.link} label={t.copyLink} />
      <DownloadPlanButton ready={ready} compact />
      <button
        disabled={!appReady}
        type="button"
        className="button button--small button--secondary"
        onClick={() => fileInput.current?.click()}
      >
        {t.importPlan}
      </button>
      <input
        ref={fileInput}
        id={id}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.importPlan}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
          e.target.value = '';
        }}
      />
      <button disabled={!appReady} type="button" className="button button--small button--secondary" onClick={onReset}>
        {t.reset}
      </button>
      {failure && (
        <div className="toolbar__error" role="alert" data-testid="import-error">
          <p>{t.importErrors[failure.error]({ detail: failure.detail })}</p>
          {failure.error === 'invalid' && <pre className="rules-error__detail">{failure.detail}</pre>}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              setFailure(null);
            }}
          >
            {m.notices.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
