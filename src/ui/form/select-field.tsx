import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import { FieldFindings } from './field-findings';

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  help: string;
  value: V;
  options: readonly V[];
  optionLabels: Readonly<Record<V, string>>;
  findings: readonly AnyFinding[];
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ name, label, help, value, options, optionLabels, findings, onChange }: SelectFieldProps<V>) {
  const id = useId();
  const describedBy = findings.length > 0 ? `${id}-help ${id}-findings` : `${id}-help`;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="field__input"
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = options.find((o) => o === e.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabels[o]}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="field__help">
        {help}
      </p>
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
