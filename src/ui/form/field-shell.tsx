import type { ReactNode } from 'react';
import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import { useI18n } from '../../i18n/i18n';
import { FieldFindings } from './field-findings';

interface FieldShellProps {
  id: string;
  label: string;
  help: string;
  error?: string | null;
  note?: string | null;
  findings: readonly AnyFinding[];
  traits?: FieldTraits | undefined;
  invalid?: boolean;
  children: ReactNode;
}

/** The ids a control's aria-describedby lists: help, then error or note, then findings. */
export function describedBy(
  id: string,
  parts: { error?: boolean; note?: boolean; findings?: boolean; traits?: boolean },
): string {
  return [
    `${id}-help`,
    parts.traits ? `${id}-traits` : null,
    parts.error ? `${id}-error` : null,
    parts.note ? `${id}-note` : null,
    parts.findings ? `${id}-findings` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(' ');
}

/** Marks a setting fixed at cluster creation and/or required to match on every server. */
export function TraitBadges({ id, traits }: { id: string; traits: FieldTraits | undefined }) {
  const { m } = useI18n();
  if (!traits || (!traits.creationOnly && !traits.sameOnAllServers)) return null;
  const t = m.form.traits;
  return (
    <span className="traits" id={`${id}-traits`}>
      {traits.creationOnly && (
        <span className="trait trait--creation" title={t.creationOnlyHelp}>
          {t.creationOnly}
        </span>
      )}
      {traits.sameOnAllServers && (
        <span className="trait trait--same" title={t.sameOnAllServersHelp}>
          {t.sameOnAllServers}
        </span>
      )}
    </span>
  );
}

/** A field's one-line help, the first id its control's aria-describedby lists. */
export function FieldHelp({ id, help }: { id: string; help: string }) {
  return (
    <p id={`${id}-help`} className="field__help">
      {help}
    </p>
  );
}

/** Label, control, one-line help, the error or note beside it, and the findings that concern it. */
export function FieldShell({
  id,
  label,
  help,
  error = null,
  note = null,
  findings,
  traits,
  invalid = false,
  children,
}: FieldShellProps) {
  return (
    <div className={`field${invalid || error !== null ? ' field--invalid' : ''}`}>
      <div className="field__head">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <TraitBadges id={id} traits={traits} />
      </div>
      {children}
      <FieldHelp id={id} help={help} />
      {error !== null && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {error === null && note !== null && (
        <p id={`${id}-note`} className="field__note">
          {note}
        </p>
      )}
      <FieldFindings id={`${id}-findings`} findings={findings} />
    </div>
  );
}
