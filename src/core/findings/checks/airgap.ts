import { finding, type AnyFinding } from '../finding';
import type { CheckContext } from './context';

/**
 * An air-gapped plan needs the rules' air-gap facts (decision 024): a rules edition without them (a
 * link pinned to 2026.11) plans the online install, whose commands download K3s from the internet.
 * Said as an error, since those commands fail on the nodes the reader described.
 */
export function checkAirgapEdition({ airgap, rules }: CheckContext): AnyFinding[] {
  if (!airgap.enabled || rules.airgap) return [];
  return [
    finding(
      'install.airgap-not-in-edition',
      'error',
      { rulesVersion: rules.version },
      { fields: ['airgap.enabled', 'rules'], ruleId: 'install.scriptSource', source: rules.install.scriptSource },
    ),
  ];
}
