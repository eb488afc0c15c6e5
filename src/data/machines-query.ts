import { queryOptions } from '@tanstack/react-query';
import { z } from '../core/model/zod';
import {
  MachineCatalogIndexSchema,
  MachineCatalogSchema,
  type MachineCatalog,
  type MachineCatalogIndex,
} from '../core/model/machines';

/**
 * The machine catalogs (public/data/machines/), fetched and validated like the rules files, but only
 * when the machines panel needs them: neither this module nor the catalog is part of the start-up
 * (docs/decisions/025-machines-in-the-plan.md).
 */
export class MachinesLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'json' | 'schema' | 'unknown',
    readonly file: string,
    readonly detail: string | null = null,
  ) {
    super(`machines ${file}: ${kind}${detail ? `\n${detail}` : ''}`);
    this.name = 'MachinesLoadError';
  }
}

function machinesFileUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/machines/${file}`;
}

async function fetchJson<T>(file: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(machinesFileUrl(file), signal ? { signal } : {});
  } catch (cause) {
    throw new MachinesLoadError('network', file, cause instanceof Error ? cause.message : null);
  }
  if (!response.ok) throw new MachinesLoadError('http', file, `${String(response.status)} ${response.statusText}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new MachinesLoadError('json', file, cause instanceof Error ? cause.message : null);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new MachinesLoadError('schema', file, z.prettifyError(parsed.error));
  return parsed.data;
}

/** The catalog a plan names (empty: the index's default), validated by MachineCatalogSchema. */
export async function fetchMachineCatalog(id: string, signal?: AbortSignal): Promise<MachineCatalog> {
  const index: MachineCatalogIndex = await fetchJson('index.json', MachineCatalogIndexSchema, signal);
  const wanted = id === '' ? index.default : id;
  const entry = index.files.find((f) => f.id === wanted);
  if (!entry) throw new MachinesLoadError('unknown', wanted);
  const catalog = await fetchJson(entry.file, MachineCatalogSchema, signal);
  if (catalog.id !== wanted)
    throw new MachinesLoadError('schema', entry.file, `✖ id is "${catalog.id}", expected "${wanted}"`);
  return catalog;
}

/** One query per catalog the plan names: a published catalog never changes, so it never goes stale. */
export function machinesQuery(id: string) {
  return queryOptions({
    queryKey: ['machines', id],
    queryFn: ({ signal }) => fetchMachineCatalog(id, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failures, error) => error instanceof MachinesLoadError && error.kind === 'network' && failures < 2,
  });
}
