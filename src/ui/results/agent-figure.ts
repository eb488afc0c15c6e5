import type { AgentSizing } from '../../core/sizing/sizing';
import type { ChosenShape } from '../../core/workloads/plan-workloads';

/** The agent's headline size, as its card and the phone's answer bar show it: the workload shape in use, else the docs' baseline. */
export function agentFigure(agent: AgentSizing, shape: ChosenShape | null): { vcpu: number; memoryMiB: number } {
  if (shape) return { vcpu: shape.outcome.shape.vcpu, memoryMiB: shape.outcome.shape.memoryMiB };
  const { minimum, recommended } = agent.baseline;
  return recommended ?? minimum;
}
