import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogLeaves, CATALOGS, renderedTexts, sampleParams, type RenderedText } from './testing/rendered-texts';
import { LOCALES, type Locale } from './types';

interface Rejected {
  readonly pattern: string;
  readonly why: string;
  /** Typography rules skip quoted values («「web」», «“web”»): a name the reader typed is theirs. */
  readonly outsideQuotes?: boolean;
}

/** Quoted spans, blanked out for the typography rules. */
const QUOTED = /「[^「」]*」|“[^“”]*”/gu;

/** The rejected patterns of a glossary: the JSON block under "Rejected patterns" in docs/glossary/<locale>.md. */
function rejectedPatterns(locale: 'ja' | 'zh'): readonly Rejected[] {
  const md = readFileSync(fileURLToPath(new URL(`../../docs/glossary/${locale}.md`, import.meta.url)), 'utf8');
  const block = /## Rejected patterns[\s\S]*?```json\n([\s\S]*?)\n```/.exec(md)?.[1];
  if (block === undefined) throw new Error(`docs/glossary/${locale}.md has no rejected-patterns JSON block`);
  return JSON.parse(block) as Rejected[];
}

/** Each text that matches a rejected pattern, with where it comes from and the reason. */
function violations(texts: readonly RenderedText[], rejected: readonly Rejected[]): string[] {
  const out: string[] = [];
  for (const r of rejected) {
    const re = new RegExp(r.pattern, 'u');
    for (const t of texts) {
      const text =
        r.outsideQuotes === true
          ? t.text.replace(QUOTED, (q) => `${q.slice(0, 1)}${'_'.repeat(q.length - 2)}${q.slice(-1)}`)
          : t.text;
      const hit = re.exec(text);
      if (hit)
        out.push(
          `${t.where}: «${t.text.slice(Math.max(0, hit.index - 20), hit.index + hit[0].length + 20)}» matches /${r.pattern}/ (${r.why})`,
        );
    }
  }
  return out;
}

/** Counting words next to which a number is a count, in every language. */
const COUNT_WORDS = String.raw`nodes?|agents?|servers?|members?|batch(?:es)?|pods?|machines?|snapshots?|names?|errors?|warnings?|notes?|findings?|addresses|台|个|個|件|回|批|次|ノード|エージェント|サーバー|メンバー|ポッド|Pod|アドレス|节点|代理节点|服务器|成员|地址`;
/** A 4+ digit run with no grouping separators, not part of a longer token (an address, a version, a port list). */
const UNGROUPED = String.raw`(?<![\w.,:/-])\d{4,}(?![\w.,:/])`;
const UNGROUPED_COUNT = new RegExp(
  String.raw`${UNGROUPED}\s*(?:${COUNT_WORDS})|(?:${COUNT_WORDS})\s*(?:[×x]\s*)?${UNGROUPED}`,
  'u',
);

const rendered = Object.fromEntries(LOCALES.map((l) => [l, renderedTexts(l)])) as Record<Locale, RenderedText[]>;

describe('glossary', () => {
  it.each(['ja', 'zh'] as const)('%s: no rendered text uses a term or typography the glossary rejects', (locale) => {
    expect(violations(rendered[locale], rejectedPatterns(locale))).toEqual([]);
  });

  it.each(['ja', 'zh'] as const)('%s: the glossary lists its rejected patterns, each a valid expression', (locale) => {
    const rejected = rejectedPatterns(locale);
    expect(rejected.length).toBeGreaterThanOrEqual(10);
    for (const r of rejected) expect(() => new RegExp(r.pattern, 'u')).not.toThrow();
  });

  it.each(LOCALES)('%s: every count is printed with grouping (12,345, not 12345)', (locale) => {
    expect(rendered[locale].filter((t) => UNGROUPED_COUNT.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual(
      [],
    );
  });

  it('renders enough to mean something: every message, findings with real parameters, counts beyond 10,000, the files’ comments', () => {
    const functions = catalogLeaves(CATALOGS.en).filter(
      (l) => typeof l.value === 'function' && !l.path.startsWith('findings.messages.'),
    );
    const samples = sampleParams();
    expect(functions.map((l) => l.path).filter((p) => !(p in samples))).toEqual([]);
    for (const locale of LOCALES) {
      const where = new Set(rendered[locale].map((t) => t.where.replace(/\.(title|why|fix)$/, '')));
      for (const code of Object.keys(CATALOGS.en.findings.messages))
        expect(where, `${locale} renders ${code}`).toContain(`findings.messages.${code}`);
      expect([...where].some((w) => w.startsWith('file config.yaml'))).toBe(true);
      expect([...where].some((w) => w.startsWith('file install.sh'))).toBe(true);
    }
    // The hand-built plan of 100,005 agents reaches the findings that print node counts.
    expect(rendered.en.some((t) => t.text.includes('100,006 nodes'))).toBe(true);
  });

  it('the count check catches an ungrouped count in every language, and leaves identifiers alone', () => {
    for (const text of [
      '100006 nodes',
      'Join the 20234 agents',
      '× 20234 agents',
      'エージェント20234台',
      'サーバー × 12345',
      '100006 个节点',
      '共需 2000 批',
      '12345 servers',
    ]) {
      expect(UNGROUPED_COUNT.test(text), text).toBe(true);
    }
    for (const text of [
      '100,006 nodes',
      '2,000 batches',
      '20,234台',
      'port 10250 between nodes',
      'ports 30000-32767',
      '10.42.0.0/16',
      'v1.33.4+k3s1',
      '127.0.0.1:6444',
      '15,000 RPM',
      '1000 millicores = 1 vCPU',
      '2023年12月',
      'ポート6443',
    ]) {
      expect(UNGROUPED_COUNT.test(text), text).toBe(false);
    }
  });

  it('the rejected patterns catch the variants the glossary names', () => {
    const ja = rejectedPatterns('ja');
    const zh = rejectedPatterns('zh');
    const caught = (rejected: readonly Rejected[], text: string) =>
      violations([{ where: 'sample', text }], rejected).length > 0;
    for (const text of [
      '埋め込みetcdによるHA',
      'シード文書',
      'サーバー3台 · 組み込みetcd',
      'プラン: 計画',
      '表示(ノード)',
      'kubeletのmax pods',
      'Small、最大10ノード',
      'k3s-sizer: K3sクラスターを計画する',
    ])
      expect(caught(ja, text), text).toBe(true);
    for (const text of [
      '组み込みetcd',
      'サーバー3台／組み込みetcd',
      'プラン：計画',
      '表示（ノード）',
      '過半数（(n/2)+1）',
      '--kubelet-arg=max-pods',
      '127.0.0.1:6444',
      '「:」と「,」',
    ])
      expect(caught(ja, text), text).toBe(false);
    for (const text of [
      '可容忍 1 次故障',
      '被驱空时',
      '初始文档',
      'kubelet 的 max pods',
      '10.42.0.0/16和10.43.0.0/16',
      '仲裁:2',
      '服务器规格指南',
      '不运行代理组件',
      'k3s-sizer: 规划 K3s 集群',
    ])
      expect(caught(zh, text), text).toBe(true);
    for (const text of [
      '可容忍 1 个成员故障',
      '清空（drain）',
      '10.42.0.0/16 和 10.43.0.0/16',
      '仲裁：2',
      '自定义规格 1',
      '无代理组件',
      '一台服务器，无代理节点',
    ])
      expect(caught(zh, text), text).toBe(false);
  });
});
