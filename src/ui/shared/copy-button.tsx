import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAppReady } from './use-app-ready';

/** Copies text to the clipboard and says so; if the browser refuses, says to select the text instead. */
/** `text` may be a function, read when the button is pressed (the page's address, say). */
export function CopyButton({ text, what, label }: { text: string | (() => string); what: string; label?: string }) {
  const appReady = useAppReady();
  const { m } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => {
      setState('idle');
    }, 2000);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        disabled={!appReady}
        type="button"
        className="button button--small button--secondary copy-button"
        aria-label={label ?? m.network.copyLabel({ what })}
        onClick={() => void copy()}
      >
        {state === 'copied' ? m.network.copied : (label ?? m.network.copy)}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? m.network.copied : state === 'failed' ? m.network.copyFailed : ''}
      </span>
    </>
  );
}
