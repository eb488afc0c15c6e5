import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { FieldFindings } from './field-findings';
import { describedBy, TraitBadges } from './field-shell';
import { useAppReady } from '../shared/use-app-ready';

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
  const appReady = useAppReady();
  const id = useId();
  return (
    <div className="field field--checkbox">
      <div className="checkbox">
        <input
          disabled={!appReady}
          id={id}
          name={name}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(id, { findings: findings.length > 0, traits: traits !== undefined })}
          onChange={(e) => {
            onChange(e.target.checked);
          }}
        />
        <label htmlFor={id} className="checkbox__label">
          {label}
        </label>
        <TraitBadges id={id} traits={traits} />
      </div>
      <p id={`${id}-help`} className="field__help">
        {help}
      </p>
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
