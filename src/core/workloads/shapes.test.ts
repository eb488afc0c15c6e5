import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOADS, SHAPE_IDS, type CustomShape, type WorkloadsInput } from '../model/plan-input';
import { workloadsArb } from '../testing/arbitraries';
import { plan } from '../testing/fixtures';
import { addCustomShape, removeCustomShape, resolveShape, SHAPE_PRESETS } from './shapes';

const big: CustomShape = { vcpu: 16, memoryGiB: 64, processor: 'x86-server' };
const pi: CustomShape = { vcpu: 4, memoryGiB: 8, processor: 'arm-sbc' };
const mid: CustomShape = { vcpu: 4, memoryGiB: 16, processor: 'x86-server' };
const w = (patch: Partial<WorkloadsInput>): WorkloadsInput => ({ ...DEFAULT_WORKLOADS, ...patch });

describe('shapes of the reader’s own', () => {
  it('a custom id names an entry by position, in GiB; a missing entry names nothing', () => {
    expect(resolveShape('cloud-4x8', [])).toEqual({ vcpu: 4, memoryMiB: 8192, processor: 'x86-server' });
    expect(resolveShape('custom-2', [big, pi])).toEqual({ vcpu: 4, memoryMiB: 8192, processor: 'arm-sbc' });
    expect(resolveShape('custom-3', [big, pi])).toBeNull();
  });

  it('a new shape joins the comparison; a fourth is not taken', () => {
    const one = addCustomShape(w({ shapes: ['cloud-2x4'] }), big);
    expect(one.custom).toEqual([big]);
    expect(one.shapes).toEqual(['cloud-2x4', 'custom-1']);
    const three = addCustomShape(addCustomShape(one, pi), mid);
    expect(three.shapes).toEqual(['cloud-2x4', 'custom-1', 'custom-2', 'custom-3']);
    expect(addCustomShape(three, big)).toBe(three);
  });

  it('removing a shape moves the later ones down one, in the comparison and in the chosen shape', () => {
    const before = w({ custom: [big, pi, mid], shapes: ['cloud-2x4', 'custom-1', 'custom-3'], shape: 'custom-3' });
    const after = removeCustomShape(before, 0);
    expect(after.custom).toEqual([pi, mid]);
    expect(after.shapes).toEqual(['cloud-2x4', 'custom-2']);
    expect(after.shape).toBe('custom-2');
  });

  it('removing the chosen shape chooses the recommended one; removing the only one compared compares the presets', () => {
    const after = removeCustomShape(w({ custom: [big], shapes: ['custom-1'], shape: 'custom-1' }), 0);
    expect(after.shape).toBe('best');
    expect(after.shapes).toEqual([...SHAPE_IDS]);
    expect(after.custom).toEqual([]);
  });

  it('an index out of range changes nothing', () => {
    const before = w({ custom: [big] });
    expect(removeCustomShape(before, 1)).toBe(before);
    expect(removeCustomShape(before, -1)).toBe(before);
  });
});

describe('custom shapes in the plan', () => {
  const web = { name: 'web', replicas: 30, cpuMillis: 250, memoryMiB: 512 };
  const on = (patch: Partial<WorkloadsInput>) =>
    plan({ agents: 2 }, undefined, {
      workloads: {
        enabled: true,
        daemonSetCpuMillis: 100,
        daemonSetMemoryMiB: 128,
        groups: [web],
        spares: 0,
        ...patch,
      },
    });

  it('a shape of the size and processor of a preset packs exactly as the preset', () => {
    const asPreset = on({ shapes: ['cloud-4x8', 'pi4-8gb'] });
    const asCustom = on({
      shapes: ['custom-1', 'custom-2'],
      custom: [{ vcpu: 4, memoryGiB: 8, processor: 'x86-server' }, pi],
    });
    expect(asCustom.workloads?.plan.outcomes.map((o) => o.agents)).toEqual(
      asPreset.workloads?.plan.outcomes.map((o) => o.agents),
    );
    expect(asCustom.workloads?.plan.outcomes.map((o) => o.busiest)).toEqual(
      asPreset.workloads?.plan.outcomes.map((o) => o.busiest),
    );
  });

  it('the processor class decides the K3s overhead taken from the shape', () => {
    const r = on({
      shapes: ['custom-1', 'custom-2'],
      custom: [{ vcpu: 4, memoryGiB: 8, processor: 'x86-server' }, pi],
    });
    const [x86, sbc] = r.workloads?.plan.outcomes ?? [];
    expect(x86?.budget.k3sOverhead).not.toEqual(sbc?.budget.k3sOverhead);
  });

  it('a custom id with no entry (a hand-edited link) drops out; a chosen one that is gone means the recommended shape', () => {
    const r = on({ shapes: ['cloud-4x8', 'custom-2'], shape: 'custom-2', custom: [big] });
    expect(r.workloads?.shapeIds).toEqual(['cloud-4x8']);
    expect(r.workloads?.chosen).toBe(r.workloads?.plan.best);
    expect(r.workloads?.agents).not.toBeNull();
  });

  it('only missing custom ids compared: the presets are compared instead', () => {
    const r = on({ shapes: ['custom-1'], custom: [] });
    expect(r.workloads?.shapeIds).toEqual([...SHAPE_IDS]);
  });

  it('any custom shape the size of a preset gives that preset’s agent count (random workloads)', () => {
    fc.assert(
      fc.property(workloadsArb, fc.constantFrom(...SHAPE_IDS), (random, id) => {
        const preset = SHAPE_PRESETS[id];
        const twin: CustomShape = {
          vcpu: preset.vcpu,
          memoryGiB: preset.memoryMiB / 1024,
          processor: preset.processor,
        };
        const base = { ...random, enabled: true, groups: random.groups.slice(0, 3) };
        const a = plan({}, undefined, { workloads: { ...base, shapes: [id], shape: 'best', custom: [] } });
        const b = plan({}, undefined, { workloads: { ...base, shapes: ['custom-1'], shape: 'best', custom: [twin] } });
        expect(b.workloads?.agents).toBe(a.workloads?.agents);
      }),
      { numRuns: 60 },
    );
  });
});
