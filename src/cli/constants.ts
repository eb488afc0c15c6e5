/** Exit statuses: the plan has no errors; it has error findings; the input was not taken. */
export const EXIT = { ok: 0, planErrors: 1, badInput: 2 } as const;

/** The page's address when the input names none: the development server of this checkout (npm start). */
export const DEFAULT_SITE = 'http://127.0.0.1:5173/';
