import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { describedBy, FieldShell } from './field-shell';
import { useAppReady } from '../shared/use-app-ready';

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  help: string;
  value: V;
  options: readonly V[];
  optionLabels: Readonly<Record<V, string>>;
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({
  name,
  label,
  help,
  value,
  options,
  optionLabels,
  findings,
  traits,
  onChange,
}: SelectFieldProps<V>) {
  const appReady = useAppReady();
  const id = useId();
  return (
    <FieldShell id={id} label={label} help={help} findings={findings} traits={traits}>
      <select
        disabled={!appReady}
        id={id}
        name={name}
        className="field__input"
        value={value}
        aria-describedby={describedBy(id, { findings: findings.length > 0, traits: traits !== undefined })}
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
    </FieldShell>
  );
}
