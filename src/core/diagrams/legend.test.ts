import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { plan } from '../testing/fixtures';
import { textWidth } from '../text/measure';
import { layoutTopologyLegend } from './legend';
import { layoutTopology } from './topology';

const ha = plan({ haMode: 'ha-embedded', datastore: 'embedded-etcd', servers: 3, agents: 40 });

describe('layoutTopologyLegend', () => {
  it('puts a row per edge style, then every port with its purpose, under the drawing', () => {
    const diagram = layoutTopology(ha, { variant: 'wide' });
    const legend = layoutTopologyLegend(diagram, en.network.portPurposes);
    expect(legend.styles.map((s) => s.style)).toEqual([...new Set(diagram.edges.map((e) => e.style))]);
    expect(legend.ports.map((r) => r.port)).toEqual(diagram.legend);
    // Below the drawing, a row after another, each as tall as its lines, the picture ending under the last.
    expect(legend.styles[0]?.lineY).toBeGreaterThan(diagram.height);
    const rows = legend.ports;
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1];
      expect(rows[i]?.y).toBe((prev?.y ?? 0) + (prev?.lines.length ?? 0) * legend.rowHeight);
    }
    const last = rows.at(-1);
    expect(legend.height).toBeGreaterThan((last?.y ?? 0) + ((last?.lines.length ?? 1) - 1) * legend.rowHeight);
    // The etcd peers' row names its ports first, then what they are for.
    const etcd = rows.find((r) => r.port.label === '2379-2380/tcp');
    expect(etcd?.lines.join(' ')).toBe(`2379-2380/tcp ${en.network.portPurposes[etcd?.port.id ?? 'etcd-peers']}`);
  });

  it('wraps each purpose to the drawing’s width, with larger type on the narrow drawing', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const diagram = layoutTopology(ha, { variant });
      const legend = layoutTopologyLegend(diagram, ja.network.portPurposes);
      // About 0.54 em per Latin character, CJK twice that; 24 px of margin on each side.
      const columns = Math.floor((diagram.width - 48) / (legend.font * 0.54));
      for (const line of legend.ports.flatMap((r) => r.lines)) expect(textWidth(line)).toBeLessThanOrEqual(columns);
    }
    const wide = layoutTopologyLegend(layoutTopology(ha, { variant: 'wide' }), en.network.portPurposes);
    const narrow = layoutTopologyLegend(layoutTopology(ha, { variant: 'narrow' }), en.network.portPurposes);
    expect(narrow.font).toBeGreaterThan(wide.font);
  });
});
