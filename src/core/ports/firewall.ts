import type { Cidr, IpFamily } from '../network/cidr';
import { formatCidr } from '../network/cidr';
import type { Firewall, OperatingSystem } from '../model/plan-input';
import type { PortId, Rules } from '../model/rules';
import type { NodeRole, PortRule } from './ports';
import { portRange } from '../model/format';

/**
 * One line of a generated firewall script. `note` names what the line is for so the page can
 * write the comment in the reader's language.
 */
export interface FirewallLine {
  readonly command: string;
  readonly note:
    { readonly kind: 'port'; readonly id: PortId } | { readonly kind: 'pods' | 'services' | 'reload' | 'disable' };
}

export interface FirewallScript {
  readonly role: NodeRole;
  readonly firewall: Firewall;
  readonly lines: readonly FirewallLine[];
  /** Whether node-to-node rules are limited to the node network (known) or open to any source. */
  readonly restrictedToNodeNetwork: boolean;
}

/** The firewall a plan's OS ships when the person says "off": which one to disable. */
export function nativeFirewall(os: OperatingSystem): 'firewalld' | 'ufw' {
  return os === 'ubuntu' || os === 'debian' || os === 'raspios' ? 'ufw' : 'firewalld';
}

/** The command that turns off the firewall the OS ships, as the requirements page gives it. */
export function firewallOffCommand(os: OperatingSystem, rules: Pick<Rules, 'ports'>): string {
  return nativeFirewall(os) === 'ufw' ? rules.ports.firewall.ufwDisable : rules.ports.firewall.firewalldDisable;
}

/** Machines of the plan (the database hosts among them): limited to the node network when it is known. */
const NODE_PARTIES = new Set(['servers', 'agents', 'all-nodes', 'datastore']);

interface Inputs {
  readonly role: NodeRole;
  readonly firewall: Firewall;
  readonly os: OperatingSystem;
  readonly inbound: readonly PortRule[];
  readonly clusterCidrs: readonly Cidr[];
  readonly serviceCidrs: readonly Cidr[];
  readonly nodeNetworks: readonly Cidr[];
}

/** Rules merged by protocol and port: a port any source may reach needs no narrower rule. */
function mergedRules(inbound: readonly PortRule[]): { rule: PortRule; open: boolean }[] {
  const byPort = new Map<string, { rule: PortRule; open: boolean }>();
  for (const rule of inbound) {
    const key = `${rule.protocol}/${portRange(rule)}`;
    const open = !NODE_PARTIES.has(rule.sources);
    const seen = byPort.get(key);
    if (!seen) byPort.set(key, { rule, open });
    else if (open && !seen.open) byPort.set(key, { rule, open });
  }
  return [...byPort.values()];
}

const familyWord = (f: IpFamily): string => (f === 'ipv4' ? 'ipv4' : 'ipv6');

/**
 * The commands one role runs for the chosen firewall, using the plan's own ports and CIDRs:
 * node-to-node ports limited to the node network where it is known, pod and service ranges trusted.
 */
export function firewallScript(inputs: Inputs, rules: Rules): FirewallScript {
  const { role, firewall, os, inbound, clusterCidrs, serviceCidrs, nodeNetworks } = inputs;
  const restricted = nodeNetworks.length > 0;
  const lines: FirewallLine[] = [];
  if (firewall === 'off') {
    lines.push({ command: firewallOffCommand(os, rules), note: { kind: 'disable' } });
    return { role, firewall, lines, restrictedToNodeNetwork: false };
  }
  for (const { rule, open } of mergedRules(inbound)) {
    const note = { kind: 'port', id: rule.id } as const;
    const range = portRange(rule);
    if (open || !restricted) {
      lines.push({
        command:
          firewall === 'firewalld'
            ? `firewall-cmd --permanent --add-port=${range}/${rule.protocol}`
            : `ufw allow ${range.replace('-', ':')}/${rule.protocol}`,
        note,
      });
      continue;
    }
    for (const net of nodeNetworks) {
      lines.push({
        command:
          firewall === 'firewalld'
            ? `firewall-cmd --permanent --add-rich-rule='rule family="${familyWord(net.family)}" source address="${formatCidr(net)}" port port="${range}" protocol="${rule.protocol}" accept'`
            : `ufw allow from ${formatCidr(net)} to any port ${range.replace('-', ':')} proto ${rule.protocol}`,
        note,
      });
    }
  }
  if (role !== 'datastore') {
    for (const [cidrs, kind] of [
      [clusterCidrs, 'pods'],
      [serviceCidrs, 'services'],
    ] as const) {
      for (const c of cidrs) {
        lines.push({
          command:
            firewall === 'firewalld'
              ? `firewall-cmd --permanent --zone=trusted --add-source=${formatCidr(c)}`
              : `ufw allow from ${formatCidr(c)} to any`,
          note: { kind },
        });
      }
    }
  }
  if (firewall === 'firewalld') lines.push({ command: 'firewall-cmd --reload', note: { kind: 'reload' } });
  return { role, firewall, lines, restrictedToNodeNetwork: restricted };
}
