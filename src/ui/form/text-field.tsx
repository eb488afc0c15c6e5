import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { FieldShell } from './field-shell';
import { useFieldControl } from './use-field-control';

interface TextFieldProps {
  name: string;
  label: string;
  help: string;
  value: string;
  /** Whether a text may enter the plan; otherwise it stays a draft with `invalidMessage` beside it. */
  accepts: (text: string) => boolean;
  invalidMessage: string;
  /**
   * 'typing': a valid text enters the plan as it is typed.
   * 'settled': it enters when `settled(text)` holds while typing, or when the field loses focus.
   */
  commit: 'typing' | { settled: (text: string) => boolean };
  onCommit: (value: string) => void;
  onValidityChange: (name: string, valid: boolean) => void;
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  note?: string | null;
  suggestions?: readonly string[];
  monospace?: boolean;
}

/** The text shown and its handlers: a draft kept against the value it was typed over, pushed when accepted. */
function useTextDraft({
  name,
  value,
  accepts,
  commit,
  onCommit,
  onValidityChange,
}: Pick<TextFieldProps, 'name' | 'value' | 'accepts' | 'commit' | 'onCommit' | 'onValidityChange'>) {
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const text = draft !== null && draft.base === value ? draft.text : value;
  const valid = accepts(text.trim());
  const push = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== value) onCommit(trimmed);
  };
  return {
    text,
    valid,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const next = e.target.value;
      const ok = accepts(next.trim());
      onValidityChange(name, ok);
      const live = ok && (commit === 'typing' || commit.settled(next.trim()));
      setDraft({ text: next, base: live ? next.trim() : value });
      if (live) push(next);
    },
    onBlur: () => {
      if (!valid) return;
      push(text);
      setDraft(null);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter' && valid) push(text);
    },
  };
}

/**
 * A free-text input that keeps what the person typed. Text the plan cannot take stays a draft
 * with its message beside the field; the plan and its result keep the last accepted value.
 */
export function TextField(props: TextFieldProps) {
  const { name, label, help, invalidMessage, findings, traits, note = null, suggestions, monospace = false } = props;
  const { text, valid, onChange, onBlur, onKeyDown } = useTextDraft(props);
  const { id, control, describedBy } = useFieldControl(name, {
    findings,
    traits,
    error: !valid,
    note: valid && note !== null,
  });
  return (
    <FieldShell
      id={id}
      label={label}
      help={help}
      error={valid ? null : invalidMessage}
      note={note}
      findings={findings}
      traits={traits}
    >
      <input
        {...control}
        className={`field__input${monospace ? ' field__input--mono' : ''}`}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={text}
        list={suggestions ? `${id}-list` : undefined}
        aria-invalid={!valid}
        aria-describedby={describedBy}
        onChange={onChange}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}
