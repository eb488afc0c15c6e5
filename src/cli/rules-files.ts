import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from '../core/model/zod';
import { RulesIndexSchema, RulesSchema, type Rules, type RulesIndex } from '../core/model/rules';
import { MachineCatalogIndexSchema, MachineCatalogSchema, type MachineCatalog } from '../core/model/machines';

export type RulesRead<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly file: string; readonly detail: string };

async function readJson(dir: string, file: string): Promise<RulesRead<unknown>> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    // The error's code (ENOENT, EACCES…), the same in every language.
    const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
    return { ok: false, file: path, detail: code ?? (cause instanceof Error ? cause.message : String(cause)) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { ok: false, file: path, detail: cause instanceof Error ? cause.message : String(cause) };
  }
}

/** The list of published rules files (public/data/rules/index.json), validated as the page validates it. */
export async function readRulesIndexFile(dir: string): Promise<RulesRead<RulesIndex>> {
  const read = await readJson(dir, 'index.json');
  if (!read.ok) return read;
  const parsed = RulesIndexSchema.safeParse(read.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, file: join(dir, 'index.json'), detail: z.prettifyError(parsed.error) };
}

/** One rules file from disk, with the page's checks (src/data/rules-query.ts fetchRules): the schema, and its id. */
export async function readRulesFile(dir: string, index: RulesIndex, id: string): Promise<RulesRead<Rules>> {
  const entry = index.files.find((f) => f.id === id);
  if (!entry) return { ok: false, file: id, detail: '' };
  const read = await readJson(dir, entry.file);
  if (!read.ok) return read;
  const path = join(dir, entry.file);
  const parsed = RulesSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, file: path, detail: z.prettifyError(parsed.error) };
  if (parsed.data.id !== id) return { ok: false, file: path, detail: `✖ id is "${parsed.data.id}", expected "${id}"` };
  return { ok: true, value: parsed.data };
}

/**
 * The machine catalog a plan names (empty: the index's default) from public/data/machines/, beside
 * the rules folder, with the page's checks (src/data/machines-query.ts): the schemas, and its id.
 */
export async function readMachineCatalog(rulesDir: string, id: string): Promise<RulesRead<MachineCatalog>> {
  const dir = join(rulesDir, '..', 'machines');
  const read = await readJson(dir, 'index.json');
  if (!read.ok) return read;
  const index = MachineCatalogIndexSchema.safeParse(read.value);
  if (!index.success) return { ok: false, file: join(dir, 'index.json'), detail: z.prettifyError(index.error) };
  const wanted = id === '' ? index.data.default : id;
  const entry = index.data.files.find((f) => f.id === wanted);
  if (!entry) return { ok: false, file: wanted, detail: '' };
  const file = await readJson(dir, entry.file);
  if (!file.ok) return file;
  const path = join(dir, entry.file);
  const parsed = MachineCatalogSchema.safeParse(file.value);
  if (!parsed.success) return { ok: false, file: path, detail: z.prettifyError(parsed.error) };
  if (parsed.data.id !== wanted)
    return { ok: false, file: path, detail: `✖ id is "${parsed.data.id}", expected "${wanted}"` };
  return { ok: true, value: parsed.data };
}
