import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { useAppReady } from '../shared/use-app-ready';
import { describedBy } from './field-shell';

interface Described {
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  error?: boolean;
  note?: boolean;
}

/**
 * A field's control: its id, the attributes every control carries (off until the app is ready,
 * its name), and the ids that describe it (help, traits, error or note, findings).
 */
export function useFieldControl(name: string, { findings, traits, error = false, note = false }: Described) {
  const appReady = useAppReady();
  const id = useId();
  return {
    id,
    control: { disabled: !appReady, id, name },
    describedBy: describedBy(id, { error, note, findings: findings.length > 0, traits: traits !== undefined }),
  };
}
