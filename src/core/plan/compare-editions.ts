import type { AnyFinding, Severity } from '../findings/finding';
import type { PlanResult } from './compute-plan';

export interface Figure {
  readonly vcpu: number;
  readonly vcpuOrMore: boolean;
  readonly memoryMiB: number;
}

export type ComparedItem =
  'server' | 'server-minimum' | 'agent-minimum' | 'agent-recommended' | 'database' | 'control-plane';

export interface FigureDifference {
  readonly item: ComparedItem;
  readonly a: Figure | null;
  readonly b: Figure | null;
}

export interface FindingDifference {
  readonly code: string;
  /** The finding as one of the editions words it (this plan's edition where it has one). */
  readonly finding: AnyFinding;
  readonly a: Severity | null;
  readonly b: Severity | null;
}

export interface EditionComparison {
  readonly figures: readonly FigureDifference[];
  readonly findings: readonly FindingDifference[];
}

function sameFigure(a: Figure | null, b: Figure | null): boolean {
  if (a === null || b === null) return a === b;
  return a.vcpu === b.vcpu && a.memoryMiB === b.memoryMiB && a.vcpuOrMore === b.vcpuOrMore;
}

function figures(r: PlanResult): Record<ComparedItem, Figure | null> {
  const { server, agent, database, totals } = r.sizing;
  const plain = (x: { vcpu: number; memoryMiB: number } | null): Figure | null =>
    x ? { vcpu: x.vcpu, memoryMiB: x.memoryMiB, vcpuOrMore: false } : null;
  return {
    server: { vcpu: server.vcpu, memoryMiB: server.memoryMiB, vcpuOrMore: server.vcpuOrMore },
    'server-minimum': plain(server.baseline.minimum),
    'agent-minimum': plain(agent.baseline.minimum),
    'agent-recommended': plain(agent.baseline.recommended),
    database: database ? { vcpu: database.vcpu, memoryMiB: database.memoryMiB, vcpuOrMore: database.vcpuOrMore } : null,
    'control-plane': { vcpu: totals.vcpu, memoryMiB: totals.memoryMiB, vcpuOrMore: totals.vcpuOrMore },
  };
}

/** Where two editions answer the same plan differently: per-role figures, and findings present or graded differently. */
export function compareEditions(a: PlanResult, b: PlanResult): EditionComparison {
  const fa = figures(a);
  const fb = figures(b);
  const items = Object.keys(fa) as ComparedItem[];
  const figureDiffs = items
    .filter((item) => !sameFigure(fa[item], fb[item]))
    .map((item) => ({ item, a: fa[item], b: fb[item] }));

  const firstOf = (r: PlanResult): Map<string, AnyFinding> => {
    const m = new Map<string, AnyFinding>();
    for (const f of r.findings) if (!m.has(f.code)) m.set(f.code, f);
    return m;
  };
  const byCodeA = firstOf(a);
  const byCodeB = firstOf(b);
  const findingDiffs = [...new Set([...byCodeA.keys(), ...byCodeB.keys()])].flatMap((code) => {
    const x = byCodeA.get(code);
    const y = byCodeB.get(code);
    const finding = x ?? y;
    if (!finding || x?.severity === y?.severity) return [];
    return [{ code, finding, a: x?.severity ?? null, b: y?.severity ?? null }];
  });
  return { figures: figureDiffs, findings: findingDiffs };
}
