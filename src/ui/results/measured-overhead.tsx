import type { MeasuredOverhead as Measured } from '../../core/sizing/sizing';
import { useI18n } from '../../i18n/i18n';

/** One "K3s measured overhead" row of a card: CPU share and memory, with the conditions they were measured under. */
export function MeasuredOverhead({ measured }: { measured: Measured }) {
  const { m, f } = useI18n();
  const r = m.results.server;
  return (
    <div>
      <dt>{r.measured}</dt>
      <dd>
        {m.results.ofACore({ share: measured.cpuCoreShare }, f)}
        {measured.cpuCoreShareElsewhere !== null &&
          `${m.punctuation.open}${r.measuredElsewhere({ share: measured.cpuCoreShareElsewhere }, f)}${m.punctuation.close}`}
        {m.punctuation.comma}
        {f.memory(measured.memoryMiB)}
        <span className="facts__detail">
          {r.measuredDetail({
            role: measured.role,
            processor: measured.processor,
            column: measured.datastoreColumn,
            version: measured.k3sVersion,
          })}
        </span>
      </dd>
    </div>
  );
}
