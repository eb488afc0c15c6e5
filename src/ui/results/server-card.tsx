import type { ClusterInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import type { ServerSizing } from '../../core/sizing/sizing';
import { useI18n } from '../../i18n/i18n';
import { countsText, serverBasisText } from '../../i18n/plan-text';
import { Figure } from '../shared/figure';
import { SourceLink } from '../shared/source-link';
import { MeasuredOverhead } from './measured-overhead';

export function ServerCard({ server, cluster, rules }: { server: ServerSizing; cluster: ClusterInput; rules: Rules }) {
  const { m, f } = useI18n();
  const r = m.results.server;
  const { minimum, recommended } = server.baseline;
  const statedForHaOnSingle =
    server.basis.kind === 'tier' && server.basis.statedFor === 'ha-servers' && server.count === 1;
  return (
    <section className="card" aria-labelledby="card-server" data-testid="server-card">
      <h3 id="card-server" className="card__title">
        {r.title({ count: server.count }, f)}
      </h3>
      <Figure vcpu={server.vcpu} memoryMiB={server.memoryMiB} vcpuOrMore={server.vcpuOrMore} />
      <p className="card__basis" data-testid="server-basis">
        {serverBasisText(server, cluster, m, f)}
      </p>
      <p className="card__note">
        {countsText(server, m)}
        {statedForHaOnSingle && ` ${r.statedForHa}`}
      </p>
      <dl className="facts">
        <div>
          <dt>{r.minimum}</dt>
          <dd>
            {m.results.coreCount({ vcpu: minimum.vcpu }, f)}, {f.memory(minimum.memoryMiB)}
          </dd>
        </div>
        {recommended !== null && (
          <div>
            <dt>{r.recommended}</dt>
            <dd>
              {m.results.coreCount({ vcpu: recommended.vcpu }, f)}, {f.memory(recommended.memoryMiB)}
            </dd>
          </div>
        )}
        <MeasuredOverhead measured={server.measured} />
        {server.etcdDisk !== null && (
          <div>
            <dt>{r.etcdDisk}</dt>
            <dd>
              {r.etcdDiskValue(
                { atDefault: server.etcdDisk.atDefaultQuotaMiB, atMax: server.etcdDisk.atSuggestedMaxQuotaMiB },
                f,
              )}
            </dd>
          </div>
        )}
      </dl>
      <ul className="card__sources">
        <li>
          <SourceLink source={server.source} rules={rules} />
        </li>
        {server.source !== server.baseline.source && (
          <li>
            <SourceLink source={server.baseline.source} rules={rules} />
          </li>
        )}
        <li>
          <SourceLink source={server.measured.source} rules={rules} />
        </li>
      </ul>
    </section>
  );
}
