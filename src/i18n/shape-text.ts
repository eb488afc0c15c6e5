import type { CustomShape, ShapeId } from '../core/model/plan-input';
import type { Catalog } from './en';
import { isCustomShape, resolveShape } from '../core/workloads/shapes';
import type { Formatter } from './format';
import type { Msg } from './types';

/** What a finding passes to name a shape: its id and, for a shape of the reader's own, its size. */
export interface ShapeLabelParams {
  readonly shape: ShapeId;
  readonly shapeCpuMillis: number;
  readonly shapeMemoryMiB: number;
}

export interface ShapeSize {
  readonly vcpu: number;
  readonly memoryMiB: number;
}

/**
 * A shape's name as the page and its findings show it: a preset by its name (which says its size),
 * a shape of the reader's own by its name and size. `size` is null when a custom id has no shape
 * behind it (a hand-edited link); the name alone is shown then.
 */
export function shapeText(
  names: Readonly<Record<ShapeId, string>>,
  describe: Msg<{ name: string } & ShapeSize>,
  id: ShapeId,
  size: ShapeSize | null,
  f: Formatter,
): string {
  return isCustomShape(id) && size ? describe({ name: names[id], ...size }, f) : names[id];
}

/** A shape's name as the page shows it: a preset's name, or the reader's own with the size typed in GB. */
export function shapeName(m: Catalog, f: Formatter, id: ShapeId, custom: readonly CustomShape[]): string {
  return shapeText(m.form.workloads.shapes.names, m.form.workloads.custom.describe, id, resolveShape(id, custom), f);
}
