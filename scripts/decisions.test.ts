import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The decision records and their template (docs/decisions/TEMPLATE.md). */
const DIR = fileURLToPath(new URL('../docs/decisions/', import.meta.url));
const RECORD = /^(\d{3})-[a-z0-9-]+\.md$/;
const TITLE = /^# (\d{3}) — \S.*$/;
const DATE_STATUS = /^Date: \d{4}-\d{2}-\d{2} · Status: (proposed|accepted|superseded by (\d{3}))( \(.+\))?$/;
const SECTIONS = ['Context', 'Decision', 'Consequences'];
const DATED_ENTRY = /^### \d{4}-\d{2}-\d{2} — \S/;

/** What is wrong with one record against the template: its title, its Date/Status line, its sections. */
function problems(name: string, text: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const number = RECORD.exec(name)?.[1];
  const lines = text.split('\n');
  const outsideFences = lines.filter((_, i) => lines.slice(0, i).filter((l) => l.startsWith('```')).length % 2 === 0);
  const title = TITLE.exec(lines[0] ?? '');
  if (!title) out.push(`${name}: the first line is not "# NNN — title"`);
  else if (title[1] !== number)
    out.push(`${name}: the title's number ${title[1] ?? ''} is not the file's ${number ?? ''}`);
  if (lines[1] !== '') out.push(`${name}: a blank line must follow the title`);
  const status = DATE_STATUS.exec(lines[2] ?? '');
  if (!status)
    out.push(`${name}: the third line is not "Date: YYYY-MM-DD · Status: proposed|accepted|superseded by NNN"`);
  else if (status[2] !== undefined && !known.has(status[2]))
    out.push(`${name}: superseded by ${status[2]}, which is no record`);
  const sections = outsideFences.filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim());
  const expected = sections.at(-1) === 'Addenda' ? [...SECTIONS, 'Addenda'] : SECTIONS;
  if (sections.join(' | ') !== expected.join(' | '))
    out.push(
      `${name}: sections are ${sections.join(', ') || 'none'}; the template has ${SECTIONS.join(', ')} (then Addenda)`,
    );
  const addenda = outsideFences.indexOf('## Addenda');
  if (addenda >= 0) {
    const entries = outsideFences.slice(addenda).filter((l) => l.startsWith('### '));
    if (entries.length === 0) out.push(`${name}: Addenda without a dated entry`);
    for (const e of entries.filter((x) => !DATED_ENTRY.test(x)))
      out.push(`${name}: addendum "${e}" is not "### YYYY-MM-DD — what happened"`);
  }
  return out;
}

const files = readdirSync(DIR).filter((f) => RECORD.test(f));
const numbers = new Set(files.map((f) => RECORD.exec(f)?.[1] ?? ''));

describe('decision records follow docs/decisions/TEMPLATE.md', () => {
  it('there are records, each with its own number', () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
    expect(numbers.size).toBe(files.length);
  });

  it.each(files)('%s: title, Date/Status line, Context, Decision, Consequences', (file) => {
    expect(problems(file, readFileSync(`${DIR}${file}`, 'utf8'), numbers)).toEqual([]);
  });

  it('refuses a record in another shape (probe)', () => {
    const good = [
      '# 099 — A probe',
      '',
      'Date: 2026-12-05 · Status: superseded by 001',
      '',
      '## Context',
      'x',
      '```md',
      '## Not a section: inside a code block',
      '```',
      '## Decision',
      'y',
      '## Consequences',
      'z',
      '## Addenda',
      '### 2026-12-06 — a note',
      'w',
    ].join('\n');
    expect(problems('099-probe.md', good, new Set(['001']))).toEqual([]);
    const old014 = good.replace('# 099 — A probe', '# 099: A probe').replace(' · Status: superseded by 001', '');
    expect(problems('099-probe.md', old014, new Set(['001']))).toHaveLength(2);
    expect(problems('099-probe.md', good.replace('## Consequences\nz\n', ''), new Set(['001']))).toHaveLength(1);
    expect(problems('099-probe.md', good.replace('### 2026-12-06 — a note', '### A note'), new Set(['001']))).toEqual([
      '099-probe.md: addendum "### A note" is not "### YYYY-MM-DD — what happened"',
    ]);
    expect(problems('099-probe.md', good, new Set())).toEqual(['099-probe.md: superseded by 001, which is no record']);
  });
});
