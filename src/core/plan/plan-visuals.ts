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
import { layoutTopologyLegend, type TopologyLegendLayout } from '../diagrams/legend';
import { layoutRegistration, type RegistrationDiagram } from '../diagrams/registration';
import { layoutTopology, type TopologyDiagram } from '../diagrams/topology';
import type { Edition, PortId, Rules } from '../model/rules';
import type { PlanResult } from './compute-plan';

// What the diagrams-and-charts panel draws, derived from a PlanResult by pure functions that load
// with that panel (docs/decisions/021-views-load-with-their-panels.md): the start-up carries none of it.

/** The two diagrams, laid out for one page width. */
export interface Diagrams {
  readonly topology: TopologyDiagram;
  /** The topology's legend in the page's language, and the height of the picture with it. */
  readonly topologyLegend: TopologyLegendLayout;
  readonly registration: RegistrationDiagram;
}

/** A sizing step placed on the agents axis: `x` is its agents, with 0 at 1 (the axis is logarithmic). */
export interface AxisSizePoint extends SizePoint {
  readonly x: number;
}

/** One edition's steps in a sizing chart. */
export interface EditionSeries {
  readonly edition: Edition;
  readonly points: readonly AxisSizePoint[];
}

/**
 * The sizing charts' agents axis. Sizing tables grow in geometric steps (10, 100, 250… agents), so
 * it is logarithmic, from 1; 0 agents sits at 1, where every table gives the same row.
 */
export interface AgentsAxis {
  readonly max: number;
  /** Powers of ten up to `max`. */
  readonly ticks: readonly number[];
  /** Where this plan's agents are marked. */
  readonly plan: number;
}

/** Every chart's data, in the units the charts draw (GiB on the axes) and the tables write (MiB). */
export interface Charts {
  /** The agents axis, shared by the sizing charts of both editions. */
  readonly agentsAxis: AgentsAxis;
  /** This plan's edition first, then the other one once it has loaded. */
  readonly server: readonly EditionSeries[];
  /** Empty when the plan's datastore is embedded. */
  readonly database: readonly EditionSeries[];
  readonly pods: readonly PodCapacitySeries[];
  readonly quorum: readonly QuorumPoint[];
  readonly costs: readonly ControlPlaneCost[];
  readonly shapes: readonly ShapeComparisonRow[];
}

/**
 * The topology and registration diagrams of a plan, laid out for a wide and a narrow page, with the
 * topology's legend in the page's language (`portPurposes`, one line of text per port). Pure, like computePlan.
 */
export function planDiagrams(
  result: PlanResult,
  rules: Rules,
  portPurposes: Readonly<Record<PortId, string>>,
): Readonly<Record<'wide' | 'narrow', Diagrams>> {
  const diagrams = (variant: 'wide' | 'narrow'): Diagrams => {
    const topology = layoutTopology(result, { variant });
    return {
      topology,
      topologyLegend: layoutTopologyLegend(topology, portPurposes),
      registration: layoutRegistration(result, rules, variant),
    };
  };
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
  const onAxis = (points: readonly SizePoint[]): AxisSizePoint[] =>
    points.map((p) => ({ ...p, x: Math.max(1, p.agents) }));
  const ticks: number[] = [];
  for (let t = 1; t <= xMax; t *= 10) ticks.push(t);
  return {
    agentsAxis: { max: xMax, ticks, plan: Math.max(1, cluster.agents) },
    server: editions.map((r) => ({
      edition: r.edition,
      points: onAxis(serverSizingSeries(cluster, r, xMax, editions)),
    })),
    database: editions
      .map((r) => ({ edition: r.edition, points: onAxis(databaseSizingSeries(cluster, r, xMax, editions)) }))
      .filter((s) => s.points.length > 0),
    pods: podCapacitySeries(result.network.addressing, result.input.network.maxPods, rules),
    quorum: quorumSeries(rules),
    costs: controlPlaneCosts(cluster, rules),
    shapes: shapeComparison(result.workloads),
  };
}
