import { finding } from '../finding';
import type { Check } from './context';

/**
 * Where the table's memory figure is below what resource profiling measured for K3s alone on such a
 * server (the seed's 1 GB against 1,596 M), the plan is raised to the next whole GB; this note says
 * why the figure is not the table's.
 */
export const checkBelowMeasured: Check = ({ sizing }) => {
  const { server } = sizing;
  if (server.raisedFromMiB === null) return [];
  return [
    finding(
      'sizing.below-measured',
      'info',
      {
        figureMiB: server.raisedFromMiB,
        measuredMiB: server.measured.memoryMiB,
        plannedMiB: server.memoryMiB,
        measuredVersion: server.measured.k3sVersion,
      },
      {
        fields: ['rules'],
        ruleId: 'profiling.rows',
        source: server.measured.source,
      },
    ),
  ];
};
