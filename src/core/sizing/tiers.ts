import type { SizingCounts, SourceRef } from '../model/rules';

interface TierLike {
  readonly id: string;
  readonly upTo: number | null;
  readonly source: SourceRef;
}

/** The row of a sizing table that a count falls in, with the row's bounds after any HA scaling. */
export interface TierChoice {
  readonly tierId: string;
  readonly tierIndex: number;
  /** What the table counts (every node, or agents only) and the count that was looked up. */
  readonly counts: SizingCounts;
  readonly count: number;
  /** Inclusive upper bound of the row, null for the open-ended last row. */
  readonly upTo: number | null;
  /** Upper bound of the previous row (the row covers counts above it), null for the first row. */
  readonly above: number | null;
  /** The row's bounds as the source prints them, before any scaling. */
  readonly printedUpTo: number | null;
  readonly printedAbove: number | null;
  /** How the bounds were scaled for HA servers, or null when the table was read as printed. */
  readonly scaling: TierScaling | null;
  readonly source: SourceRef;
}

/**
 * HA scaling of a table's bounds: each bound × multiply ÷ divide, rounded down, in integers (so
 * 900 × 1,200 ÷ 900 is exactly 1,200). `factor` is that ratio; `stated` is the factor the source
 * states in words and `example` its worked example, where it gives one.
 */
export interface TierScaling {
  readonly multiply: number;
  readonly divide: number;
  readonly factor: number;
  readonly basis: 'stated' | 'worked-example';
  readonly stated: number;
  readonly example: { readonly baseAgents: number; readonly scaledAgents: number } | null;
  /** From how many servers the scaling applies (the source measured it for three, and says nothing of more). */
  readonly minServers: number;
}

/** A row's upper bound after HA scaling, rounded down. */
export function scaledBound(upTo: number, scaling: TierScaling | null): number {
  return scaling === null ? upTo : Math.floor((upTo * scaling.multiply) / scaling.divide);
}

/**
 * Finds the first row whose bound holds `count`. With `scaling`, every bound is scaled first and
 * rounded down (the source's "~50% more agents with 3 servers").
 * Tiers must be ascending with an open-ended last row, as RulesSchema guarantees.
 */
export function pickTier<T extends TierLike>(
  tiers: readonly T[],
  counts: SizingCounts,
  count: number,
  scaling: TierScaling | null = null,
): { tier: T; choice: TierChoice } {
  const bound = (t: TierLike): number | null => (t.upTo === null ? null : scaledBound(t.upTo, scaling));
  const index = tiers.findIndex((t) => {
    const b = bound(t);
    return b === null || count <= b;
  });
  const at = index === -1 ? tiers.length - 1 : index;
  const tier = tiers[at];
  if (tier === undefined) throw new Error('sizing table has no rows');
  const previous = at > 0 ? tiers[at - 1] : undefined;
  return {
    tier,
    choice: {
      tierId: tier.id,
      tierIndex: at,
      counts,
      count,
      upTo: bound(tier),
      above: previous ? bound(previous) : null,
      printedUpTo: tier.upTo,
      printedAbove: previous?.upTo ?? null,
      scaling,
      source: tier.source,
    },
  };
}
