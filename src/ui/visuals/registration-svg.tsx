import { forwardRef, useId } from 'react';
import type { RegistrationDiagram } from '../../core/diagrams/registration';
import { useI18n } from '../../i18n/i18n';
import { FONT } from './diagram-text';
import type { Palette } from './palette';
import { RegistrationArrows, RegistrationBoxes } from './registration-layers';
import { ArrowMarker } from './topology-layers';

interface RegistrationSvgProps {
  diagram: RegistrationDiagram;
  palette: Palette;
}

/** How an agent registers, with numbered arrows matching the steps listed under it. */
export const RegistrationSvg = forwardRef<SVGSVGElement, RegistrationSvgProps>(function RegistrationSvg(
  { diagram, palette },
  ref,
) {
  const { m } = useI18n();
  const v = m.visuals;
  const id = useId();
  return (
    <svg
      ref={ref}
      className="diagram"
      viewBox={`0 0 ${String(diagram.width)} ${String(diagram.height)}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily={FONT}
      data-testid="registration-svg"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{v.registrationTitle}</title>
      <desc id={`${id}-desc`}>{v.registrationDescription}</desc>
      <defs>
        <ArrowMarker id={`${id}-arrow`} fill={palette.edges.tunnel} />
      </defs>
      <rect x="0" y="0" width={diagram.width} height={diagram.height} fill={palette.background} />
      <RegistrationBoxes boxes={diagram.boxes} palette={palette} />
      <RegistrationArrows arrows={diagram.arrows} marker={`${id}-arrow`} palette={palette} />
    </svg>
  );
});
