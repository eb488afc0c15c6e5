import type { AnyFinding, FindingCode, Finding } from '../core/findings/finding';
import type { CountError } from '../core/model/count';
import type { Formatter } from './format';
import type { FindingMessages, Msg } from './types';

export interface FindingText {
  readonly title: string;
  readonly why: string;
  readonly fix: string;
}

function render<C extends FindingCode>(messages: FindingMessages, finding: Finding<C>, f: Formatter): FindingText {
  const msg: FindingMessages[C] = messages[finding.code];
  return { title: msg.title(finding.params, f), why: msg.why(finding.params, f), fix: msg.fix(finding.params, f) };
}

/** A finding's title, reason and remedy in the catalog's language, from its code and parameters. */
export function findingText(messages: FindingMessages, finding: AnyFinding, f: Formatter): FindingText {
  return render(messages, finding, f);
}

export type CountErrorMessages = { [K in CountError['code']]: Msg<Extract<CountError, { code: K }>> };

/** The message for a count field's error. */
export function countErrorText(messages: CountErrorMessages, error: CountError, f: Formatter): string {
  switch (error.code) {
    case 'required':
      return messages.required(error, f);
    case 'not-a-number':
      return messages['not-a-number'](error, f);
    case 'not-whole':
      return messages['not-whole'](error, f);
    case 'too-small':
      return messages['too-small'](error, f);
    case 'too-large':
      return messages['too-large'](error, f);
  }
}
