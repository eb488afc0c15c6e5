import { formatCidr } from '../../core/network/cidr';
import type { FamilyPlan, ServiceCapacity } from '../../core/network/network-plan';
import { useI18n } from '../../i18n/i18n';

/** One IP family's addressing: node subnets and their use, addresses and pods per node, services and DNS. */
export function AddressingCard({ fp, maxPods }: { fp: FamilyPlan; maxPods: number }) {
  const { m, f } = useI18n();
  const n = m.network;
  const { pods, services } = fp;
  return (
    <section
      className={`card${pods && !pods.fits ? ' card--problem' : ''}`}
      aria-labelledby={`addressing-${fp.family}`}
      data-testid={`addressing-${fp.family}`}
    >
      <h3 id={`addressing-${fp.family}`} className="card__title">
        {n.capacity({ family: fp.family })}
      </h3>
      <dl className="facts facts--table">
        <div>
          <dt>{n.clusterCidr}</dt>
          <dd>
            <code>{fp.clusterCidr ? formatCidr(fp.clusterCidr) : '—'}</code>
            {fp.clusterAddresses !== null && (
              <span className="facts__detail">{n.clusterAddresses({ addresses: fp.clusterAddresses }, f)}</span>
            )}
          </dd>
        </div>
        <PodFacts fp={fp} maxPods={maxPods} />
        <div>
          <dt>{n.serviceCidr}</dt>
          <dd>
            <code>{fp.serviceCidr ? formatCidr(fp.serviceCidr) : '—'}</code>
            {services && (
              <span className="facts__detail">{n.serviceAddresses({ addresses: services.addresses }, f)}</span>
            )}
          </dd>
        </div>
        {services && <ServiceFacts services={services} family={fp.family} />}
      </dl>
    </section>
  );
}

/** Node subnets and their use, addresses and pods per node, and the cluster's pod capacity; or why they are not computed. */
function PodFacts({ fp, maxPods }: { fp: FamilyPlan; maxPods: number }) {
  const { m, f } = useI18n();
  const n = m.network;
  const { pods } = fp;
  if (!pods) {
    return (
      <div>
        <dt>{n.nodeSubnets}</dt>
        <dd>{n.notComputed}</dd>
      </div>
    );
  }
  return (
    <>
      <div>
        <dt>{n.nodeSubnets}</dt>
        <dd data-testid={`node-subnets-${fp.family}`}>
          {pods.fits
            ? n.nodeSubnetsValue(
                {
                  subnets: pods.nodeSubnets.toString(),
                  mask: fp.nodeMask,
                  used: pods.nodes,
                  left: pods.subnetsLeft.toString(),
                },
                f,
              )
            : n.nodeSubnetsOver({ subnets: pods.nodeSubnets.toString(), used: pods.nodes }, f)}
        </dd>
      </div>
      <div>
        <dt>{n.addressesPerNode}</dt>
        <dd>
          {n.addressesPerNodeValue(
            { addresses: pods.addressesPerNode.toString(), usable: pods.usablePerNode.toString() },
            f,
          )}
        </dd>
      </div>
      <div>
        <dt>{n.podsPerNode}</dt>
        <dd>{n.podsPerNodeValue({ pods: pods.podsPerNode, maxPods }, f)}</dd>
      </div>
      <div>
        <dt>{n.podCapacity}</dt>
        <dd>{f.bigCount(pods.podCapacity)}</dd>
      </div>
    </>
  );
}

/** The Kubernetes API's service address and the cluster DNS address. */
function ServiceFacts({ services, family }: { services: ServiceCapacity; family: FamilyPlan['family'] }) {
  const { m } = useI18n();
  const n = m.network;
  return (
    <>
      {services.apiServiceIp !== null && (
        <div>
          <dt>{n.apiService}</dt>
          <dd>
            <code>{services.apiServiceIp}</code>
          </dd>
        </div>
      )}
      <div>
        <dt>{n.clusterDns}</dt>
        <dd>
          <code data-testid={`cluster-dns-${family}`}>{services.clusterDnsIp ?? '—'}</code>
        </dd>
      </div>
    </>
  );
}
