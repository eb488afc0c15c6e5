import { useSyncExternalStore } from 'react';

/**
 * Diagram colours, written as SVG presentation attributes: the page's Content-Security-Policy
 * forbids inline style elements, and an exported SVG must look the same outside the page.
 */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly fills: Readonly<Record<'server' | 'agent' | 'datastore' | 'registration' | 'operator' | 'note', string>>;
  readonly strokes: Readonly<
    Record<'server' | 'agent' | 'datastore' | 'registration' | 'operator' | 'group' | 'note', string>
  >;
  readonly edges: Readonly<Record<'api' | 'tunnel' | 'mesh' | 'peers' | 'data', string>>;
  readonly series: readonly [string, string, string, string];
}

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#17202a',
  muted: '#4f5b68',
  fills: {
    server: '#e8f1fb',
    agent: '#eaf5ec',
    datastore: '#fff4e0',
    registration: '#f1ecfb',
    operator: '#f3f5f7',
    note: '#f7f7f2',
  },
  strokes: {
    server: '#1d5b8f',
    agent: '#2f6b3a',
    datastore: '#8a5300',
    registration: '#5b3c99',
    operator: '#4f5b68',
    group: '#8896a5',
    note: '#8b8b6e',
  },
  edges: { api: '#1d5b8f', tunnel: '#2f6b3a', mesh: '#6a4fb3', peers: '#8a5300', data: '#b3261e' },
  series: ['#1d5b8f', '#b3541e', '#2f6b3a', '#6a4fb3'],
};

export const DARK: Palette = {
  background: '#161d25',
  text: '#e6ebf0',
  muted: '#a3afbc',
  fills: {
    server: '#162c40',
    agent: '#17301d',
    datastore: '#3a2a10',
    registration: '#2a2140',
    operator: '#1d2630',
    note: '#2a2a22',
  },
  strokes: {
    server: '#8cc4f2',
    agent: '#8fd19e',
    datastore: '#ffc266',
    registration: '#c3a9ff',
    operator: '#a3afbc',
    group: '#6d7c8c',
    note: '#bdbd9a',
  },
  edges: { api: '#8cc4f2', tunnel: '#8fd19e', mesh: '#c3a9ff', peers: '#ffc266', data: '#ff8a80' },
  series: ['#8cc4f2', '#ffab70', '#8fd19e', '#c3a9ff'],
};

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** Dark when the page is set to dark, or follows a dark system setting. */
function isDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function usePalette(): Palette {
  return useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT;
}
