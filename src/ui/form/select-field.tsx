import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { FieldShell } from './field-shell';
import { useFieldControl } from './use-field-control';

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
  const { id, control, describedBy } = useFieldControl(name, { findings, traits });
  return (
    <FieldShell id={id} label={label} help={help} findings={findings} traits={traits}>
      <select
        {...control}
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
    </FieldShell>
  );
}
