import { CONTROL_IDS, CONTROLS, type AuditReport, type ControlId, type Qualifier, type Status } from '../extractors/schema/index.ts';
import type { Profile } from './profiles/schema.ts';
import { judge, type VerdictValue } from './verdicts.ts';
import { attributesLine } from './buyer-words.ts';

/**
 * Vendors side by side: one row per control, one cell per vendor with its
 * status, key attributes, hedges and, for the profile's requirements, the
 * verdict. Pure; the vendors page draws it and the CSV writes it.
 */
export interface CompareVendor { domain: string; name: string; report: AuditReport; capturedAt: string | null; url: string }
/** `failures`: rows where some vendor fails a requirement; `unknowns`: requirements some vendor's page says nothing about. */
export type CompareFilter = 'all' | 'required' | 'failures' | 'unknowns';

export interface CompareCell {
  status: Status | null;
  attributes: string;
  qualifiers: Qualifier[];
  verdict: VerdictValue | null;
  reason: string | null;
  evidence: string | null;
}
export interface CompareRow { control: ControlId; label: string; family: string; required: boolean; cells: CompareCell[] }
export interface CompareMatrix { vendors: CompareVendor[]; rows: CompareRow[] }

function cellOf(vendor: CompareVendor, control: ControlId, profile: Profile): CompareCell {
  const resolved = vendor.report.controls[control];
  const requirement = profile.requirements.find((r) => r.control === control);
  const verdict = requirement ? judge(requirement, resolved, vendor.report) : null;
  const evidence = verdict?.evidence ?? vendor.report.claims.find((c) => c.control === control && c.status === resolved?.status)?.evidence[0] ?? null;
  return {
    status: resolved?.status ?? null,
    attributes: resolved ? attributesLine(resolved.attributes) : '',
    qualifiers: resolved?.qualifiers ?? [],
    verdict: verdict?.verdict ?? null,
    reason: verdict?.reason ?? null,
    evidence,
  };
}

export function compareVendors(vendors: CompareVendor[], profile: Profile, filter: CompareFilter = 'all'): CompareMatrix {
  const required = profile.requirements.map((r) => r.control);
  const requiredSet = new Set(required);
  // the profile's requirements first, in its order; then what any vendor claims, in catalog order
  const mentioned = CONTROL_IDS.filter((id) => !requiredSet.has(id) && vendors.some((v) => v.report.controls[id]));
  const controls = filter === 'all' ? [...required, ...mentioned] : required;
  const rows = controls.map((control) => ({
    control,
    label: CONTROLS[control].label,
    family: CONTROLS[control].family,
    required: requiredSet.has(control),
    cells: vendors.map((v) => cellOf(v, control, profile)),
  }));
  const keep = (row: CompareRow) =>
    filter === 'failures' ? row.cells.some((c) => c.verdict === 'fail')
      : filter === 'unknowns' ? row.cells.some((c) => c.verdict === 'unknown')
        : true;
  return { vendors, rows: rows.filter(keep) };
}
