import type { AuditReport, Claim } from '../../extractors/schema/index.ts';
import { resolveAll } from '../../extractors/schema/resolve.ts';
import type { SecurityTxtCheck } from './read.ts';

/**
 * A valid security.txt is itself a claim: `security_txt` is published (at its
 * URL) and `vulnerability_disclosure` has a contact. Its evidence is the file's
 * own line, marked as coming from the file, not the page. An invalid or
 * missing file adds nothing: the row in the popup says why.
 */
export const SECURITY_TXT_EVIDENCE_PREFIX = 'security.txt: ';

export function withSecurityTxt(report: AuditReport, check: SecurityTxtCheck | null | undefined): AuditReport {
  if (!check || check.status !== 'found' || !check.result) return report;
  const contact = check.result.fields.contact[0];
  const added: Claim[] = [
    { control: 'security_txt', status: 'implemented', attributes: { url: check.url }, qualifiers: [], evidence: [`${SECURITY_TXT_EVIDENCE_PREFIX}${check.url}`] },
  ];
  if (contact) {
    added.push({ control: 'vulnerability_disclosure', status: 'implemented', attributes: { contact: contact.replace(/^mailto:/i, '') }, qualifiers: [], evidence: [`${SECURITY_TXT_EVIDENCE_PREFIX}Contact: ${contact}`] });
  }
  const claims = [...report.claims, ...added];
  return { ...report, claims, controls: resolveAll(claims) };
}
