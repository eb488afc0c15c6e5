import { WORKLOAD_LIMITS, WorkloadGroupSchema, type WorkloadGroup } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { bindList, countProps, textProps } from './bind-fields';
import { CountField } from './count-field';
import { FieldFindings } from './field-findings';
import { findingsForField } from './findings-for-field';
import { TextField } from './text-field';
import { WorkloadItem } from './workload-item';
import type { WorkloadsSectionProps } from './plan-section';

const acceptsName = (t: string): boolean => WorkloadGroupSchema.shape.name.safeParse(t).success;
/** The controls' names end in these (`wg0-cpu`). */
const GROUP_NAMES: Readonly<Record<keyof WorkloadGroup, string>> = {
  name: 'name',
  replicas: 'replicas',
  cpuMillis: 'cpu',
  memoryMiB: 'memory',
};
const NEW_GROUP: WorkloadGroup = { name: '', replicas: 3, cpuMillis: 250, memoryMiB: 256 };

/** The workloads: a name, replicas and requests per pod each; add and remove. */
export function WorkloadGroups({
  workloads,
  findings,
  findingsId,
  onChange,
  onValidityChange,
}: WorkloadsSectionProps & { findingsId: string }) {
  const t = useI18n().m.form.workloads;
  const { groups } = workloads;
  const setList = (next: typeof groups) => {
    onChange({ ...workloads, groups: next }, 'replace');
  };
  const bind = bindList(groups, setList, onValidityChange, (i, k) => `wg${String(i)}-${GROUP_NAMES[k]}`);
  return (
    <>
      <ol className="workload-groups">
        {groups.map((g, i) => {
          const field = bind(g, i);
          return (
            <WorkloadItem
              key={i}
              legend={t.group({ n: i + 1 })}
              remove={{
                text: t.removeShort,
                label: t.remove({ name: g.name === '' ? t.group({ n: i + 1 }) : g.name }),
              }}
              onRemove={() => {
                onChange({ ...workloads, groups: groups.filter((_, j) => j !== i) }, 'push');
              }}
            >
              <TextField {...textProps(field('name'), t.name, acceptsName, t.nameInvalid)} />
              <div className="field-row">
                <CountField {...countProps(field('replicas'), t.replicas, WORKLOAD_LIMITS.replicas)} />
                <CountField {...countProps(field('cpuMillis'), t.cpu, WORKLOAD_LIMITS.cpuMillis)} />
                <CountField {...countProps(field('memoryMiB'), t.memory, WORKLOAD_LIMITS.memoryMiB)} />
              </div>
            </WorkloadItem>
          );
        })}
      </ol>
      <FieldFindings id={`${findingsId}-groups-findings`} findings={findingsForField(findings, 'workloads.groups')} />
      {groups.length < WORKLOAD_LIMITS.groups && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            onChange({ ...workloads, groups: [...groups, { ...NEW_GROUP }] }, 'push');
          }}
        >
          {t.add}
        </button>
      )}
    </>
  );
}
