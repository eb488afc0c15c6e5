import { CUSTOM_SHAPE_IDS, type CustomShape, type ShapeId } from '../../core/model/plan-input';
import type { Catalog } from '../../i18n/en';
import type { Formatter } from '../../i18n/format';
import { shapeText } from '../../i18n/shape-text';

/** A shape's name as the page shows it: a preset's name, or the reader's own with its size. */
export function shapeName(m: Catalog, f: Formatter, id: ShapeId, custom: readonly CustomShape[]): string {
  const own = custom[(CUSTOM_SHAPE_IDS as readonly string[]).indexOf(id)];
  const size = own ? { vcpu: own.vcpu, memoryMiB: own.memoryGiB * 1024 } : null;
  return shapeText(m.form.workloads.shapes.names, m.form.workloads.custom.describe, id, size, f);
}
