import type { Severity } from '../../core/findings/finding';

/** A shape per severity, so severity never depends on colour alone. Decorative: the text says it too. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className={`severity-icon severity-icon--${severity}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" className="severity-icon__mark" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.2l7 13H1z" />
          <path d="M8 6v3.6M8 11.4v.8" className="severity-icon__mark" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M8 7v4.6M8 4.4v.8" className="severity-icon__mark" />
        </>
      )}
    </svg>
  );
}
