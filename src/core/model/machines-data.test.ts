import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalogIndexSchema, MachineCatalogSchema, machineTypeKey } from './machines';

const dir = join(import.meta.dirname, '../../../public/data/machines');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const catalogFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('shipped machine catalogs', () => {
  it('there is at least one catalog', () => {
    expect(catalogFiles.length).toBeGreaterThan(0);
  });

  it.each(catalogFiles)('%s parses against MachineCatalogSchema and its id matches its name', (file) => {
    const parsed = MachineCatalogSchema.safeParse(read(file));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(`${String(parsed.data?.id)}.json`).toBe(file);
  });

  it.each(catalogFiles)('%s: every figure was read on or before publication, from a revision no later', (file) => {
    const catalog = MachineCatalogSchema.parse(read(file));
    for (const [key, source] of Object.entries(catalog.sources)) {
      expect(source.read <= catalog.published, key).toBe(true);
      if (source.date !== null) expect(source.date <= source.read, key).toBe(true);
    }
  });

  it.each(catalogFiles)('%s: each memory figure in MiB is the published figure read in binary units', (file) => {
    const catalog = MachineCatalogSchema.parse(read(file));
    for (const type of catalog.types) {
      const published = /^(\d+(?:\.\d+)?) (GiB|GB)$/.exec(type.memoryAsPublished);
      expect(published, machineTypeKey(type)).not.toBeNull();
      // "GB" is read as GiB, as the project reads the K3s docs (see the catalog's conventions).
      expect(type.memoryMiB, machineTypeKey(type)).toBe(Number(published?.[1]) * 1024);
    }
  });

  it.each(catalogFiles)('%s: every provider has types, and every family has sizes', (file) => {
    const catalog = MachineCatalogSchema.parse(read(file));
    for (const provider of catalog.providers)
      expect(
        catalog.types.some((t) => t.provider === provider.id),
        provider.id,
      ).toBe(true);
    for (const family of catalog.families)
      expect(
        catalog.types.some((t) => t.provider === family.provider && t.family === family.id),
        `${family.provider}/${family.id}`,
      ).toBe(true);
  });

  it('index.json lists exactly the shipped files, with matching versions, and a real default', () => {
    const index = MachineCatalogIndexSchema.parse(read('index.json'));
    expect(index.files.map((f) => f.file).sort()).toEqual([...catalogFiles].sort());
    for (const entry of index.files) {
      const catalog = MachineCatalogSchema.parse(read(entry.file));
      expect({ id: catalog.id, version: catalog.version }).toEqual({ id: entry.id, version: entry.version });
    }
  });
});

describe('MachineCatalogSchema rejects broken data with a precise path', () => {
  const catalog = read('machines-2026.12.json') as {
    types: { provider: string; family: string; id: string; source: { doc: string }; vcpu: number }[];
    extra?: boolean;
  };
  const issuesOf = (data: unknown) => MachineCatalogSchema.safeParse(data).error?.issues ?? [];
  const paths = (data: unknown) => issuesOf(data).map((i) => i.path.join('.'));

  it('an unknown source, provider or family', () => {
    const broken = structuredClone(catalog);
    const [first, second, third] = broken.types;
    if (!first || !second || !third) throw new Error('expected types');
    first.source.doc = 'nowhere';
    second.provider = 'nobody';
    third.family = 'nothing';
    expect(paths(broken)).toEqual(
      expect.arrayContaining(['types.0.source.doc', 'types.1.provider', 'types.1.family', 'types.2.family']),
    );
  });

  it('a duplicate type', () => {
    const broken = structuredClone(catalog);
    const [first] = broken.types;
    if (!first) throw new Error('expected types');
    broken.types.push(structuredClone(first));
    expect(paths(broken)).toContain(`types.${String(broken.types.length - 1)}.id`);
  });

  it('a fractional vCPU count and an unknown key', () => {
    const broken = structuredClone(catalog);
    const [first] = broken.types;
    if (!first) throw new Error('expected types');
    first.vcpu = 0.5;
    broken.extra = true;
    expect(paths(broken)).toContain('types.0.vcpu');
    expect(issuesOf(broken).some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});
