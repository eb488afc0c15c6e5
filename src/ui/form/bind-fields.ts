import type { AnyFinding } from '../../core/findings/finding';
import type { FieldTraits } from '../../core/network/settings';
import type { HistoryMode } from '../../url/use-plan-url';

/** One field of a plan section, bound to its value and its setter: what a shared field needs but its texts. */
export interface BoundField<T> {
  name: string;
  value: T;
  set: (mode: HistoryMode) => (value: T) => void;
  findings: readonly AnyFinding[];
  traits: FieldTraits | undefined;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** A field's label and one-line help, as the catalogs hold them (a help with parameters is called first). */
export interface FieldTexts {
  readonly label: string;
  readonly help: string;
}

export interface SectionBinding<S> {
  values: S;
  onChange: (values: S, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
  /** The control's name; by default the field's key. */
  name?: (field: keyof S & string) => string;
  /** The findings shown beside the field; by default none. */
  findings?: (field: keyof S & string) => readonly AnyFinding[];
  /** Whether the setting is fixed at creation or must match on all servers; by default not shown. */
  traits?: (field: keyof S & string) => FieldTraits | undefined;
}

const NO_FINDINGS: readonly AnyFinding[] = [];

/** Binds the fields of one plan section (cluster, network, backup…): `field('servers')` for a shared field's props. */
export function bindSection<S extends object>(section: SectionBinding<S>) {
  const { values, onChange, onValidityChange } = section;
  return <K extends keyof S & string>(field: K): BoundField<S[K]> => ({
    name: section.name ? section.name(field) : field,
    value: values[field],
    set: (mode) => (value) => {
      onChange({ ...values, [field]: value }, mode);
    },
    findings: section.findings ? section.findings(field) : NO_FINDINGS,
    traits: section.traits?.(field),
    onValidityChange,
  });
}

/** A checkbox's props: a change enters the history. */
export const checkboxProps = (b: BoundField<boolean>, texts: FieldTexts) => ({
  name: b.name,
  label: texts.label,
  help: texts.help,
  checked: b.value,
  findings: b.findings,
  traits: b.traits,
  onChange: b.set('push'),
});

/** A select's props: a change enters the history. */
export const selectProps = <V extends string>(
  b: BoundField<V>,
  texts: FieldTexts & { readonly options: Readonly<Record<V, string>> },
  options: readonly V[],
) => ({
  name: b.name,
  label: texts.label,
  help: texts.help,
  value: b.value,
  options,
  optionLabels: texts.options,
  findings: b.findings,
  traits: b.traits,
  onChange: b.set('push'),
});

/** A whole-number field's props: typing replaces the current history entry. */
export const countProps = (b: BoundField<number>, texts: FieldTexts, limits: { min: number; max: number }) => ({
  name: b.name,
  label: texts.label,
  help: texts.help,
  value: b.value,
  limits,
  findings: b.findings,
  traits: b.traits,
  onCommit: b.set('replace'),
  onValidityChange: b.onValidityChange,
});

/** A free-text field's props, entering the plan as it is typed (replacing the current history entry). */
export const textProps = (
  b: BoundField<string>,
  texts: FieldTexts,
  accepts: (text: string) => boolean,
  invalidMessage: string,
) => ({
  name: b.name,
  label: texts.label,
  help: texts.help,
  value: b.value,
  accepts,
  invalidMessage,
  commit: 'typing' as const,
  findings: b.findings,
  traits: b.traits,
  onCommit: b.set('replace'),
  onValidityChange: b.onValidityChange,
});

/** Binds the fields of a list's entries (workloads, shapes): `bind(item, i)`; a change replaces that entry. */
export function bindList<S extends object>(
  list: readonly S[],
  onList: (list: S[]) => void,
  onValidityChange: (name: string, valid: boolean) => void,
  name: (i: number, field: keyof S & string) => string,
) {
  return (item: S, i: number) =>
    bindSection({
      values: item,
      onChange: (next) => {
        onList(list.map((x, j) => (j === i ? next : x)));
      },
      onValidityChange,
      name: (field) => name(i, field),
    });
}
