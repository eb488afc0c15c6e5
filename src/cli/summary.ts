import type { PlanResult } from '../core/plan/compute-plan';
import type { AnyDay2Finding, AnyFinding, Severity } from '../core/findings/finding';
import type { Catalog } from '../i18n/en';
import type { CliTexts } from '../i18n/cli-text';
import { day2FindingText, type Day2Texts } from '../i18n/day2-text';
import { findingText } from '../i18n/finding-text';
import type { Formatter } from '../i18n/format';
import { databaseBasisText, serverBasisText } from '../i18n/plan-text';

export interface SummaryTexts {
  readonly m: Catalog;
  readonly t: CliTexts;
  readonly d2: Day2Texts;
  readonly f: Formatter;
}

interface Described {
  readonly severity: Severity;
  readonly title: string;
  readonly why: string;
  readonly fix: string;
}

const INDENT = '  ';

/**
 * The plan as the terminal shows it: what each machine needs with the basis the cards give, then
 * every finding (the page's own texts) with its reason and remedy, then the link that recreates it.
 */
export function planSummary(
  result: PlanResult,
  day2Findings: readonly AnyDay2Finding[],
  link: string,
  { m, t, d2, f }: SummaryTexts,
): string {
  const r = m.results;
  const colon = m.punctuation.colon;
  const { server, agent, database, etcd, totals } = result.sizing;
  const { cluster } = result.input;
  const size = (x: { vcpu: number; vcpuOrMore?: boolean; memoryMiB: number }) =>
    t.summary.cpuAndMemory({ vcpu: x.vcpu, vcpuOrMore: x.vcpuOrMore ?? false, memoryMiB: x.memoryMiB }, f);

  const lines: string[] = [
    r.summary(
      { servers: cluster.servers, agents: cluster.agents, mode: cluster.haMode, datastore: cluster.datastore },
      f,
    ),
    `${t.summary.rules({ rulesId: result.rules.id }, f)}${m.punctuation.separator}${m.form.k3sVersion.label}${colon}${m.form.k3sVersion.resolved({ version: result.version.resolved })}`,
    '',
    `${r.server.title({ count: server.count }, f)}${colon}${size(server)}`,
    `${INDENT}${serverBasisText(server, cluster, m, f)}`,
  ];
  if (agent.count > 0) {
    lines.push(`${r.agent.title({ count: agent.count }, f)}${colon}`.trimEnd());
    lines.push(`${INDENT}${r.server.minimum}${colon}${size(agent.baseline.minimum)}`);
    if (agent.baseline.recommended)
      lines.push(`${INDENT}${r.server.recommended}${colon}${size(agent.baseline.recommended)}`);
  } else {
    lines.push(r.agent.none);
  }
  if (database) {
    lines.push(
      `${r.datastore.title}${colon}${r.datastore.external({ datastore: database.datastore })}${colon}${size(database)}`,
    );
    lines.push(`${INDENT}${databaseBasisText(database, m, f)}`);
  } else {
    lines.push(`${r.datastore.title}${colon}${r.datastore.onServers({ datastore: cluster.datastore })}`);
  }
  if (etcd) lines.push(`${INDENT}${r.datastore.quorum(etcd, f)}`);
  lines.push(`${r.totals.title}${colon}${size(totals)}`);
  lines.push(`${INDENT}${r.totals.parts({ servers: server.count, hasDatabase: database !== null }, f)}`);

  const described: Described[] = result.findings.map((x: AnyFinding) => ({
    severity: x.severity,
    ...findingText(m.findings.messages, x, f),
  }));
  const day2: Described[] = day2Findings.map((x) => ({ severity: x.severity, ...day2FindingText(d2.findings, x, f) }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const x of [...described, ...day2]) counts[x.severity]++;

  const block = (x: Described) => [
    `${INDENT}[${m.findings.severity[x.severity]}] ${x.title}`,
    `${INDENT}${INDENT}${x.why}`,
    `${INDENT}${INDENT}${m.findings.whatToDo}${colon}${x.fix}`,
  ];
  lines.push('', `${m.findings.title}${colon}${m.findings.counts(counts, f)}`);
  if (described.length === 0) lines.push(`${INDENT}${m.findings.none}`);
  for (const x of described) lines.push(...block(x));
  if (day2.length > 0) {
    lines.push(`${d2.findingsTitle}${colon}`.trimEnd());
    for (const x of day2) lines.push(...block(x));
  }
  lines.push('', `${t.summary.link}${colon}${link}`);
  return `${lines.join('\n')}\n`;
}
