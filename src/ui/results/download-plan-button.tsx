import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { useAppReady } from '../shared/use-app-ready';

/** Builds the JSON plan on demand; the export code is loaded only when someone asks for it. */
export function DownloadPlanButton({
  ready,
  compact = false,
}: {
  ready: { result: PlanResult; rules: Rules } | null;
  compact?: boolean;
}) {
  const appReady = useAppReady();
  const { m } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const queryClient = useQueryClient();
  const download = async () => {
    if (!ready) return;
    setState('busy');
    try {
      const { downloadPlanWithMachines } = await import('./download-plan-run');
      await downloadPlanWithMachines(queryClient, ready.result, ready.rules);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className={compact ? 'download download--compact' : 'download'}>
      <button
        type="button"
        className={compact ? 'button button--small button--secondary' : 'button'}
        disabled={!appReady || state === 'busy' || ready === null}
        onClick={() => void download()}
      >
        {state === 'busy' ? m.download.preparing : m.download.json}
      </button>
      {state === 'failed' && (
        <p className="field__error" role="alert">
          {m.download.failed}
        </p>
      )}
    </div>
  );
}
