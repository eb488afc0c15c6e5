import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from './model/zod';
import { PlanJsonSchema } from './plan/plan-json-schema';
import { ComparisonJsonSchema } from './plan/comparison-json-schema';
import { RulesIndexSchema, RulesSchema } from './model/rules';
import { MachineCatalogIndexSchema, MachineCatalogSchema } from './model/machines';

/**
 * The zod schemas are the source; public/schema/ holds their JSON Schema for other tools.
 * This test fails when the two drift; `npm run schemas` rewrites the files.
 */
const root = join(import.meta.dirname, '../..');
const published: [string, z.ZodMiniType, string][] = [
  ['public/schema/plan.v1.json', PlanJsonSchema, 'k3s-sizer plan, format 1'],
  ['public/schema/comparison.v1.json', ComparisonJsonSchema, 'k3s-sizer comparison of plans, format 1'],
  ['public/schema/rules.v1.json', RulesSchema, 'k3s-sizer rules file, schema 1'],
  ['public/schema/rules-index.v1.json', RulesIndexSchema, 'k3s-sizer rules index, schema 1'],
  ['public/schema/machines.v1.json', MachineCatalogSchema, 'k3s-sizer machine catalog, schema 1'],
  ['public/schema/machines-index.v1.json', MachineCatalogIndexSchema, 'k3s-sizer machine catalog index, schema 1'],
];

describe('published JSON Schemas', () => {
  it.each(published)('%s matches its zod schema', (file, schema, title) => {
    const generated = `${JSON.stringify({ title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) }, null, 2)}\n`;
    const path = join(root, file);
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
