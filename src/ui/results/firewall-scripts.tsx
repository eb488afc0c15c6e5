import type { FirewallLine, FirewallScript } from '../../core/ports/firewall';
import type { HostInput } from '../../core/model/plan-input';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import { CodeBlock } from '../shared/code-block';
import { SourceLink } from '../shared/source-link';

/** Firewall commands per role, with comments in the reader's language. */
export function FirewallScripts({
  scripts,
  disable,
  host,
  rules,
}: {
  scripts: readonly FirewallScript[];
  /** The command that turns off the OS's own firewall. */
  disable: string;
  host: HostInput;
  rules: Rules;
}) {
  const { m } = useI18n();
  const n = m.network;
  const comment = (line: FirewallLine): string =>
    line.note.kind === 'port' ? n.portPurposes[line.note.id] : n.firewallNotes[line.note.kind];
  const restricted = scripts.some((s) => s.restrictedToNodeNetwork);
  return (
    <section className="subsection" aria-labelledby="firewall-title" data-testid="firewall">
      <h3 id="firewall-title" className="subsection__title">
        {n.firewallTitle({ firewall: host.firewall })}
      </h3>
      <p className="card__note">
        {host.firewall === 'off' ? n.firewallOff : restricted ? n.firewallRestricted : n.firewallOpen}
        {host.firewall !== 'off' && ` ${n.firewallRecommendOff({ command: disable })}`}
      </p>
      <div className="scripts">
        {scripts.map((s) => (
          <div key={s.role} className="script">
            <h4 className="ports__title">{n.roles[s.role]}</h4>
            <CodeBlock
              lines={s.lines.map((l) => ({ text: l.command, comment: comment(l) }))}
              what={n.roles[s.role]}
              testId={`firewall-${s.role}`}
            />
          </div>
        ))}
      </div>
      <p className="card__note">
        <SourceLink source={rules.ports.firewall.source} rules={rules} />
      </p>
    </section>
  );
}
