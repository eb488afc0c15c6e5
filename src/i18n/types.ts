import type { FindingCode, FindingParamsMap } from '../core/findings/finding';
import type { Formatter } from './format';

/** A message that needs parameters: a function of them and of the locale's formatter. */
export type Msg<P> = (p: P, f: Formatter) => string;

/** Title, reason and remedy of every finding code, typed by that code's parameters. */
export type FindingMessages = {
  [C in FindingCode]: {
    title: Msg<FindingParamsMap[C]>;
    why: Msg<FindingParamsMap[C]>;
    fix: Msg<FindingParamsMap[C]>;
  };
};

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
