import { CERTIFICATIONS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import { sameValue, type Expected } from './fixtures.ts';

/** One page's report against its label, counted the way ../shared/tools/score.mjs counts (critical errors included). */
export interface Comparison { tp: number; fp: number; fn: number; statusOk: number; attrOk: number; attrAll: number; problems: string[]; critical: string[] }

export function compare(expected: Expected, report: AuditReport): Comparison {
  const c: Comparison = { tp: 0, fp: 0, fn: 0, statusOk: 0, attrOk: 0, attrAll: 0, problems: [], critical: [] };
  const optional = new Set(expected.optional ?? []);
  for (const [id, want] of Object.entries(expected.controls)) {
    if (optional.has(id)) continue;
    const have = report.controls[id as ControlId];
    if (!have) { c.fn++; c.problems.push(`missed ${id}`); continue; }
    c.tp++;
    const accepted = [want.status].flat();
    if (accepted.includes(have.status)) c.statusOk++;
    else c.problems.push(`${id} is ${have.status}, expected ${accepted.join(' or ')}`);
    if (CERTIFICATIONS.has(id as ControlId) && have.status === 'implemented' && !accepted.includes('implemented')) c.critical.push(`${id} overclaimed`);
    for (const [key, value] of Object.entries(want.attributes ?? {})) {
      c.attrAll++;
      const got = have.attributes[key];
      if (got !== undefined && sameValue(value, got)) c.attrOk++;
      else {
        c.problems.push(`${id}.${key} = ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
        if (typeof value === 'number' && got !== undefined) c.critical.push(`wrong number ${id}.${key}`);
      }
    }
  }
  for (const [id, have] of Object.entries(report.controls)) {
    if (expected.controls[id] || optional.has(id)) continue;
    c.fp++;
    c.problems.push(`spurious ${id}`);
    if (CERTIFICATIONS.has(id as ControlId) && have?.status === 'implemented') c.critical.push(`${id} claimed but not on the page`);
  }
  return c;
}

