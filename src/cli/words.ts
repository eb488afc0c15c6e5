import { en, type Catalog } from '../i18n/en';
import { CLI_TEXTS, type CliTexts } from '../i18n/cli-text';
import { DAY2_TEXTS } from '../i18n/day2-text';
import { AIRGAP_TEXTS } from '../i18n/day2-airgap-text';
import { MACHINES_TEXTS } from '../i18n/machines-text';
import { createFormatter, type Formatter } from '../i18n/format';
import { ja } from '../i18n/ja';
import { LOCALE_TAGS, type Locale } from '../i18n/types';
import { zh } from '../i18n/zh';
import type { PlanOption } from './options';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, ja, zh };

export interface Words {
  readonly locale: Locale;
  readonly m: Catalog;
  readonly t: CliTexts;
  readonly f: Formatter;
}

export const wordsFor = (locale: Locale): Words => ({
  locale,
  m: CATALOGS[locale],
  t: CLI_TEXTS[locale],
  f: createFormatter(LOCALE_TAGS[locale]),
});

/**
 * Labels of the fields the page does not show as one field of that name: the workload groups (rows
 * of fields), the reservations (two fields each), and the machines panel's choices; by link key.
 */
export const OTHER_LABELS: Readonly<Record<string, (w: Words) => string>> = {
  wg: (w) => w.m.form.workloads.section,
  wkr: (w) => w.t.usage.labels.kubeReserved,
  wsr: (w) => w.t.usage.labels.systemReserved,
  mcat: (w) => w.t.usage.labels.catalog,
  mts: (w) => MACHINES_TEXTS[w.locale].chooseLabel.server,
  mta: (w) => MACHINES_TEXTS[w.locale].chooseLabel.agent,
  mtd: (w) => MACHINES_TEXTS[w.locale].chooseLabel.database,
  mpr: (w) => MACHINES_TEXTS[w.locale].pricesTitle,
  mnl: (w) => MACHINES_TEXTS[w.locale].nodeLabels,
};

/** A field's label in the page's form (or the day-2 panel), found by the field's name; null where it has none. */
export function formEntry(option: PlanOption, w: Words): { label: string; invalid: string | null } | null {
  const { section, field } = option.param;
  const other = OTHER_LABELS[option.key];
  if (other) return { label: other(w), invalid: null };
  const roots: unknown[] =
    section === 'workloads'
      ? [w.m.form.workloads]
      : section === 'backup' || section === 'upgrade'
        ? [DAY2_TEXTS[w.locale]]
        : section === 'airgap'
          ? [AIRGAP_TEXTS[w.locale].airgap.fields]
          : [w.m.form];
  const find = (node: unknown, depth: number): { label: string; invalid: string | null } | null => {
    if (node === null || typeof node !== 'object' || depth > 4) return null;
    const record = node as Record<string, unknown>;
    // The form may name a field without its unit (boardMemoryGiB → boardMemory, targetPercent →
    // target, evictionMemoryMiB → eviction), and a group of fields by its legend.
    const bare = field.replace(/(GiB|MiB|Millis|Percent)$/, '');
    const hit = [field, bare, bare.replace(/Memory$/, '')].map((k) => record[k]).find((x) => x !== undefined);
    if (hit === null || typeof hit !== 'object') {
      // Not here: look deeper.
    } else if ('label' in hit && typeof hit.label === 'string') {
      return { label: hit.label, invalid: 'invalid' in hit && typeof hit.invalid === 'string' ? hit.invalid : null };
    } else if ('legend' in hit && typeof hit.legend === 'string') {
      return { label: hit.legend, invalid: null };
    }
    for (const child of Object.values(record)) {
      const found = find(child, depth + 1);
      if (found) return found;
    }
    return null;
  };
  for (const root of roots) {
    const found = find(root, 0);
    if (found) return found;
  }
  return null;
}
