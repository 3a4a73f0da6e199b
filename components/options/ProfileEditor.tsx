import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useOptions } from './store.ts';
import { RequirementEditor } from './RequirementEditor.tsx';
import { AddRequirement } from './AddRequirement.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { DeleteProfile } from './DeleteProfile.tsx';

/** The editor of one custom profile: name, description, requirements; Save validates with ProfileSchema. */
export function ProfileEditor() {
  const draft = useOptions((s) => s.draft);
  const dirty = useOptions((s) => s.dirty);
  const edit = useOptions((s) => s.edit);
  const save = useOptions((s) => s.save);
  const fieldErrors = useOptions((s) => s.fieldErrors);
  const form = useRef<HTMLFormElement>(null);
  // after a failed save, focus moves to the first field in error
  useEffect(() => {
    if (fieldErrors.length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);
  const nameError = fieldErrors.find((f) => f.field === 'name');
  const nameErrorId = useId();
  const nameId = useId();
  const descriptionId = useId();
  if (!draft) return null;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  return (
    <form ref={form} className="editor" data-testid="editor" data-profile-id={draft.id} onSubmit={onSubmit} noValidate>
      <h2 tabIndex={-1}>Edit profile <span className="muted id">{draft.id}</span></h2>
      <div className="field">
        <label htmlFor={nameId}>Name</label>
        <input id={nameId} type="text" value={draft.name} maxLength={200} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? nameErrorId : undefined} onChange={(e) => { const name = e.target.value; edit((d) => ({ ...d, name })); }} />
        {nameError && <span id={nameErrorId} className="field-error" data-testid="field-error">{nameError.message}</span>}
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>Description <span className="muted">(optional)</span></label>
        <textarea id={descriptionId} rows={2} value={draft.description} onChange={(e) => { const description = e.target.value; edit((d) => ({ ...d, description })); }} />
      </div>

      <h3>Requirements <span className="muted">({draft.requirements.length})</span></h3>
      {draft.requirements.length === 0 && <p className="muted">No requirements yet: add the controls you require below.</p>}
      <ol className="requirements">
        {draft.requirements.map((r) => <RequirementEditor key={r.uid} requirement={r} />)}
      </ol>
      <AddRequirement />

      <div className="save-bar">
        <button type="submit" className="primary" data-testid="save">Save</button>
        {dirty && <span className="muted" data-testid="unsaved">Unsaved changes</span>}
      </div>
      <SaveStatus />
      <DeleteProfile />
    </form>
  );
}
