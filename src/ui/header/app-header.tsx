import { useId, type ReactNode } from 'react';
import type { RulesIndex } from '../../core/model/rules';
import { selectableRulesFiles } from '../../data/rules-query';
import { useI18n } from '../../i18n/i18n';
import { Preferences } from './preferences';
import { useAppReady } from '../shared/use-app-ready';

interface AppHeaderProps {
  index: RulesIndex;
  rulesId: string;
  onRulesChange: (rulesId: string) => void;
  /** The plan toolbar, shown under the edition switch. */
  children?: ReactNode;
}

export function AppHeader({ index, rulesId, onRulesChange, children }: AppHeaderProps) {
  const appReady = useAppReady();
  const { m } = useI18n();
  const id = useId();
  return (
    <header className="app-header">
      <a className="skip-link" href="#results">
        {m.app.skipToResults}
      </a>
      <div className="app-header__brand">
        <h1 className="app-header__title">{m.app.title}</h1>
        <p className="app-header__tagline">{m.app.tagline}</p>
      </div>
      <Preferences />
      <div className="app-header__controls">
        <label htmlFor={id} className="app-header__label">
          {m.edition.label}
        </label>
        <select
          disabled={!appReady}
          id={id}
          className="field__input"
          value={rulesId}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            onRulesChange(e.target.value);
          }}
        >
          {selectableRulesFiles(index, rulesId).map((file) => (
            <option key={file.id} value={file.id}>
              {m.edition.option({
                edition: file.edition,
                version: file.version,
                superseded: file.supersededBy !== undefined,
              })}
            </option>
          ))}
        </select>
        <p id={`${id}-help`} className="visually-hidden">
          {m.edition.help}
        </p>
      </div>
      {children}
    </header>
  );
}
