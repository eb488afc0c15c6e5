import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** Copies text to the clipboard and says so; if the browser refuses, says to select the text instead. */
export function CopyButton({ text, what, label }: { text: string; what: string; label?: string }) {
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
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button button--small button--secondary copy-button" aria-label={label ?? m.network.copyLabel({ what })} onClick={() => void copy()}>
        {state === 'copied' ? m.network.copied : (label ?? m.network.copy)}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? m.network.copied : state === 'failed' ? m.network.copyFailed : ''}
      </span>
    </>
  );
}
