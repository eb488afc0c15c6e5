import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { TableScroll } from '../../shared/table-scroll';
import { useHeldWhileAway, useNearViewport } from '../../shared/use-near-viewport';

/** Heights kept for the plots, in CSS pixels: a line or quorum chart, one cost measure, one shape measure. */
export const HEIGHT = 230;
export const COST_HEIGHT = 170;
export const SHAPE_HEIGHT = 150;

interface ChartFigureProps {
  id: string;
  title: string;
  /** The plot: a picture of the table, drawn once it comes near the screen. */
  children: ReactNode;
  /** The same numbers as a table, for screen readers and print. */
  table: ReactNode;
  height?: number;
}

/** A chart with its caption and the same numbers as a table for screen readers and print. */
export function ChartFigure({ id, title, children, table, height = HEIGHT }: ChartFigureProps) {
  const { m } = useI18n();
  // Drawing a chart is the page's most expensive render: each plot is drawn when it comes near
  // the screen, in the space kept for it, and redrawn on an edit only while it is near (out of
  // sight it keeps its last drawing until it comes back). The table, its text alternative, is there
  // from the start and always follows the plan.
  const { ref: plotRef, reached, near } = useNearViewport();
  const plot = useHeldWhileAway(children, near);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {title}
      </figcaption>
      {/* The plot is a picture of the table below it: hidden from screen readers, with no tab stops of its own. */}
      <div ref={plotRef} className="chart__plot" aria-hidden="true" style={{ minHeight: height }}>
        {reached ? plot : null}
      </div>
      <details className="disclosure chart__table">
        <summary>{m.visuals.dataTable}</summary>
        <TableScroll label={title}>{table}</TableScroll>
      </details>
    </figure>
  );
}
