import type { AnyFinding } from '../../core/findings/finding';
import type { PlanInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import type { HistoryMode } from '../../url/use-plan-url';
import { ComponentsSection } from './components-section';
import { HostSection } from './host-section';
import { InstallSection } from './install-section';
import { NetworkSection } from './network-section';
import { PlatformSection } from './platform-section';
import { StorageSection } from './storage-section';
import { TopologySection } from './topology-section';
import { WorkloadsSection } from './workloads-section';

interface PlanFormProps {
  plan: PlanInput;
  rules: Rules;
  findings: readonly AnyFinding[];
  resolvedVersion: string;
  /** The agent count workload planning set, when it is on (null: it found no shape for every pod). */
  workloadAgents: number | null | undefined;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
  onValidityChange: (name: string, valid: boolean) => void;
}

/** The plan's inputs, section by section; each field shows the findings that name it. */
export function PlanForm({ resolvedVersion, workloadAgents, ...section }: PlanFormProps) {
  const { m } = useI18n();
  const { plan, onChange } = section;
  return (
    <form
      className="plan-form"
      aria-labelledby="plan-form-title"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <h2 id="plan-form-title" className="panel-title">
        {m.form.title}
      </h2>
      <TopologySection {...section} workloadAgents={workloadAgents} />
      <WorkloadsSection
        workloads={plan.workloads}
        rules={section.rules}
        findings={section.findings}
        onChange={(workloads, mode) => {
          onChange({ ...plan, workloads }, mode);
        }}
        onValidityChange={section.onValidityChange}
      />
      <StorageSection {...section} />
      <PlatformSection {...section} resolvedVersion={resolvedVersion} />
      <NetworkSection {...section} />
      <ComponentsSection {...section} />
      <HostSection {...section} />
      <InstallSection {...section} />
    </form>
  );
}
