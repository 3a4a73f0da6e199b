import { useOptions } from './store.ts';

/** The result of Save, in a live region: what needs attention (each error also sits at its field), or "Saved". */
export function SaveStatus() {
  const notice = useOptions((s) => s.saveNotice);
  return (
    <div className="live" aria-live="polite" aria-atomic="true">
      {notice?.kind === 'error' && (
        <div className="notice notice-error" data-testid="error">
          <strong>Not saved: nothing was changed.</strong> {notice.message}
          {notice.detail && <p className="where">Where: {notice.detail}</p>}
        </div>
      )}
      {notice?.kind === 'ok' && <p className="notice notice-ok" data-testid="saved">{notice.message}</p>}
    </div>
  );
}
