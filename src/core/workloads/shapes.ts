import {
  CUSTOM_SHAPE_IDS,
  SHAPE_IDS,
  type CustomShape,
  type CustomShapeId,
  type ShapeId,
  type WorkloadsInput,
} from '../model/plan-input';
import type { NodeShape, Reservations } from './workloads';
import type { Rules } from '../model/rules';

/**
 * Agent shapes offered for comparison: three common cloud sizes and the Raspberry Pi 4 with 8 GB
 * that the K3s resource profiling was measured on. Product defaults, not facts from a document.
 */
export const SHAPE_PRESETS = {
  'cloud-2x4': { vcpu: 2, memoryMiB: 4 * 1024, processor: 'x86-server' },
  'cloud-4x8': { vcpu: 4, memoryMiB: 8 * 1024, processor: 'x86-server' },
  'cloud-8x32': { vcpu: 8, memoryMiB: 32 * 1024, processor: 'x86-server' },
  'pi4-8gb': { vcpu: 4, memoryMiB: 8 * 1024, processor: 'arm-sbc' },
} as const satisfies Record<string, NodeShape>;

export type ShapePresetId = keyof typeof SHAPE_PRESETS;

/** A shape's size: a preset's, or the reader's own entry that a custom id names; null when that entry is missing. */
export function resolveShape(id: ShapeId, custom: readonly CustomShape[]): NodeShape | null {
  if (!isCustomShape(id)) return SHAPE_PRESETS[id];
  const own = custom[CUSTOM_SHAPE_IDS.indexOf(id)];
  return own ? { vcpu: own.vcpu, memoryMiB: own.memoryGiB * 1024, processor: own.processor } : null;
}

export function isCustomShape(id: ShapeId): id is CustomShapeId {
  return (CUSTOM_SHAPE_IDS as readonly string[]).includes(id);
}

/** A new shape of the reader's own joins the list and the comparison (nothing happens past the limit). */
export function addCustomShape(w: WorkloadsInput, shape: CustomShape): WorkloadsInput {
  const id = CUSTOM_SHAPE_IDS[w.custom.length];
  if (id === undefined) return w;
  return { ...w, custom: [...w.custom, shape], shapes: [...w.shapes.filter((s) => s !== id), id] };
}

/**
 * Removes the reader's shape at `index`. Custom ids are positions, so the ones after it move down
 * one, in the comparison and in the chosen shape; a comparison left empty compares the presets,
 * a chosen shape that is gone becomes the recommended one.
 */
export function removeCustomShape(w: WorkloadsInput, index: number): WorkloadsInput {
  if (index < 0 || index >= w.custom.length) return w;
  const renamed = (id: ShapeId): ShapeId | null => {
    if (!isCustomShape(id)) return id;
    const position = CUSTOM_SHAPE_IDS.indexOf(id);
    if (position === index) return null;
    return position > index ? (CUSTOM_SHAPE_IDS[position - 1] ?? null) : id;
  };
  const shapes = w.shapes.flatMap((id) => renamed(id) ?? []);
  const shape = w.shape === 'best' ? 'best' : (renamed(w.shape) ?? 'best');
  return {
    ...w,
    custom: w.custom.filter((_, i) => i !== index),
    shapes: shapes.length > 0 ? shapes : [...SHAPE_IDS],
    shape,
  };
}

/** The reservations a rules file gives by default (Kubernetes' own defaults: none, eviction at 100 Mi). */
export function defaultReservations(rules: Pick<Rules, 'kubelet'>): Reservations {
  return {
    kubeReserved: { ...rules.kubelet.kubeReserved },
    systemReserved: { ...rules.kubelet.systemReserved },
    evictionMemoryMiB: rules.kubelet.evictionHardMemoryMiB,
  };
}
