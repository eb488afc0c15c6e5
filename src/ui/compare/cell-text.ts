import type { ComparedCells, ComparedRow } from '../../core/plan/compare-plans';
import type { CustomShape } from '../../core/model/plan-input';
import type { CompareTexts } from '../../i18n/compare-text';
import type { Formatter } from '../../i18n/format';
import type { Catalog } from '../../i18n/en';
import { shapeName } from '../../i18n/shape-text';
import { formatMoney } from '../../i18n/machines-text';
import type { Locale } from '../../i18n/types';

/** A plan's monthly cost, in its currency, or why there is none. */
function costText(c: ComparedCells['monthly-cost'], t: CompareTexts, f: Formatter, locale: Locale): string {
  if (!c) return t.costUnknown;
  if (c.status === 'unpriced') return t.costUnpriced;
  if (c.status === 'mixed-currencies') return t.costMixed({ currencies: c.currencies }, f);
  const amount = formatMoney(c.amount, c.currency, locale);
  return c.provider === null ? t.costChosen({ amount }) : t.costCheapest({ amount, provider: c.provider });
}

/** What one cell of a comparison row says, in the page's language. */
export function cellText(
  row: ComparedRow,
  i: number,
  words: { m: Catalog; f: Formatter; t: CompareTexts; locale: Locale; custom: readonly CustomShape[] },
): string {
  const { m, f, t } = words;
  // Each row's cells are of its own kind; `c` is read per row id.
  const c = row.cells[i] as ComparedCells[typeof row.id];
  switch (row.id) {
    case 'rules':
      return c as string;
    case 'datastore': {
      const d = c as ComparedCells['datastore'];
      return `${m.form.datastore.options[d.datastore]}${m.punctuation.separator}${m.form.haMode.options[d.haMode]}`;
    }
    case 'servers':
    case 'agents':
    case 'database': {
      const g = c as ComparedCells['agents'];
      if (!g) return row.id === 'database' ? t.onServers : t.none;
      const size = t.machines(g, f);
      return g.diskMiB === null ? size : `${size}${m.punctuation.separator}${t.disk({ diskMiB: g.diskMiB }, f)}`;
    }
    case 'total-vcpu': {
      const v = c as ComparedCells['total-vcpu'];
      return f.vcpu(v.vcpu, v.orMore);
    }
    case 'total-memory':
      return f.memory(c as number);
    case 'etcd-quorum': {
      const q = c as ComparedCells['etcd-quorum'];
      return q ? t.quorum(q, f) : t.noEtcd;
    }
    case 'failures-tolerated': {
      const x = c as ComparedCells['failures-tolerated'];
      return x === null ? t.failuresUnknown : f.integer(x);
    }
    case 'workloads': {
      const w = c as ComparedCells['workloads'];
      if (!w) return t.notUsed;
      if (w.agents === null || w.shape === null) return t.noShape;
      return t.workloadAgents({ agents: w.agents, shape: shapeName(m, f, w.shape, words.custom) }, f);
    }
    case 'monthly-cost':
      return costText(c as ComparedCells['monthly-cost'], t, f, words.locale);
    case 'total-machines':
    case 'errors':
    case 'warnings':
    case 'notes':
      return f.integer(c as number);
  }
}
