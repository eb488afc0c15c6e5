import type { ReactNode } from 'react';

/** One section of the plan form: a fieldset under its legend. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
