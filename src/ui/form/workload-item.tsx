import type { ReactNode } from 'react';

interface WorkloadItemProps {
  legend: string;
  /** The remove button's text, and its accessible name when the text alone is not enough. */
  remove: { text: string; label?: string };
  onRemove: () => void;
  children: ReactNode;
}

/** One entry of a workload list (a workload, a shape of one's own): its fields and a button that removes it. */
export function WorkloadItem({ legend, remove, onRemove, children }: WorkloadItemProps) {
  return (
    <li className="workload-group">
      <fieldset className="workload-group__fields">
        <legend>{legend}</legend>
        {children}
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={remove.label}
          onClick={onRemove}
        >
          {remove.text}
        </button>
      </fieldset>
    </li>
  );
}
