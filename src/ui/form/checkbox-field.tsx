import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { FieldFindings } from './field-findings';
import { FieldHelp, TraitBadges } from './field-shell';
import { useFieldControl } from './use-field-control';

interface CheckboxFieldProps {
  name: string;
  label: string;
  help: string;
  checked: boolean;
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ name, label, help, checked, findings, traits, onChange }: CheckboxFieldProps) {
  const { id, control, describedBy } = useFieldControl(name, { findings, traits });
  return (
    <div className="field field--checkbox">
      <div className="checkbox">
        <input
          {...control}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange(e.target.checked);
          }}
        />
        <label htmlFor={id} className="checkbox__label">
          {label}
        </label>
        <TraitBadges id={id} traits={traits} />
      </div>
      <FieldHelp id={id} help={help} />
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
