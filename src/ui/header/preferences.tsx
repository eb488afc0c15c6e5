import { useId, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n';
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, isLocale } from '../../i18n/types';
import { THEMES, applyTheme, readTheme, saveTheme, subscribeTheme } from '../theme/theme';
import { useAppReady } from '../shared/use-app-ready';

/** Language and theme: the reader's own settings, next to the page title. */
export function Preferences() {
  const appReady = useAppReady();
  const { m, locale, setLocale, pending, failed } = useI18n();
  // The page built ahead of time (and the render that hydrates it) shows the system theme.
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const);
  const id = useId();
  const statusId = `${id}-lang-status`;
  return (
    <div className="preferences">
      <div className="preferences__item">
        <label htmlFor={`${id}-lang`} className="app-header__label">
          {m.preferences.language}
        </label>
        <select
          disabled={!appReady}
          id={`${id}-lang`}
          className="field__input"
          value={pending ?? locale}
          aria-describedby={statusId}
          aria-busy={pending !== null}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLocale(e.target.value);
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={LOCALE_TAGS[l]}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="preferences__item">
        <label htmlFor={`${id}-theme`} className="app-header__label">
          {m.preferences.theme}
        </label>
        <select
          disabled={!appReady}
          id={`${id}-theme`}
          className="field__input"
          value={theme}
          onChange={(e) => {
            const next = THEMES.find((t) => t === e.target.value) ?? 'system';
            applyTheme(next);
            saveTheme(next);
          }}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {m.preferences.themes[t]}
            </option>
          ))}
        </select>
      </div>
      <p
        id={statusId}
        className={failed ? 'preferences__status preferences__status--error' : 'visually-hidden'}
        role="status"
      >
        {pending ? m.preferences.languageLoading : failed ? m.preferences.languageFailed : ''}
      </p>
    </div>
  );
}
