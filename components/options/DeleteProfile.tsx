import { useEffect, useRef } from 'react';
import { useOptions } from './store.ts';

/** "Delete profile", then a confirm step in the page (no window.confirm). */
export function DeleteProfile() {
  const draft = useOptions((s) => s.draft);
  const confirming = useOptions((s) => s.confirmingDelete);
  const askDelete = useOptions((s) => s.askDelete);
  const cancelDelete = useOptions((s) => s.cancelDelete);
  const confirmDelete = useOptions((s) => s.confirmDelete);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // the keyboard lands on the safe choice, and back on "Delete profile" after Cancel
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasConfirming.current) ask.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!draft) return null;
  if (!confirming) {
    return (
      <div className="delete">
        <button type="button" ref={ask} className="secondary danger" data-testid="delete" onClick={askDelete}>Delete profile</button>
      </div>
    );
  }
  return (
    <div className="delete confirm" role="group" aria-labelledby="confirm-delete-text" data-testid="confirm-delete">
      <p id="confirm-delete-text"><strong>Delete “{draft.name || draft.id}”?</strong> This cannot be undone; export it first to keep a copy.</p>
      <button type="button" className="danger-solid" data-testid="confirm-delete-yes" onClick={() => void confirmDelete()}>Delete</button>{' '}
      <button type="button" ref={cancel} className="secondary" onClick={cancelDelete}>Cancel</button>
    </div>
  );
}
