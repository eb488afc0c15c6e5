import type { BackupKind } from '../core/day2/backup';
import type { StepId } from '../core/day2/steps';
import type { AnyDay2Finding, Day2FindingCode, Day2FindingParamsMap, Finding } from '../core/findings/finding';
import type { Day2FileTexts } from '../core/day2/render';
import type { Datastore } from '../core/model/plan-input';
import type { AnyGateId } from '../core/model/rules';
import type { Formatter } from './format';
import type { Locale, Msg } from './types';

/** Title, reason and remedy of every day-2 finding code, typed by its parameters. */
export type Day2FindingMessages = {
  [C in Day2FindingCode]: {
    title: Msg<Day2FindingParamsMap[C]>;
    why: Msg<Day2FindingParamsMap[C]>;
    fix: Msg<Day2FindingParamsMap[C]>;
  };
};

interface Field {
  readonly label: string;
  readonly help: string;
}
interface FieldWithDefault {
  readonly label: string;
  readonly help: (p: { value: string }, f: Formatter) => string;
  readonly invalid: string;
}

/** The words of one step: what it does, with the nodes it runs on. */
type StepText = Msg<{ nodes: readonly string[] }>;

export interface Day2Texts {
  readonly title: string;
  readonly intro: string;
  readonly noFacts: Msg<{ rulesId: string }>;
  readonly findingsTitle: string;
  readonly noFindings: string;
  readonly backup: {
    readonly title: string;
    /** Legends of the field groups: the snapshot settings, the copy off the servers. */
    readonly settingsTitle: string;
    readonly s3Title: string;
    readonly kind: Readonly<Record<BackupKind, Msg<{ datastore: Datastore }>>>;
    readonly fields: {
      readonly snapshots: Field;
      readonly schedule: FieldWithDefault;
      readonly retention: Omit<FieldWithDefault, 'invalid'> & { readonly invalid: Msg<{ min: number; max: number }> };
      readonly directory: FieldWithDefault;
      readonly diskGiB: Field;
      readonly s3: Field;
      readonly s3Endpoint: FieldWithDefault;
      readonly s3Bucket: Omit<FieldWithDefault, 'help'> & { readonly help: string };
      readonly s3Folder: Omit<FieldWithDefault, 'help'> & { readonly help: string };
      readonly s3Region: FieldWithDefault;
      readonly s3VerifyTls: Field;
    };
    readonly snapshotsOn: Msg<{ schedule: string; retention: number; directory: string }>;
    readonly snapshotsOff: string;
    readonly s3Target: Msg<{ endpoint: string; bucket: string; folder: string; region: string; verifyTls: boolean }>;
    readonly disk: Msg<{
      neededMiB: number;
      atMaxMiB: number;
      retention: number;
      withDatabase: boolean;
      quotaMiB: number;
      maxQuotaMiB: number;
    }>;
    readonly diskGiven: Msg<{ diskGiB: number; fits: boolean }>;
    readonly dropInTitle: Msg<{ file: string }>;
    readonly dropInIntro: Msg<{ path: string }>;
    readonly dropInNone: string;
    readonly credentials: Msg<{ accessKeyEnv: string; secretKeyEnv: string }>;
    readonly backupTitle: string;
    readonly restoreTitle: string;
    readonly steps: Readonly<Record<StepId, StepText>>;
    readonly resetFlag: Msg<{ file: string }>;
    readonly newHosts: string;
    readonly sameOrNewer: string;
    readonly tokenTitle: string;
    readonly tokenWhy: Msg<{ file: string }>;
    readonly tokenRotation: string;
  };
  readonly upgrade: {
    readonly title: string;
    readonly versionsTitle: string;
    readonly fields: {
      readonly from: FieldWithDefault;
      readonly to: Omit<FieldWithDefault, 'help'> & { help: string };
    };
    readonly none: string;
    readonly fromTo: Msg<{ from: string; fromExact: boolean; to: string; toExact: boolean }>;
    readonly same: string;
    readonly down: string;
    readonly pathTitle: Msg<{ steps: number }>;
    readonly stepTitle: Msg<{ line: string; target: string; channel: boolean }>;
    readonly crossed: Msg<{ gates: readonly AnyGateId[] }>;
    readonly gates: Readonly<Record<AnyGateId, string>>;
    readonly orderTitle: string;
    readonly orderServers: Msg<{ servers: number; atOnce: number; tolerated: number; etcd: boolean }>;
    readonly orderRegistration: Msg<{ fixed: boolean; serverUrl: string }>;
    readonly orderAgents: Msg<{
      agents: number;
      size: number;
      batches: number;
      first: string | null;
      last: string | null;
    }>;
    readonly scriptTitle: string;
    readonly scriptIntro: string;
    readonly onServer: Msg<{ name: string }>;
    readonly onAgents: Msg<{ agents: number; size: number }>;
    readonly controllerTitle: string;
    readonly controllerIntro: string;
    readonly controllerInstall: string;
    readonly controllerStep: Msg<{ line: string; file: string }>;
    readonly controllerAgentless: string;
    readonly watch: string;
    readonly download: Msg<{ file: string }>;
  };
  readonly findings: Day2FindingMessages;
  /** The generated files' comments. */
  readonly files: {
    readonly dropInHeader: (p: { rulesId: string; link: string; path: string }) => readonly string[];
    readonly upgradeHeader: (p: {
      rulesId: string;
      link: string;
      line: string;
      namespace: string;
    }) => readonly string[];
    readonly placeholder: string;
    readonly noteSeparator: string;
  };
}

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

const en: Day2Texts = {
  title: 'Day 2: backups and upgrades',
  intro:
    'How this cluster is backed up and restored, and how it is upgraded, from the K3s docs. Nothing here runs by itself: copy the files and the commands.',
  noFacts: (p) =>
    `The rules file ${p.rulesId} was published before k3s-sizer planned backups and upgrades. Plan with a newer rules file to see them.`,
  findingsTitle: 'About backups and the upgrade',
  noFindings: 'Nothing to report about backups or the upgrade.',
  backup: {
    title: 'Backups and restore',
    settingsTitle: 'Snapshot settings',
    s3Title: 'A copy off the servers',
    kind: {
      'etcd-snapshots': () =>
        'Embedded etcd: K3s takes etcd snapshots on every server by itself, on a schedule, and can copy them to S3-compatible storage.',
      'sqlite-copy': () =>
        'SQLite: there is no special command. A backup is a copy of the database directory and the server token, taken with K3s stopped so that the files do not change while they are copied.',
      database: (p) =>
        `External ${datastoreNames.en[p.datastore]}: the database’s own backup is the cluster’s backup; K3s does not take one. Keep the server token with it.`,
    },
    fields: {
      snapshots: {
        label: 'Scheduled etcd snapshots',
        help: 'On by default on every server; off writes etcd-disable-snapshots.',
      },
      schedule: {
        label: 'Snapshot schedule (cron)',
        help: (p) => `Minute, hour, day, month, weekday, or @daily, @every 6h. Empty: K3s’s ${p.value}.`,
        invalid:
          'Not a schedule K3s takes: five fields (minute hour day month weekday, such as 0 */6 * * *), or @hourly, @daily, @weekly, @monthly, @yearly, @every 6h.',
      },
      retention: {
        label: 'Snapshots kept per server',
        help: (p) => `Older scheduled snapshots are deleted. Empty: K3s’s ${p.value}.`,
        invalid: (p, f) => `A whole number from ${f.integer(p.min)} to ${f.integer(p.max)}, or empty.`,
      },
      directory: {
        label: 'Snapshot directory',
        help: (p) => `An absolute path on every server. Empty: K3s’s ${p.value}.`,
        invalid: 'An absolute path of letters, digits and . _ - / only, such as /mnt/backup/k3s.',
      },
      diskGiB: {
        label: 'Free space for snapshots (GB)',
        help: 'On the disk that holds the snapshot directory of each server; 0 if not known yet.',
      },
      s3: {
        label: 'Copy snapshots to S3-compatible storage',
        help: 'Each snapshot is also uploaded, so a lost server does not take its snapshots with it.',
      },
      s3Endpoint: {
        label: 'S3 endpoint',
        help: (p) => `A host name, with :port if needed (MinIO: minio.example.com:9000). Empty: ${p.value}.`,
        invalid: 'A host name or address, optionally with :port, without https://.',
      },
      s3Bucket: {
        label: 'Bucket',
        help: 'The bucket must exist; K3s does not create it.',
        invalid: 'Lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.',
      },
      s3Folder: {
        label: 'Folder in the bucket (optional)',
        help: 'Snapshots of several clusters can share a bucket in folders of their own.',
        invalid: 'Letters, digits and . _ - / only.',
      },
      s3Region: {
        label: 'Region',
        help: (p) => `The bucket’s region. Empty: ${p.value}.`,
        invalid: 'Lowercase letters, digits and hyphens, such as eu-central-1.',
      },
      s3VerifyTls: {
        label: 'Verify the endpoint’s TLS certificate',
        help: 'Turn off only for a test endpoint with a self-signed certificate: it writes etcd-s3-skip-ssl-verify.',
      },
    },
    snapshotsOn: (p, f) =>
      `Every server takes a snapshot on the schedule ${p.schedule} and keeps the newest ${f.integer(p.retention)} in ${p.directory}.`,
    snapshotsOff: 'Scheduled snapshots are off: only snapshots you take yourself exist.',
    s3Target: (p) =>
      `Each snapshot is also uploaded to ${p.endpoint}, bucket ${p.bucket}${p.folder ? `, folder ${p.folder}` : ''}, region ${p.region}${p.verifyTls ? '' : ', without checking the endpoint’s certificate'}.`,
    disk: (p, f) =>
      p.withDatabase
        ? `Each server needs ${f.memory(p.neededMiB)} on the database’s disk: the database and ${f.integer(p.retention)} snapshots, each up to etcd’s default quota of ${f.memory(p.quotaMiB)}; ${f.memory(p.atMaxMiB)} if the quota is raised to etcd’s suggested maximum of ${f.memory(p.maxQuotaMiB)}.`
        : `Each server needs ${f.memory(p.neededMiB)} in the snapshot directory: ${f.integer(p.retention)} snapshots, each up to etcd’s default quota of ${f.memory(p.quotaMiB)}; ${f.memory(p.atMaxMiB)} at etcd’s suggested maximum quota of ${f.memory(p.maxQuotaMiB)}.`,
    diskGiven: (p, f) =>
      p.fits
        ? `The ${f.integer(p.diskGiB)} GB given are enough.`
        : `The ${f.integer(p.diskGiB)} GB given are not enough.`,
    dropInTitle: (p) => `Every server: ${p.file}`,
    dropInIntro: (p) =>
      `The settings that differ from K3s’s defaults, as a file K3s reads after config.yaml: ${p.path}. On a new cluster, copy it before installing; on a running one, copy it and restart the servers one at a time.`,
    dropInNone: 'K3s’s defaults apply as they are: there is no file to add.',
    credentials: (p) =>
      `Replace the key placeholders in the file, or leave those two lines out and give the k3s service ${p.accessKeyEnv} and ${p.secretKeyEnv} in its environment. Keys never enter the link.`,
    backupTitle: 'Back up',
    restoreTitle: 'Restore',
    steps: {
      'install-drop-in': (p, f) =>
        `On each server in turn (${f.list(p.nodes)}): copy the file into place, restart K3s and wait until it is Ready before the next.`,
      'save-token': (p) => `On ${p.nodes[0] ?? 'a server'}: print the server token and keep it with every backup.`,
      'on-demand-snapshot': (p) =>
        `Before a risky change, on ${p.nodes[0] ?? 'a server'}: take a snapshot now (it is not deleted by the retention).`,
      'list-snapshots': () => 'List the snapshots this server can see:',
      'stop-servers': (p, f) => `Stop K3s on every server (${f.list(p.nodes)}).`,
      'reset-from-s3': (p) =>
        `On ${p.nodes[0] ?? 'the first server'}: restore from S3. Set SNAPSHOT to the snapshot’s name only; the S3 settings come from the file above.`,
      'reset-from-local': (p) =>
        `Or, on ${p.nodes[0] ?? 'the first server'}: restore from a snapshot file on that server. Set SNAPSHOT to its file name. K3s exits when it prints “Managed etcd cluster membership has been reset”.`,
      'start-first': (p) => `Start K3s again on ${p.nodes[0] ?? 'the first server'}.`,
      'clear-other-servers': (p, f) =>
        `On the other servers (${f.list(p.nodes)}): delete the old etcd database, so that they join the restored cluster instead of the old one.`,
      'start-other-servers': (p, f) => `Start K3s on ${f.list(p.nodes)}, one at a time.`,
      'sqlite-copy': (p) =>
        `On ${p.nodes[0] ?? 'the server'}: stop K3s, archive the database directory and the token, start K3s. Take one before each upgrade and on a schedule of your own.`,
      'sqlite-restore': (p) =>
        `On ${p.nodes[0] ?? 'the server'}: stop K3s, put the archived files back, start K3s. Set BACKUP to the archive.`,
      'start-server': (p) => `Start K3s on ${p.nodes[0] ?? 'the server'}.`,
      'database-backup': () =>
        'Back up the database with its own tools, on a schedule: the K3s docs recommend recurring snapshots of it.',
      'database-restore': () => 'Restore the database from its backup with its own tools.',
      'start-servers': (p, f) => `Start K3s on ${f.list(p.nodes)}, one at a time, with the same token as before.`,
    },
    resetFlag: (p) =>
      `A reset leaves ${p.file}, which stops a second reset by accident; K3s deletes it when it starts normally.`,
    newHosts:
      'On new machines: copy the snapshot there, and make sure the token in config.yaml is the one kept with the snapshot, or K3s does not start. The snapshot holds the old nodes; delete those that no longer exist.',
    sameOrNewer: 'A snapshot restores on the K3s minor version that took it, or a higher one.',
    tokenTitle: 'The server token',
    tokenWhy: (p) =>
      `Keep the contents of ${p.file} with every backup. K3s encrypts the confidential bootstrap data in the datastore with this token, so a restore with any other token cannot read it: the backup is unusable without it.`,
    tokenRotation: 'After k3s token rotate, snapshots taken before the rotation need the old token.',
  },
  upgrade: {
    title: 'Upgrade',
    versionsTitle: 'Versions',
    fields: {
      from: {
        label: 'Upgrade from',
        help: (p) => `The version the cluster runs. Empty: this plan’s, ${p.value}.`,
        invalid: 'A channel (stable, latest), a minor version (v1.31) or a release (v1.31.4+k3s1).',
      },
      to: {
        label: 'Upgrade to',
        help: 'A channel, a minor version or a release. Empty: no upgrade planned.',
        invalid: 'A channel (stable, latest), a minor version (v1.31) or a release (v1.31.4+k3s1).',
      },
    },
    none: 'Enter a version to upgrade to, and the plan lays out the path, the order and both ways of doing it.',
    fromTo: (p) =>
      `From ${p.from}${p.fromExact ? '' : ' (its first release: the rules list none of this minor version)'} to ${p.to}${p.toExact ? '' : ' (its newest release, resolved when you run it)'}.`,
    same: 'The cluster already runs that release: there is nothing to upgrade.',
    down: 'That is a downgrade; see the finding.',
    pathTitle: (p, f) =>
      `The path: ${f.integer(p.steps)} ${plural(p.steps, 'step', 'steps')}, one minor version at a time`,
    stepTitle: (p) =>
      p.channel ? `${p.line}: the newest release of the channel ${p.target}` : `${p.line}: ${p.target}`,
    crossed: (p, f) => `On the way: ${f.list(p.gates.map((g) => en.upgrade.gates[g]))}.`,
    gates: {
      'arm64-any-page-size': 'arm64 with any page size',
      'dual-stack': 'dual-stack (experimental)',
      'dual-stack-stable': 'stable dual-stack',
      'ipv6-only': 'IPv6-only clusters',
      'wireguard-backend-removed': 'the wireguard backend removed',
      'ipsec-backend-removed': 'the ipsec backend removed',
      'strongswan-unbundled': 'strongSwan no longer bundled',
      'kubelet-ipv6-node-ip-fixed': 'the kubelet’s IPv6 node-ip fix',
      'embedded-registry': 'the embedded registry mirror',
      'embedded-registry-ga': 'the embedded registry mirror generally available',
      'embedded-registry-wildcard': 'the "*" registry wildcard',
      's390x-builds-removed': 's390x builds ended',
      'traefik-v3': 'Traefik v2 → v3',
      'containerd-2': 'containerd 2.0',
    },
    orderTitle: 'Order for this plan',
    orderServers: (p, f) =>
      p.servers === 1
        ? 'Upgrade the server first: the API is unavailable while K3s restarts on it.'
        : `Servers first, ${f.integer(p.atOnce)} at a time, each after the previous one is Ready: ${p.etcd ? `etcd keeps its quorum with ${f.integer(p.tolerated)} of the ${f.integer(p.servers)} servers down` : `the cluster keeps working with ${f.integer(p.tolerated)} of the ${f.integer(p.servers)} servers down`}.`,
    orderRegistration: (p) =>
      p.fixed
        ? `Agents and kubectl reach the servers through the fixed registration address ${p.serverUrl}, so a restarting server is not missed.`
        : `Without a fixed registration address, nodes and kubectl that use ${p.serverUrl} lose it while that server restarts.`,
    orderAgents: (p, f) =>
      `Then the ${f.integer(p.agents)} ${plural(p.agents, 'agent', 'agents')}, in ${f.integer(p.batches)} ${plural(p.batches, 'batch', 'batches')} of at most ${f.integer(p.size)}${p.first && p.last ? ` (${p.first} … ${p.last} first)` : ''}.`,
    scriptTitle: 'With the install script',
    scriptIntro:
      'Run each line on its node, in this order. The config file stays as it is; if you installed with INSTALL_K3S_EXEC, K3S_ variables or flags, pass them again, since the installer rewrites the service from what it is given.',
    onServer: (p) => `On ${p.name}, then wait until it is Ready:`,
    onAgents: (p, f) => `On every agent, ${f.integer(p.size)} at a time:`,
    controllerTitle: 'With the system-upgrade-controller',
    controllerIntro:
      'The controller upgrades the nodes itself from Plan resources: servers one at a time, cordoned; agents after them, in batches. Install it once, then apply each step’s file and wait until its plans are complete before the next.',
    controllerInstall: 'Install the controller (its CRD and deployment):',
    controllerStep: (p) => `Step to ${p.line}: apply ${p.file}`,
    controllerAgentless:
      'The servers run no agent, so they are no Node the controller can reach: upgrade them with the install script first, then apply the file, which holds only the agent plan.',
    watch: 'Watch the plans and their jobs:',
    download: (p) => `Download ${p.file}`,
  },
  findings: {
    'backup.snapshots-disabled': {
      title: () => 'Scheduled etcd snapshots are off',
      why: () => 'Without snapshots there is nothing to restore the cluster from after a lost or damaged datastore.',
      fix: () =>
        'Turn scheduled snapshots on, or take snapshots yourself with k3s etcd-snapshot save and keep them off the servers.',
    },
    'backup.no-off-machine-copy': {
      title: (p, f) => `The snapshots of the ${f.integer(p.servers)} servers stay on the servers themselves`,
      why: (p) =>
        `Each server keeps its snapshots in ${p.directory} on its own disk. If the machines are lost together (a site, an account, a shared storage), the snapshots go with them.`,
      fix: () => 'Copy the snapshots to S3-compatible storage, or copy them off the servers on a schedule of your own.',
    },
    'backup.disk-too-small': {
      title: (p, f) => `${f.memory(p.neededMiB)} of snapshots do not fit in ${f.integer(p.diskGiB)} GB`,
      why: (p, f) =>
        `${f.integer(p.retention)} snapshots${p.withDatabase ? ' and the database beside them' : ''}, each up to the ${f.memory(p.quotaMiB)} quota, need ${f.memory(p.neededMiB)} on each server.`,
      fix: () => 'Keep fewer snapshots, put them on a larger disk, or copy them to S3 and keep fewer locally.',
    },
    'backup.s3-bucket-missing': {
      title: () => 'S3 is on but no bucket is given',
      why: (p) => `The file holds ${p.placeholder} in its place: K3s cannot upload until a real bucket is there.`,
      fix: () => 'Enter the bucket’s name (it must already exist).',
    },
    'upgrade.downgrade': {
      title: (p) => `${p.to} is older than ${p.from}`,
      why: () =>
        'Kubernetes does not support downgrading its control plane; the upgrade image of the system-upgrade-controller refuses it and leaves the nodes cordoned.',
      fix: () =>
        'Pick a release at least as new as the one the cluster runs, or restore a snapshot taken before the upgrade.',
    },
    'upgrade.one-minor-at-a-time': {
      title: (p, f) => `${p.from} → ${p.to} takes ${f.integer(p.lines.length)} upgrades: ${f.list(p.lines)}`,
      why: () =>
        'The Kubernetes version skew policy does not allow skipping a minor version, and neither the installer nor the controller checks it.',
      fix: () => 'Upgrade every node to each minor version in turn, servers first, before starting the next.',
    },
    'upgrade.gate-crossed': {
      title: (p) => `${gateTitles.en[p.gate]} at ${p.line}`,
      why: (p) => `${gateWhy.en[p.gate]} (from ${p.release}).`,
      fix: (p) => gateFix.en[p.gate],
    },
    'upgrade.controller-agentless': {
      title: () => 'The system-upgrade-controller cannot upgrade agentless servers',
      why: () =>
        'Servers without an agent register no Node, and the controller runs its upgrade jobs on Nodes it selects by label.',
      fix: () => 'Upgrade the servers with the install script, one at a time, before applying the agent plan.',
    },
    'upgrade.restart-downtime': {
      title: (p, f) =>
        p.servers > 1
          ? `Upgrading any of the ${f.integer(p.servers)} etcd servers stops the cluster`
          : 'Upgrading the only server stops the API for a moment',
      why: (p, f) =>
        p.servers > 1
          ? `${f.integer(p.members ?? p.servers)} etcd members need all of them for quorum: while one restarts, the datastore takes no writes.`
          : 'K3s restarts on the only server; workloads keep running, but nothing can be changed meanwhile.',
      fix: (p, f) =>
        p.servers > 1
          ? `Run ${f.integer(p.haMinServers)} or more servers, an odd number, before the upgrade, or plan a maintenance window.`
          : 'Plan a short maintenance window, or add servers for high availability.',
    },
    'upgrade.first-server-restart': {
      title: (p) => `While ${p.firstServer} restarts, no node can register`,
      why: () =>
        'Without a fixed registration address, new nodes and kubectl reach the cluster through the first server only. Agents already joined keep the other servers in their load balancer.',
      fix: () => 'Put a fixed registration address (load balancer, DNS name or virtual IP) in front of the servers.',
    },
    'airgap.upgrade-files': {
      title: (p, f) => `Each of the ${f.integer(p.steps)} upgrade steps needs its release's files on the nodes`,
      why: (p) =>
        p.registry
          ? 'Air-gapped nodes download nothing: each release needs its binary on every node, and its images in the registry, before its step. The system-upgrade-controller also needs its own images and rancher/k3s-upgrade in the registry.'
          : 'Air-gapped nodes download nothing: each release needs its binary and its images archive on every node before its step (the old archive removed). The system-upgrade-controller cannot pull its images without a registry.',
      fix: () =>
        'Download each step’s files as for the install, put them in place, and run the install script again with the download skipped; or push the images to a registry first.',
    },
    'airgap.registry-placeholders': {
      title: (p) => `${p.file} holds placeholders for the registry`,
      why: (p, f) =>
        `${f.list([...(p.username === null ? [] : [p.username, p.password ?? '']), ...(p.caFile === null ? [] : [p.caFile])])} stand in for what only you know: nodes cannot pull from the registry until they are real.`,
      fix: (p) =>
        p.caFile === null
          ? 'Replace the user name and password in the file before installing (it is mode 600).'
          : `Put the registry's CA certificate at ${p.caFile} on every node${p.username === null ? '' : ', and replace the user name and password in the file'} before installing.`,
    },
    'tokens.short-format': {
      title: (p, f) => `${f.integer(p.joining)} nodes join with a short token`,
      why: () =>
        'A node that joins with a short token trusts whatever CA the server presents: its first connection could be intercepted, and the token handed to whoever intercepts it.',
      fix: (p) =>
        `Once the first server is Ready, join the other nodes with the secure token it wrote to ${p.file} (${p.prefix}…).`,
    },
    'tokens.rotate-unavailable': {
      title: (p) => `${p.version} cannot rotate the server token`,
      why: () => 'Releases without k3s token rotate cannot change the server token once the cluster exists.',
      fix: (p) =>
        p.release === null
          ? 'Upgrade to a newer release to rotate tokens.'
          : `Upgrade to ${p.release} or later to rotate tokens.`,
    },
  },
  files: {
    dropInHeader: (p) => [
      `k3s-sizer plan, rules ${p.rulesId}: etcd snapshot settings`,
      `Every server: copy to ${p.path}, then restart K3s on one server at a time`,
      `Recreate this plan: ${p.link}`,
    ],
    upgradeHeader: (p) => [
      `k3s-sizer plan, rules ${p.rulesId}: upgrade step to ${p.line}`,
      `kubectl apply -f this file; wait until the plans in ${p.namespace} are complete before the next step`,
      `Recreate this plan: ${p.link}`,
    ],
    placeholder: 'placeholder: replace before installing',
    noteSeparator: '; ',
  },
};

const datastoreNames: Readonly<Record<Locale, Readonly<Record<Datastore, string>>>> = {
  en: {
    sqlite: 'SQLite',
    'embedded-etcd': 'etcd',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    postgres: 'PostgreSQL',
    'external-etcd': 'etcd',
  },
  ja: {
    sqlite: 'SQLite',
    'embedded-etcd': 'etcd',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    postgres: 'PostgreSQL',
    'external-etcd': 'etcd',
  },
  zh: {
    sqlite: 'SQLite',
    'embedded-etcd': 'etcd',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    postgres: 'PostgreSQL',
    'external-etcd': 'etcd',
  },
};

type GateTexts = Readonly<Record<AnyGateId, string>>;

const gateTitles: Readonly<Record<Locale, GateTexts>> = {
  en: {
    'arm64-any-page-size': 'arm64 runs with any page size',
    'dual-stack': 'Dual-stack becomes available',
    'dual-stack-stable': 'Dual-stack becomes stable',
    'ipv6-only': 'IPv6-only clusters become available',
    'wireguard-backend-removed': 'The wireguard backend is removed',
    'ipsec-backend-removed': 'The ipsec backend is removed',
    'strongswan-unbundled': 'strongSwan is no longer bundled',
    'kubelet-ipv6-node-ip-fixed': 'The kubelet’s IPv6 node-ip bug is fixed',
    'embedded-registry': 'The embedded registry mirror becomes available',
    'embedded-registry-ga': 'The embedded registry mirror becomes generally available',
    'embedded-registry-wildcard': 'registries.yaml can use the "*" wildcard',
    's390x-builds-removed': 'There are no more s390x builds',
    'traefik-v3': 'Traefik v2 is upgraded to v3',
    'containerd-2': 'containerd 2.0 replaces containerd 1.7',
  },
  ja: {
    'arm64-any-page-size': 'arm64が任意のページサイズで動作するようになります',
    'dual-stack': 'デュアルスタックが使えるようになります',
    'dual-stack-stable': 'デュアルスタックが安定版になります',
    'ipv6-only': 'IPv6のみのクラスターが使えるようになります',
    'wireguard-backend-removed': 'wireguardバックエンドが削除されます',
    'ipsec-backend-removed': 'ipsecバックエンドが削除されます',
    'strongswan-unbundled': 'strongSwanが同梱されなくなります',
    'kubelet-ipv6-node-ip-fixed': 'kubeletのIPv6 node-ipの不具合が修正されます',
    'embedded-registry': '組み込みレジストリミラーが使えるようになります',
    'embedded-registry-ga': '組み込みレジストリミラーが正式版（GA）になります',
    'embedded-registry-wildcard': 'registries.yamlで"*"ワイルドカードが使えるようになります',
    's390x-builds-removed': 's390x向けのビルドがなくなります',
    'traefik-v3': 'Traefik v2がv3にアップグレードされます',
    'containerd-2': 'containerd 1.7がcontainerd 2.0に置き換わります',
  },
  zh: {
    'arm64-any-page-size': 'arm64 可以使用任意页大小运行',
    'dual-stack': '开始支持双栈',
    'dual-stack-stable': '双栈进入稳定阶段',
    'ipv6-only': '开始支持纯 IPv6 集群',
    'wireguard-backend-removed': 'wireguard 后端被移除',
    'ipsec-backend-removed': 'ipsec 后端被移除',
    'strongswan-unbundled': '不再附带 strongSwan',
    'kubelet-ipv6-node-ip-fixed': 'kubelet 的 IPv6 node-ip 缺陷已修复',
    'embedded-registry': '开始提供嵌入式镜像仓库',
    'embedded-registry-ga': '嵌入式镜像仓库正式发布（GA）',
    'embedded-registry-wildcard': 'registries.yaml 可以使用 "*" 通配符',
    's390x-builds-removed': '不再提供 s390x 构建',
    'traefik-v3': 'Traefik v2 升级为 v3',
    'containerd-2': 'containerd 2.0 取代 containerd 1.7',
  },
};

const gateWhy: Readonly<Record<Locale, GateTexts>> = {
  en: {
    'arm64-any-page-size': 'Earlier releases needed a 4k page size on arm64',
    'dual-stack': 'Earlier releases cannot run dual-stack',
    'dual-stack-stable': 'Dual-stack was experimental before',
    'ipv6-only': 'Earlier releases cannot run IPv6 only',
    'wireguard-backend-removed': 'K3s does not start with the wireguard backend any more',
    'ipsec-backend-removed': 'K3s does not start with the ipsec backend any more',
    'strongswan-unbundled': 'The ipsec backend needs strongSwan’s swanctl and charon installed on every host',
    'kubelet-ipv6-node-ip-fixed': 'The kubelet then picks the node’s IPv6 address without help',
    'embedded-registry': 'The plan uses the embedded registry mirror, which earlier releases do not have',
    'embedded-registry-ga': 'The embedded registry mirror was experimental before',
    'embedded-registry-wildcard': 'Earlier releases need every registry listed by name',
    's390x-builds-removed': 'The installer finds no s390x binary for later releases',
    'traefik-v3':
      'K3s upgrades the packaged Traefik with itself; v3 takes v2’s configuration, with the changes of Traefik’s v2 to v3 migration',
    'containerd-2': 'containerd 2.0 reads a custom template from config-v3.toml.tmpl, and config.toml.tmpl as before',
  },
  ja: {
    'arm64-any-page-size': 'それ以前のリリースでは、arm64で4kのページサイズが必要でした',
    'dual-stack': 'それ以前のリリースではデュアルスタックを使えません',
    'dual-stack-stable': 'それまでデュアルスタックは実験的機能でした',
    'ipv6-only': 'それ以前のリリースではIPv6のみの構成を使えません',
    'wireguard-backend-removed': 'wireguardバックエンドのままではK3sが起動しなくなります',
    'ipsec-backend-removed': 'ipsecバックエンドのままではK3sが起動しなくなります',
    'strongswan-unbundled': 'ipsecバックエンドには、各ホストにstrongSwanのswanctlとcharonが必要になります',
    'kubelet-ipv6-node-ip-fixed': 'kubeletがノードのIPv6アドレスを自分で選べるようになります',
    'embedded-registry': 'このプランは組み込みレジストリミラーを使いますが、それ以前のリリースにはありません',
    'embedded-registry-ga': 'それまで組み込みレジストリミラーは実験的機能でした',
    'embedded-registry-wildcard': 'それ以前のリリースでは、レジストリを名前ですべて列挙する必要があります',
    's390x-builds-removed': '以降のリリースではインストーラーがs390x向けのバイナリを見つけられません',
    'traefik-v3':
      'K3sは同梱のTraefikを自身とともにアップグレードします。v3はv2の設定を引き継ぎますが、Traefikのv2からv3への移行ガイドにある変更が適用されます',
    'containerd-2':
      'containerd 2.0はカスタムテンプレートをconfig-v3.toml.tmplから読み込みます（config.toml.tmplもこれまでどおり読み込みます）',
  },
  zh: {
    'arm64-any-page-size': '此前的版本在 arm64 上需要 4k 页大小',
    'dual-stack': '此前的版本无法运行双栈',
    'dual-stack-stable': '此前双栈为实验性功能',
    'ipv6-only': '此前的版本无法运行纯 IPv6',
    'wireguard-backend-removed': '继续使用 wireguard 后端时 K3s 将无法启动',
    'ipsec-backend-removed': '继续使用 ipsec 后端时 K3s 将无法启动',
    'strongswan-unbundled': 'ipsec 后端需要每台主机自行安装 strongSwan 的 swanctl 和 charon',
    'kubelet-ipv6-node-ip-fixed': 'kubelet 将能自行选取节点的 IPv6 地址',
    'embedded-registry': '此规划使用嵌入式镜像仓库，而此前的版本没有该功能',
    'embedded-registry-ga': '此前嵌入式镜像仓库为实验性功能',
    'embedded-registry-wildcard': '此前的版本需要按名称列出每个镜像仓库',
    's390x-builds-removed': '对于之后的版本，安装脚本找不到 s390x 二进制文件',
    'traefik-v3':
      'K3s 会随自身一起升级内置的 Traefik；v3 沿用 v2 的配置，但会带来 Traefik v2 到 v3 迁移指南中列出的变化',
    'containerd-2': 'containerd 2.0 从 config-v3.toml.tmpl 读取自定义模板（config.toml.tmpl 仍会照常读取）',
  },
};

const gateFix: Readonly<Record<Locale, GateTexts>> = {
  en: {
    'arm64-any-page-size': 'Nothing to do; kernels with larger pages work from then on.',
    'dual-stack': 'Dual-stack is set when a cluster is created: it cannot be turned on by the upgrade.',
    'dual-stack-stable': 'Nothing to do.',
    'ipv6-only': 'IPv6-only is set when a cluster is created: it cannot be turned on by the upgrade.',
    'wireguard-backend-removed':
      'Before this step, move to wireguard-native on every server, then restart the nodes, servers first.',
    'ipsec-backend-removed':
      'Before this step, move to wireguard-native on every server, then restart the nodes, servers first.',
    'strongswan-unbundled': 'Install strongSwan on every host before this step, or move to wireguard-native.',
    'kubelet-ipv6-node-ip-fixed':
      'The kubelet-arg node-ip workaround can be taken out of the config files after this step.',
    'embedded-registry': 'Turn the embedded registry on only after every server has reached this step.',
    'embedded-registry-ga': 'Nothing to do.',
    'embedded-registry-wildcard': 'After this step, registries.yaml can list "*" instead of each registry.',
    's390x-builds-removed': 'Stay on the last release with s390x builds, or move the cluster to another architecture.',
    'traefik-v3':
      'Before this step, check your Traefik resources and HelmChartConfig against Traefik’s v2 to v3 migration guide.',
    'containerd-2':
      'If you customised containerd with config.toml.tmpl, check it against containerd 2.0, or write a config-v3.toml.tmpl.',
  },
  ja: {
    'arm64-any-page-size': '対応は不要です。以降は、より大きなページサイズのカーネルでも動作します。',
    'dual-stack': 'デュアルスタックはクラスター作成時に決まるため、アップグレードで有効にすることはできません。',
    'dual-stack-stable': '対応は不要です。',
    'ipv6-only': 'IPv6のみの構成はクラスター作成時に決まるため、アップグレードで有効にすることはできません。',
    'wireguard-backend-removed':
      'このステップの前に、すべてのサーバーでwireguard-nativeに切り替え、サーバーから順にノードを再起動してください。',
    'ipsec-backend-removed':
      'このステップの前に、すべてのサーバーでwireguard-nativeに切り替え、サーバーから順にノードを再起動してください。',
    'strongswan-unbundled':
      'このステップの前に各ホストにstrongSwanをインストールするか、wireguard-nativeに切り替えてください。',
    'kubelet-ipv6-node-ip-fixed': 'このステップの後は、設定ファイルからkubelet-argのnode-ip回避策を外せます。',
    'embedded-registry': '組み込みレジストリは、すべてのサーバーがこのステップを終えてから有効にしてください。',
    'embedded-registry-ga': '対応は不要です。',
    'embedded-registry-wildcard': 'このステップの後は、registries.yamlでレジストリを列挙する代わりに"*"を使えます。',
    's390x-builds-removed':
      's390x向けビルドのある最後のリリースにとどまるか、クラスターを別のアーキテクチャに移行してください。',
    'traefik-v3':
      'このステップの前に、TraefikのリソースとHelmChartConfigを、Traefikのv2からv3への移行ガイドと照らし合わせて確認してください。',
    'containerd-2':
      'config.toml.tmplでcontainerdをカスタマイズしている場合は、containerd 2.0向けに確認するか、config-v3.toml.tmplを用意してください。',
  },
  zh: {
    'arm64-any-page-size': '无需操作；此后使用更大页大小的内核也可运行。',
    'dual-stack': '双栈在创建集群时确定，无法通过升级启用。',
    'dual-stack-stable': '无需操作。',
    'ipv6-only': '纯 IPv6 在创建集群时确定，无法通过升级启用。',
    'wireguard-backend-removed':
      '在这一步之前，先在每台服务器上改用 wireguard-native，然后重启各节点（先重启服务器）。',
    'ipsec-backend-removed': '在这一步之前，先在每台服务器上改用 wireguard-native，然后重启各节点（先重启服务器）。',
    'strongswan-unbundled': '在这一步之前，在每台主机上安装 strongSwan，或改用 wireguard-native。',
    'kubelet-ipv6-node-ip-fixed': '完成这一步后，可以从配置文件中去掉 kubelet-arg 的 node-ip 变通设置。',
    'embedded-registry': '请在所有服务器都完成这一步之后再启用嵌入式镜像仓库。',
    'embedded-registry-ga': '无需操作。',
    'embedded-registry-wildcard': '完成这一步后，registries.yaml 可以用 "*" 代替逐个列出的镜像仓库。',
    's390x-builds-removed': '停留在最后一个提供 s390x 构建的版本，或将集群迁移到其他架构。',
    'traefik-v3': '在这一步之前，对照 Traefik 的 v2 到 v3 迁移指南检查你的 Traefik 资源和 HelmChartConfig。',
    'containerd-2':
      '如果你用 config.toml.tmpl 自定义了 containerd，请针对 containerd 2.0 进行检查，或编写 config-v3.toml.tmpl。',
  },
};

const ja: Day2Texts = {
  title: 'Day 2：バックアップとアップグレード',
  intro:
    'このクラスターのバックアップとリストア、アップグレードの方法を、K3sのドキュメントに沿ってまとめています。ここに表示される内容は自動では実行されません。ファイルとコマンドをコピーして使ってください。',
  noFacts: (p) =>
    `ルールファイル${p.rulesId}は、k3s-sizerがバックアップとアップグレードを扱う前に公開されたものです。表示するには、新しいルールファイルで計画してください。`,
  findingsTitle: 'バックアップとアップグレードについての検出事項',
  noFindings: 'バックアップとアップグレードについて報告することはありません。',
  backup: {
    title: 'バックアップとリストア',
    settingsTitle: 'スナップショットの設定',
    s3Title: 'サーバー外へのコピー',
    kind: {
      'etcd-snapshots': () =>
        '組み込みetcd：K3sが各サーバーでetcdのスナップショットをスケジュールに従って自動で取得し、S3互換ストレージにコピーすることもできます。',
      'sqlite-copy': () =>
        'SQLite：専用のコマンドはありません。バックアップは、データベースのディレクトリとサーバートークンのコピーです。コピー中にファイルが変わらないよう、K3sを停止して取得します。',
      database: (p) =>
        `外部の${datastoreNames.ja[p.datastore]}：データベース自体のバックアップがクラスターのバックアップになります。K3sはバックアップを取りません。サーバートークンを一緒に保管してください。`,
    },
    fields: {
      snapshots: {
        label: 'etcdの定期スナップショット',
        help: 'デフォルトで全サーバーで有効です。無効にするとetcd-disable-snapshotsを書き込みます。',
      },
      schedule: {
        label: 'スナップショットのスケジュール（cron）',
        help: (p) => `分 時 日 月 曜日、または@daily、@every 6hなど。空欄の場合はK3sのデフォルト（${p.value}）です。`,
        invalid:
          'K3sが受け付けるスケジュールではありません。5つのフィールド（分 時 日 月 曜日。例：0 */6 * * *）か、@hourly、@daily、@weekly、@monthly、@yearly、@every 6hを指定してください。',
      },
      retention: {
        label: 'サーバーごとに保持するスナップショット数',
        help: (p) => `古い定期スナップショットから削除されます。空欄の場合はK3sのデフォルト（${p.value}）です。`,
        invalid: (p, f) => `${f.integer(p.min)}から${f.integer(p.max)}までの整数を入力するか、空欄にしてください。`,
      },
      directory: {
        label: 'スナップショットのディレクトリ',
        help: (p) => `各サーバー上の絶対パス。空欄の場合はK3sのデフォルト（${p.value}）です。`,
        invalid: '英数字と . _ - / だけからなる絶対パスを指定してください（例：/mnt/backup/k3s）。',
      },
      diskGiB: {
        label: 'スナップショット用の空き容量（GB）',
        help: '各サーバーでスナップショットのディレクトリがあるディスクの空き容量。不明な場合は0。',
      },
      s3: {
        label: 'スナップショットをS3互換ストレージにコピーする',
        help: '各スナップショットをアップロードもするので、サーバーを失ってもスナップショットは失われません。',
      },
      s3Endpoint: {
        label: 'S3エンドポイント',
        help: (p) =>
          `ホスト名。必要ならポートを付けます（MinIOの例：minio.example.com:9000）。空欄の場合は${p.value}です。`,
        invalid:
          'https://を付けずに、ホスト名かアドレスを指定してください。ポートを付ける場合はminio.example.com:9000のように書きます。',
      },
      s3Bucket: {
        label: 'バケット',
        help: 'バケットは事前に作成しておく必要があります。K3sは作成しません。',
        invalid: '英小文字、数字、ドット、ハイフンで、先頭と末尾は英小文字か数字にしてください。',
      },
      s3Folder: {
        label: 'バケット内のフォルダー（任意）',
        help: '複数のクラスターのスナップショットを、それぞれのフォルダーに分けて1つのバケットに置けます。',
        invalid: '英数字と . _ - / だけを使ってください。',
      },
      s3Region: {
        label: 'リージョン',
        help: (p) => `バケットのリージョン。空欄の場合は${p.value}です。`,
        invalid: '英小文字、数字、ハイフンで指定してください（例：ap-northeast-1）。',
      },
      s3VerifyTls: {
        label: 'エンドポイントのTLS証明書を検証する',
        help: '自己署名証明書のテスト用エンドポイントの場合だけ無効にしてください。etcd-s3-skip-ssl-verifyを書き込みます。',
      },
    },
    snapshotsOn: (p, f) =>
      `各サーバーがスケジュール「${p.schedule}」でスナップショットを取得し、新しいものから${f.integer(p.retention)}個を「${p.directory}」に保持します。`,
    snapshotsOff: '定期スナップショットは無効です。存在するのは手動で取得したスナップショットだけです。',
    s3Target: (p) =>
      `各スナップショットは${p.endpoint}のバケット${p.bucket}${p.folder ? `（フォルダー${p.folder}）` : ''}、リージョン${p.region}にもアップロードされます${p.verifyTls ? '' : '（エンドポイントの証明書は検証しません）'}。`,
    disk: (p, f) =>
      p.withDatabase
        ? `各サーバーのデータベース用ディスクに${f.memory(p.neededMiB)}必要です。データベースと、それぞれetcdのデフォルトクォータ（${f.memory(p.quotaMiB)}）までになりうるスナップショット${f.integer(p.retention)}個の分です。クォータをetcdの推奨最大値（${f.memory(p.maxQuotaMiB)}）まで上げた場合は${f.memory(p.atMaxMiB)}です。`
        : `各サーバーのスナップショット用ディレクトリに${f.memory(p.neededMiB)}必要です。それぞれetcdのデフォルトクォータ（${f.memory(p.quotaMiB)}）までになりうるスナップショット${f.integer(p.retention)}個の分です。etcdの推奨最大クォータ（${f.memory(p.maxQuotaMiB)}）では${f.memory(p.atMaxMiB)}です。`,
    diskGiven: (p, f) =>
      p.fits
        ? `指定された${f.integer(p.diskGiB)} GBで足ります。`
        : `指定された${f.integer(p.diskGiB)} GBでは足りません。`,
    dropInTitle: (p) => `全サーバー：${p.file}`,
    dropInIntro: (p) =>
      `K3sのデフォルトと異なる設定を、K3sがconfig.yamlの後に読み込むファイル（${p.path}）にまとめています。新しいクラスターではインストール前にコピーし、稼働中のクラスターではコピーしてからサーバーを1台ずつ再起動してください。`,
    dropInNone: 'K3sのデフォルトのままで使えます。追加するファイルはありません。',
    credentials: (p) =>
      `ファイル内のキーのプレースホルダーを置き換えてください。または、その2行を削除し、k3sサービスの環境変数に${p.accessKeyEnv}と${p.secretKeyEnv}を設定してください。キーがリンクに含まれることはありません。`,
    backupTitle: 'バックアップ',
    restoreTitle: 'リストア',
    steps: {
      'install-drop-in': (p, f) =>
        `各サーバーで順に（${f.list(p.nodes)}）：ファイルを配置してK3sを再起動し、Readyになってから次のサーバーに進みます。`,
      'save-token': (p) =>
        `${p.nodes[0] ?? 'サーバー'}で：サーバートークンを表示し、すべてのバックアップと一緒に保管します。`,
      'on-demand-snapshot': (p) =>
        `リスクのある変更の前に、${p.nodes[0] ?? 'サーバー'}で：今すぐスナップショットを取得します（保持数による削除の対象外です）。`,
      'list-snapshots': () => 'このサーバーから見えるスナップショットの一覧：',
      'stop-servers': (p, f) => `すべてのサーバー（${f.list(p.nodes)}）でK3sを停止します。`,
      'reset-from-s3': (p) =>
        `${p.nodes[0] ?? '最初のサーバー'}で：S3からリストアします。SNAPSHOTにはスナップショットの名前だけを指定します。S3の設定は上のファイルから読み込まれます。`,
      'reset-from-local': (p) =>
        `または、${p.nodes[0] ?? '最初のサーバー'}で：そのサーバー上のスナップショットファイルからリストアします。SNAPSHOTにファイル名を指定します。K3sは「Managed etcd cluster membership has been reset」と表示して終了します。`,
      'start-first': (p) => `${p.nodes[0] ?? '最初のサーバー'}でK3sを再び起動します。`,
      'clear-other-servers': (p, f) =>
        `ほかのサーバー（${f.list(p.nodes)}）で：古いetcdのデータベースを削除し、古いクラスターではなくリストアしたクラスターに参加させます。`,
      'start-other-servers': (p, f) => `${f.list(p.nodes)}で、1台ずつK3sを起動します。`,
      'sqlite-copy': (p) =>
        `${p.nodes[0] ?? 'サーバー'}で：K3sを停止し、データベースのディレクトリとトークンをアーカイブしてから、K3sを起動します。アップグレードの前ごとと、独自のスケジュールで取得してください。`,
      'sqlite-restore': (p) =>
        `${p.nodes[0] ?? 'サーバー'}で：K3sを停止し、アーカイブしたファイルを戻してから、K3sを起動します。BACKUPにアーカイブを指定します。`,
      'start-server': (p) => `${p.nodes[0] ?? 'サーバー'}でK3sを起動します。`,
      'database-backup': () =>
        'データベース自体のツールで、定期的にバックアップを取得してください。K3sのドキュメントは定期的なスナップショットを推奨しています。',
      'database-restore': () => 'データベース自体のツールで、バックアップからデータベースをリストアします。',
      'start-servers': (p, f) => `${f.list(p.nodes)}で、以前と同じトークンを使って1台ずつK3sを起動します。`,
    },
    resetFlag: (p) =>
      `リセットすると${p.file}が作成され、誤ってもう一度リセットすることを防ぎます。K3sが通常どおり起動すると削除されます。`,
    newHosts:
      '新しいマシンにリストアする場合：スナップショットをそのマシンにコピーし、config.yamlのトークンがスナップショットと一緒に保管したトークンと同じであることを確認してください。異なるとK3sは起動しません。スナップショットには古いノードも含まれるため、存在しなくなったノードは削除してください。',
    sameOrNewer:
      'スナップショットは、取得したK3sと同じマイナーバージョンか、それより新しいバージョンでリストアできます。',
    tokenTitle: 'サーバートークン',
    tokenWhy: (p) =>
      `${p.file}の内容を、すべてのバックアップと一緒に保管してください。K3sはデータストア内の機密性の高いブートストラップデータをこのトークンで暗号化するため、別のトークンでリストアしても読み取れず、トークンがなければバックアップは使えません。`,
    tokenRotation: 'k3s token rotateの後は、ローテーション前に取得したスナップショットには古いトークンが必要です。',
  },
  upgrade: {
    title: 'アップグレード',
    versionsTitle: 'バージョン',
    fields: {
      from: {
        label: 'アップグレード元',
        help: (p) => `クラスターが実行しているバージョン。空欄の場合はこのプランのバージョン（${p.value}）です。`,
        invalid:
          'チャンネル（stable、latest）、マイナーバージョン（v1.31）、リリース（v1.31.4+k3s1）のいずれかを指定してください。',
      },
      to: {
        label: 'アップグレード先',
        help: 'チャンネル、マイナーバージョン、リリースのいずれか。空欄の場合はアップグレードを計画しません。',
        invalid:
          'チャンネル（stable、latest）、マイナーバージョン（v1.31）、リリース（v1.31.4+k3s1）のいずれかを指定してください。',
      },
    },
    none: 'アップグレード先のバージョンを入力すると、経路、順序、2つの実行方法を表示します。',
    fromTo: (p) =>
      `${p.from}${p.fromExact ? '' : '（最初のリリース。ルールにこのマイナーバージョンのリリースがありません）'}から${p.to}${p.toExact ? '' : '（実行時点の最新リリース）'}へ。`,
    same: 'クラスターはすでにそのリリースを実行しています。アップグレードするものはありません。',
    down: 'これはダウングレードです。検出事項を確認してください。',
    pathTitle: (p, f) => `経路：マイナーバージョンを1つずつ、${f.integer(p.steps)}ステップ`,
    stepTitle: (p) => (p.channel ? `${p.line}：チャンネル${p.target}の最新リリース` : `${p.line}：${p.target}`),
    crossed: (p, f) => `途中の変更：${f.list(p.gates.map((g) => ja.upgrade.gates[g]))}`,
    gates: {
      'arm64-any-page-size': '任意のページサイズのarm64',
      'dual-stack': 'デュアルスタック（実験的機能）',
      'dual-stack-stable': 'デュアルスタックの安定版',
      'ipv6-only': 'IPv6のみのクラスター',
      'wireguard-backend-removed': 'wireguardバックエンドの削除',
      'ipsec-backend-removed': 'ipsecバックエンドの削除',
      'strongswan-unbundled': 'strongSwanの同梱終了',
      'kubelet-ipv6-node-ip-fixed': 'kubeletのIPv6 node-ipの修正',
      'embedded-registry': '組み込みレジストリミラー',
      'embedded-registry-ga': '組み込みレジストリミラーの正式版',
      'embedded-registry-wildcard': 'レジストリの"*"ワイルドカード',
      's390x-builds-removed': 's390x向けビルドの終了',
      'traefik-v3': 'Traefik v2 → v3',
      'containerd-2': 'containerd 2.0',
    },
    orderTitle: 'このプランでの順序',
    orderServers: (p, f) =>
      p.servers === 1
        ? 'まずサーバーをアップグレードします。K3sが再起動する間、APIは使えません。'
        : `サーバーから順に、${f.integer(p.atOnce)}台ずつ、前のサーバーがReadyになってから進めます。${p.etcd ? `サーバー${f.integer(p.servers)}台中${f.integer(p.tolerated)}台が停止しても、etcdはクォーラムを保てます` : `サーバー${f.integer(p.servers)}台中${f.integer(p.tolerated)}台が停止しても、クラスターは動作し続けます`}。`,
    orderRegistration: (p) =>
      p.fixed
        ? `エージェントとkubectlは固定登録アドレス${p.serverUrl}を通じてサーバーに接続するため、再起動中のサーバーがあっても影響を受けません。`
        : `固定登録アドレスがないため、${p.serverUrl}を使うノードとkubectlは、そのサーバーの再起動中は接続できません。`,
    orderAgents: (p, f) =>
      `続いてエージェント${f.integer(p.agents)}台を、最大${f.integer(p.size)}台ずつ${f.integer(p.batches)}回に分けてアップグレードします${p.first && p.last ? `（最初は${p.first} … ${p.last}）` : ''}。`,
    scriptTitle: 'インストールスクリプトで',
    scriptIntro:
      '各行を、この順序でそれぞれのノードで実行してください。設定ファイルはそのままです。INSTALL_K3S_EXEC、K3S_で始まる環境変数、フラグを使ってインストールした場合は、それらも再度指定してください。インストーラーは渡された内容からサービスを作り直します。',
    onServer: (p) => `${p.name}で実行し、Readyになるまで待ちます：`,
    onAgents: (p, f) => `各エージェントで、${f.integer(p.size)}台ずつ：`,
    controllerTitle: 'system-upgrade-controllerで',
    controllerIntro:
      'コントローラーはPlanリソースに従ってノードを自らアップグレードします。サーバーは1台ずつcordonしてから、エージェントはその後にまとめて処理します。コントローラーを一度インストールしたら、各ステップのファイルを適用し、そのPlanが完了してから次に進んでください。',
    controllerInstall: 'コントローラー（CRDとDeployment）をインストールします：',
    controllerStep: (p) => `${p.line}へのステップ：${p.file}を適用します`,
    controllerAgentless:
      'サーバーはエージェントを実行していないため、コントローラーが扱えるNodeがありません。先にインストールスクリプトでサーバーをアップグレードしてから、エージェント用のPlanだけを含むファイルを適用してください。',
    watch: 'Planとそのジョブを確認します：',
    download: (p) => `${p.file}をダウンロード`,
  },
  findings: {
    'backup.snapshots-disabled': {
      title: () => 'etcdの定期スナップショットが無効です',
      why: () =>
        'スナップショットがないと、データストアが失われたり壊れたりしたときに、クラスターをリストアできません。',
      fix: () =>
        '定期スナップショットを有効にするか、k3s etcd-snapshot saveで手動で取得して、サーバーの外に保管してください。',
    },
    'backup.no-off-machine-copy': {
      title: (p, f) => `サーバー${f.integer(p.servers)}台のスナップショットが、サーバー自身にしか保存されません`,
      why: (p) =>
        `各サーバーはスナップショットを自分のディスクの「${p.directory}」に保存します。サイト、アカウント、共有ストレージなどの障害でマシンがまとめて失われると、スナップショットも一緒に失われます。`,
      fix: () =>
        'スナップショットをS3互換ストレージにコピーするか、独自のスケジュールでサーバーの外にコピーしてください。',
    },
    'backup.disk-too-small': {
      title: (p, f) => `${f.memory(p.neededMiB)}のスナップショットが${f.integer(p.diskGiB)} GBに収まりません`,
      why: (p, f) =>
        `それぞれ最大でクォータ（${f.memory(p.quotaMiB)}）になりうるスナップショット${f.integer(p.retention)}個${p.withDatabase ? 'と、同じディスク上のデータベース' : ''}に、各サーバーで${f.memory(p.neededMiB)}必要です。`,
      fix: () => '保持数を減らすか、より大きなディスクに置くか、S3にコピーしてローカルの保持数を減らしてください。',
    },
    'backup.s3-bucket-missing': {
      title: () => 'S3が有効ですが、バケットが指定されていません',
      why: (p) =>
        `ファイルには代わりに${p.placeholder}が入っています。実際のバケットを指定するまで、K3sはアップロードできません。`,
      fix: () => 'バケット名を入力してください（バケットは作成済みである必要があります）。',
    },
    'upgrade.downgrade': {
      title: (p) => `${p.to}は${p.from}より古いバージョンです`,
      why: () =>
        'Kubernetesはコントロールプレーンのダウングレードをサポートしていません。system-upgrade-controllerのアップグレードイメージはダウングレードを拒否し、ノードはcordonされたままになります。',
      fix: () =>
        'クラスターが実行しているものと同じか新しいリリースを選ぶか、アップグレード前に取得したスナップショットをリストアしてください。',
    },
    'upgrade.one-minor-at-a-time': {
      title: (p, f) =>
        `${p.from} → ${p.to}には${f.integer(p.lines.length)}回のアップグレードが必要です（${f.list(p.lines)}）`,
      why: () =>
        'Kubernetesのバージョンスキューポリシーでは、マイナーバージョンを飛ばすことはできません。インストーラーもコントローラーもこれを確認しません。',
      fix: () =>
        '各マイナーバージョンについて、サーバーから順にすべてのノードをアップグレードしてから、次に進んでください。',
    },
    'upgrade.gate-crossed': {
      title: (p) => `${p.line}で${gateTitles.ja[p.gate]}`,
      why: (p) => `${gateWhy.ja[p.gate]}（${p.release}以降）。`,
      fix: (p) => gateFix.ja[p.gate],
    },
    'upgrade.controller-agentless': {
      title: () => 'system-upgrade-controllerは、エージェントレスサーバーをアップグレードできません',
      why: () =>
        'エージェントのないサーバーはNodeを登録しません。コントローラーは、ラベルで選んだNode上でアップグレードのジョブを実行します。',
      fix: () =>
        'エージェント用のPlanを適用する前に、インストールスクリプトでサーバーを1台ずつアップグレードしてください。',
    },
    'upgrade.restart-downtime': {
      title: (p, f) =>
        p.servers > 1
          ? `etcdサーバー${f.integer(p.servers)}台のどれをアップグレードしても、クラスターが止まります`
          : '唯一のサーバーをアップグレードすると、APIが一時的に止まります',
      why: (p, f) =>
        p.servers > 1
          ? `etcdメンバー${f.integer(p.members ?? p.servers)}台では、クォーラムに全台が必要です。1台が再起動している間、データストアは書き込みを受け付けません。`
          : '唯一のサーバーでK3sが再起動します。ワークロードは動き続けますが、その間は何も変更できません。',
      fix: (p, f) =>
        p.servers > 1
          ? `アップグレードの前にサーバーを${f.integer(p.haMinServers)}台以上の奇数台にするか、メンテナンス時間を設けてください。`
          : '短いメンテナンス時間を設けるか、高可用性のためにサーバーを追加してください。',
    },
    'upgrade.first-server-restart': {
      title: (p) => `${p.firstServer}の再起動中は、どのノードも登録できません`,
      why: () =>
        '固定登録アドレスがないため、新しいノードとkubectlは最初のサーバーを通じてしかクラスターに接続できません。参加済みのエージェントは、ロードバランサーでほかのサーバーも使い続けます。',
      fix: () => 'サーバーの前に固定登録アドレス（ロードバランサー、DNS名、仮想IP）を置いてください。',
    },
    'airgap.upgrade-files': {
      title: (p, f) =>
        `${f.integer(p.steps)}回のアップグレードの各ステップで、そのリリースのファイルをノードに置く必要があります`,
      why: (p) =>
        p.registry
          ? 'エアギャップのノードは何もダウンロードしません。各ステップの前に、そのリリースのバイナリを各ノードに、イメージをレジストリに用意する必要があります。system-upgrade-controller自体のイメージとrancher/k3s-upgradeもレジストリに必要です。'
          : 'エアギャップのノードは何もダウンロードしません。各ステップの前に、そのリリースのバイナリとイメージアーカイブを各ノードに置く必要があります（古いアーカイブは削除します）。レジストリがないと、system-upgrade-controllerはイメージをプルできません。',
      fix: () =>
        'インストール時と同じように各ステップのファイルをダウンロードして配置し、ダウンロードを省略してインストールスクリプトを再実行してください。または、先にイメージをレジストリにプッシュしてください。',
    },
    'airgap.registry-placeholders': {
      title: (p) => `${p.file}にレジストリのプレースホルダーがあります`,
      why: (p, f) =>
        `${f.list([...(p.username === null ? [] : [p.username, p.password ?? '']), ...(p.caFile === null ? [] : [p.caFile])])}は、あなたしか知らない値の代わりです。実際の値にするまで、ノードはレジストリからプルできません。`,
      fix: (p) =>
        p.caFile === null
          ? 'インストールの前に、ファイル内のユーザー名とパスワードを置き換えてください（ファイルのモードは600です）。'
          : `インストールの前に、レジストリのCA証明書を各ノードの${p.caFile}に置いてください${p.username === null ? '' : '。ファイル内のユーザー名とパスワードも置き換えてください'}。`,
    },
    'tokens.short-format': {
      title: (p, f) => `${f.integer(p.joining)}台のノードが短い形式のトークンで参加します`,
      why: () =>
        '短い形式のトークンで参加するノードは、サーバーが提示するCAを無条件に信頼します。最初の接続が傍受され、トークンが傍受した相手に渡るおそれがあります。',
      fix: (p) =>
        `最初のサーバーがReadyになったら、そのサーバーが${p.file}に書き出したセキュアなトークン（${p.prefix}…）で他のノードを参加させてください。`,
    },
    'tokens.rotate-unavailable': {
      title: (p) => `${p.version}ではサーバートークンをローテーションできません`,
      why: () => 'k3s token rotateのないリリースでは、クラスター作成後にサーバートークンを変更できません。',
      fix: (p) =>
        p.release === null
          ? 'トークンをローテーションするには、新しいリリースにアップグレードしてください。'
          : `トークンをローテーションするには、${p.release}以降にアップグレードしてください。`,
    },
  },
  files: {
    dropInHeader: (p) => [
      `k3s-sizerのプラン、ルール${p.rulesId}：etcdスナップショットの設定`,
      `全サーバー：${p.path}にコピーし、サーバーを1台ずつ再起動してください`,
      `このプランを再現するリンク：${p.link}`,
    ],
    upgradeHeader: (p) => [
      `k3s-sizerのプラン、ルール${p.rulesId}：${p.line}へのアップグレードステップ`,
      `kubectl apply -fでこのファイルを適用し、${p.namespace}のPlanが完了してから次のステップに進んでください`,
      `このプランを再現するリンク：${p.link}`,
    ],
    placeholder: 'プレースホルダー：インストール前に置き換えてください',
    noteSeparator: '／',
  },
};

const zh: Day2Texts = {
  title: 'Day 2：备份与升级',
  intro: '根据 K3s 文档，说明如何备份和恢复这个集群，以及如何升级它。这里的内容不会自动执行：请复制文件和命令来使用。',
  noFacts: (p) =>
    `规则文件 ${p.rulesId} 发布于 k3s-sizer 支持备份与升级规划之前。请使用更新的规则文件进行规划以查看这些内容。`,
  findingsTitle: '关于备份与升级的检查结果',
  noFindings: '备份与升级方面没有需要报告的内容。',
  backup: {
    title: '备份与恢复',
    settingsTitle: '快照设置',
    s3Title: '复制到服务器之外',
    kind: {
      'etcd-snapshots': () =>
        '嵌入式 etcd：K3s 会按计划在每台服务器上自动创建 etcd 快照，也可以将快照复制到兼容 S3 的存储。',
      'sqlite-copy': () =>
        'SQLite：没有专门的命令。备份就是数据库目录和服务器令牌的副本；请在停止 K3s 后复制，以免复制过程中文件发生变化。',
      database: (p) =>
        `外部 ${datastoreNames.zh[p.datastore]}：数据库自身的备份就是集群的备份，K3s 不会创建备份。请将服务器令牌与它一起保存。`,
    },
    fields: {
      snapshots: {
        label: 'etcd 定期快照',
        help: '默认在所有服务器上启用；关闭时会写入 etcd-disable-snapshots。',
      },
      schedule: {
        label: '快照计划（cron）',
        help: (p) => `分 时 日 月 星期，或 @daily、@every 6h 等。留空时使用 K3s 的默认值 ${p.value}。`,
        invalid:
          '不是 K3s 可接受的计划：请填写 5 个字段（分 时 日 月 星期，例如 0 */6 * * *），或 @hourly、@daily、@weekly、@monthly、@yearly、@every 6h。',
      },
      retention: {
        label: '每台服务器保留的快照数',
        help: (p) => `较旧的定期快照会被删除。留空时使用 K3s 的默认值 ${p.value}。`,
        invalid: (p, f) => `请填写 ${f.integer(p.min)} 到 ${f.integer(p.max)} 之间的整数，或留空。`,
      },
      directory: {
        label: '快照目录',
        help: (p) => `每台服务器上的绝对路径。留空时使用 K3s 的默认值 ${p.value}。`,
        invalid: '请填写只含字母、数字和 . _ - / 的绝对路径，例如 /mnt/backup/k3s。',
      },
      diskGiB: {
        label: '快照可用空间（GB）',
        help: '每台服务器上快照目录所在磁盘的可用空间；未知时填 0。',
      },
      s3: {
        label: '将快照复制到兼容 S3 的存储',
        help: '每个快照也会被上传，因此服务器丢失时快照不会随之丢失。',
      },
      s3Endpoint: {
        label: 'S3 端点',
        help: (p) => `主机名，需要时加上端口（MinIO 示例：minio.example.com:9000）。留空时为 ${p.value}。`,
        invalid: '请填写主机名或地址，不要加 https://；需要端口时写成 minio.example.com:9000 这样的形式。',
      },
      s3Bucket: {
        label: '存储桶',
        help: '存储桶必须已经存在，K3s 不会创建它。',
        invalid: '只能使用小写字母、数字、点和连字符，且以字母或数字开头和结尾。',
      },
      s3Folder: {
        label: '存储桶中的文件夹（可选）',
        help: '多个集群的快照可以放在同一个存储桶中各自的文件夹里。',
        invalid: '只能使用字母、数字和 . _ - /。',
      },
      s3Region: {
        label: '区域',
        help: (p) => `存储桶所在的区域。留空时为 ${p.value}。`,
        invalid: '请使用小写字母、数字和连字符，例如 cn-north-1。',
      },
      s3VerifyTls: {
        label: '验证端点的 TLS 证书',
        help: '仅对使用自签名证书的测试端点关闭；关闭时会写入 etcd-s3-skip-ssl-verify。',
      },
    },
    snapshotsOn: (p, f) =>
      `每台服务器按计划“${p.schedule}”创建快照，并在“${p.directory}”中保留最新的 ${f.integer(p.retention)} 个。`,
    snapshotsOff: '定期快照已关闭：只有你手动创建的快照。',
    s3Target: (p) =>
      `每个快照也会上传到 ${p.endpoint} 的存储桶 ${p.bucket}${p.folder ? `（文件夹 ${p.folder}）` : ''}，区域 ${p.region}${p.verifyTls ? '' : '，且不验证端点的证书'}。`,
    disk: (p, f) =>
      p.withDatabase
        ? `每台服务器的数据库磁盘需要 ${f.memory(p.neededMiB)}：数据库本身，以及 ${f.integer(p.retention)} 个快照，每个最多可达 etcd 默认配额 ${f.memory(p.quotaMiB)}；若将配额提高到 etcd 建议的最大值 ${f.memory(p.maxQuotaMiB)}，则需要 ${f.memory(p.atMaxMiB)}。`
        : `每台服务器的快照目录需要 ${f.memory(p.neededMiB)}：${f.integer(p.retention)} 个快照，每个最多可达 etcd 默认配额 ${f.memory(p.quotaMiB)}；按 etcd 建议的最大配额 ${f.memory(p.maxQuotaMiB)} 则需要 ${f.memory(p.atMaxMiB)}。`,
    diskGiven: (p, f) =>
      p.fits ? `给定的 ${f.integer(p.diskGiB)} GB 足够。` : `给定的 ${f.integer(p.diskGiB)} GB 不够。`,
    dropInTitle: (p) => `所有服务器：${p.file}`,
    dropInIntro: (p) =>
      `与 K3s 默认值不同的设置，写在 K3s 于 config.yaml 之后读取的文件中：${p.path}。新集群请在安装前复制该文件；运行中的集群请复制后逐台重启服务器。`,
    dropInNone: '直接使用 K3s 的默认值即可，无需添加文件。',
    credentials: (p) =>
      `请替换文件中密钥的占位符；或删除这两行，在 k3s 服务的环境变量中设置 ${p.accessKeyEnv} 和 ${p.secretKeyEnv}。密钥永远不会出现在链接中。`,
    backupTitle: '备份',
    restoreTitle: '恢复',
    steps: {
      'install-drop-in': (p, f) =>
        `依次在每台服务器上（${f.list(p.nodes)}）：放置文件，重启 K3s，等它变为 Ready 后再处理下一台。`,
      'save-token': (p) => `在 ${p.nodes[0] ?? '服务器'} 上：输出服务器令牌，并与每份备份一起保存。`,
      'on-demand-snapshot': (p) =>
        `进行有风险的变更之前，在 ${p.nodes[0] ?? '服务器'} 上：立即创建快照（不受保留数限制而被删除）。`,
      'list-snapshots': () => '列出这台服务器可见的快照：',
      'stop-servers': (p, f) => `在所有服务器（${f.list(p.nodes)}）上停止 K3s。`,
      'reset-from-s3': (p) =>
        `在 ${p.nodes[0] ?? '第一台服务器'} 上：从 S3 恢复。SNAPSHOT 只填快照名称；S3 设置从上面的文件读取。`,
      'reset-from-local': (p) =>
        `或者在 ${p.nodes[0] ?? '第一台服务器'} 上：从该服务器上的快照文件恢复。SNAPSHOT 填文件名。K3s 输出“Managed etcd cluster membership has been reset”后退出。`,
      'start-first': (p) => `在 ${p.nodes[0] ?? '第一台服务器'} 上重新启动 K3s。`,
      'clear-other-servers': (p, f) =>
        `在其他服务器（${f.list(p.nodes)}）上：删除旧的 etcd 数据库，使它们加入恢复后的集群，而不是旧集群。`,
      'start-other-servers': (p, f) => `在 ${f.list(p.nodes)} 上逐台启动 K3s。`,
      'sqlite-copy': (p) =>
        `在 ${p.nodes[0] ?? '服务器'} 上：停止 K3s，归档数据库目录和令牌，再启动 K3s。请在每次升级之前以及按你自己的计划执行。`,
      'sqlite-restore': (p) =>
        `在 ${p.nodes[0] ?? '服务器'} 上：停止 K3s，放回归档的文件，再启动 K3s。BACKUP 填归档文件。`,
      'start-server': (p) => `在 ${p.nodes[0] ?? '服务器'} 上启动 K3s。`,
      'database-backup': () => '使用数据库自身的工具定期备份：K3s 文档建议为数据库配置定期快照。',
      'database-restore': () => '使用数据库自身的工具从备份中恢复数据库。',
      'start-servers': (p, f) => `在 ${f.list(p.nodes)} 上使用与之前相同的令牌逐台启动 K3s。`,
    },
    resetFlag: (p) => `重置后会留下 ${p.file}，以防误操作再次重置；K3s 正常启动时会删除它。`,
    newHosts:
      '恢复到新机器时：把快照复制到那台机器，并确认 config.yaml 中的令牌与快照一起保存的令牌相同，否则 K3s 无法启动。快照中包含旧节点，请删除已不存在的节点。',
    sameOrNewer: '快照可以在创建它的 K3s 次版本或更高的次版本上恢复。',
    tokenTitle: '服务器令牌',
    tokenWhy: (p) =>
      `请将 ${p.file} 的内容与每份备份一起保存。K3s 使用此令牌加密数据存储中的机密引导数据，因此使用其他令牌恢复时无法读取：没有它，备份就无法使用。`,
    tokenRotation: '执行 k3s token rotate 之后，轮换之前创建的快照需要使用旧令牌恢复。',
  },
  upgrade: {
    title: '升级',
    versionsTitle: '版本',
    fields: {
      from: {
        label: '升级前的版本',
        help: (p) => `集群当前运行的版本。留空时为此规划的版本 ${p.value}。`,
        invalid: '请填写 channel（stable、latest）、次版本（v1.31）或发行版本（v1.31.4+k3s1）。',
      },
      to: {
        label: '升级到',
        help: 'channel、次版本或发行版本。留空时不规划升级。',
        invalid: '请填写 channel（stable、latest）、次版本（v1.31）或发行版本（v1.31.4+k3s1）。',
      },
    },
    none: '填写要升级到的版本后，规划会列出升级路径、顺序以及两种执行方式。',
    fromTo: (p) =>
      `从 ${p.from}${p.fromExact ? '' : '（该次版本的首个发行版本：规则中没有此次版本的发行版本）'} 升级到 ${p.to}${p.toExact ? '' : '（执行时的最新发行版本）'}。`,
    same: '集群已经在运行该版本，无需升级。',
    down: '这是降级；请查看检查结果。',
    pathTitle: (p, f) => `升级路径：每次一个次版本，共 ${f.integer(p.steps)} 步`,
    stepTitle: (p) => (p.channel ? `${p.line}：channel ${p.target} 的最新发行版本` : `${p.line}：${p.target}`),
    crossed: (p, f) => `途中的变化：${f.list(p.gates.map((g) => zh.upgrade.gates[g]))}`,
    gates: {
      'arm64-any-page-size': '任意页大小的 arm64',
      'dual-stack': '双栈（实验性）',
      'dual-stack-stable': '稳定的双栈',
      'ipv6-only': '纯 IPv6 集群',
      'wireguard-backend-removed': '移除 wireguard 后端',
      'ipsec-backend-removed': '移除 ipsec 后端',
      'strongswan-unbundled': '不再附带 strongSwan',
      'kubelet-ipv6-node-ip-fixed': 'kubelet 的 IPv6 node-ip 修复',
      'embedded-registry': '嵌入式镜像仓库',
      'embedded-registry-ga': '嵌入式镜像仓库正式发布',
      'embedded-registry-wildcard': '镜像仓库 "*" 通配符',
      's390x-builds-removed': '停止提供 s390x 构建',
      'traefik-v3': 'Traefik v2 → v3',
      'containerd-2': 'containerd 2.0',
    },
    orderTitle: '此规划的升级顺序',
    orderServers: (p, f) =>
      p.servers === 1
        ? '先升级服务器：K3s 重启期间 API 不可用。'
        : `先升级服务器，每次 ${f.integer(p.atOnce)} 台，等上一台变为 Ready 后再继续：${p.etcd ? `${f.integer(p.servers)} 台服务器中有 ${f.integer(p.tolerated)} 台停机时，etcd 仍能保持仲裁` : `${f.integer(p.servers)} 台服务器中有 ${f.integer(p.tolerated)} 台停机时，集群仍可工作`}。`,
    orderRegistration: (p) =>
      p.fixed
        ? `代理节点和 kubectl 通过固定注册地址 ${p.serverUrl} 访问服务器，因此不会受到正在重启的服务器影响。`
        : `没有固定注册地址：使用 ${p.serverUrl} 的节点和 kubectl 在该服务器重启期间无法连接。`,
    orderAgents: (p, f) =>
      `然后升级 ${f.integer(p.agents)} 个代理节点，分 ${f.integer(p.batches)} 批，每批最多 ${f.integer(p.size)} 个${p.first && p.last ? `（第一批为 ${p.first} … ${p.last}）` : ''}。`,
    scriptTitle: '使用安装脚本',
    scriptIntro:
      '按此顺序在各自的节点上运行每一行。配置文件保持不变；如果安装时使用了 INSTALL_K3S_EXEC、K3S_ 开头的环境变量或参数，请再次传入，因为安装脚本会根据传入的内容重写服务。',
    onServer: (p) => `在 ${p.name} 上运行，然后等待其变为 Ready：`,
    onAgents: (p, f) => `在每个代理节点上，每次 ${f.integer(p.size)} 个：`,
    controllerTitle: '使用 system-upgrade-controller',
    controllerIntro:
      '控制器根据 Plan 资源自行升级节点：服务器逐台标记为不可调度（cordon）后升级，代理节点随后分批升级。安装一次控制器，然后应用每一步的文件，等其中的 Plan 完成后再进行下一步。',
    controllerInstall: '安装控制器（CRD 和 Deployment）：',
    controllerStep: (p) => `升级到 ${p.line}：应用 ${p.file}`,
    controllerAgentless:
      '服务器没有运行代理组件，因此不是控制器能处理的 Node：请先用安装脚本升级服务器，再应用只含代理节点 Plan 的文件。',
    watch: '查看 Plan 及其作业：',
    download: (p) => `下载 ${p.file}`,
  },
  findings: {
    'backup.snapshots-disabled': {
      title: () => 'etcd 定期快照已关闭',
      why: () => '没有快照，数据存储丢失或损坏后就无法恢复集群。',
      fix: () => '启用定期快照，或使用 k3s etcd-snapshot save 手动创建快照并保存到服务器之外。',
    },
    'backup.no-off-machine-copy': {
      title: (p, f) => `${f.integer(p.servers)} 台服务器的快照只保存在服务器本身`,
      why: (p) =>
        `每台服务器都把快照保存在自己磁盘上的“${p.directory}”中。如果这些机器一起丢失（同一站点、账号或共享存储出现故障），快照也会随之丢失。`,
      fix: () => '将快照复制到兼容 S3 的存储，或按你自己的计划将其复制到服务器之外。',
    },
    'backup.disk-too-small': {
      title: (p, f) => `${f.memory(p.neededMiB)} 的快照放不进 ${f.integer(p.diskGiB)} GB`,
      why: (p, f) =>
        `${f.integer(p.retention)} 个快照${p.withDatabase ? '以及旁边的数据库' : ''}，每个最多可达 ${f.memory(p.quotaMiB)} 的配额，每台服务器需要 ${f.memory(p.neededMiB)}。`,
      fix: () => '减少保留的快照数，改用更大的磁盘，或复制到 S3 并减少本地保留数。',
    },
    'backup.s3-bucket-missing': {
      title: () => '已启用 S3，但没有指定存储桶',
      why: (p) => `文件中用 ${p.placeholder} 占位：填入真实的存储桶之前，K3s 无法上传。`,
      fix: () => '请填写存储桶名称（存储桶必须已经存在）。',
    },
    'upgrade.downgrade': {
      title: (p) => `${p.to} 比 ${p.from} 旧`,
      why: () =>
        'Kubernetes 不支持降级控制平面；system-upgrade-controller 的升级镜像会拒绝降级，并让节点保持不可调度（cordon）状态。',
      fix: () => '请选择不低于集群当前版本的发行版本，或恢复升级前创建的快照。',
    },
    'upgrade.one-minor-at-a-time': {
      title: (p, f) => `${p.from} → ${p.to} 需要升级 ${f.integer(p.lines.length)} 次：${f.list(p.lines)}`,
      why: () => 'Kubernetes 版本偏差策略不允许跳过次版本，而安装脚本和控制器都不会检查这一点。',
      fix: () => '对每个次版本，先升级服务器，再升级所有节点，完成后再进行下一个次版本。',
    },
    'upgrade.gate-crossed': {
      title: (p) => `${p.line}：${gateTitles.zh[p.gate]}`,
      why: (p) => `${gateWhy.zh[p.gate]}（自 ${p.release} 起）。`,
      fix: (p) => gateFix.zh[p.gate],
    },
    'upgrade.controller-agentless': {
      title: () => 'system-upgrade-controller 无法升级无代理组件的服务器',
      why: () => '无代理组件的服务器不会注册 Node，而控制器只在按标签选出的 Node 上运行升级作业。',
      fix: () => '在应用代理节点的 Plan 之前，先用安装脚本逐台升级服务器。',
    },
    'upgrade.restart-downtime': {
      title: (p, f) =>
        p.servers > 1
          ? `升级 ${f.integer(p.servers)} 台 etcd 服务器中的任意一台都会使集群停止`
          : '升级唯一的服务器会让 API 短暂停止',
      why: (p, f) =>
        p.servers > 1
          ? `${f.integer(p.members ?? p.servers)} 个 etcd 成员需要全部在线才能保持仲裁：其中一台重启期间，数据存储无法写入。`
          : 'K3s 在唯一的服务器上重启；工作负载继续运行，但在此期间无法进行任何变更。',
      fix: (p, f) =>
        p.servers > 1
          ? `升级前将服务器增加到 ${f.integer(p.haMinServers)} 台或以上的奇数台，或安排维护窗口。`
          : '安排一个短暂的维护窗口，或增加服务器以实现高可用。',
    },
    'upgrade.first-server-restart': {
      title: (p) => `${p.firstServer} 重启期间，任何节点都无法注册`,
      why: () =>
        '没有固定注册地址时，新节点和 kubectl 只能通过第一台服务器访问集群。已加入的代理节点仍会通过其负载均衡器使用其他服务器。',
      fix: () => '在服务器前面设置固定注册地址（负载均衡器、DNS 名称或虚拟 IP）。',
    },
    'airgap.upgrade-files': {
      title: (p, f) => `${f.integer(p.steps)} 个升级步骤中的每一步，都需要把对应版本的文件放到节点上`,
      why: (p) =>
        p.registry
          ? '离线节点不会下载任何内容：每一步之前，都需要把该版本的二进制文件放到每个节点上，并把镜像放进镜像仓库。system-upgrade-controller 自身的镜像和 rancher/k3s-upgrade 也需要在仓库中。'
          : '离线节点不会下载任何内容：每一步之前，都需要把该版本的二进制文件和镜像归档放到每个节点上（并删除旧归档）。没有镜像仓库时，system-upgrade-controller 无法拉取镜像。',
      fix: () => '像安装时一样下载并放置每一步的文件，然后跳过下载重新运行安装脚本；或者先把镜像推送到镜像仓库。',
    },
    'airgap.registry-placeholders': {
      title: (p) => `${p.file} 中有镜像仓库的占位符`,
      why: (p, f) =>
        `${f.list([...(p.username === null ? [] : [p.username, p.password ?? '']), ...(p.caFile === null ? [] : [p.caFile])])} 代替只有你知道的值：在替换为真实值之前，节点无法从镜像仓库拉取。`,
      fix: (p) =>
        p.caFile === null
          ? '安装前替换文件中的用户名和密码（文件权限为 600）。'
          : `安装前把镜像仓库的 CA 证书放到每个节点的 ${p.caFile}${p.username === null ? '' : '，并替换文件中的用户名和密码'}。`,
    },
    'tokens.short-format': {
      title: (p, f) => `${f.integer(p.joining)} 个节点使用短格式令牌加入`,
      why: () =>
        '使用短格式令牌加入的节点会无条件信任服务器出示的 CA：首次连接可能被中间人截获，令牌也会落入对方手中。',
      fix: (p) => `第一个服务器就绪（Ready）后，用它写入 ${p.file} 的安全格式令牌（${p.prefix}…）让其他节点加入。`,
    },
    'tokens.rotate-unavailable': {
      title: (p) => `${p.version} 无法轮换服务器令牌`,
      why: () => '没有 k3s token rotate 的版本在集群创建后无法更改服务器令牌。',
      fix: (p) =>
        p.release === null ? '请升级到更新的版本以轮换令牌。' : `请升级到 ${p.release} 或更高版本以轮换令牌。`,
    },
  },
  files: {
    dropInHeader: (p) => [
      `k3s-sizer 规划，规则 ${p.rulesId}：etcd 快照设置`,
      `所有服务器：复制到 ${p.path}，然后逐台重启服务器`,
      `重建此规划的链接：${p.link}`,
    ],
    upgradeHeader: (p) => [
      `k3s-sizer 规划，规则 ${p.rulesId}：升级到 ${p.line} 这一步`,
      `用 kubectl apply -f 应用此文件；等 ${p.namespace} 中的 Plan 完成后再进行下一步`,
      `重建此规划的链接：${p.link}`,
    ],
    placeholder: '占位符：安装前请替换',
    noteSeparator: '；',
  },
};

/** The day-2 texts of each language, loaded with the day-2 panel (and by the JSON plan, in English). */
export const DAY2_TEXTS: Readonly<Record<Locale, Day2Texts>> = { en, ja, zh };

/** The day-2 files' comment words in one language, for renderDay2Files. */
export function day2FileTexts(
  t: Day2Texts,
  p: { readonly rulesId: string; readonly link: string; readonly dropInPath: string; readonly namespace: string },
): Day2FileTexts {
  return {
    dropInHeader: t.files.dropInHeader({ rulesId: p.rulesId, link: p.link, path: p.dropInPath }),
    upgradeHeader: (line) => t.files.upgradeHeader({ rulesId: p.rulesId, link: p.link, line, namespace: p.namespace }),
    placeholder: t.files.placeholder,
    noteSeparator: t.files.noteSeparator,
  };
}

function render<C extends Day2FindingCode>(
  messages: Day2FindingMessages,
  x: Finding<C>,
  f: Formatter,
): { title: string; why: string; fix: string } {
  const msg: Day2FindingMessages[C] = messages[x.code];
  return { title: msg.title(x.params, f), why: msg.why(x.params, f), fix: msg.fix(x.params, f) };
}

/** A day-2 finding's title, reason and remedy in the messages' language. */
export function day2FindingText(
  messages: Day2FindingMessages,
  x: AnyDay2Finding,
  f: Formatter,
): { title: string; why: string; fix: string } {
  return render(messages, x, f);
}
