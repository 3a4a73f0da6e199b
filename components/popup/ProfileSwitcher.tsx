import { browser } from 'wxt/browser';
import { usePopup } from './store.ts';

export function ProfileSwitcher() {
  const { profiles, profile, chooseProfile } = usePopup();
  return (
    <div className="profile-switcher">
      <label>
        Requirements:{' '}
        <select aria-label="Requirement profile" data-testid="profile" value={profile?.id ?? ''} onChange={(e) => void chooseProfile(e.target.value)}>
          {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>{' '}
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>Edit profiles</button>
    </div>
  );
}
