import type { NetworkPlan } from '../../network/network-plan';
import type { AirgapInput, ClusterInput, HostInput, InstallInput, NetworkInput } from '../../model/plan-input';
import type { Rules } from '../../model/rules';
import type { Sizing } from '../../sizing/sizing';
import type { K3sVersion } from '../../model/k3s-version';
import type { AnyFinding } from '../finding';

/** What every check reads. Checks are pure: same context, same findings. */
export interface CheckContext {
  readonly cluster: ClusterInput;
  readonly network: NetworkInput;
  readonly host: HostInput;
  readonly install: InstallInput;
  readonly airgap: AirgapInput;
  readonly net: NetworkPlan;
  readonly rules: Rules;
  readonly sizing: Sizing;
  /** The K3s version gates are tested against (the resolved input, or the stable channel when it could not be resolved). */
  readonly version: K3sVersion;
}

export type Check = (ctx: CheckContext) => AnyFinding[];
