import { useId } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import { FieldFindings } from './field-findings';
import { FieldHelp } from './field-shell';
import { useAppReady } from '../shared/use-app-ready';

interface RadioFieldProps<V extends string> {
  name: string;
  legend: string;
  help: string;
  value: V;
  options: readonly V[];
  optionLabels: Readonly<Record<V, string>>;
  findings: readonly AnyFinding[];
  onChange: (value: V) => void;
}

/** A small set of exclusive choices shown at once (arrow keys move between them). */
export function RadioField<V extends string>({
  name,
  legend,
  help,
  value,
  options,
  optionLabels,
  findings,
  onChange,
}: RadioFieldProps<V>) {
  const appReady = useAppReady();
  const id = useId();
  return (
    <fieldset
      className="field field--radios"
      aria-describedby={findings.length > 0 ? `${id}-help ${id}-findings` : `${id}-help`}
    >
      <legend className="field__label">{legend}</legend>
      <div className="radios">
        {options.map((o) => (
          <label key={o} className={`radio${o === value ? ' radio--checked' : ''}`}>
            <input
              disabled={!appReady}
              type="radio"
              name={name}
              value={o}
              checked={o === value}
              onChange={() => {
                onChange(o);
              }}
            />
            <span>{optionLabels[o]}</span>
          </label>
        ))}
      </div>
      <FieldHelp id={id} help={help} />
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </fieldset>
  );
}
