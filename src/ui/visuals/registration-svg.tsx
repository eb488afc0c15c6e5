import { forwardRef, useId } from 'react';
import type { RegistrationBox, RegistrationDiagram } from '../../core/diagrams/registration';
import { useI18n } from '../../i18n/i18n';
import type { Palette } from './palette';
import { fit } from './topology-svg';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

/** How an agent registers, with numbered arrows matching the steps listed under it. */
export const RegistrationSvg = forwardRef<SVGSVGElement, { diagram: RegistrationDiagram; palette: Palette }>(
  function RegistrationSvg({ diagram, palette }, ref) {
    const { m, f } = useI18n();
    const v = m.visuals;
    const id = useId();
    const colours = (b: RegistrationBox) => {
      switch (b.kind) {
        case 'agent':
        case 'client-lb':
          return { fill: palette.fills.agent, stroke: palette.strokes.agent };
        case 'password-file':
        case 'password-secret':
          return { fill: palette.fills.note, stroke: palette.strokes.note };
        default:
          return { fill: palette.fills.server, stroke: palette.strokes.server };
      }
    };
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
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.edges.tunnel} />
          </marker>
        </defs>
        <rect x="0" y="0" width={diagram.width} height={diagram.height} fill={palette.background} />
        {diagram.boxes.map((b) => {
          const c = colours(b);
          const isContainer = b.kind === 'agent';
          return (
            <g key={b.id} data-box={b.kind}>
              <rect
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                rx="9"
                fill={isContainer ? 'none' : c.fill}
                stroke={c.stroke}
                strokeWidth="1.6"
                strokeDasharray={isContainer ? '6 4' : undefined}
              />
              <text
                x={isContainer ? b.x + 12 : b.x + b.width / 2}
                y={b.y + (isContainer ? 18 : b.kind === 'server' ? b.height / 2 + 4 : b.height > 45 ? 22 : 17)}
                textAnchor={isContainer ? 'start' : 'middle'}
                fontSize="12.5"
                fontWeight="700"
                fill={palette.text}
              >
                {b.kind === 'more-servers'
                  ? v.moreServers
                  : b.kind === 'server'
                    ? fit(b.value ?? '', 18)
                    : v.registrationBoxes[b.kind]}
              </text>
              {b.value !== null && b.kind !== 'server' && (
                <text
                  x={b.x + b.width / 2}
                  y={b.y + (b.height > 45 ? 40 : 32)}
                  textAnchor="middle"
                  fontSize="10.5"
                  fill={palette.muted}
                >
                  {fit(b.value, 30)}
                </text>
              )}
              {b.detail !== undefined && (
                <text x={b.x + b.width / 2} y={b.y + 54} textAnchor="middle" fontSize="10.5" fill={palette.muted}>
                  {fit(b.detail, 30)}
                </text>
              )}
            </g>
          );
        })}
        {diagram.arrows.map((a) => (
          <g key={a.id} data-arrow={a.id}>
            <polyline
              points={a.points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
              fill="none"
              stroke={palette.edges.tunnel}
              strokeWidth="1.8"
              markerEnd={`url(#${id}-arrow)`}
            />
            {a.label && (
              <text
                x={a.label.x}
                y={a.label.y}
                textAnchor="middle"
                fontSize="11"
                fontWeight="700"
                fill={palette.edges.tunnel}
                stroke={palette.background}
                strokeWidth="4"
                paintOrder="stroke"
              >
                {a.port === null ? f.integer(a.step) : `${f.integer(a.step)} · ${a.port}`}
              </text>
            )}
          </g>
        ))}
      </svg>
    );
  },
);
