import type { NodeShape } from './workloads';

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
