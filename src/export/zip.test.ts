import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

const FILES = [
  { name: 'config-agent.yaml', text: 'token: <agent-token>\n', mode: 0o600 },
  { name: 'install.sh', text: '#!/bin/sh\nset -eu\n', mode: 0o755 },
];

describe('zipFiles', () => {
  it('holds every file with its text', () => {
    const back = unzipSync(zipFiles(FILES));
    expect(Object.keys(back).sort()).toEqual(['config-agent.yaml', 'install.sh']);
    expect(strFromU8(back['install.sh'] ?? new Uint8Array())).toBe('#!/bin/sh\nset -eu\n');
  });

  it('keeps the Unix modes, as another zip reader sees them: tokens 0600, the script executable', () => {
    // Python's zipfile reads the archive's own records, not our reading of them: made on Unix
    // (create_system 3), and the mode of a regular file in the high 16 bits of external_attr.
    const dir = mkdtempSync(join(tmpdir(), 'k3s-zip-'));
    const path = join(dir, 'k3s-config.zip');
    writeFileSync(path, zipFiles(FILES));
    const read = execFileSync(
      'python3',
      [
        '-c',
        'import json, stat, sys, zipfile\n' +
          'z = zipfile.ZipFile(sys.argv[1])\n' +
          'print(json.dumps({i.filename: [i.create_system, stat.S_ISREG(i.external_attr >> 16), oct(stat.S_IMODE(i.external_attr >> 16))] for i in z.infolist()}))',
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(read)).toEqual({
      'config-agent.yaml': [3, true, '0o600'],
      'install.sh': [3, true, '0o755'],
    });
  });
});
