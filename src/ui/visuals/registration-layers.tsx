import type { RegistrationArrow, RegistrationBox } from '../../core/diagrams/registration';
import { useI18n } from '../../i18n/i18n';
import { fit } from './diagram-text';
import type { Palette } from './palette';

/** A box's colours: the agent's side, the password notes, or the servers. */
function colours(b: RegistrationBox, palette: Palette): { fill: string; stroke: string } {
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
}

/** The boxes; the agent's is a dashed frame around what runs on it, captioned at its top left. */
export function RegistrationBoxes({ boxes, palette }: { boxes: readonly RegistrationBox[]; palette: Palette }) {
  const { m } = useI18n();
  const v = m.visuals;
  return boxes.map((b) => {
    const c = colours(b, palette);
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
  });
}

interface RegistrationArrowsProps {
  arrows: readonly RegistrationArrow[];
  /** The arrowhead's element id. */
  marker: string;
  palette: Palette;
}

/** The numbered arrows, each labelled with its step and port. */
export function RegistrationArrows({ arrows, marker, palette }: RegistrationArrowsProps) {
  const { f } = useI18n();
  return arrows.map((a) => (
    <g key={a.id} data-arrow={a.id}>
      <polyline
        points={a.points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')}
        fill="none"
        stroke={palette.edges.tunnel}
        strokeWidth="1.8"
        markerEnd={`url(#${marker})`}
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
  ));
}
