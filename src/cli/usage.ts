import { MachineTypeRefSchema } from '../core/model/plan-input';
import { LANG_KEY } from '../i18n/locale';
import { LOCALES } from '../i18n/types';
import { ITEM_SYNTAX, MACHINE_TYPE_SYNTAX, RULES_KEY } from '../url/plan-url';
import { PLAN_OPTIONS, valueShape, type PlanOption } from './options';
import { DEFAULT_SITE, EXIT } from './constants';
import { formEntry, type Words } from './words';

const COLUMN = 34;
/** An option and what it does, in two columns; a long option gets a line of its own. */
const row = (left: string, right: string): string =>
  `  ${left.length <= COLUMN - 4 ? left.padEnd(COLUMN - 2) : `${left}\n${' '.repeat(COLUMN)}`}${right}`;

/**
 * How a structured value is written (`name:replicas:cpuMillis:memoryMiB`), or a machine type (a
 * field whose schema is the machine type reference's); null for numbers, choices and text.
 */
export const valueSyntax = (option: PlanOption): string | null =>
  ITEM_SYNTAX[option.param.encoding] ?? (option.param.schema === MachineTypeRefSchema ? MACHINE_TYPE_SYNTAX : null);

/**
 * What a plan option takes, from its schema and its encoding in the link: whole-number limits, the
 * choices, 1 or 0, a list of choices, the syntax of structured values, or text.
 */
export function valueText(option: PlanOption, w: Words): string {
  const { t, f } = w;
  const { encoding } = option.param;
  const shape = valueShape(option.param);
  const syntax = valueSyntax(option);
  if (encoding === 'bool') return t.usage.value.bool;
  if (shape.values) return t.usage.value.oneOf({ values: shape.values }, f);
  if (encoding === 'int') return t.usage.value.int({ min: shape.min, max: shape.max }, f);
  if (shape.items) return t.usage.value.someOf({ values: shape.items }, f);
  if (syntax === null) return t.usage.value.text;
  // One item (a pair, a machine type), or a comma-separated list of them.
  return encoding === 'pair' || encoding === 'text' ? syntax : t.usage.value.items({ syntax }, f);
}

/** --help: the options, generated from the link codec's table for the plan's fields, in the chosen language. */
export function usage(w: Words): string {
  const { t, m, f } = w;
  const o = t.usage.options;
  const colon = m.punctuation.colon;
  const lines = [
    t.usage.synopsis,
    '',
    t.usage.intro,
    '',
    `${t.usage.inputs}${colon}`.trimEnd(),
    row('--link <link>', o.link),
    row('--plan <file.json>', o.plan),
    row(`--${RULES_KEY} <id>`, o.rules),
    '',
    `${t.usage.outputs}${colon}`.trimEnd(),
    row('--json', o.json),
    row('--out <dir>', o.out),
    row('--site <url>', o.site({ url: DEFAULT_SITE }, f)),
    row(`--${LANG_KEY} ${LOCALES.join('|')}`, o.lang),
    row('--help, -h', o.help),
    '',
    `${t.usage.planOptions}${colon}`.trimEnd(),
    ...PLAN_OPTIONS.map((option) => {
      const label = formEntry(option, w)?.label;
      const names = option.name === option.key ? `--${option.name}` : `--${option.name}, --${option.key}`;
      return row(names, `${label ? `${label}${colon}` : ''}${valueText(option, w)}`);
    }),
    '',
    `${t.usage.exitStatus}${colon}`.trimEnd(),
    `  ${t.usage.exit.ok({ code: EXIT.ok }, f)}`,
    `  ${t.usage.exit.errors({ code: EXIT.planErrors }, f)}`,
    `  ${t.usage.exit.badInput({ code: EXIT.badInput }, f)}`,
  ];
  return `${lines.join('\n')}\n`;
}
