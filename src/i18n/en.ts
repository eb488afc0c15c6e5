import type { CountError } from '../core/plan/count-field';
import type { Datastore, DeviceClass, HaMode, ServerWorkloads } from '../core/plan/plan-input';
import type { ComparedItem } from '../core/plan/compare-editions';
import type { Architecture, DiskKind, Edition, EditionChangeId, ProcessorClass, ProfilingRole } from '../core/rules/schema';
import type { Severity } from '../core/findings/finding';
import type { Formatter } from './format';
import type { FindingMessages, Msg } from './types';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

const haModes: Record<HaMode, string> = {
  single: 'Single server',
  'ha-embedded': 'HA with embedded etcd',
  'ha-external': 'HA with an external datastore',
};

const datastores: Record<Datastore, string> = {
  sqlite: 'SQLite (embedded)',
  'embedded-etcd': 'etcd (embedded)',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'external-etcd': 'etcd (external)',
};

const disks: Record<DiskKind, string> = {
  nvme: 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD (spinning disk)',
  'sd-card': 'SD card',
  emmc: 'eMMC',
  'cloud-volume': 'Cloud block volume',
};

const architectures: Record<Architecture, string> = {
  x86_64: 'x86_64 (amd64)',
  arm64: 'arm64 (aarch64)',
  armhf: 'armhf (32-bit ARM)',
  s390x: 's390x (IBM Z)',
};

const devices: Record<DeviceClass, string> = {
  server: 'Server or virtual machine',
  'low-power-board': 'Raspberry Pi or similar board',
};

const serverWorkloads: Record<ServerWorkloads, string> = {
  shared: 'Also run workloads (default)',
  dedicated: 'Control plane only (tainted)',
};

const tiers: Record<string, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'X-Large',
  'xx-large': 'XX-Large',
};

const findings: FindingMessages = {
  'topology.sqlite-multi-server': {
    title: (p) => `SQLite cannot serve ${String(p.servers)} servers`,
    why: () => 'Embedded SQLite is the single-server datastore: it lives on one server’s disk and cannot be shared with other servers.',
    fix: () => 'Use 1 server with SQLite, or choose HA with embedded etcd (3 or more servers) or HA with an external datastore (2 or more servers).',
  },
  'topology.mode-datastore-mismatch': {
    title: (p) => `${haModes[p.haMode]} cannot run on ${datastores[p.datastore]}`,
    why: (p) =>
      p.haMode === 'ha-embedded'
        ? 'HA with embedded etcd keeps the cluster state in etcd on every server, so the datastore must be embedded etcd.'
        : 'HA with an external datastore keeps the cluster state in a database outside the servers: MySQL, MariaDB, PostgreSQL or etcd.',
    fix: (p) =>
      p.haMode === 'ha-embedded'
        ? 'Set the datastore to etcd (embedded), or choose the HA mode that matches your datastore.'
        : 'Pick MySQL, MariaDB, PostgreSQL or external etcd as the datastore, or choose the HA mode that matches it.',
  },
  'topology.single-mode-several-servers': {
    title: (p) => `Single-server mode with ${String(p.servers)} servers`,
    why: () => 'A single-server cluster has exactly one server; more servers need an HA mode.',
    fix: () => 'Set servers to 1, or choose the HA mode that matches the datastore.',
  },
  'topology.ha-too-few-servers': {
    title: (p) => `${haModes[p.haMode]} needs at least ${String(p.minimum)} servers, not ${String(p.servers)}`,
    why: (p) =>
      p.haMode === 'ha-embedded'
        ? 'etcd keeps working while a majority of its members are up; with fewer than 3 members no server may fail.'
        : 'With a single server, losing it stops the control plane even though the external database survives.',
    fix: (p) => `Plan ${String(p.minimum)} or more servers, or choose single-server mode if you do not need HA.`,
  },
  'etcd.single-member': {
    title: () => 'One etcd member: no fault tolerance yet',
    why: () => 'A single server with embedded etcd is not highly available, but it can grow: more servers can join it later with --server.',
    fix: () => 'When you need HA, add servers to reach 3 (or 5) members.',
  },
  'etcd.two-members': {
    title: () => '2 etcd members tolerate no failure',
    why: (p) =>
      `With 2 members the quorum is ${String(p.quorum)}: if either server fails, etcd stops accepting writes. That is less available than one server, on twice the hardware.`,
    fix: () => 'Use 3 servers (one may fail), or 1 server if you do not need HA.',
  },
  'etcd.even-member-count': {
    title: (p) => `${String(p.members)} etcd members: an even count adds no fault tolerance`,
    why: (p) =>
      `Quorum for ${String(p.members)} members is ${String(p.quorum)}, so the cluster survives ${String(p.faultTolerance)} ${plural(p.faultTolerance, 'failure', 'failures')}: the same as ${String(p.oddBelow)} members, with one more machine that can fail.`,
    fix: (p) => `Use ${String(p.oddBelow)} or ${String(p.members + 1)} servers.`,
  },
  'etcd.too-many-members': {
    title: (p) => `${String(p.members)} etcd members is more than the suggested ${String(p.recommendedMax)}`,
    why: () => 'Every write is replicated to every member, so larger etcd clusters write more slowly. 5 members already survive 2 failures, which is enough in most cases.',
    fix: (p) => `Keep 3, 5 or ${String(p.recommendedMax)} servers; add agents, not etcd members, for more capacity.`,
  },
  'etcd.quorum': {
    title: (p) =>
      `etcd quorum is ${String(p.quorum)} of ${String(p.members)}: survives ${String(p.faultTolerance)} server ${plural(p.faultTolerance, 'failure', 'failures')}`,
    why: () => 'Every write needs a majority of the members, (n/2)+1, to agree.',
    fix: () => 'When you replace a failed server, remove its etcd member first, then add the new server.',
  },
  'etcd.disk-space': {
    title: (p, f) => `Reserve at least ${f.memory(p.atDefaultQuotaMiB)} per server for etcd`,
    why: (p, f) =>
      `The etcd database may grow to its ${f.memory(p.quotaMiB)} quota, and K3s keeps ${String(p.retention)} snapshots (one every ${String(p.intervalHours)} hours) in ${p.directory}, each up to the database’s size. At etcd’s suggested maximum quota of ${f.memory(p.suggestedMaxQuotaMiB)} that becomes ${f.memory(p.atSuggestedMaxQuotaMiB)}.`,
    fix: () => 'Add the OS, container images and workload data on top, and give the server at least as much RAM as the quota.',
  },
  'disk.flash-under-etcd': {
    title: (p) => `etcd on ${disks[p.disk]}`,
    why: (p) =>
      p.fitness === 'unsuitable'
        ? `etcd is write-intensive; ${disks[p.disk]} storage cannot handle its IO load.`
        : `etcd is write-intensive, and the performance of ${disks[p.disk]} storage varies widely.`,
    fix: () => 'Attach an external SSD and keep /var/lib/rancher/k3s on it, or run one server with SQLite.',
  },
  'disk.hdd-under-etcd': {
    title: () => 'etcd on a spinning disk',
    why: (p) => `etcd is very sensitive to write latency and needs each write to land in under ${String(p.maxLatencyMs)} ms; a busy HDD often takes longer, and slow writes cost the cluster its leader.`,
    fix: () => 'Use SSDs for etcd. If disks must spin, use 15,000 RPM disks and keep etcd on its own disk.',
  },
  'disk.ssd-recommended': {
    title: (p) => `An SSD is recommended over ${disks[p.disk]}`,
    why: () => 'K3s performance depends on the performance of its datastore.',
    fix: () => 'Use an SSD for the datastore when possible.',
  },
  'disk.datastore-io': {
    title: (p) => `${p.datastore === 'etcd' ? 'etcd' : 'SQLite'} needs ${String(p.iops)} IOPS at under ${String(p.maxLatencyMs)} ms`,
    why: (p) =>
      `K3s resource profiling measured ${String(p.iops)} IOPS, ${String(p.kibPerSecond)} KiB/s and a latency under ${String(p.maxLatencyMs)} ms for the datastore and control plane alone; missing these targets delays the control plane or stops it from keeping state.`,
    fix: () => 'Benchmark the disk before you install (for example with fio), with room for the OS, logs and image pulls.',
  },
  'disk.separate-server-agent-data': {
    title: () => 'Keep server data and agent data on separate disks',
    why: () =>
      'When servers also run workloads, the datastore (/var/lib/rancher/k3s/server) shares a disk with image pulls and containers (/var/lib/rancher/k3s/agent), and image pulls are IO-heavy.',
    fix: () => 'Mount /var/lib/rancher/k3s/server and /var/lib/rancher/k3s/agent on different disks and keep pod storage off both, or dedicate the servers to the control plane.',
  },
  'disk.cloud-volume-iops': {
    title: () => 'Size cloud volumes for IOPS, not capacity',
    why: () => 'On most clouds a block volume’s IOPS grow with its size.',
    fix: () => 'Use the smallest volume size that gives the maximum IOPS.',
  },
  'cluster.production-ha-external': {
    title: (p) => `${String(p.nodes)} nodes: HA with an external database is recommended`,
    why: (p) =>
      p.haMode === 'single'
        ? 'For production and large clusters the K3s docs recommend HA with an external database; a single server is a single point of failure for the whole cluster.'
        : 'Embedded etcd is highly available, but for production and large clusters the K3s docs recommend an external database.',
    fix: (p) => `Beyond ${String(p.largeAbove)} nodes, plan 2 or more servers with MySQL, PostgreSQL or etcd as the external datastore.`,
  },
  'cluster.unique-hostnames': {
    title: () => 'Every node needs a unique hostname',
    why: () => 'Two nodes cannot share a hostname: the server keeps each node’s password in a <host>.node-password.k3s secret and refuses a second node with the same name.',
    fix: () => 'Give every machine its own hostname, or start K3s with --with-node-id, or pass --node-name (K3S_NODE_NAME) per node.',
  },
  'cluster.join-in-batches': {
    title: (p, f) => `Join the ${f.integer(p.agents)} agents in batches of ${String(p.batchSize)} or fewer`,
    why: () => 'Server CPU spikes while agents join.',
    fix: (p) => `That is ${String(p.batches)} batches; let the servers’ CPU settle between them.`,
  },
  'cluster.beyond-kubernetes-limits': {
    title: (p, f) => `${f.integer(p.nodes)} nodes is beyond the ${f.integer(p.maxNodes)} nodes Kubernetes supports`,
    why: () => 'Kubernetes is designed for at most 5,000 nodes, 110 pods per node and 150,000 pods per cluster.',
    fix: () => 'Split the workloads across several clusters.',
  },
  'platform.arch-builds-ended': {
    title: (p) => `No current K3s builds for ${architectures[p.arch]}`,
    why: (p, f) =>
      p.listed
        ? `The requirements page still lists ${p.arch}, but upstream stopped producing builds for it on ${f.date(p.endedOn)}.`
        : `${p.arch} was removed from the K3s support matrix on ${f.date(p.endedOn)}; no builds are produced.`,
    fix: () => 'Plan x86_64, arm64 or armhf machines.',
  },
  'platform.arm64-page-size': {
    title: (p) => `arm64 kernels must use 4k pages with K3s ${p.version}`,
    why: (p, f) => `Before the May 2023 releases (${f.list(p.fixedIn)}), K3s on arm64 needs a kernel with 4k pages.`,
    fix: () => 'Use a newer K3s release, or a kernel with 4k pages (RHEL 9, Ubuntu, Raspberry Pi OS and SLES comply).',
  },
  'platform.board-too-small': {
    title: (p, f) => `A ${String(p.boardVcpu)}-core, ${f.memory(p.boardMemoryMiB)} board cannot host these servers`,
    why: (p, f) => `Each server needs ${f.vcpu(p.needVcpu)} and ${f.memory(p.needMemoryMiB)}; a Raspberry Pi 4-class board has ${String(p.boardVcpu)} cores and ${f.memory(p.boardMemoryMiB)}.`,
    fix: () => 'Run the servers on server-class machines (agents can stay on boards), or keep the cluster smaller.',
  },
  'version.unknown-line': {
    title: (p) => `No known release for “${p.requested}”`,
    why: (p) => `The rules list no release of this line, so version checks use ${p.fallback}.`,
    fix: () => 'Pin an exact version such as v1.31.4+k3s1, or choose the stable channel.',
  },
  'sizing.below-measured': {
    title: (p, f) => `${f.memory(p.figureMiB)} per server is below the ${f.memory(p.measuredMiB)} K3s was measured to use`,
    why: (p, f) =>
      `Resource profiling (K3s ${p.measuredVersion}) measured ${f.memory(p.measuredMiB)} for a server running a small workload; the planned ${f.memory(p.figureMiB)} leaves nothing for your workloads.`,
    fix: (p, f) => `Plan more than ${f.memory(p.measuredMiB)} per server, plus what your workloads need.`,
  },
};

const countErrors: { [K in CountError['code']]: Msg<Extract<CountError, { code: K }>> } = {
  required: () => 'Enter a number.',
  'not-a-number': () => 'Enter a whole number, such as 3.',
  'not-whole': () => 'Enter a whole number; nodes do not come in fractions.',
  'too-small': (e, f) => `Enter ${f.integer(e.min)} or more.`,
  'too-large': (e, f) => `Enter at most ${f.integer(e.max)}.`,
};

const compared: Record<ComparedItem, string> = {
  server: 'Each server',
  'server-minimum': 'Server minimum',
  'agent-minimum': 'Agent minimum',
  'agent-recommended': 'Agent recommended',
  database: 'External database',
  'control-plane': 'Control plane in total',
};

const editionChanges: Record<EditionChangeId, string> = {
  'server-sizing-guide':
    'The per-node hardware table was split into a server and an agent minimum, and a Server Sizing Guide keyed by the number of agents was added.',
  'ha-server-table-removed':
    'The HA server CPU/RAM table by deployment size was removed because it contradicted the Server Sizing Guide, which the maintainers treat as authoritative. The seed edition keeps it: it is the more conservative reading, and many translated docs still show it.',
  's390x-removed': 's390x was removed from the support matrix; no builds are produced for it.',
  'flash-storage-under-etcd': 'The SD card warning was widened: on a Raspberry Pi or any other ARM device, SD cards and eMMC cannot handle etcd’s IO load.',
};

const profilingRoles: Record<ProfilingRole, string> = {
  'server-with-workload': 'server with a workload',
  'server-with-one-agent': 'server of a cluster with one agent, no workload',
  agent: 'agent',
};

const processors: Record<ProcessorClass, string> = {
  'x86-server': 'server-class x86',
  'arm-sbc': 'Raspberry Pi 4',
};

const severities: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

const editions: Record<Edition, { name: string; description: string }> = {
  seed: {
    name: 'Seed documents',
    description:
      'The K3s requirements as the seed documents give them: one hardware table for every node, and a CPU/RAM table for HA servers by cluster size.',
  },
  upstream: {
    name: 'Current upstream docs',
    description: 'The current K3s docs: separate server and agent minimums, and the Server Sizing Guide keyed by the number of agents.',
  },
};

type RangeParams = { counts: 'all-nodes' | 'agents'; above: number | null; upTo: number | null };

/** A table row's bounds the way the K3s tables write them: "up to 100 nodes", "0–350 agents", "1,800+ agents". */
const range: Msg<RangeParams> = (p, f) => {
  if (p.counts === 'all-nodes') {
    return p.upTo === null ? `more than ${f.integer(p.above ?? 0)} nodes` : `up to ${f.integer(p.upTo)} nodes`;
  }
  if (p.upTo === null) return `${f.integer(p.above ?? 0)}+ agents`;
  return `${f.integer(p.above === null ? 0 : p.above + 1)}–${f.integer(p.upTo)} agents`;
};

export const en = {
  meta: { language: 'English' },
  app: {
    title: 'k3s-sizer',
    tagline: 'Plan a K3s cluster before you provision it: what each machine needs, what is risky, and why, with sources.',
    skipToResults: 'Skip to results',
    footer: (p: { rulesId: string }) => `Rules ${p.rulesId}. Figures come from the cited K3s and etcd documents; check them against your workloads.`,
    rulesFile: 'Rules file (JSON)',
    planSchema: 'Plan JSON Schema',
  },
  edition: {
    label: 'Rules edition',
    help: 'Which set of K3s documents the sizing follows.',
    names: editions,
    option: (p: { edition: Edition; version: string }) => `${editions[p.edition].name} (${p.version})`,
    compareTitle: (p: { other: Edition }) => `Where the ${editions[p.other].name.toLowerCase()} disagree`,
    compareIntro: (p: { current: Edition; other: Edition }) =>
      `For this plan the two editions give different answers. You are planning with the ${editions[p.current].name.toLowerCase()}; the other column shows the ${editions[p.other].name.toLowerCase()}.`,
    compareAgree: (p: { other: Edition }) => `The ${editions[p.other].name.toLowerCase()} give the same figures for this plan.`,
    compareLoading: 'Loading the other edition for comparison…',
    compareFailed: 'The other edition could not be loaded, so no comparison is shown.',
    item: 'Item',
    none: 'not stated',
    compared,
    findingsDiffer: 'Findings graded differently',
    findingAbsent: 'not raised',
    whyTitle: 'Why they differ',
    changes: editionChanges,
    changeDate: (p: { date: string }, f: Formatter) => f.date(p.date),
    switchTo: (p: { edition: Edition }) => `Plan with the ${editions[p.edition].name.toLowerCase()}`,
  },
  form: {
    title: 'Your cluster',
    sections: { topology: 'Topology', storage: 'Datastore and disk', platform: 'Platform' },
    servers: { label: 'Servers', help: 'Machines running k3s server: the control plane, and the datastore when it is embedded.' },
    agents: { label: 'Agents', help: 'Machines running k3s agent: workloads only, no control plane.' },
    haMode: { label: 'High availability', help: 'Single server, or several servers sharing embedded etcd or an external datastore.', options: haModes },
    datastore: { label: 'Datastore', help: 'Where the cluster state lives.', options: datastores },
    disk: { label: 'Disk under the datastore', help: 'The storage that holds the datastore: the servers’ disk, or the database host’s.', options: disks },
    arch: { label: 'CPU architecture', help: 'The processor family of the machines.', options: architectures },
    device: { label: 'Machine class', help: 'Low-power boards have fixed CPU and memory and different measured overhead.', options: devices },
    serverWorkloads: {
      label: 'Server role',
      help: 'K3s servers run workloads by default; a CriticalAddonsOnly taint keeps workloads on the agents.',
      options: serverWorkloads,
    },
    k3sVersion: {
      label: 'K3s version',
      help: 'A channel (stable, latest), a minor line (v1.33) or an exact release; used for version checks.',
      invalid: 'Enter stable, latest, a minor line such as v1.33, or a release such as v1.33.4+k3s1.',
      resolved: (p: { version: string }) => `Checks use ${p.version}.`,
    },
    countErrors,
    keptLastValid: 'Results show the last valid plan until the highlighted fields are fixed.',
    findingsHere: (p: { count: number }) => `${String(p.count)} ${plural(p.count, 'finding', 'findings')} about this field`,
  },
  results: {
    title: 'What each machine needs',
    summary: (p: { servers: number; agents: number; mode: HaMode; datastore: Datastore }, f: Formatter) =>
      `${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')}, ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')} · ${haModes[p.mode]} · ${datastores[p.datastore]}`,
    server: {
      title: (p: { count: number }) => `Each server (×${String(p.count)})`,
      tierBasis: (
        p: RangeParams & { count: number; servers: number; agents: number; tier: string; printed: RangeParams; scaledBy: number | null },
        f: Formatter,
      ) => {
        const counted =
          p.counts === 'all-nodes'
            ? `${f.integer(p.count)} nodes in total (${f.integer(p.servers)} ${plural(p.servers, 'server', 'servers')} + ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')})`
            : `${f.integer(p.count)} ${plural(p.count, 'agent', 'agents')}`;
        const name = tiers[p.tier];
        const row = name ? `${name}, ${range(p.printed, f)}` : `the “${range(p.printed, f)}” row of the Server Sizing Guide`;
        if (p.scaledBy === null) return `${counted} → ${row}.`;
        const reach = p.upTo === null ? `more than ${f.integer(p.above ?? 0)}` : f.integer(p.upTo);
        return `${counted} → ${row}; with ${String(p.servers)} HA servers about ${f.percent(p.scaledBy - 1)} more agents fit, so this row reaches ${reach} agents.`;
      },
      baselineBasis: (p: RangeParams & { count: number; tier: string }, f: Formatter) =>
        `${f.integer(p.count)} nodes in total fall in the first row (${tiers[p.tier] ?? p.tier}, ${range(p, f)}), which the source states for HA servers only, so a single server gets the baseline recommendation.`,
      countsAllNodes: 'This table counts every node in the cluster, servers and agents alike.',
      countsAgents: 'This table counts agents only; the servers themselves are not counted.',
      statedForHa: 'The source states this table for HA servers; it is applied to a single server of the same cluster size as the only sizing guidance for it.',
      minimum: 'Baseline minimum',
      recommended: 'Baseline recommended',
      measured: 'K3s measured overhead',
      measuredDetail: (
        p: { role: ProfilingRole; processor: ProcessorClass; column: 'sqlite' | 'etcd'; version: string },
      ) => `${profilingRoles[p.role]}, ${processors[p.processor]}, ${p.column === 'etcd' ? 'embedded etcd' : 'Kine/SQLite'}, K3s ${p.version}`,
      measuredElsewhere: (p: { share: number }, f: Formatter) => `another table of the same page gives ${f.percent(p.share)}`,
      etcdDisk: 'etcd data per server',
      etcdDiskValue: (p: { atDefault: number; atMax: number }, f: Formatter) =>
        `${f.memory(p.atDefault)} (${f.memory(p.atMax)} at the largest suggested quota)`,
    },
    agent: {
      title: (p: { count: number }) => `Each agent (×${String(p.count)})`,
      none: 'No agents: the servers run the workloads.',
      plusWorkloads: (p: { recommended: boolean }) =>
        p.recommended ? 'The baseline recommended for every node, plus what your workloads request.' : 'The baseline minimum, plus what your workloads request.',
      everyNode: 'The seed’s hardware table is one table for every node, servers and agents alike.',
    },
    datastore: {
      title: 'Datastore',
      external: (p: { datastore: Datastore }) => `${datastores[p.datastore]} on its own host`,
      onServers: (p: { datastore: Datastore }) =>
        p.datastore === 'sqlite' ? 'SQLite runs inside the server process, on the server’s disk.' : 'etcd runs on every server, inside the K3s process; no separate database host.',
      tierBasis: (p: RangeParams & { count: number; tier: string }, f: Formatter) =>
        `${f.integer(p.count)} nodes in total → ${tiers[p.tier] ?? p.tier}, ${range(p, f)}. One database instance; replicas multiply it.`,
      quorum: (p: { quorum: number; members: number; faultTolerance: number }) =>
        `Quorum ${String(p.quorum)} of ${String(p.members)}; survives ${String(p.faultTolerance)} ${plural(p.faultTolerance, 'failure', 'failures')}.`,
    },
    totals: {
      title: 'Control plane in total',
      parts: (p: { servers: number; hasDatabase: boolean }) =>
        `${String(p.servers)} ${plural(p.servers, 'server', 'servers')}${p.hasDatabase ? ' + 1 database host' : ''}, agents not included.`,
    },
    cpu: 'CPU',
    memory: 'Memory',
    ofACore: (p: { share: number }, f: Formatter) => `${f.percent(p.share)} of a core`,
    coreCount: (p: { vcpu: number }, f: Formatter) => `${f.decimal(p.vcpu)} ${plural(p.vcpu, 'core', 'cores')}`,
  },
  findings: {
    title: 'Findings',
    none: 'Nothing to report for this plan.',
    counts: (p: Record<Severity, number>) =>
      `${String(p.error)} ${plural(p.error, 'error', 'errors')}, ${String(p.warning)} ${plural(p.warning, 'warning', 'warnings')}, ${String(p.info)} ${plural(p.info, 'note', 'notes')}`,
    severity: severities,
    whatToDo: 'What to do',
    rule: 'Rule',
    messages: findings,
  },
  source: {
    label: 'Source',
    revision: 'revision read',
    asOf: (p: { date: string }, f: Formatter) => `as of ${f.date(p.date)}`,
  },
  download: {
    json: 'Download plan (JSON)',
    preparing: 'Preparing…',
    failed: 'The plan could not be prepared for download.',
  },
  rules: {
    loading: 'Loading the sizing rules…',
    errorTitle: 'The sizing rules could not be loaded',
    errorKinds: {
      network: (p: { file: string }) => `The rules file ${p.file} could not be fetched. Check your connection.`,
      http: (p: { file: string; status: number }) => `The server answered ${String(p.status)} for the rules file ${p.file}.`,
      json: (p: { file: string }) => `The rules file ${p.file} is not valid JSON.`,
      schema: (p: { file: string }) => `The rules file ${p.file} does not match the rules schema:`,
      unknown: (p: { file: string }) => `No rules file is published under the id “${p.file}”.`,
      index: () => 'The list of published rules files is invalid:',
    },
    retry: 'Try again',
    useDefault: 'Use the default rules',
  },
  notices: {
    title: 'About this link',
    unknownParams: (p: { names: readonly string[] }, f: Formatter) =>
      `Ignored ${plural(p.names.length, 'a parameter this app does not know', 'parameters this app does not know')}: ${f.list(p.names)}.`,
    invalidParam: (p: { name: string; value: string }) => `The link’s ${p.name}=“${p.value}” is not valid here; the default is used instead.`,
    newerFormat: (p: { version: string }) => `This link was made by a newer version of k3s-sizer (format ${p.version}); what this version understands was kept.`,
    dismiss: 'Dismiss',
  },
  errorBoundary: {
    title: 'Something went wrong while showing the plan',
    body: 'Your plan is still in the address bar. You can reload, or start again from the default plan.',
    reset: 'Reset plan',
    reload: 'Reload',
  },
} satisfies Record<string, unknown>;

export type Catalog = typeof en;
