import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPlanInput } from '../core/model/plan-input';
import { PRESET_IDS, presetPlan, type PresetId } from '../core/model/presets';
import { decodePlan, encodePlan } from './plan-url';

/** The rules ids the page knows: the published index. */
const index = JSON.parse(readFileSync(new URL('../../public/data/rules/index.json', import.meta.url), 'utf8')) as {
  files: { id: string; supersededBy?: string }[];
};
const known = index.files.map((f) => f.id);
const current = index.files.filter((f) => !f.supersededBy).map((f) => f.id);

/** What each preset promises in its name and description (the gallery's words, as the links journey reads them). */
const PROMISED: Partial<Record<PresetId, { servers: number; agents: number; haMode: string; datastore?: string }>> = {
  'pi-home-lab': { servers: 3, agents: 0, haMode: 'ha-embedded' },
  'edge-device': { servers: 1, agents: 0, haMode: 'single' },
  'ci-dev': { servers: 1, agents: 0, haMode: 'single' },
  'ha-embedded-20': { servers: 3, agents: 20, haMode: 'ha-embedded' },
  'ha-postgres-200': { servers: 2, agents: 200, haMode: 'ha-external', datastore: 'postgres' },
  'large-800': { servers: 3, agents: 800, haMode: 'ha-external', datastore: 'postgres' },
  'dual-stack-wireguard': { servers: 3, agents: 10, haMode: 'ha-embedded' },
};

// The preset gallery's links (src/ui/presets/preset-gallery.tsx) are the preset's plan written by
// encodePlan; the links journey clicks each and checks its href, the command-line journey opens
// each in the page. Here: each link, opened, is that preset's plan again, with no notice.
describe('preset links', () => {
  it.each(current.flatMap((rulesId) => PRESET_IDS.map((id) => [rulesId, id] as const)))(
    '%s: %s opens as its plan',
    (rulesId, id) => {
      const defaults = defaultPlanInput(rulesId);
      const plan = presetPlan(id, rulesId);
      const query = encodePlan(plan, defaults);
      const opened = decodePlan(query, defaults, known);
      expect(opened.notices).toEqual([]);
      expect(opened.plan).toEqual(plan);
      expect(new URLSearchParams(query).get('rules')).toBe(rulesId);
      const promised = PROMISED[id];
      if (promised) expect(opened.plan.cluster).toMatchObject(promised);
    },
  );
});
