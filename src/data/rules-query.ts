import { queryOptions } from '@tanstack/react-query';
import { z } from '../core/model/zod';
import {
  RulesIndexSchema,
  RulesSchema,
  type Edition,
  type Rules,
  type RulesCorrectionId,
  type RulesIndex,
} from '../core/model/rules';

export type RulesLoadErrorKind = 'network' | 'http' | 'json' | 'schema' | 'unknown' | 'index';

/** A rules file that could not be used, with what failed: fetching, the HTTP status, JSON, or the schema. */
export class RulesLoadError extends Error {
  constructor(
    readonly kind: RulesLoadErrorKind,
    readonly file: string,
    readonly detail: string | null = null,
    readonly status: number | null = null,
  ) {
    super(`rules ${file}: ${kind}${detail ? `\n${detail}` : ''}`);
    this.name = 'RulesLoadError';
  }
}

type IndexResult =
  { readonly ok: true; readonly index: RulesIndex } | { readonly ok: false; readonly error: RulesLoadError };

/** The list of published rules files, inlined at build time and validated here. */
export function readRulesIndex(raw: unknown): IndexResult {
  const parsed = RulesIndexSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, index: parsed.data }
    : { ok: false, error: new RulesLoadError('index', 'index.json', z.prettifyError(parsed.error)) };
}

export const rulesIndexResult: IndexResult = readRulesIndex(__RULES_INDEX__);

export function rulesFileUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/rules/${file}`;
}

/** Fetches one rules file and validates it; every failure becomes a RulesLoadError naming the file. */
export async function fetchRules(index: RulesIndex, id: string, signal?: AbortSignal): Promise<Rules> {
  const entry = index.files.find((f) => f.id === id);
  if (!entry) throw new RulesLoadError('unknown', id);
  let response: Response;
  try {
    response = await fetch(rulesFileUrl(entry.file), signal ? { signal } : {});
  } catch (cause) {
    throw new RulesLoadError('network', entry.file, cause instanceof Error ? cause.message : null);
  }
  if (!response.ok) throw new RulesLoadError('http', entry.file, response.statusText || null, response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new RulesLoadError('json', entry.file, cause instanceof Error ? cause.message : null);
  }
  const parsed = RulesSchema.safeParse(json);
  if (!parsed.success) throw new RulesLoadError('schema', entry.file, z.prettifyError(parsed.error));
  if (parsed.data.id !== id)
    throw new RulesLoadError('schema', entry.file, `✖ id is "${parsed.data.id}", expected "${id}"`);
  return parsed.data;
}

/** One query per rules file: a published file never changes, so it never goes stale. */
export function rulesQuery(index: RulesIndex, id: string) {
  return queryOptions({
    queryKey: ['rules', id],
    queryFn: ({ signal }) => fetchRules(index, id, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failures, error) => error instanceof RulesLoadError && error.kind === 'network' && failures < 2,
  });
}

/** The newest current (not superseded) file of the other edition, for the side-by-side comparison. */
export function otherEditionId(index: RulesIndex, edition: Edition): string | null {
  const others = index.files.filter((f) => f.edition !== edition && f.supersededBy === undefined);
  return others.at(-1)?.id ?? null;
}

/** The files to offer in the edition menu: the current ones, and the plan's own when it is superseded. */
export function selectableRulesFiles(index: RulesIndex, planRulesId: string): RulesIndex['files'] {
  return index.files.filter((f) => f.supersededBy === undefined || f.id === planRulesId);
}

/** The plan's rules file entry when a newer file corrects it, with what it corrects. */
export function supersession(
  index: RulesIndex,
  planRulesId: string,
): { readonly newer: string; readonly corrections: readonly RulesCorrectionId[] } | null {
  const entry = index.files.find((f) => f.id === planRulesId);
  if (!entry?.supersededBy) return null;
  return { newer: entry.supersededBy, corrections: entry.corrections ?? [] };
}
