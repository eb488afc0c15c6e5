import type { renderDay2Files } from '../../core/day2/render';

/** The day-2 files in the page's language, rendered by the core (src/app/panels.tsx). */
export type Day2Files = ReturnType<typeof renderDay2Files>;
