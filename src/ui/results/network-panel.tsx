import { memo } from 'react';
import type { PlanResult } from '../../core/plan/compute-plan';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { AddressingCard } from './addressing-card';
import { FirewallScripts } from './firewall-scripts';
import { OsSteps } from './os-steps';
import { PortsSection } from './ports-section';
import { SecurityGroups } from './security-groups';

/** The network half of the plan: addressing per family, ports per role, firewall, security groups, OS preparation. */
export const NetworkPanel = memo(function NetworkPanel({ result, rules }: { result: PlanResult; rules: Rules }) {
  const { m } = useI18n();
  const { network, input } = result;
  return (
    <section className="network" id="network" aria-labelledby="network-title" tabIndex={-1}>
      <h2 id="network-title" className="panel-title">
        {m.network.title}
      </h2>

      <div className="cards">
        {network.addressing.perFamily.map((fp) => (
          <AddressingCard key={fp.family} fp={fp} maxPods={input.network.maxPods} />
        ))}
      </div>

      <PortsSection network={network} rules={rules} />

      <FirewallScripts scripts={network.firewall} disable={network.firewallOff} host={input.host} rules={rules} />
      <SecurityGroups rows={network.securityGroups} />
      <OsSteps steps={network.osSteps} host={input.host} rules={rules} />
    </section>
  );
});
