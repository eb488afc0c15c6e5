import { BOARD_MEMORY_GIB, DEVICE_CLASSES, K3sVersionInputSchema } from '../../core/model/plan-input';
import { ARCHITECTURES } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { selectProps, textProps } from './bind-fields';
import { FormSection } from './form-section';
import { bindPlanSection, type PlanSectionProps } from './plan-section';
import { SelectField } from './select-field';
import { TextField } from './text-field';

interface PlatformSectionProps extends PlanSectionProps {
  /** The release the K3s version field resolves to, named in its note. */
  resolvedVersion: string;
}

const BOARD_MEMORY_OPTIONS = BOARD_MEMORY_GIB.map(String);
const acceptsK3sVersion = (t: string): boolean => K3sVersionInputSchema.safeParse(t).success;

/** The machines' architecture and class (a board's memory), and the K3s version the checks use. */
export function PlatformSection(props: PlatformSectionProps) {
  const { plan, rules, resolvedVersion } = props;
  const f = useI18n().m.form;
  const field = bindPlanSection(props, 'cluster', (k) => `cluster.${k}`);
  const boardMemory = field('boardMemoryGiB');
  return (
    <FormSection legend={f.sections.platform}>
      <SelectField {...selectProps(field('arch'), f.arch, ARCHITECTURES)} />
      <SelectField {...selectProps(field('device'), f.device, DEVICE_CLASSES)} />
      {plan.cluster.device === 'low-power-board' && (
        <SelectField
          name={boardMemory.name}
          label={f.boardMemory.label}
          help={f.boardMemory.help}
          value={String(boardMemory.value)}
          options={BOARD_MEMORY_OPTIONS}
          optionLabels={Object.fromEntries(
            BOARD_MEMORY_OPTIONS.map((o) => [o, f.boardMemory.option({ gib: Number(o) })]),
          )}
          findings={boardMemory.findings}
          onChange={(v) => {
            const gib = BOARD_MEMORY_GIB.find((n) => String(n) === v);
            if (gib !== undefined) boardMemory.set('push')(gib);
          }}
        />
      )}
      <TextField
        {...textProps(field('k3sVersion'), f.k3sVersion, acceptsK3sVersion, f.k3sVersion.invalid)}
        note={f.k3sVersion.resolved({ version: resolvedVersion })}
        suggestions={['stable', 'latest', ...[...rules.releases.known].reverse()]}
      />
    </FormSection>
  );
}
