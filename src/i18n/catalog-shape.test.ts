import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The catalogs' shape is written once, by the English catalog (`Catalog = typeof en`): the other
 * languages are contextually typed by it and differ from it only in their text. A message function
 * in ja or zh that annotates its own parameters repeats that shape (and can drift from it where the
 * annotation is wider than the English one), so it is refused here.
 */
const FILES = ['ja.ts', 'zh.ts', 'superseded-text.ts', 'day2-text.ts', 'cli-text.ts'] as const;

/** Each message function (an arrow function that is a property value) with a parameter or return type of its own. */
function annotatedMessages(source: string, fileName: string, skip: ReadonlySet<string> = new Set()): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node, path: readonly string[]): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) path = [node.name.text];
    if (ts.isPropertyAssignment(node)) {
      const key = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : node.name.getText(sf);
      path = [...path, key];
      const value = node.initializer;
      if (
        ts.isArrowFunction(value) &&
        !skip.has(path[0] ?? '') &&
        (value.type !== undefined || value.parameters.some((p) => p.type !== undefined))
      ) {
        const { line } = sf.getLineAndCharacterOfPosition(value.getStart(sf));
        out.push(`${fileName}:${String(line + 1)} ${path.join('.')}`);
      }
    }
    ts.forEachChild(node, (child) => {
      visit(child, path);
    });
  };
  visit(sf, []);
  return out;
}

describe('the catalogs share one shape', () => {
  it.each(FILES)('%s: no message function annotates its parameters (Catalog types them)', (file) => {
    const source = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    // superseded-text.ts holds its English reference (`const en`) beside ja and zh: that one defines the shape.
    expect(annotatedMessages(source, file, new Set(['en']))).toEqual([]);
  });

  it('refuses an annotated message function (probe)', () => {
    const probe = 'const ja: Catalog = { app: { footer: (p: { rulesId: string }) => `ルール：${p.rulesId}` } };';
    expect(annotatedMessages(probe, 'probe.ts')).toEqual(['probe.ts:1 ja.app.footer']);
    expect(annotatedMessages(probe.replace('(p: { rulesId: string })', '(p)'), 'probe.ts')).toEqual([]);
  });
});
