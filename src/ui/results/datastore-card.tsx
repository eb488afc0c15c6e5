import type { ClusterInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import type { Sizing } from '../../core/sizing/sizing';
import { useI18n } from '../../i18n/i18n';
import { databaseBasisText } from '../../i18n/plan-text';
import { Figure } from '../shared/figure';
import { SourceLink } from '../shared/source-link';

export function DatastoreCard({ sizing, cluster, rules }: { sizing: Sizing; cluster: ClusterInput; rules: Rules }) {
  const { m, f } = useI18n();
  const r = m.results.datastore;
  const { database, etcd } = sizing;
  return (
    <section className="card" aria-labelledby="card-datastore" data-testid="datastore-card">
      <h3 id="card-datastore" className="card__title">
        {database ? r.external({ datastore: database.datastore }) : r.title}
      </h3>
      {database ? (
        <>
          <Figure vcpu={database.vcpu} memoryMiB={database.memoryMiB} vcpuOrMore={database.vcpuOrMore} />
          <p className="card__basis">{databaseBasisText(database, m, f)}</p>
        </>
      ) : (
        <p className="card__basis">{r.onServers({ datastore: cluster.datastore })}</p>
      )}
      {etcd && <p className="card__note">{r.quorum(etcd, f)}</p>}
      <ul className="card__sources">
        {database && (
          <li>
            <SourceLink source={database.source} rules={rules} />
          </li>
        )}
        {etcd && (
          <li>
            <SourceLink source={etcd.source} rules={rules} />
          </li>
        )}
      </ul>
    </section>
  );
}
