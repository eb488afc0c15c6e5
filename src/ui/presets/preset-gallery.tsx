import { PRESET_IDS, presetPlan } from '../../core/model/presets';
import type { PlanInput } from '../../core/model/plan-input';
import { useI18n } from '../../i18n/i18n';
import { encodePlan } from '../../url/plan-url';

interface PresetGalleryProps {
  rulesId: string;
  defaults: PlanInput;
  current: PlanInput;
  onPick: (plan: PlanInput) => void;
}

/** Starting points as ordinary links: open one, share one, or pick one to load it here. */
export function PresetGallery({ rulesId, defaults, current, onPick }: PresetGalleryProps) {
  const { m } = useI18n();
  const currentQuery = encodePlan(current, defaults);
  return (
    <nav className="presets" aria-labelledby="presets-title">
      <h2 id="presets-title" className="presets__title">
        {m.presets.title}
      </h2>
      <ul className="presets__list">
        {PRESET_IDS.map((id) => {
          const plan = presetPlan(id, rulesId);
          const query = encodePlan(plan, defaults);
          return (
            <li key={id}>
              <a
                className="preset"
                href={`?${query}`}
                data-preset={id}
                aria-current={query === currentQuery ? 'true' : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  onPick(plan);
                }}
              >
                <span className="preset__name">{m.presets.items[id].name}</span>
                <span className="preset__description">{m.presets.items[id].description}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
