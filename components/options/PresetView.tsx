import { CONTROLS } from '../../extractors/schema/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { describeRequirement } from '../../lib/verdicts.ts';
import { useOptions } from './store.ts';

/** A preset, read-only: its requirements in words, and "Duplicate to edit". */
export function PresetView({ profile }: { profile: Profile }) {
  const duplicate = useOptions((s) => s.duplicate);
  return (
    <div className="preset-view" data-testid="preset-view">
      <h2 tabIndex={-1}>{profile.name} <span className="tag">Preset · read-only</span></h2>
      {profile.description && <p className="muted">{profile.description}</p>}
      <p>
        <button type="button" onClick={() => void duplicate(profile.id)}>Duplicate to edit</button>
      </p>
      <h3>Requirements</h3>
      <ul className="requirements-readonly">
        {profile.requirements.map((r) => (
          <li key={r.control}>
            <span className="control">{CONTROLS[r.control].label}</span>{' '}
            <span className="muted">— {describeRequirement(r)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
