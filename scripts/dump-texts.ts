/**
 * Writes every text a catalog renders (catalog strings, messages with real parameters, the findings
 * of random and hand-built plans, the generated files' comments) to one file per language, grouped
 * by where each comes from, for reading the translations the way a reader meets them:
 *
 *   npx tsx scripts/dump-texts.ts [out-dir]   (default: ./texts-dump, not committed)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderedTexts } from '../src/i18n/testing/rendered-texts';
import { LOCALES } from '../src/i18n/types';

const dir = process.argv[2] ?? 'texts-dump';
mkdirSync(dir, { recursive: true });
for (const locale of LOCALES) {
  const byWhere = new Map<string, string[]>();
  for (const { where, text } of renderedTexts(locale)) byWhere.set(where, [...(byWhere.get(where) ?? []), text]);
  const lines = [...byWhere].flatMap(([where, texts]) => [`## ${where}`, ...texts.map((t) => `- ${t}`), '']);
  writeFileSync(join(dir, `${locale}.md`), lines.join('\n'));
  console.log(`${join(dir, `${locale}.md`)}: ${String(byWhere.size)} places`);
}
