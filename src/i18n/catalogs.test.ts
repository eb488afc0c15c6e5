import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyFinding } from '../core/findings/finding';
import { computePlan } from '../core/plan/compute-plan';
import type { WorkloadsInput } from '../core/model/plan-input';
import { planInputArb } from '../core/testing/arbitraries';
import { plan, seedRules, upstreamRules } from '../core/testing/fixtures';
import { loadCatalog } from './catalogs';
import { en, type Catalog } from './en';
import { findingText } from './finding-text';
import { createFormatter } from './format';
import { ja } from './ja';
import { LOCALES, LOCALE_TAGS, type Locale } from './types';
import { zh } from './zh';

const catalogs: Readonly<Record<Locale, Catalog>> = { en, ja, zh };

type Leaf = { path: string; kind: 'string' | 'function' | 'other'; value: unknown };

/** Every leaf of a catalog with its dotted path: strings, message functions, anything else. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, kind: 'string', value: node }];
  if (typeof node === 'function') return [{ path, kind: 'function', value: node }];
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, kind: 'other', value: node }];
}

const shape = (c: Catalog) =>
  leaves(c)
    .map((l) => `${l.path}:${l.kind}`)
    .sort();

/** CJK ideographs, kana or full-width forms: a Japanese or Chinese sentence has at least one. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * English that may stand unchanged in every language: product, protocol and file names, units,
 * flags and the language switch's own names.
 */
const SAME_IN_EVERY_LANGUAGE =
  /^(?:[\w\s.+/:()@,=<…–—-]*(?:K3s|etcd|SQLite|MySQL|MariaDB|PostgreSQL|JSON|YAML|SVG|PNG|IPv[46]|CIDR|VXLAN|WireGuard|IPsec|firewalld|ufw|kubectl|--[\w-]+|vCPU|Raspberry Pi|Ubuntu|Debian|RHEL|SLES|openSUSE|Rocky|Alma|CentOS|Fedora|amd64|arm64|armhf|s390x|x86_64|ARM|SSD|NVMe|HDD|eMMC|SD)[\w\s.+/:()@,=<…–—-]*)$|^.{0,3}$/;

/** Names and option values (K3s flag values, file names) that read the same in every catalog. */
const NAMES = new Set([
  'k3s-sizer',
  'host-gw',
  'metrics-server',
  'cluster',
  'disabled',
  'SUSE Linux Enterprise',
  'install.sh',
  'cluster-init',
  'Kubernetes API',
]);

describe('message catalogs', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of English, each of the same kind', (locale) => {
    expect(shape(catalogs[locale])).toEqual(shape(en));
  });

  it.each(LOCALES)('%s has no empty text', (locale) => {
    const empty = leaves(catalogs[locale]).filter((l) => l.kind === 'string' && (l.value as string).trim() === '');
    expect(empty.map((l) => l.path)).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s translates every sentence (text identical to English is only names and units)',
    (locale) => {
      const english = new Map(leaves(en).map((l) => [l.path, l.value]));
      const untranslated = leaves(catalogs[locale])
        .filter((l) => l.kind === 'string' && l.value === english.get(l.path) && !CJK.test(l.value as string))
        .filter((l) => !SAME_IN_EVERY_LANGUAGE.test(l.value as string) && !NAMES.has(l.value as string))
        .map((l) => `${l.path}: ${String(l.value)}`);
      expect(untranslated).toEqual([]);
    },
  );

  it('renders the findings of three hundred random plans in every language, with real words and no holes', () => {
    const formatters = Object.fromEntries(LOCALES.map((l) => [l, createFormatter(LOCALE_TAGS[l])])) as Record<
      Locale,
      ReturnType<typeof createFormatter>
    >;
    const seen = new Set<string>();
    fc.assert(
      fc.property(planInputArb([seedRules.id, upstreamRules.id]), (input) => {
        const result = computePlan(input, input.rules === seedRules.id ? seedRules : upstreamRules);
        for (const finding of result.findings) {
          seen.add(finding.code);
          for (const locale of LOCALES) {
            const text = findingText(catalogs[locale].findings.messages, finding, formatters[locale]);
            for (const part of [text.title, text.why, text.fix]) {
              expect(part.trim()).not.toBe('');
              expect(part).not.toMatch(/undefined|NaN|\[object /);
              if (locale !== 'en') expect(part).toMatch(CJK);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
    // The random plans reach most codes; the findings tests reach the rest by hand-built plans.
    expect(seen.size).toBeGreaterThanOrEqual(Math.floor(Object.keys(en.findings.messages).length / 2));
  }, 30_000);

  it('names a shape of the reader’s own with its size where a finding cites it, and a preset by its name', () => {
    const tooBig = { name: 'ml', replicas: 1, cpuMillis: 64_000, memoryMiB: 1024 };
    const withShapes = (shapes: WorkloadsInput['shapes'], custom: WorkloadsInput['custom']) =>
      plan({ agents: 2 }, undefined, { workloads: { enabled: true, groups: [tooBig], shapes, custom } }).findings.find(
        (x) => x.code === 'workloads.pod-too-big',
      );
    const own = withShapes(['custom-1'], [{ vcpu: 6, memoryGiB: 12, processor: 'x86-server' }]);
    const preset = withShapes(['cloud-4x8'], []);
    if (!own || !preset) throw new Error('expected the pod to fit no shape');
    const why = (locale: Locale, finding: AnyFinding) =>
      findingText(catalogs[locale].findings.messages, finding, createFormatter(LOCALE_TAGS[locale])).why;
    expect(why('en', own)).toContain('(Your shape 1: 6 vCPU, 12 GB)');
    expect(why('en', preset)).toContain('(4 vCPU / 8 GB)');
    for (const locale of ['ja', 'zh'] as const) {
      const f = createFormatter(LOCALE_TAGS[locale]);
      expect(why(locale, own)).toContain(catalogs[locale].form.workloads.shapes.names['custom-1']);
      expect(why(locale, own)).toContain(f.vcpu(6));
      expect(why(locale, own)).toContain(f.memory(12 * 1024));
    }
  });

  it.each(LOCALES)('loadCatalog(%s) resolves to that catalog', async (locale) => {
    await expect(loadCatalog(locale)).resolves.toBe(catalogs[locale]);
  });
});
