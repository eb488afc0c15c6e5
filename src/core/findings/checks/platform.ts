import { versionGate } from '../../model/rules-lookup';
import { firstReleaseWith, formatK3sVersion, meetsGate } from '../../model/k3s-version';
import { finding, type AnyFinding } from '../finding';
import type { Check } from './context';

/**
 * Architecture support: builds that ended upstream, and the arm64 4k-page requirement of older
 * releases. Whether a release has builds for the architecture decides, whatever the docs edition
 * lists: a release without them cannot be installed (an error); a pinned older release that had
 * them can, with a warning that nothing newer will come.
 */
export const checkArchitecture: Check = ({ cluster, rules, version }) => {
  const out: AnyFinding[] = [];
  const arch = rules.architectures.find((a) => a.id === cluster.arch);
  if (arch?.buildsEnded) {
    const removal = arch.id === 's390x' ? versionGate(rules, 's390x-builds-removed') : undefined;
    const releaseHasBuilds = removal ? !meetsGate(version, removal.since) : null;
    // Without the release data (older rules files), the edition's listing decides, as it did.
    const severity =
      releaseHasBuilds === null ? (arch.listed ? 'warning' : 'error') : releaseHasBuilds ? 'warning' : 'error';
    out.push(
      finding(
        'platform.arch-builds-ended',
        severity,
        {
          arch: arch.id,
          endedOn: arch.buildsEnded,
          listed: arch.listed,
          version: formatK3sVersion(version),
          releaseHasBuilds,
        },
        {
          fields: ['cluster.arch', 'cluster.k3sVersion'],
          ruleId: removal ? 'versionGates[s390x-builds-removed]' : `architectures[${arch.id}]`,
          source: removal?.source ?? arch.source,
        },
      ),
    );
  }
  const gate = versionGate(rules, 'arm64-any-page-size');
  if (cluster.arch === 'arm64' && gate && !meetsGate(version, gate.since)) {
    const next = firstReleaseWith(version, gate.since);
    out.push(
      finding(
        'platform.arm64-page-size',
        'warning',
        {
          version: formatK3sVersion(version),
          fixedIn: gate.since,
          since: next ? formatK3sVersion(next) : (gate.since[0] ?? ''),
        },
        {
          fields: ['cluster.arch', 'cluster.k3sVersion'],
          ruleId: 'versionGates[arm64-any-page-size]',
          source: gate.source,
        },
      ),
    );
  }
  return out;
};

/**
 * A low-power board (Raspberry Pi 4 class) cannot grow past its fixed CPU and memory: the board's
 * cores from the rules (the profiled Pi 4B), its memory as the plan gives it (1 to 16 GB).
 */
export const checkBoardCapacity: Check = ({ cluster, rules, sizing }) => {
  if (cluster.device !== 'low-power-board') return [];
  const board = { vcpu: rules.lowPowerBoard.vcpu, memoryMiB: cluster.boardMemoryGiB * 1024 };
  const { vcpu, memoryMiB } = sizing.server;
  if (vcpu <= board.vcpu && memoryMiB <= board.memoryMiB) return [];
  return [
    finding(
      'platform.board-too-small',
      'warning',
      { needVcpu: vcpu, needMemoryMiB: memoryMiB, boardVcpu: board.vcpu, boardMemoryMiB: board.memoryMiB },
      {
        fields: ['cluster.device', 'cluster.boardMemoryGiB', 'cluster.agents'],
        ruleId: 'lowPowerBoard',
        source: rules.lowPowerBoard.source,
      },
    ),
  ];
};
