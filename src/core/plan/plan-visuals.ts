import {
  controlPlaneCosts,
  databaseSizingSeries,
  podCapacitySeries,
  quorumSeries,
  serverSizingSeries,
  shapeComparison,
  sizingAxisMax,
  type ControlPlaneCost,
  type PodCapacitySeries,
  type QuorumPoint,
  type ShapeComparisonRow,
  type SizePoint,
} from '../charts/series';
import { layoutRegistration, type RegistrationDiagram } from '../diagrams/registration';
import { layoutTopology, type TopologyDiagram } from '../diagrams/topology';
import type { Edition, Rules } from '../model/rules';
import type { PlanResult } from './compute-plan';

// What the diagrams-and-charts panel draws, derived from a PlanResult by pure functions that load
// with that panel (docs/decisions/021-views-load-with-their-panels.md): the start-up carries none of it.

/** The two diagrams, laid out for one page width. */
export interface Diagrams {
  readonly topology: TopologyDiagram;
  readonly registration: RegistrationDiagram;
}

/** One edition's steps in a sizing chart. */
export interface EditionSeries {
  readonly edition: Edition;
  readonly points: readonly SizePoint[];
}

/** Every chart's data, in the units the charts draw (GiB on the axes) and the tables write (MiB). */
export interface Charts {
  /** Agents axis end, shared by the sizing charts of both editions. */
  readonly xMax: number;
  /** This plan's edition first, then the other one once it has loaded. */
  readonly server: readonly EditionSeries[];
  /** Empty when the plan's datastore is embedded. */
  readonly database: readonly EditionSeries[];
  readonly pods: readonly PodCapacitySeries[];
  readonly quorum: readonly QuorumPoint[];
  readonly costs: readonly ControlPlaneCost[];
  readonly shapes: readonly ShapeComparisonRow[];
}

/** The topology and registration diagrams of a plan, laid out for a wide and a narrow page. Pure, like computePlan. */
export function planDiagrams(result: PlanResult, rules: Rules): Readonly<Record<'wide' | 'narrow', Diagrams>> {
  const diagrams = (variant: 'wide' | 'narrow'): Diagrams => ({
    topology: layoutTopology(result, { variant }),
    registration: layoutRegistration(result, rules, variant),
  });
  return { wide: diagrams('wide'), narrow: diagrams('narrow') };
}

/**
 * The charts' series of a plan, computed with the same functions as the cards, with the other
 * edition's sizing steps when its rules are at hand. Pure, like computePlan.
 */
export function planCharts(result: PlanResult, rules: Rules, other: Rules | null): Charts {
  const cluster = result.input.cluster;
  const editions = other ? [rules, other] : [rules];
  const xMax = sizingAxisMax(cluster, editions);
  return {
    xMax,
    server: editions.map((r) => ({ edition: r.edition, points: serverSizingSeries(cluster, r, xMax, editions) })),
    database: editions
      .map((r) => ({ edition: r.edition, points: databaseSizingSeries(cluster, r, xMax, editions) }))
      .filter((s) => s.points.length > 0),
    pods: podCapacitySeries(result.network.addressing, result.input.network.maxPods, rules),
    quorum: quorumSeries(rules),
    costs: controlPlaneCosts(cluster, rules),
    shapes: shapeComparison(result.workloads),
  };
}
