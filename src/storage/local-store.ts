/**
 * This browser's localStorage, for the few things worth keeping between visits (the last plan,
 * the reader's language and theme). Never secrets. Storage can be missing or refuse access
 * (private windows, blocked cookies, a full quota): then nothing is kept and nothing breaks.
 */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored value, or null when absent, unreadable or longer than `maxLength`. */
export function readLocal(key: string, maxLength = 4000): string | null {
  try {
    const value = storage()?.getItem(key) ?? null;
    return value !== null && value.length <= maxLength ? value : null;
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Full or blocked storage only costs the restore on the next visit.
  }
}
