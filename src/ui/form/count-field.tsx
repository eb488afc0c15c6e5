import { useId, useState, type KeyboardEvent } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import { parseCount, type CountError } from '../../core/plan/count-field';
import { countErrorText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { FieldFindings } from './field-findings';

interface CountFieldProps {
  name: string;
  label: string;
  help: string;
  value: number;
  limits: { readonly min: number; readonly max: number };
  findings: readonly AnyFinding[];
  onCommit: (value: number) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/**
 * A whole-number input that keeps what the person typed. A valid entry updates the plan at once;
 * an invalid one shows its message beside the field and the plan keeps its last valid value.
 */
export function CountField({ name, label, help, value, limits, findings, onCommit, onValidityChange }: CountFieldProps) {
  const { m, f } = useI18n();
  const id = useId();
  // The draft belongs to the value it was typed against; when the plan changes from elsewhere it is dropped.
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const text = draft !== null && draft.base === value ? draft.text : String(value);
  const parsed = parseCount(text, limits);
  const error: CountError | null = parsed.ok ? null : parsed.error;

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
    const next = Math.min(limits.max, Math.max(limits.min, base + (e.key === 'ArrowUp' ? 1 : -1)));
    change(String(next));
  };

  const describedBy = [`${id}-help`, error ? `${id}-error` : null, findings.length > 0 ? `${id}-findings` : null].filter(Boolean).join(' ');
  const errorText = error === null ? null : countErrorText(m.form.countErrors, error, f);

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        name={name}
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
      <p id={`${id}-help`} className="field__help">
        {help}
      </p>
      {errorText !== null && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {errorText}
        </p>
      )}
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
