import { useId, useState } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import { K3sVersionInputSchema } from '../../core/plan/plan-input';
import { useI18n } from '../../i18n/i18n';
import { FieldFindings } from './field-findings';

interface VersionFieldProps {
  value: string;
  /** The release the checks used, shown under the field. */
  resolved: string;
  suggestions: readonly string[];
  findings: readonly AnyFinding[];
  onCommit: (value: string) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** K3s version: a channel, a minor line or an exact release, with the known ones offered. */
export function VersionField({ value, resolved, suggestions, findings, onCommit, onValidityChange }: VersionFieldProps) {
  const { m } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const text = draft !== null && draft.base === value ? draft.text : value;
  const valid = K3sVersionInputSchema.safeParse(text.trim()).success;

  return (
    <div className={`field${valid ? '' : ' field--invalid'}`}>
      <label htmlFor={id} className="field__label">
        {m.form.k3sVersion.label}
      </label>
      <input
        id={id}
        name="k3sVersion"
        className="field__input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        list={`${id}-list`}
        value={text}
        aria-invalid={!valid}
        aria-describedby={[`${id}-help`, valid ? `${id}-resolved` : `${id}-error`, findings.length > 0 ? `${id}-findings` : null].filter(Boolean).join(' ')}
        onChange={(e) => {
          const next = e.target.value;
          const ok = K3sVersionInputSchema.safeParse(next.trim()).success;
          onValidityChange('k3sVersion', ok);
          setDraft({ text: next, base: ok ? next.trim() : value });
          if (ok && next.trim() !== value) onCommit(next.trim());
        }}
        onBlur={() => {
          if (valid) setDraft(null);
        }}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id={`${id}-help`} className="field__help">
        {m.form.k3sVersion.help}
      </p>
      {valid ? (
        <p id={`${id}-resolved`} className="field__note">
          {m.form.k3sVersion.resolved({ version: resolved })}
        </p>
      ) : (
        <p id={`${id}-error`} className="field__error" role="alert">
          {m.form.k3sVersion.invalid}
        </p>
      )}
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
