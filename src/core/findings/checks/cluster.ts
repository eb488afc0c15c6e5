import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/** Production and large clusters: HA with an external database is the documented recommendation. */
export const checkProductionTopology: Check = ({ cluster, rules, sizing }) => {
  const { largeAboveNodes, largeClusterSource } = rules.cluster;
  if (sizing.totalNodes <= largeAboveNodes || cluster.haMode === 'ha-external') return [];
  return [
    finding(
      'cluster.production-ha-external',
      cluster.haMode === 'single' ? 'warning' : 'info',
      {
        nodes: sizing.totalNodes,
        largeAbove: largeAboveNodes,
        haMode: cluster.haMode,
        minServers: rules.externalDatastore.haMinServers,
      },
      { fields: ['cluster.haMode'], ruleId: 'cluster.largeAboveNodes', source: largeClusterSource },
    ),
  ];
};

/** Node identity and join pacing: unique hostnames for every multi-node plan, batches of agents on large ones, Kubernetes' own limits. */
export const checkNodes: Check = ({ cluster, rules, sizing }) => {
  const out: AnyFinding[] = [];
  const c = rules.cluster;
  if (sizing.totalNodes > 1) {
    out.push(
      finding(
        'cluster.unique-hostnames',
        'info',
        { nodes: sizing.totalNodes },
        {
          fields: ['cluster.servers', 'cluster.agents'],
          ruleId: 'cluster.uniqueHostnamesSource',
          source: c.uniqueHostnamesSource,
        },
      ),
    );
  }
  if (cluster.agents > c.joinBatchMaxAgents) {
    out.push(
      finding(
        'cluster.join-in-batches',
        'info',
        {
          agents: cluster.agents,
          batchSize: c.joinBatchMaxAgents,
          batches: Math.ceil(cluster.agents / c.joinBatchMaxAgents),
        },
        { fields: ['cluster.agents'], ruleId: 'cluster.joinBatchMaxAgents', source: c.joinBatchSource },
      ),
    );
  }
  if (sizing.totalNodes > c.kubernetesLimits.maxNodes) {
    out.push(
      finding(
        'cluster.beyond-kubernetes-limits',
        'warning',
        {
          nodes: sizing.totalNodes,
          maxNodes: c.kubernetesLimits.maxNodes,
          maxPodsPerNode: c.kubernetesLimits.maxPodsPerNode,
          maxPods: c.kubernetesLimits.maxPods,
        },
        {
          fields: ['cluster.agents'],
          ruleId: 'cluster.kubernetesLimits.maxNodes',
          source: c.kubernetesLimits.source,
        },
      ),
    );
  }
  return out;
};
