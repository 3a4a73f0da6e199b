import { useEffect, useRef } from 'react';
import { useOptions } from './store.ts';
import { PresetView } from './PresetView.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

/** The right-hand pane: the selected preset (read-only), the selected custom profile's editor, or a hint. */
export function ProfileDetails() {
  const profile = useOptions((s) => s.profiles.find((p) => p.id === s.selectedId) ?? null);
  const draft = useOptions((s) => s.draft);
  const focusSeq = useOptions((s) => s.focusSeq);
  const pane = useRef<HTMLElement>(null);

  // move the keyboard to the pane when the buyer opens, duplicates or deletes a profile (not on load)
  useEffect(() => {
    if (focusSeq > 0) pane.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [focusSeq]);

  return (
    <section className="panel details" ref={pane} aria-label="Selected profile">
      {draft ? (
        <ProfileEditor key={draft.id} />
      ) : profile ? (
        <PresetView profile={profile} />
      ) : (
        <h2 tabIndex={-1}>Choose a profile to see or edit it</h2>
      )}
    </section>
  );
}
