import type { PlanResult } from '../core/plan/compute-plan';
import { planDay2Of } from '../core/plan/plan-day2';
import { PLAN_FORMAT_VERSION } from '../core/model/plan-input';
import { toGiB, type PlanJson } from '../core/plan/plan-json-schema';
import { resolveSource } from '../core/model/rules-lookup';
import type { Resources, Rules, SourceRef } from '../core/model/rules';
import type { MeasuredOverhead } from '../core/sizing/sizing';
import { formatCidr } from '../core/network/cidr';
import { portRange } from '../core/model/format';
import { planFiles } from '../core/plan/plan-files';
import { en } from '../i18n/en';
import { findingText, type FindingText } from '../i18n/finding-text';
import { createFormatter } from '../i18n/format';
import { fileTexts } from '../i18n/file-texts';
import { databaseBasisText, serverBasisText } from '../i18n/plan-text';
import { renderDay2Files } from '../core/day2/render';
import type { CommandStep } from '../core/day2/steps';
import type { AnyDay2Finding, AnyFinding, AnyMachineFinding } from '../core/findings/finding';
import type { UpgradePlan } from '../core/day2/upgrade';
import { DAY2_TEXTS, day2FileTexts, day2FindingText as day2FindingTextIn } from '../i18n/day2-text';
import type { PlanMachines } from '../core/plan/plan-machines';
import type { MonthlyCost } from '../core/machines/match';
import type { MachineType } from '../core/model/machines';
import { MACHINES_TEXTS, machineFindingText } from '../i18n/machines-text';
import { AIRGAP_TEXTS } from '../i18n/day2-airgap-text';
import type { Day2Result } from '../core/day2/day2';

const f = createFormatter('en');

/** Where the JSON Schema of a plan is published, relative to the app. */
export const PLAN_SCHEMA_PATH = 'schema/plan.v1.json';

type JsonSource = PlanJson['findings'][number]['source'];
type SourceOf = (ref: SourceRef) => JsonSource;

/** A source reference resolved against the rules file to a title, a link and a section. */
const sourceOf =
  (rules: Rules): SourceOf =>
  (ref) => {
    const s = resolveSource(ref, rules);
    return { title: s.title, url: s.url, permalink: s.permalink, section: s.section, date: s.date };
  };

/**
 * The downloadable plan, in English whatever the page language: everything the page shows,
 * as data, with each figure's source resolved to a link.
 */
export function buildPlanJson(result: PlanResult, rules: Rules, link: string, schemaUrl: string): PlanJson {
  const source = sourceOf(rules);
  const rendered = planFiles(result, rules, fileTexts(en, rules, link));
  return {
    $schema: schemaUrl,
    schemaVersion: PLAN_FORMAT_VERSION,
    link,
    input: result.input,
    rules: { ...result.rules },
    k3sVersion: { requested: result.version.requested, resolved: result.version.resolved },
    sizing: sizingJson(result, source),
    network: networkJson(result, source),
    ports: result.network.ports.map((r) => ({
      protocol: r.protocol,
      port: portRange(r),
      source: r.sources,
      destination: r.destinations,
      purpose: en.network.portPurposes[r.id],
      reference: source(r.source),
    })),
    config: configJson(result, rendered),
    workloads: workloadsJson(result),
    day2: day2Json(result, rules, link, source),
    findings: result.findings.map((x) => findingJson(x, findingText(en.findings.messages, x, f), source)),
  };
}

const resources = (r: Resources) => ({ vcpu: r.vcpu, memoryGiB: toGiB(r.memoryMiB) });

/** Each role's size, with the table row or measurement behind it. */
function sizingJson(result: PlanResult, source: SourceOf): PlanJson['sizing'] {
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
  return {
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
  };
}

/** The address plan per family, the firewall commands and the OS preparation, in English. */
function networkJson(result: PlanResult, source: SourceOf): PlanJson['network'] {
  const net = result.network;
  const str = (x: bigint | null | undefined): string | null => (x === null || x === undefined ? null : x.toString());
  return {
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
  };
}

/** The config files, registries.yaml and the install script as the page renders them. */
function configJson(result: PlanResult, rendered: ReturnType<typeof planFiles>): PlanJson['config'] {
  return {
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

/** A finding as data: its code and severity, its English words, parameters and fields, its rule and source. */
function findingJson(
  x: AnyFinding | AnyDay2Finding | AnyMachineFinding,
  text: FindingText,
  source: SourceOf,
): PlanJson['findings'][number] {
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
}

/** The upgrade as data: the path's steps with their commands and manifests, the order, the controller. */
function upgradeJson(
  u: UpgradePlan,
  fileText: (name: string) => string,
): NonNullable<NonNullable<PlanJson['day2']>['upgrade']> {
  return {
    from: { ...u.from },
    to: { ...u.to },
    direction: u.direction,
    order: {
      servers: u.order.servers,
      serversAtOnce: u.order.serversAtOnce,
      tolerated: u.order.tolerated,
      etcdMembers: u.order.etcd?.members ?? null,
      registration: u.order.registration,
      serverUrl: u.order.serverUrl,
      agents: u.order.agents,
      agentBatch: u.order.agentBatch ? { size: u.order.agentBatch.size, batches: u.order.agentBatch.batches } : null,
    },
    steps: u.steps.map((s) => ({
      line: s.line,
      env: { ...s.env },
      servers: s.servers.map((x) => ({ ...x })),
      agentCommand: s.agentCommand,
      gates: s.crossed.map((c) => c.gate),
      manifests: { fileName: s.manifests.fileName, content: fileText(s.manifests.fileName) },
    })),
    controller: {
      install: u.controller.install,
      watch: [...u.controller.watch],
      upgradesServers: u.controllerUpgradesServers,
    },
  };
}

/** Day 2 as data, in English: the backup and its restore steps, the upgrade's steps and files, the findings. */
function day2Json(result: PlanResult, rules: Rules, link: string, source: SourceOf): PlanJson['day2'] {
  const d = planDay2Of(result, rules);
  if (!d) return null;
  const t = DAY2_TEXTS.en;
  const files = renderDay2Files(
    d,
    rules,
    day2FileTexts(t, {
      rulesId: rules.id,
      link,
      dropInPath: d.backup.dropIn?.path ?? '',
      namespace: rules.upgrades?.controller.namespace ?? '',
    }),
  );
  const fileText = (name: string): string => files.find((x) => x.name === name)?.text ?? '';
  const steps = (list: readonly CommandStep[]) =>
    list.map((s) => ({
      id: s.id,
      on: s.on,
      nodes: [...s.nodes],
      text: t.backup.steps[s.id]({ nodes: s.nodes }, f),
      commands: [...s.commands],
    }));
  const b = d.backup;
  const gib = (mib: number) => toGiB(mib);
  return {
    backup: {
      kind: b.kind,
      description: t.backup.kind[b.kind]({ datastore: b.datastore }, f),
      snapshots: b.snapshots
        ? {
            enabled: b.snapshots.enabled,
            schedule: b.snapshots.schedule,
            retention: b.snapshots.retention,
            directory: b.snapshots.directory,
            s3: b.snapshots.s3
              ? {
                  endpoint: b.snapshots.s3.endpoint,
                  bucket: b.snapshots.s3.bucket,
                  folder: b.snapshots.s3.folder,
                  region: b.snapshots.s3.region,
                  verifyTls: b.snapshots.s3.verifyTls,
                  credentialEnv: [b.snapshots.s3.accessKeyEnv, b.snapshots.s3.secretKeyEnv],
                }
              : null,
          }
        : null,
      diskGiB: b.disk
        ? {
            needed: gib(b.disk.neededMiB),
            neededAtSuggestedMaxQuota: gib(b.disk.neededAtSuggestedMaxMiB),
            withDatabase: b.disk.withDatabase,
            given: b.disk.diskGiB,
            fits: b.disk.fits,
          }
        : null,
      dropIn: b.dropIn
        ? { fileName: b.dropIn.file.fileName, path: b.dropIn.path, content: fileText(b.dropIn.file.fileName) }
        : null,
      backupSteps: steps(b.backupSteps),
      restoreSteps: steps(b.restoreSteps),
      token: { file: b.tokenFile, why: t.backup.tokenWhy({ file: b.tokenFile }, f) },
      source: source(b.source),
    },
    upgrade: d.upgrade ? upgradeJson(d.upgrade, fileText) : null,
    airgap: airgapJson(d.airgap, source),
    tokens: tokensJson(d.tokens, source),
    findings: d.findings.map((x) => findingJson(x, day2FindingText(x), source)),
  };
}

/** The air-gapped install as data (decision 024): no credential, only whether placeholders stand for them. */
function airgapJson(a: Day2Result['airgap'], source: SourceOf): NonNullable<PlanJson['day2']>['airgap'] {
  if (!a) return null;
  const t = AIRGAP_TEXTS.en.airgap;
  return {
    method: a.method,
    release: a.assets.release,
    releaseArch: a.assets.releaseArch,
    downloads: a.downloads.map((x) => ({ ...x })),
    imageVariants: [...a.assets.imageVariants],
    roles: a.roles.map((r) => ({ role: r.role, files: r.files.map((x) => ({ ...x })) })),
    registry: a.registry
      ? {
          host: a.registry.host,
          endpoint: a.registry.endpoint,
          mirrorOf: a.registry.mirrorOf,
          auth: a.registry.auth !== null,
          caFile: a.registry.caFile,
        }
      : null,
    skipDownloadEnv: a.assets.skipDownloadEnv,
    installer: a.assets.installer.name,
    steps: a.steps.map((x) => ({ id: x.id, on: x.on, nodes: [], text: t.steps[x.id], commands: [...x.commands] })),
    source: source(a.source),
  };
}

/** The join tokens as data (decision 024). */
function tokensJson(k: Day2Result['tokens'], source: SourceOf): NonNullable<PlanJson['day2']>['tokens'] {
  if (!k) return null;
  const t = AIRGAP_TEXTS.en.tokens;
  const steps = (list: typeof k.joinSteps, file: (id: string) => string) =>
    list.map((x) => ({
      id: x.id,
      on: x.on,
      nodes: [...x.nodes],
      text: t.steps[x.id]({ nodes: x.nodes, file: file(x.id) }, f),
      commands: [...x.commands],
    }));
  const file = (id: string) => (id === 'read-agent-token' ? k.agentTokenFile : k.serverTokenFile);
  return {
    serverTokenFile: k.serverTokenFile,
    agentTokenFile: k.agentTokenFile,
    securePrefix: k.securePrefix,
    separateAgentToken: k.separateAgentToken,
    joinSteps: steps(k.joinSteps, file),
    rotation: {
      available: k.rotation.available,
      firstRelease: k.rotation.firstRelease,
      steps: steps(k.rotation.steps, file),
    },
    source: source(k.source),
  };
}

function day2FindingText(x: AnyDay2Finding) {
  return day2FindingTextIn(DAY2_TEXTS.en.findings, x, f);
}

/**
 * The JSON plan with its machines section: the plan's machines (planMachines), or null when the
 * machine catalog could not be loaded.
 */
export function withMachines(
  json: PlanJson,
  machines: PlanMachines | null,
  result: PlanResult,
  rules: Rules,
): PlanJson {
  const source = (ref: SourceRef) => {
    const s = resolveSource(ref, rules);
    return { title: s.title, url: s.url, permalink: s.permalink, section: s.section, date: s.date };
  };
  return { ...json, machines: machines ? machinesJson(machines, result, source) : null };
}

const machineTypeJson = (t: MachineType) => ({
  key: `${t.provider}/${t.id}`,
  provider: t.provider,
  id: t.id,
  name: t.name,
  vcpu: t.vcpu,
  memoryMiB: t.memoryMiB,
  architectures: [...t.architectures],
  processor: t.processor,
  burstable: t.burstable,
});

function costJson(cost: MonthlyCost, hoursPerMonth: number) {
  return {
    status: cost.status,
    amount: cost.status === 'priced' ? cost.amount : null,
    currency: cost.status === 'priced' ? cost.currency : null,
    hoursPerMonth,
    lines:
      cost.status === 'priced'
        ? cost.lines.map((l) => ({
            role: l.role,
            key: l.key,
            count: l.count,
            price: { ...l.price },
            monthlyEach: l.monthlyEach,
            monthly: l.monthly,
          }))
        : [],
    missing: cost.status === 'unpriced' ? [...cost.missing] : [],
    currencies: cost.status === 'mixed-currencies' ? [...cost.currencies] : [],
  };
}

/** The machines as data (decision 025): needs, each provider's smallest types, the chosen types, costs, findings in English. */
function machinesJson(
  m: PlanMachines,
  result: PlanResult,
  source: (ref: SourceRef) => NonNullable<PlanJson['machines']>['findings'][number]['source'],
): NonNullable<PlanJson['machines']> {
  const { match, chosen } = m;
  const hours = match.hoursPerMonth;
  const labels = result.input.machines.nodeLabels;
  return {
    catalog: { ...match.catalog },
    arch: match.arch,
    burstable: match.burstable,
    hoursPerMonth: hours,
    needs: match.needs.map((n) => ({
      role: n.role,
      count: n.count,
      vcpu: n.vcpu,
      vcpuOrMore: n.vcpuOrMore,
      memoryMiB: n.memoryMiB,
      basis: n.basis,
    })),
    providers: match.providers.map((p) => ({
      provider: { ...p.provider },
      roles: p.roles.map((r) => ({
        role: r.role,
        status: r.status,
        type:
          r.status === 'matched'
            ? machineTypeJson(r.choice.type)
            : r.status === 'too-small'
              ? machineTypeJson(r.largest)
              : null,
        needMemoryMiB: r.status === 'matched' ? r.choice.needMemoryMiB : null,
        headroom: r.status === 'matched' ? { ...r.choice.headroom } : null,
      })),
      complete: p.complete,
      totals: { ...p.totals },
      cost: costJson(p.cost, hours),
    })),
    chosen: chosen
      ? {
          roles: chosen.roles.map((c) => ({
            role: c.role,
            count: c.count,
            key: c.key,
            status: c.status,
            type: c.type ? machineTypeJson(c.type) : null,
            headroom: c.choice ? { ...c.choice.headroom } : null,
            burstableAgainstPolicy: c.burstableAgainstPolicy,
          })),
          complete: chosen.complete,
          totals: { ...chosen.totals },
          cost: costJson(chosen.cost, hours),
        }
      : null,
    nodeLabel: labels ? m.instanceTypeLabel : null,
    findings: m.findings.map((x) => findingJson(x, machineFindingText(MACHINES_TEXTS.en.findings, x, f), source)),
  };
}
