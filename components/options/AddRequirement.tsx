import { useId, useState } from 'react';
import { CONTROL_IDS, CONTROLS, FAMILIES, type ControlId, type Family } from '../../extractors/schema/index.ts';
import { newRequirement } from './draft.ts';
import { useOptions } from './store.ts';

/** A select of the controls not yet required, grouped by family, and "Add requirement". */
export function AddRequirement() {
  const draft = useOptions((s) => s.draft);
  const edit = useOptions((s) => s.edit);
  const [choice, setChoice] = useState<ControlId | ''>('');
  const id = useId();
  if (!draft) return null;

  const required = new Set(draft.requirements.map((r) => r.control));
  const families = (Object.keys(FAMILIES) as Family[])
    .map((family) => ({ family, controls: CONTROL_IDS.filter((c) => CONTROLS[c].family === family && !required.has(c)) }))
    .filter((g) => g.controls.length > 0);

  const add = () => {
    if (!choice || required.has(choice)) return;
    const control = choice;
    edit((d) => ({ ...d, requirements: [...d.requirements, newRequirement(control)] }));
    setChoice('');
  };

  if (families.length === 0) return <p className="muted">Every control in the catalog is required.</p>;
  return (
    <div className="add-requirement">
      <div className="field">
        <label htmlFor={id}>Add a requirement</label>
        <select id={id} data-testid="add-control" value={choice} onChange={(e) => setChoice(e.target.value as ControlId | '')}>
          <option value="">— choose a control —</option>
          {families.map(({ family, controls }) => (
            <optgroup key={family} label={FAMILIES[family]}>
              {controls.map((c) => <option key={c} value={c} title={CONTROLS[c].description}>{CONTROLS[c].label}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="button" disabled={!choice} onClick={add}>Add requirement</button>
    </div>
  );
}
