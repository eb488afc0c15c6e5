import type { ComparedRow, MachineGroup, PlanComparison } from '../core/plan/compare-plans';
import { COMPARISON_FORMAT_VERSION, type ComparisonJson } from '../core/plan/comparison-json-schema';
import type { PlanResult } from '../core/plan/compute-plan';
import type { PlanInput } from '../core/model/plan-input';
import { portRange } from '../core/model/format';
import { toGiB } from '../core/plan/plan-json-schema';
import { en } from '../i18n/en';
import { findingText } from '../i18n/finding-text';
import { createFormatter } from '../i18n/format';

const f = createFormatter('en');

/** Where the JSON Schema of a comparison is published, relative to the app. */
export const COMPARISON_SCHEMA_PATH = 'schema/comparison.v1.json';

const machines = (g: MachineGroup) => ({
  count: g.count,
  vcpu: g.vcpu,
  vcpuOrMore: g.vcpuOrMore,
  memoryGiB: toGiB(g.memoryMiB),
  diskGiB: g.diskMiB === null ? null : toGiB(g.diskMiB),
});

function rowJson(r: ComparedRow): ComparisonJson['rows'][number] {
  const base = { differs: r.differs, best: [...r.best] };
  switch (r.id) {
    case 'servers':
      return { id: r.id, ...base, cells: r.cells.map(machines) };
    case 'agents':
    case 'database':
      return { id: r.id, ...base, cells: r.cells.map((g) => (g ? machines(g) : null)) };
    case 'total-vcpu':
      return { id: r.id, ...base, cells: r.cells.map((c) => ({ vcpu: c.vcpu, vcpuOrMore: c.orMore })) };
    case 'total-memory':
      return { id: r.id, ...base, cells: r.cells.map((mib) => ({ memoryGiB: toGiB(mib) })) };
    case 'datastore':
      return { id: r.id, ...base, cells: r.cells.map((c) => ({ ...c })) };
    case 'etcd-quorum':
      return { id: r.id, ...base, cells: r.cells.map((c) => (c ? { ...c } : null)) };
    case 'workloads':
      return { id: r.id, ...base, cells: r.cells.map((c) => (c ? { ...c } : null)) };
    default:
      return { ...r, ...base, cells: [...r.cells] } as ComparisonJson['rows'][number];
  }
}

/**
 * The downloadable comparison, in English whatever the page language: every plan's input and link,
 * and the rows, findings and ports the page's table shows.
 */
export function buildComparisonJson(
  results: readonly PlanResult[],
  comparison: PlanComparison,
  links: { readonly comparison: string; readonly plans: readonly string[] },
  schemaUrl: string,
): ComparisonJson {
  const summary = (input: PlanInput) => {
    const { servers, agents, haMode, datastore } = input.cluster;
    return en.results.summary({ servers, agents, mode: haMode, datastore }, f);
  };
  return {
    $schema: schemaUrl,
    schemaVersion: COMPARISON_FORMAT_VERSION,
    link: links.comparison,
    plans: results.map((r, i) => ({ link: links.plans[i] ?? '', summary: summary(r.input), input: r.input })),
    rows: comparison.rows.map(rowJson),
    findings: comparison.findings.map((x) => ({
      code: x.code,
      cells: x.cells.map((c) =>
        c ? { severity: c.severity, message: findingText(en.findings.messages, c, f).title } : null,
      ),
    })),
    ports: comparison.ports.map((p) => ({
      id: p.rule.id,
      protocol: p.rule.protocol,
      port: portRange(p.rule),
      source: p.rule.sources,
      destination: p.rule.destinations,
      cells: [...p.cells],
    })),
  };
}
