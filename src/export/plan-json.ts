import type { PlanResult } from '../core/plan/compute-plan';
import { PLAN_FORMAT_VERSION } from '../core/model/plan-input';
import { toGiB, type PlanJson } from '../core/plan/plan-json-schema';
import { resolveSource } from '../core/model/rules-lookup';
import type { Resources, Rules, SourceRef } from '../core/model/rules';
import type { MeasuredOverhead } from '../core/sizing/sizing';
import { formatCidr } from '../core/network/cidr';
import { portRange } from '../core/model/format';
import { planFiles } from '../core/plan/plan-files';
import { en } from '../i18n/en';
import { findingText } from '../i18n/finding-text';
import { createFormatter } from '../i18n/format';
import { fileTexts } from '../i18n/file-texts';
import { databaseBasisText, serverBasisText } from '../i18n/plan-text';

const f = createFormatter('en');

/** Where the JSON Schema of a plan is published, relative to the app. */
export const PLAN_SCHEMA_PATH = 'schema/plan.v1.json';

/**
 * The downloadable plan, in English whatever the page language: everything the page shows,
 * as data, with each figure's source resolved to a link.
 */
export function buildPlanJson(result: PlanResult, rules: Rules, link: string, schemaUrl: string): PlanJson {
  const source = (ref: SourceRef) => {
    const s = resolveSource(ref, rules);
    return { title: s.title, url: s.url, permalink: s.permalink, section: s.section, date: s.date };
  };
  const resources = (r: Resources) => ({ vcpu: r.vcpu, memoryGiB: toGiB(r.memoryMiB) });
  const measured = (x: MeasuredOverhead) => ({
    cpuCoreShare: x.cpuCoreShare,
    memoryGiB: toGiB(x.memoryMiB),
    role: x.role,
    processor: x.processor,
    datastoreColumn: x.datastoreColumn,
    k3sVersion: x.k3sVersion,
    source: source(x.source),
  });
  const { server, agent, database, etcd, totals } = result.sizing;
  const rendered = planFiles(result, rules, fileTexts(en, rules, link));
  const net = result.network;
  const str = (x: bigint | null | undefined): string | null => (x === null || x === undefined ? null : x.toString());
  return {
    $schema: schemaUrl,
    schemaVersion: PLAN_FORMAT_VERSION,
    link,
    input: result.input,
    rules: { ...result.rules },
    k3sVersion: { requested: result.version.requested, resolved: result.version.resolved },
    sizing: {
      server: {
        count: server.count,
        vcpu: server.vcpu,
        vcpuOrMore: server.vcpuOrMore,
        memoryGiB: toGiB(server.memoryMiB),
        tableMemoryGiB: server.raisedFromMiB === null ? null : toGiB(server.raisedFromMiB),
        tier: server.basis.kind === 'tier' ? server.basis.tier.tierId : null,
        basis: serverBasisText(server, result.input.cluster, en, f),
        counts: server.basis.tier.counts,
        minimum: resources(server.baseline.minimum),
        recommended: server.baseline.recommended ? resources(server.baseline.recommended) : null,
        measured: measured(server.measured),
        etcdDiskGiB: server.etcdDisk
          ? {
              atDefaultQuota: toGiB(server.etcdDisk.atDefaultQuotaMiB),
              atSuggestedMaxQuota: toGiB(server.etcdDisk.atSuggestedMaxQuotaMiB),
            }
          : null,
        source: source(server.source),
      },
      agent: {
        count: agent.count,
        minimum: resources(agent.baseline.minimum),
        recommended: agent.baseline.recommended ? resources(agent.baseline.recommended) : null,
        measured: measured(agent.measured),
        source: source(agent.baseline.source),
      },
      database: database
        ? {
            datastore: database.datastore,
            vcpu: database.vcpu,
            vcpuOrMore: database.vcpuOrMore,
            memoryGiB: toGiB(database.memoryMiB),
            tier: database.tier.tierId,
            basis: databaseBasisText(database, en, f),
            source: source(database.source),
          }
        : null,
      etcd: etcd ? { members: etcd.members, quorum: etcd.quorum, faultTolerance: etcd.faultTolerance } : null,
      totals: { vcpu: totals.vcpu, vcpuOrMore: totals.vcpuOrMore, memoryGiB: toGiB(totals.memoryMiB) },
    },
    network: {
      ipFamily: result.input.network.ipFamily,
      primaryFamily: net.addressing.primary,
      families: net.addressing.perFamily.map((fp) => ({
        family: fp.family,
        clusterCidr: fp.clusterCidr ? formatCidr(fp.clusterCidr) : null,
        serviceCidr: fp.serviceCidr ? formatCidr(fp.serviceCidr) : null,
        nodeMask: fp.nodeMask,
        nodeSubnets: str(fp.pods?.nodeSubnets),
        addressesPerNode: str(fp.pods?.addressesPerNode),
        usablePerNode: str(fp.pods?.usablePerNode),
        podsPerNode: fp.pods?.podsPerNode ?? null,
        podCapacity: str(fp.pods?.podCapacity),
        nodes: net.addressing.podNodes,
        subnetsLeft: str(fp.pods?.subnetsLeft),
        fits: fp.pods?.fits ?? null,
        serviceAddresses: str(fp.services?.addresses),
        apiServiceIp: fp.services?.apiServiceIp ?? null,
        clusterDnsIp: fp.services?.clusterDnsIp ?? null,
      })),
      clusterDns: net.addressing.clusterDns,
      flannelBackend: result.input.network.flannelBackend,
      firewall: net.firewall.map((script) => ({
        role: script.role,
        firewall: script.firewall,
        commands: script.lines.map(
          (l) =>
            `${l.command} # ${l.note.kind === 'port' ? en.network.portPurposes[l.note.id] : en.network.firewallNotes[l.note.kind]}`,
        ),
      })),
      osPreparation: net.osSteps.map((step) => ({
        id: step.id,
        title: en.network.osSteps[step.id].title,
        conditional: step.conditional,
        commands: [...step.commands],
        source: source(step.source),
      })),
    },
    ports: net.ports.map((r) => ({
      protocol: r.protocol,
      port: portRange(r),
      source: r.sources,
      destination: r.destinations,
      purpose: en.network.portPurposes[r.id],
      reference: source(r.source),
    })),
    config: {
      serverUrl: result.config.serverUrl,
      files: rendered.flatMap((file) =>
        file.kind === 'config' && file.role !== null
          ? [{ role: file.role, fileName: file.name, content: file.text }]
          : [],
      ),
      registries: result.config.registries
        ? {
            fileName: result.config.registries.fileName,
            path: result.config.registries.path,
            content: rendered.find((file) => file.kind === 'registries')?.text ?? '',
          }
        : null,
      installScript: rendered.find((file) => file.kind === 'script')?.text ?? '',
      omitted: result.config.omitted.map((o) => ({ key: o.key, field: o.field })),
    },
    workloads: workloadsJson(result),
    findings: result.findings.map((x) => {
      const text = findingText(en.findings.messages, x, f);
      return {
        code: x.code,
        severity: x.severity,
        message: text.title,
        why: text.why,
        fix: text.fix,
        params: { ...x.params },
        fields: [...x.fields],
        ruleId: x.ruleId,
        source: source(x.source),
      };
    }),
  };
}

/** Workload planning's result as data: each shape compared, and the one the plan uses and why. */
function workloadsJson(result: PlanResult): PlanJson['workloads'] {
  const w = result.workloads;
  if (!w) return null;
  const idOf = (i: number | null): string | null => (i === null ? null : (w.shapeIds[i] ?? null));
  const picked = result.input.workloads.shape !== 'best' && w.chosen !== null && w.chosen !== w.plan.best;
  return {
    requested: { ...w.plan.requested },
    podsPerNode: { ...w.podsPerNode },
    shapes: w.plan.outcomes.map((o, i) => ({
      id: w.shapeIds[i] ?? '',
      vcpu: o.shape.vcpu,
      memoryGiB: toGiB(o.shape.memoryMiB),
      processor: o.shape.processor,
      allocatable: { ...o.budget.allocatable },
      room: { ...o.budget.room },
      podsPerAgent: o.budget.pods,
      podsLimitedBy: o.budget.podsLimitedBy,
      packedAgents: o.packing.nodes,
      agents: o.agents,
      runsEveryPod: o.packing.unplaced.length === 0,
      unrequestedShare: Math.round(o.wasteShare * 1000) / 1000,
      busiest: {
        cpu: Math.round(o.busiest.cpuMillis * 1000) / 1000,
        memory: Math.round(o.busiest.memoryMiB * 1000) / 1000,
      },
      podLimited: o.podLimited,
      failureUnsafe: o.failureUnsafe,
    })),
    recommended: idOf(w.plan.best),
    recommendedByProcessor: {
      'x86-server': idOf(w.plan.bestByProcessor['x86-server']),
      'arm-sbc': idOf(w.plan.bestByProcessor['arm-sbc']),
    },
    chosen: idOf(w.chosen),
    chosenBecause: w.chosen === null ? 'none-fits' : picked ? 'picked' : 'recommended',
    agents: w.agents,
  };
}
