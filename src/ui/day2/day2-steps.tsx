import type { CommandStep } from '../../core/day2/steps';
import type { Day2Texts } from '../../i18n/day2-text';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';

/** Backup or restore steps in order: what to do, and the commands when there are any. */
export function Steps({ steps, t, testId }: { steps: readonly CommandStep[]; t: Day2Texts; testId: string }) {
  const { f } = useI18n();
  return (
    <ol className="install-steps" data-testid={testId}>
      {steps.map((s) => {
        const text = t.backup.steps[s.id]({ nodes: s.nodes }, f);
        return (
          <li key={s.id} data-step={s.id}>
            <p>{text}</p>
            {s.commands.length > 0 && (
              <CodeBlock lines={s.commands.map((c) => ({ text: c }))} what={text} testId={`step-${s.id}`} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
