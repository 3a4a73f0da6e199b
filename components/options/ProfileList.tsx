import { useOptions } from './store.ts';
import { BrokenProfileItem, ProfileItem } from './ProfileItem.tsx';

/** Every profile, presets first; which one is active; make one active, duplicate, open. */
export function ProfileList() {
  const profiles = useOptions((s) => s.profiles);
  const broken = useOptions((s) => s.broken);
  const createProfile = useOptions((s) => s.createProfile);
  return (
    <section className="panel" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Profiles</h2>
      <ul className="profile-list" data-testid="profile-list">
        {profiles.map((p) => <ProfileItem key={p.id} profile={p} />)}
        {broken.map((b, i) => <BrokenProfileItem key={`broken-${i}`} entry={b} />)}
      </ul>
      <button type="button" className="secondary" onClick={() => void createProfile()}>New empty profile</button>
    </section>
  );
}
