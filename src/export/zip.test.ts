import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  it('holds every file with its text', () => {
    const zip = zipFiles([
      { name: 'config-agent.yaml', text: 'token: <agent-token>\n', mode: 0o600 },
      { name: 'install.sh', text: '#!/bin/sh\nset -eu\n', mode: 0o755 },
    ]);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(['config-agent.yaml', 'install.sh']);
    expect(strFromU8(back['install.sh'] ?? new Uint8Array())).toBe('#!/bin/sh\nset -eu\n');
  });
});
