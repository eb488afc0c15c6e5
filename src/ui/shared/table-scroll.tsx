import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen. It scrolls sideways, and takes focus (as a named
 * region) so that a keyboard alone can scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
