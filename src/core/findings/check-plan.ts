import { sortFindings, type AnyFinding } from './finding';
import {
  checkCidrListShape,
  checkCidrSyntax,
  checkDefaultsAgainstLan,
  checkOverlaps,
  checkPodCapacity,
  checkPrefixLimits,
  checkRangesPrivate,
} from './checks/addressing';
import { checkNodes, checkProductionTopology } from './checks/cluster';
import {
  checkComponents,
  checkEgressSelector,
  checkFlannelBackend,
  checkIpFamilyVersions,
  checkIpv6,
  checkNetworkSecurity,
} from './checks/network-options';
import type { Check, CheckContext } from './checks/context';
import { checkDatastoreDisk, checkDatastoreIo, checkStorageLayout } from './checks/disk';
import { checkEtcdDiskSpace, checkEtcdMembers, checkExternalEtcdMembers } from './checks/etcd';
import { checkInstallInputs } from './checks/install';
import { checkAirgapEdition } from './checks/airgap';
import { checkArchitecture, checkBoardCapacity } from './checks/platform';
import { checkBelowMeasured } from './checks/sizing';
import { checkModeDatastore, checkServerCount, checkSqliteServers } from './checks/ha';

/** Every check, in the order its findings read best within one severity. */
const CHECKS: readonly Check[] = [
  checkSqliteServers,
  checkModeDatastore,
  checkServerCount,
  checkEtcdMembers,
  checkExternalEtcdMembers,
  checkDatastoreDisk,
  checkArchitecture,
  checkBoardCapacity,
  checkBelowMeasured,
  checkProductionTopology,
  checkNodes,
  checkCidrSyntax,
  checkCidrListShape,
  checkOverlaps,
  checkPrefixLimits,
  checkRangesPrivate,
  checkPodCapacity,
  checkIpFamilyVersions,
  checkFlannelBackend,
  checkEgressSelector,
  checkIpv6,
  checkNetworkSecurity,
  checkDefaultsAgainstLan,
  checkComponents,
  checkInstallInputs,
  checkAirgapEdition,
  checkEtcdDiskSpace,
  checkDatastoreIo,
  checkStorageLayout,
];

/** Runs every check against the plan; errors come first, then warnings, then notes. */
export function checkPlan(ctx: CheckContext): AnyFinding[] {
  return sortFindings(CHECKS.flatMap((check) => check(ctx)));
}
