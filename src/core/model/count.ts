/** Parsing a whole-number field as typed, so a bad value gets a precise message instead of a silent fallback. */

export type CountError =
  | { readonly code: 'required' }
  | { readonly code: 'not-a-number' }
  | { readonly code: 'not-whole' }
  | { readonly code: 'too-small'; readonly min: number }
  | { readonly code: 'too-large'; readonly max: number };

export type CountResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: CountError };

// Digit-group separators people paste: comma, underscore, apostrophe, (narrow) no-break and plain spaces.
const GROUP_SEPARATORS = /(?<=\d)[,_'\u00a0\u202f ](?=\d{3}(?:\D|$))/g;

/**
 * Reads a whole number between min and max from what was typed. Full-width digits (１０) and
 * thousands separators (1,000) are accepted; anything else is reported, never guessed.
 */
export function parseCount(raw: string, limits: { readonly min: number; readonly max: number }): CountResult {
  const text = raw.normalize('NFKC').trim().replace(GROUP_SEPARATORS, '');
  if (text === '') return { ok: false, error: { code: 'required' } };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: false, error: { code: 'not-a-number' } };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: { code: 'too-large', max: limits.max } };
  if (!Number.isInteger(value)) return { ok: false, error: { code: 'not-whole' } };
  if (value < limits.min) return { ok: false, error: { code: 'too-small', min: limits.min } };
  if (value > limits.max) return { ok: false, error: { code: 'too-large', max: limits.max } };
  return { ok: true, value };
}
