import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulesIndexSchema, RulesSchema } from './rules';

const dir = join(import.meta.dirname, '../../../public/data/rules');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('shipped rules data', () => {
  it.each(ruleFiles)('%s parses against RulesSchema and its id matches its name', (file) => {
    const parsed = RulesSchema.safeParse(read(file));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(`${String(parsed.data?.id)}.json`).toBe(file);
  });

  it('index.json lists exactly the shipped files, with matching edition and version, and a real default', () => {
    const index = RulesIndexSchema.parse(read('index.json'));
    expect(index.files.map((f) => f.file).sort()).toEqual([...ruleFiles].sort());
    for (const entry of index.files) {
      const rules = RulesSchema.parse(read(entry.file));
      expect({ id: rules.id, edition: rules.edition, version: rules.version }).toEqual({
        id: entry.id,
        edition: entry.edition,
        version: entry.version,
      });
    }
    expect(index.files.some((f) => f.id === index.default)).toBe(true);
  });

  it('ships both editions, with the seed as default', () => {
    const index = RulesIndexSchema.parse(read('index.json'));
    expect(new Set(index.files.map((f) => f.edition))).toEqual(new Set(['seed', 'upstream']));
    expect(index.files.find((f) => f.id === index.default)?.edition).toBe('seed');
  });
});

describe('RulesSchema rejects broken data with a precise path', () => {
  const seed = read('seed-2026.11.json') as Record<string, unknown>;
  const issuesOf = (data: unknown) => RulesSchema.safeParse(data).error?.issues ?? [];

  it('an unknown source document', () => {
    const broken = structuredClone(seed) as { cluster: { joinBatchSource: { doc: string } } };
    broken.cluster.joinBatchSource.doc = 'nowhere';
    expect(issuesOf(broken).map((i) => i.path.join('.'))).toContain('cluster.joinBatchSource.doc');
  });

  it('tiers out of order', () => {
    const broken = structuredClone(seed) as { serverSizing: { tiers: { upTo: number | null }[] } };
    const [first, second] = broken.serverSizing.tiers;
    if (first && second) [first.upTo, second.upTo] = [second.upTo, first.upTo];
    expect(issuesOf(broken).some((i) => i.path.join('.') === 'serverSizing.tiers')).toBe(true);
  });

  it('a negative memory figure and an unknown key', () => {
    const broken = structuredClone(seed) as {
      hardware: { server: { minimum: { memoryMiB: number } } };
      extra?: boolean;
    };
    broken.hardware.server.minimum.memoryMiB = -1;
    broken.extra = true;
    const paths = issuesOf(broken).map((i) => i.path.join('.'));
    expect(paths).toContain('hardware.server.minimum.memoryMiB');
    expect(issuesOf(broken).some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});

describe('the day-2 sections (decision 020)', () => {
  const current = ['seed-2026.12.json', 'upstream-2026.12.json'];

  it.each(current)('%s has them, and K3s’s own snapshot defaults (pkg/cli/cmds/server.go)', (file) => {
    const rules = RulesSchema.parse(read(file));
    // K3s server.go at af977adf: Value "0 */12 * * *", defaultSnapshotRentention = 5, s3.amazonaws.com, us-east-1.
    expect(rules.backup?.snapshots).toMatchObject({ scheduleCron: '0 */12 * * *', retention: 5 });
    expect(rules.backup?.s3).toMatchObject({ endpoint: 's3.amazonaws.com', region: 'us-east-1' });
    expect(rules.upgrades?.controller).toMatchObject({ serverConcurrency: 1, namespace: 'system-upgrade' });
  });

  it('the files published before them still parse without them', () => {
    for (const file of ['seed-2026.11.json', 'upstream-2026.11.json'])
      expect(RulesSchema.parse(read(file)).backup).toBeUndefined();
  });

  it('a crossing that names a gate the file does not list is refused', () => {
    const broken = structuredClone(read('seed-2026.12.json')) as {
      upgrades: { gates: unknown[]; crossings: { gate: string }[] };
    };
    broken.upgrades.gates = [];
    const issues = RulesSchema.safeParse(broken).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toContain('upgrades.crossings.4.gate'); // traefik-v3
  });
});
