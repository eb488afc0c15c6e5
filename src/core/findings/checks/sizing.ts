import { finding } from '../finding';
import type { Check } from './context';

/**
 * The figure a server is planned with can be lower than what resource profiling measured for
 * K3s alone on such a server (the seed's 1 GB recommendation against 1,596 M measured).
 */
export const checkBelowMeasured: Check = ({ sizing }) => {
  const { server } = sizing;
  if (server.memoryMiB >= server.measured.memoryMiB) return [];
  return [
    finding('sizing.below-measured', 'warning', { figureMiB: server.memoryMiB, measuredMiB: server.measured.memoryMiB, measuredVersion: server.measured.k3sVersion }, {
      fields: ['rules'],
      ruleId: 'profiling.rows',
      source: server.measured.source,
    }),
  ];
};
