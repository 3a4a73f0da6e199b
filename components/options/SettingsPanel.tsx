import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, type Settings } from '../../lib/settings.ts';

/** Two switches: save snapshots by themselves when a saved vendor's page changed, and read security.txt. */
export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { void loadSettings().then(setSettings); }, []);
  if (!settings) return null;
  const change = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      setError(null);
    } catch (e) {
      setError(`The setting was not saved: ${(e as Error).message}`);
    }
  };
  return (
    <section className="panel" aria-label="Settings" data-testid="settings">
      <h2>Settings</h2>
      <label className="setting">
        <input type="checkbox" data-testid="setting-autosave" checked={settings.autoSaveSnapshots} onChange={(e) => void change({ autoSaveSnapshots: e.target.checked })} />{' '}
        Save a new snapshot by itself when a saved vendor’s page changed
      </label>
      <label className="setting">
        <input type="checkbox" data-testid="setting-security-txt" checked={settings.checkSecurityTxt} onChange={(e) => void change({ checkSecurityTxt: e.target.checked })} />{' '}
        Read the vendor’s <code>/.well-known/security.txt</code> (one request to the trust page’s own site, nowhere else)
      </label>
      {error && <p role="alert" className="notice notice-error">{error}</p>}
      <p className="small"><a href={browser.runtime.getURL('/vendors.html')} target="_blank" rel="noreferrer">Open the vendor library</a></p>
    </section>
  );
}
