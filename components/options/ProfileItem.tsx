import type { Profile } from '../../lib/profiles/schema.ts';
import { isPreset, type BrokenProfile } from '../../lib/profiles/store.ts';
import { useOptions } from './store.ts';

/** One profile in the list: its name (opens it), tags, "Make active" and "Duplicate". */
export function ProfileItem({ profile }: { profile: Profile }) {
  const active = useOptions((s) => s.activeId === profile.id);
  const selected = useOptions((s) => s.selectedId === profile.id);
  const select = useOptions((s) => s.select);
  const makeActive = useOptions((s) => s.makeActive);
  const duplicate = useOptions((s) => s.duplicate);
  const preset = isPreset(profile.id);
  const count = profile.requirements.length;

  return (
    <li
      className={`profile-item${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      data-testid="profile-item"
      data-profile-id={profile.id}
      data-active={active ? 'true' : 'false'}
      data-preset={preset ? 'true' : 'false'}
    >
      <button type="button" className="profile-open" aria-current={selected ? 'true' : undefined} onClick={() => select(profile.id)}>
        <span className="profile-name">{profile.name}</span>
        <span className="profile-meta muted">{profile.id} · {count} requirement{count === 1 ? '' : 's'}</span>
      </button>
      <span className="tags">
        {active && <span className="tag tag-active" data-testid="active-tag">Active</span>}
        {preset && <span className="tag">Preset · read-only</span>}
      </span>
      <span className="item-actions">
        {!active && (
          <button type="button" className="secondary" aria-label={`Make ${profile.name} active`} onClick={() => void makeActive(profile.id)}>Make active</button>
        )}
        <button type="button" className="secondary" aria-label={`Duplicate ${profile.name}`} onClick={() => void duplicate(profile.id)}>Duplicate</button>
      </span>
    </li>
  );
}

/** A stored profile that no longer validates: kept as it is, shown so the buyer can repair it (import or save one of the same id). */
export function BrokenProfileItem({ entry }: { entry: BrokenProfile }) {
  return (
    <li className="profile-item broken" data-testid="profile-needs-repair" data-profile-id={entry.id ?? ''}>
      <span className="profile-open">
        <span className="profile-name">{entry.name ?? entry.id ?? 'Unnamed profile'}</span>
        <span className="profile-meta muted">{entry.id ?? 'no id'} · {entry.problem}</span>
      </span>
      <span className="tags"><span className="tag tag-repair" title="Kept as stored. Import a fixed copy, or save a profile with the same id, to replace it.">Needs repair</span></span>
    </li>
  );
}
