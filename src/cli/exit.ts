/** Exit statuses: the plan has no errors; it has error findings; the input was not taken. */
export const EXIT = { ok: 0, planErrors: 1, badInput: 2 } as const;
