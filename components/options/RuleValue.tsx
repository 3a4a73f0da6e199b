import { useId } from 'react';
import { valueLabel, type AttributeType } from './attributes.ts';
import type { DraftRule } from './draft.ts';

interface Props {
  rule: DraftRule;
  type: AttributeType | undefined;
  attributeName: string;
  onChange: (rule: DraftRule) => void;
  /** The id of this rule's error message: its value inputs are marked invalid and described by it. */
  errorId?: string;
}

/** aria attributes of a value input in error. */
const invalidProps = (errorId: string | undefined) => (errorId ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});

/** The value inputs of a rule, fitting its kind and its attribute's type. */
export function RuleValue({ rule, type, attributeName, onChange, errorId }: Props) {
  const set = (patch: Partial<DraftRule>) => onChange({ ...rule, ...patch });
  const e = invalidProps(errorId);
  switch (rule.kind) {
    case 'min':
    case 'max':
      return <Bound {...e} label={rule.kind === 'min' ? 'Minimum' : 'Maximum'} value={rule.value} type={type} onChange={(value) => set({ value })} />;
    case 'range':
      return (
        <>
          <Bound {...e} label="From" value={rule.value} type={type} onChange={(value) => set({ value })} />
          <Bound {...e} label="To" value={rule.value2} type={type} onChange={(value2) => set({ value2 })} />
        </>
      );
    case 'includes': {
      const item = type?.kind === 'list' ? type.item : undefined;
      return item?.kind === 'choice'
        ? <Choice {...e} label="Value" value={rule.value} values={item.values} onChange={(value) => set({ value })} />
        : <Text {...e} label="Value" hint={attributeName === 'regions' ? 'a region code such as EU, US, DE' : undefined} value={rule.value} onChange={(value) => set({ value })} />;
    }
    case 'equals':
      if (type?.kind === 'boolean') return <Choice {...e} label="Value" value={rule.value} values={[true, false]} onChange={(value) => set({ value })} />;
      if (type?.kind === 'choice') return <Choice {...e} label="Value" value={rule.value} values={type.values} onChange={(value) => set({ value })} />;
      return <Text {...e} label="Value" value={rule.value} onChange={(value) => set({ value })} />;
    case 'oneOf':
      if (type?.kind === 'choice') {
        return <Checks legend={`Allowed values of ${attributeName}`} checked={rule.values} values={type.values} onChange={(values) => set({ values })} />;
      }
      return <Text {...e} label="Values" hint="separated by commas" value={rule.value} onChange={(value) => set({ value })} />;
  }
}

function Bound({ label, value, type, onChange, ...aria }: { label: string; value: string; type: AttributeType | undefined; onChange: (v: string) => void } & ReturnType<typeof invalidProps>) {
  const id = useId();
  if (type?.kind === 'choice') return <Choice {...aria} label={label} value={value} values={type.values} onChange={onChange} />;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" step="any" inputMode="decimal" className="number" value={value} {...aria} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function Text({ label, hint, value, onChange, ...aria }: { label: string; hint?: string | undefined; value: string; onChange: (v: string) => void } & ReturnType<typeof invalidProps>) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} {...aria} aria-describedby={[hint ? hintId : null, aria['aria-describedby'] ?? null].filter(Boolean).join(' ') || undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && <span id={hintId} className="muted small">{hint}</span>}
    </div>
  );
}

function Choice({ label, value, values, onChange, ...aria }: { label: string; value: string; values: readonly (string | number | boolean)[]; onChange: (v: string) => void } & ReturnType<typeof invalidProps>) {
  const id = useId();
  const known = values.some((v) => String(v) === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} {...aria} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value === '' ? '— choose —' : `${value} (not a known value)`}</option>}
        {values.map((v) => <option key={String(v)} value={String(v)}>{valueLabel(v)}</option>)}
      </select>
    </div>
  );
}

function Checks({ legend, checked, values, onChange }: { legend: string; checked: readonly string[]; values: readonly (string | number)[]; onChange: (v: string[]) => void }) {
  const known = values.map(String);
  // ticked values keep the catalog's order; an imported value the catalog does not know is kept
  const toggle = (v: string, on: boolean) =>
    onChange(on ? [...known.filter((x) => x === v || checked.includes(x)), ...checked.filter((x) => !known.includes(x))] : checked.filter((x) => x !== v));
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={String(v)} className="check">
          <input type="checkbox" checked={checked.includes(String(v))} onChange={(e) => toggle(String(v), e.target.checked)} /> {valueLabel(v)}
        </label>
      ))}
    </fieldset>
  );
}
