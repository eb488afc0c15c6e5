import { useState, type KeyboardEvent } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { parseCount } from '../../core/model/count';
import { countErrorText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { FieldShell } from './field-shell';
import { useFieldControl } from './use-field-control';

interface CountFieldProps {
  name: string;
  label: string;
  help: string;
  value: number;
  limits: { readonly min: number; readonly max: number };
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  /** A line under the field, e.g. where its value comes from. */
  note?: string | null;
  onCommit: (value: number) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/**
 * A whole-number input that keeps what the person typed. A valid entry updates the plan at once;
 * an invalid one shows its message beside the field and the plan keeps its last valid value.
 * Arrow keys step the value.
 */
export function CountField({
  name,
  label,
  help,
  value,
  limits,
  findings,
  traits,
  note = null,
  onCommit,
  onValidityChange,
}: CountFieldProps) {
  const { m, f } = useI18n();
  // The draft belongs to the value it was typed against; when the plan changes from elsewhere it is dropped.
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const text = draft !== null && draft.base === value ? draft.text : String(value);
  const parsed = parseCount(text, limits);
  const error = parsed.ok ? null : countErrorText(m.form.countErrors, parsed.error, f);
  const { id, control, describedBy } = useFieldControl(name, { findings, traits, error: error !== null });

  const change = (next: string) => {
    const result = parseCount(next, limits);
    onValidityChange(name, result.ok);
    if (result.ok) {
      setDraft({ text: next, base: result.value });
      if (result.value !== value) onCommit(result.value);
    } else {
      setDraft({ text: next, base: value });
    }
  };

  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const base = parsed.ok ? parsed.value : value;
    change(String(Math.min(limits.max, Math.max(limits.min, base + (e.key === 'ArrowUp' ? 1 : -1)))));
  };

  return (
    <FieldShell id={id} label={label} help={help} error={error} note={note} findings={findings} traits={traits}>
      <input
        {...control}
        className="field__input field__input--number"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
        onChange={(e) => {
          change(e.target.value);
        }}
        onKeyDown={step}
        onBlur={() => {
          if (parsed.ok) setDraft(null);
        }}
      />
    </FieldShell>
  );
}
